"""A fake Bot API behind PTB's real request stack, and simulated time for the rate limiter."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

import httpx
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

BOT_USER = {"id": 999, "is_bot": True, "first_name": "KneeGuard", "username": "kneeguard_bot"}


class FakeTime:
    """A monotonic clock that only moves when someone sleeps on it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.start = start
        self.now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        """Return the simulated time."""
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Yield to other tasks, then jump the clock to when this sleeper would wake."""
        self.sleeps.append(seconds)
        wake_at = self.now + seconds
        await asyncio.sleep(0)
        self.now = max(self.now, wake_at)

    def elapsed(self, at: float) -> float:
        """Return seconds from the start of the simulation to `at`."""
        return at - self.start


@dataclass(frozen=True)
class Reply:
    """One programmed answer of the fake Bot API."""

    code: int = 200
    description: str = ""
    retry_after: int | None = None
    times_out: bool = False
    never_sent: bool = False  # a connect timeout: the request never left


OK = Reply()
TIMEOUT = Reply(times_out=True)
CONNECT_TIMEOUT = Reply(times_out=True, never_sent=True)


def flood(seconds: int) -> Reply:
    """A 429 asking to retry after `seconds`."""
    return Reply(429, "Too Many Requests: retry after", retry_after=seconds)


def error(code: int, description: str) -> Reply:
    """A non-2xx answer with Telegram's description."""
    return Reply(code, description)


@dataclass(frozen=True)
class Call:
    """One request the fake received."""

    endpoint: str
    chat_id: int | str | None
    at: float
    parameters: dict[str, Any] = field(default_factory=dict)


class FakeTelegram(BaseRequest):
    """Answers Bot API calls with programmed replies per chat (200 with a Message by default)."""

    def __init__(self, time: FakeTime) -> None:
        self.time = time
        self.calls: list[Call] = []
        self.gate: asyncio.Event | None = None
        self.first_send = asyncio.Event()
        self._scripts: dict[int | str, deque[Reply]] = defaultdict(deque)
        self._next_message_id = 1

    def script(self, chat_id: int, *replies: Reply) -> None:
        """Program the next answers for `chat_id`; afterwards it answers OK again."""
        self._scripts[chat_id].extend(replies)

    def sends(self, chat_id: int | None = None) -> list[Call]:
        """Return the message-sending calls, optionally to one chat."""
        return [
            call
            for call in self.calls
            if call.endpoint.startswith("send") and chat_id in (None, call.chat_id)
        ]

    @property
    def read_timeout(self) -> float | None:
        """No real socket, no timeout."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Record the call and return the programmed (or default) answer."""
        endpoint = url.rsplit("/", 1)[-1]
        parameters = dict(request_data.parameters) if request_data else {}
        chat_id = parameters.get("chat_id")
        self.calls.append(Call(endpoint, chat_id, self.time.now, parameters))
        if endpoint.startswith("send"):
            self.first_send.set()
        if self.gate is not None:
            await self.gate.wait()
        script = self._scripts.get(chat_id)
        reply = script.popleft() if script else OK
        if reply.times_out and reply.never_sent:
            raise TimedOut("simulated connect timeout") from httpx.ConnectTimeout("connect")
        if reply.times_out:
            raise TimedOut("simulated timeout")
        if reply.code != 200:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": reply.code,
                "description": reply.description,
            }
            if reply.retry_after is not None:
                body["parameters"] = {"retry_after": reply.retry_after}
            return reply.code, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self._result(endpoint, parameters)}).encode()

    def _result(self, endpoint: str, parameters: dict[str, Any]) -> Any:
        """Build the success result Telegram would return for `endpoint`."""
        if endpoint == "getMe":
            return BOT_USER
        if not endpoint.startswith("send"):
            return True
        chat_id = parameters["chat_id"]
        message: dict[str, Any] = {
            "message_id": self._next_message_id,
            "date": 1_780_000_000,
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group", "title": "g"},
            "from": BOT_USER,
        }
        self._next_message_id += 1
        if endpoint == "sendMessage":
            message["text"] = parameters["text"]
        elif endpoint == "sendPoll":
            message["poll"] = {
                "id": f"poll-{message['message_id']}",
                "question": parameters["question"],
                "options": [
                    {"text": option["text"], "voter_count": 0, "persistent_id": str(index)}
                    for index, option in enumerate(parameters["options"])
                ],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": parameters["is_anonymous"],
                "type": "regular",
                "allows_multiple_answers": parameters["allows_multiple_answers"],
                "allows_revoting": True,
                "members_only": False,
            }
        elif endpoint == "sendPhoto":
            message["photo"] = [
                {"file_id": "f1", "file_unique_id": "u1", "width": 640, "height": 480}
            ]
        return message
