"""Webhook mode: updates POSTed to a receiver with the secret header, retried on failure."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from emulator import BotApiEmulator

from .conftest import RawCall

SECRET = "s3cret_token-1"


@dataclass
class Receiver:
    """A tiny webhook endpoint that records what arrives and can refuse the first calls."""

    url: str = ""
    received: list[tuple[str | None, dict[str, Any]]] = field(default_factory=list)
    refuse_first: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        if self.refuse_first > 0:
            self.refuse_first -= 1
            return web.Response(status=500)
        self.received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response(text="ok")


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    receiver.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield receiver
    await runner.cleanup()


async def test_updates_arrive_with_the_secret_header(
    emulator: BotApiEmulator, call: RawCall, receiver: Receiver
) -> None:
    status, body = await call("setWebhook", url=receiver.url, secret_token=SECRET)

    await emulator.user(42).send_text("hello webhook")
    await emulator.wait_until_delivered(timeout=2.0, confirmed=True)

    assert (status, body) == (200, {"ok": True, "result": True})
    assert len(receiver.received) == 1
    secret, update = receiver.received[0]
    assert secret == SECRET
    assert update["message"]["text"] == "hello webhook"


async def test_failed_deliveries_are_retried_and_reported(
    emulator: BotApiEmulator, call: RawCall, receiver: Receiver
) -> None:
    receiver.refuse_first = 2
    await call("setWebhook", url=receiver.url)

    await emulator.user(42).send_text("persist")
    await emulator.wait_until_delivered(timeout=2.0, confirmed=True)
    _, info = await call("getWebhookInfo")

    assert [update["message"]["text"] for _, update in receiver.received] == ["persist"]
    assert receiver.received[0][0] is None
    assert info["result"]["url"] == receiver.url
    assert info["result"]["pending_update_count"] == 0
    assert "500" in info["result"]["last_error_message"]
    assert emulator.stats.webhook_failures == 2


async def test_delete_webhook_can_drop_pending_updates(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    await call("setWebhook", url="http://127.0.0.1:9/unreachable")
    await emulator.user(42).send_text("lost")

    await call("deleteWebhook", drop_pending_updates=True)
    _, updates = await call("getUpdates")
    _, info = await call("getWebhookInfo")

    assert updates["result"] == []
    assert info["result"] == {"url": "", "has_custom_certificate": False, "pending_update_count": 0}


async def test_secret_token_characters_are_checked(call: RawCall) -> None:
    status, body = await call("setWebhook", url="http://127.0.0.1:9/hook", secret_token="no spaces")

    assert status == 400
    assert body["description"] == "Bad Request: secret token contains unallowed characters"
