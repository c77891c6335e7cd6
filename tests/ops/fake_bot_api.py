"""A tiny Bot API stand-in that answers getMe (or rejects the token), on a loopback port."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

from aiohttp import web
from aiohttp.test_utils import TestServer

BOT_USER = {"id": 123456, "is_bot": True, "first_name": "KneeGuard", "username": "kneeguard_bot"}


@dataclass
class FakeBotApi:
    """Where the fake listens; set `reject_token` to answer 401 like Telegram does."""

    port: int = 0
    reject_token: bool = False

    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"


@contextlib.asynccontextmanager
async def running_fake_bot_api(token: str) -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()

    async def get_me(_request: web.Request) -> web.Response:
        if fake.reject_token:
            body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
            return web.json_response(body, status=401)
        return web.json_response({"ok": True, "result": BOT_USER})

    app = web.Application()
    app.router.add_route("*", f"/bot{token}/getMe", get_me)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    fake.port = server.port or 0
    try:
        yield fake
    finally:
        await server.close()
