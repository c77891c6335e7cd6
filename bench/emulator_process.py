"""The Bot API emulator in its own process, as Telegram is: the bot under test keeps its CPU.

    async with RemoteEmulator(users=1000, scale=10) as remote:
        settings = ... telegram_base_url=remote.base_url ...
        stats = await remote.stats()

The child serves the emulator and a small control API on a second port: counters, the delivery
ids found in the chats' buttons, presses and messages by every user, and waits on counters.
Users 1..N exist with their private chat already open (as if each had written /start).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from types import TracebackType
from typing import Any

import aiohttp
from aiohttp import web

from bench import TOKEN, child_environment
from emulator import BotApiEmulator, RateLimits
from emulator.users import EmulatedUser, EmulatorUsageError

DELIVERY_BUTTON = re.compile(r"^r:(\d+):done$")
START_SECONDS = 30.0


class _Control:
    """The control API's handlers over one running emulator."""

    def __init__(self, emulator: BotApiEmulator, users: int) -> None:
        self.emulator = emulator
        self.users = users
        self.admitted: list[float] = []
        self.reached: list[int] = []
        """Chats in the order their messages passed the limits (probes pick from these)."""
        self.probed: set[int] = set()
        self.pressed: dict[tuple[int, int], int] = {}
        """(chat, message) → the delivery id of a Done button a probe pressed (edited away)."""
        self.started_at = time.monotonic()
        admit = emulator.limiter.check

        def recording_check(chat_id: int) -> None:
            admit(chat_id)
            self.admitted.append(time.monotonic())
            self.reached.append(chat_id)

        emulator.limiter.check = recording_check  # type: ignore[method-assign]

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/stats", self.stats),
            web.get("/deliveries", self.deliveries),
            web.post("/press", self.press),
            web.post("/write", self.write),
            web.get("/wait", self.wait),
            web.post("/probe", self.probe),
        ]

    async def stats(self, _request: web.Request) -> web.Response:
        """Counters, plus when each message passed the limits (monotonic, system-wide)."""
        stats = self.emulator.stats
        return web.json_response(
            {
                "calls": dict(stats.calls),
                "sent": dict(stats.sent),
                "errors": {str(code): count for code, count in stats.errors.items()},
                "rate_limited": stats.rate_limited,
                "chats_rate_limited": len(stats.rate_limited_by_chat),
                "admitted": self.admitted,
            }
        )

    async def deliveries(self, _request: web.Request) -> web.Response:
        """Delivery ids seen in Done buttons, over every chat's bot messages, with copies."""
        seen: Counter[int] = Counter()
        messages = 0
        for message in self.emulator.state.messages.values():
            if message.sender != "bot":
                continue
            messages += 1
            for row in (message.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    match = DELIVERY_BUTTON.match(str(button.get("callback_data", "")))
                    if match:
                        seen[int(match.group(1))] += 1
            pressed = self.pressed.get((message.chat_id, message.message_id))
            if pressed is not None and not message.reply_markup:
                seen[pressed] += 1  # a probe pressed Done: the edit took the buttons away
        duplicates = sum(count - 1 for count in seen.values() if count > 1)
        return web.json_response(
            {"bot_messages": messages, "ids": sorted(seen), "duplicates": duplicates}
        )

    async def press(self, request: web.Request) -> web.Response:
        """Every user presses the button ending in `suffix` on the bot's last message."""
        suffix = (await request.json())["suffix"]
        pressed = 0
        self.started_at = time.monotonic()
        for user_id in range(1, self.users + 1):
            user = self.emulator.user(user_id)
            message = user.last_bot_message()
            if message is None:
                continue
            data = next(
                (
                    button["callback_data"]
                    for row in message.inline_buttons
                    for button in row
                    if str(button.get("callback_data", "")).endswith(suffix)
                ),
                None,
            )
            if data is None:
                continue
            try:
                await user.press_button(message, data=data)
            except EmulatorUsageError:
                continue
            pressed += 1
        return web.json_response({"pressed": pressed})

    async def write(self, request: web.Request) -> web.Response:
        """Every user writes `text` to the bot."""
        text = (await request.json())["text"]
        self.started_at = time.monotonic()
        for user_id in range(1, self.users + 1):
            await self.emulator.user(user_id).send_text(text)
        return web.json_response({"written": self.users})

    async def probe(self, request: web.Request) -> web.Response:
        """A runner who just got a reminder writes /help or presses its Done; answers seconds
        until the bot's first answer (the reply, or the toast) and until the Done edit."""
        kind = (await request.json())["kind"]
        user = self._fresh_recipient()
        if user is None:
            return web.json_response({"first": None, "complete": None})
        message = user.last_bot_message()
        assert message is not None
        started = time.monotonic()
        if kind == "help":
            sent = await user.send_text("/help")

            def replied() -> bool:
                return any(entry.message_id > sent.message_id for entry in user.bot_messages())

            await self.emulator.state.signal.wait_for(replied, 60, "the /help reply")
            first = time.monotonic() - started
            return web.json_response({"first": first, "complete": first})
        data = next(
            button["callback_data"] for row in message.inline_buttons for button in row
            if str(button.get("callback_data", "")).endswith(":done")
        )  # fmt: skip
        match = DELIVERY_BUTTON.match(data)
        assert match is not None
        self.pressed[(user.chat_id, message.message_id)] = int(match.group(1))
        query_id = await user.press_button(message, data=data)
        await user.wait_callback_answered(query_id, 60)
        first = time.monotonic() - started
        await user.wait_for_edit(message, 60)
        return web.json_response({"first": first, "complete": time.monotonic() - started})

    def _fresh_recipient(self) -> EmulatedUser | None:
        """The latest reached runner not probed yet whose last message has a Done button."""
        for chat_id in reversed(self.reached[-200:]):
            if chat_id in self.probed or not 0 < chat_id <= self.users:
                continue
            user = self.emulator.user(chat_id)
            message = user.last_bot_message()
            if message is None or not any(
                str(button.get("callback_data", "")).endswith(":done")
                for row in message.inline_buttons for button in row
            ):  # fmt: skip
                continue
            self.probed.add(chat_id)
            return user
        return None

    async def wait(self, request: web.Request) -> web.Response:
        """Wait until calls[method] reaches `count`; answer seconds since the last press/write."""
        method = request.query["method"]
        count = int(request.query["count"])
        timeout = float(request.query.get("timeout", "120"))
        calls = self.emulator.stats.calls
        await self.emulator.state.signal.wait_for(
            lambda: calls[method] >= count, timeout, f"{count} calls of {method}"
        )
        return web.json_response({"elapsed": time.monotonic() - self.started_at})


async def serve(
    users: int, scale: float, limits_enabled: bool,
    control: Callable[[BotApiEmulator, int], _Control] = _Control,
) -> None:  # fmt: skip
    """Run the emulator and its control API until stdin closes; print both ports first."""
    limits = RateLimits(enabled=limits_enabled).scaled(scale)
    emulator = BotApiEmulator(TOKEN, limits=limits)
    await emulator.start()
    for user_id in range(1, users + 1):
        emulator.user(user_id).chat.known_to_bot = True
    application = web.Application()
    application.add_routes(control(emulator, users).routes())
    runner = web.AppRunner(application, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    control_port = runner.addresses[0][1]
    print(json.dumps({"base_url": emulator.base_url, "control_port": control_port}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await runner.cleanup()
    await emulator.stop()


class RemoteEmulator:
    """Starts the emulator process and talks to its control API."""

    child_module = "bench.emulator_process"

    def __init__(self, *, users: int, scale: float = 1.0, limits: bool = True) -> None:
        self.arguments = ["--users", str(users), "--scale", str(scale)]
        if not limits:
            self.arguments.append("--no-limits")
        self.process: asyncio.subprocess.Process | None = None
        self.base_url = ""
        self.control_url = ""
        self.token = TOKEN
        self._client: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> RemoteEmulator:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", self.child_module, *self.arguments,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            env=child_environment(),
        )  # fmt: skip
        assert self.process.stdout is not None
        line = await asyncio.wait_for(self.process.stdout.readline(), START_SECONDS)
        if not line:
            raise RuntimeError("the emulator process ended before it was ready")
        ready = json.loads(line)
        self.base_url = ready["base_url"]
        self.control_url = f"http://127.0.0.1:{ready['control_port']}"
        self._client = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None))
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._client is not None:
            await self._client.close()
        if self.process is not None and self.process.stdin is not None:
            self.process.stdin.close()
            try:
                await asyncio.wait_for(self.process.wait(), 10)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()

    async def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        assert self._client is not None
        async with self._client.request(method, self.control_url + path, **kwargs) as response:
            response.raise_for_status()
            return await response.json()

    async def stats(self) -> dict[str, Any]:
        """Counters and admission times (see `_Control.stats`)."""
        return await self._call("GET", "/stats")  # type: ignore[no-any-return]

    async def deliveries(self) -> dict[str, Any]:
        """Delivery ids seen in the chats, and how many extra copies there were."""
        return await self._call("GET", "/deliveries")  # type: ignore[no-any-return]

    async def press_all(self, suffix: str) -> int:
        """Every user presses a button of the bot's last message; returns presses made."""
        return int((await self._call("POST", "/press", json={"suffix": suffix}))["pressed"])

    async def write_all(self, text: str) -> int:
        """Every user writes `text`; returns messages written."""
        return int((await self._call("POST", "/write", json={"text": text}))["written"])

    async def probe(self, kind: str) -> tuple[float | None, float | None]:
        """One runner who just got a reminder writes /help (`kind` "help") or presses its Done
        ("done"); seconds to the first answer and to the last (None: nobody to probe yet)."""
        answer = await self._call("POST", "/probe", json={"kind": kind})
        return answer["first"], answer["complete"]

    async def wait_calls(
        self,
        method: str,
        count: int,
        timeout: float = 120.0,  # noqa: ASYNC109 - server-side
    ) -> float:
        """Wait until `method` was called `count` times; seconds since the presses/writes."""
        query = {"method": method, "count": str(count), "timeout": str(timeout)}
        return float((await self._call("GET", "/wait", params=query))["elapsed"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=0)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--no-limits", action="store_true")
    arguments = parser.parse_args()
    asyncio.run(serve(arguments.users, arguments.scale, not arguments.no_limits))


if __name__ == "__main__":
    main()
