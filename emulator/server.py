"""The loopback Bot API server: routing, token check, faults, and the emulator's public face."""

from __future__ import annotations

import contextlib
import logging
from types import TracebackType
from typing import Any

from aiohttp import web

from bot.clock import Clock, SystemClock
from emulator.errors import NOT_FOUND, UNAUTHORIZED, ApiError, too_many_requests
from emulator.faults import FaultRule, Faults
from emulator.limits import RateLimiter, RateLimits
from emulator.methods import CANONICAL_NAMES, METHODS
from emulator.params import Params, read_params
from emulator.state import BotState
from emulator.stats import Stats
from emulator.updates import UpdateQueue, WebhookDeliverer
from emulator.users import EmulatedGroup, EmulatedUser

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
SHUTDOWN_SECONDS = 1.0
SERVER_ERROR_DESCRIPTIONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class BotApiEmulator:
    """A Telegram Bot API on 127.0.0.1 for one bot token, with emulated users on the other side.

    Use as `async with BotApiEmulator() as emu:` and point PTB at `emu.base_url` and
    `emu.file_base_url`. Dates come from `clock` (whole seconds); flood limits use real time.
    """

    def __init__(
        self,
        token: str = "123456:TEST",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Clock | None = None,
        limits: RateLimits | None = None,
        bot_username: str = "kneeguard_test_bot",
        bot_first_name: str = "KneeGuard",
        fault_seed: int = 0,
    ):
        self.token = token
        self.host = host
        self.port = port
        self.clock: Clock = clock or SystemClock()
        self.limits = limits or RateLimits()
        self.limiter = RateLimiter(self.limits)
        self.faults = Faults(seed=fault_seed)
        self.stats = Stats()
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self.bot_sender: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.bot_profile: dict[str, Any] = {
            **self.bot_sender,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.state = BotState(self.bot_sender)
        self.queue = UpdateQueue(self.state.signal, self.stats)
        self._webhook = WebhookDeliverer(self.queue, self.now_seconds)
        self._users: dict[int, EmulatedUser] = {}
        self._groups: dict[int, EmulatedGroup] = {}
        self._runner: web.AppRunner | None = None

    # lifecycle

    async def start(self) -> BotApiEmulator:
        """Listen on host:port (port 0 picks a free one) and start webhook delivery."""
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.queue.closing = False
        self._webhook.start()
        return self

    async def stop(self) -> None:
        """Release waiting long polls and hung requests, then close the server."""
        self.queue.closing = True
        self.state.changed()
        await self._webhook.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiEmulator:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What PTB's base_url takes; PTB appends the token."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def file_base_url(self) -> str:
        """What PTB's base_file_url takes."""
        return f"http://{self.host}:{self.port}/file/bot"

    def now_seconds(self) -> int:
        """The injected clock as Telegram's integer Unix seconds."""
        return int(self.clock.now().timestamp())

    # the user side

    def user(
        self,
        user_id: int,
        first_name: str = "Runner",
        language_code: str = "en",
        username: str | None = None,
    ) -> EmulatedUser:
        """The emulated user with this id (created on first call; private chat id == user id)."""
        if user_id not in self._users:
            self._users[user_id] = EmulatedUser(
                self, user_id, first_name, language_code, username
            )
        return self._users[user_id]

    def group(self, chat_id: int, title: str = "Running club") -> EmulatedGroup:
        """A group the bot is a member of (ids of groups are negative)."""
        if chat_id not in self._groups:
            self._groups[chat_id] = EmulatedGroup(self, chat_id, title)
        return self._groups[chat_id]

    def push_raw_update(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update exactly as given (no checks): what an older or self-hosted Bot API
        server might send. Returns its update_id."""
        return int(self.queue.push(kind, payload)["update_id"])

    async def wait_until_delivered(
        self,
        timeout: float = 5.0,  # noqa: ASYNC109 - a deadline reads best in tests
        *,
        confirmed: bool = False,
    ) -> None:
        """Wait until the bot fetched every pending update (or confirmed them, if asked)."""
        check = self.queue.all_confirmed if confirmed else self.queue.all_fetched
        await self.state.signal.wait_for(check, timeout, "updates to be delivered")

    # HTTP

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(UNAUTHORIZED)
        name = CANONICAL_NAMES.get(request.match_info["method"].lower())
        if name is None:
            return self._error(NOT_FOUND)
        self.stats.calls[name] += 1
        try:
            params = await read_params(request)
            rule = self.faults.pick(name, _chat_id_hint(params))
            if rule is not None:
                failure = await self._apply_fault(rule)
                if failure is not None:
                    return failure
            result = await METHODS[name.lower()](self, params)
        except ApiError as error:
            return self._error(error)
        return web.json_response({"ok": True, "result": result})

    def _error(self, error: ApiError) -> web.Response:
        self.stats.errors[error.error_code] += 1
        return web.json_response(error.to_json(), status=error.error_code)

    async def _apply_fault(self, rule: FaultRule) -> web.Response | None:
        """Answer with the fault, or return None to go on normally (after a slow delay)."""
        self.stats.faults[rule.kind] += 1
        if rule.kind == "429":
            raise too_many_requests(rule.retry_after)
        if rule.kind == "5xx":
            description = SERVER_ERROR_DESCRIPTIONS.get(rule.status, "Internal Server Error")
            return self._error(ApiError(rule.status, description))
        wait = rule.hang_seconds if rule.kind == "timeout" else rule.delay
        self.state.changed()  # a test may wait until a request is being held
        with contextlib.suppress(TimeoutError):
            await self.state.signal.wait_for(lambda: self.queue.closing, wait, "a fault delay")
        if rule.kind == "timeout":
            return self._error(ApiError(504, SERVER_ERROR_DESCRIPTIONS[504]))
        return None

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(UNAUTHORIZED)
        path = request.match_info["path"]
        for stored in self.state.files.values():
            if stored.file_path == path:
                return web.Response(body=stored.content, content_type=stored.mime_type)
        return self._error(NOT_FOUND)


def _chat_id_hint(params: Params) -> int | None:
    """The call's chat id when it is a plain integer (for chat-specific fault rules)."""
    try:
        chat_id = params.chat_id()
    except ApiError:
        return None
    return chat_id if isinstance(chat_id, int) else None
