"""The webhook endpoint: only Telegram (holding the secret) may post updates; /healthz answers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from telegram import Update
from telegram.ext import Application, ApplicationBuilder

from bot.runner import HEALTH_PATH, SECRET_HEADER, webhook_app
from emulator import BotApiEmulator
from tests.ops.fake_bot_api import running_fake_bot_api

TOKEN = "123456:webhook-test"
SECRET = "right_secret-123"
PATH = "/hook/telegram"
UPDATE = {
    "update_id": 7,
    "message": {
        "message_id": 1, "date": 1772431200, "text": "/start",
        "chat": {"id": 42, "type": "private", "first_name": "Runner"},
        "from": {"id": 42, "is_bot": False, "first_name": "Runner"},
    },
}  # fmt: skip
# What a Bot API server older than 9.6 sends: PTB 22.8 cannot read a poll answer without
# option_persistent_ids.
UNREADABLE = {
    "update_id": 8,
    "poll_answer": {
        "poll_id": "poll-1", "option_ids": [0],
        "user": {"id": 42, "is_bot": False, "first_name": "Secret-Name"},
    },
}  # fmt: skip

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def build(base_url: str = "http://127.0.0.1:9/bot") -> AnyApplication:
    return ApplicationBuilder().token(TOKEN).base_url(base_url).updater(None).build()


@pytest.fixture
async def application() -> AnyApplication:
    return build()


@pytest.fixture
async def client(application: AnyApplication) -> AsyncIterator[TestClient[Any, Any]]:
    async with TestClient(TestServer(webhook_app(application, SECRET, PATH))) as test_client:
        yield test_client


@pytest.mark.parametrize("headers", [{}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: ""}])
async def test_a_missing_or_wrong_secret_is_forbidden(
    client: TestClient[Any, Any], application: AnyApplication, headers: dict[str, str]
) -> None:
    response = await client.post(PATH, json=UPDATE, headers=headers)

    assert response.status == 403
    assert application.update_queue.empty()


async def test_the_right_secret_queues_the_update(
    client: TestClient[Any, Any], application: AnyApplication
) -> None:
    response = await client.post(PATH, json=UPDATE, headers={SECRET_HEADER: SECRET})

    assert response.status == 200
    queued = application.update_queue.get_nowait()
    assert isinstance(queued, Update) and queued.update_id == 7


async def test_a_malformed_body_with_the_right_secret_is_a_bad_request(
    client: TestClient[Any, Any], application: AnyApplication
) -> None:
    response = await client.post(PATH, data=b"{not json", headers={SECRET_HEADER: SECRET})

    assert response.status == 400
    assert application.update_queue.empty()


@pytest.mark.parametrize("body", [b"null", b"[1, 2]", b'"x"', b"7", b'{"message": {}}'])
async def test_json_that_is_not_an_update_is_a_bad_request_without_a_traceback(
    client: TestClient[Any, Any], application: AnyApplication, body: bytes,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    response = await client.post(
        PATH, data=body, headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    )

    assert response.status == 400
    assert application.update_queue.empty()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info] == []


async def test_an_update_ptb_cannot_read_is_confirmed_and_skipped_without_its_content(
    client: TestClient[Any, Any], application: AnyApplication, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)

    response = await client.post(PATH, json=UNREADABLE, headers={SECRET_HEADER: SECRET})
    after = await client.post(PATH, json=UPDATE, headers={SECRET_HEADER: SECRET})

    assert response.status == 200  # else Telegram sends it again and again
    assert after.status == 200
    queued = application.update_queue.get_nowait()
    assert queued.update_id == 7 and application.update_queue.empty()
    skipped = [r.getMessage() for r in caplog.records if "skipped update 8" in r.getMessage()]
    assert len(skipped) == 1 and "poll_answer" in skipped[0]
    assert "Secret-Name" not in caplog.text and "poll-1" not in caplog.text


async def test_telegram_stops_resending_an_unreadable_update_and_the_next_one_arrives() -> None:
    async with BotApiEmulator(TOKEN) as emulator:
        application = build(emulator.base_url)
        server = web.AppRunner(webhook_app(application, SECRET, PATH))
        await server.setup()
        await web.TCPSite(server, "127.0.0.1", 0).start()
        try:
            port = server.addresses[0][1]
            await application.bot.initialize()
            await application.bot.set_webhook(f"http://127.0.0.1:{port}{PATH}", secret_token=SECRET)
            emulator.push_raw_update("poll_answer", UNREADABLE["poll_answer"])
            readable = emulator.push_raw_update("message", UPDATE["message"])
            await emulator.wait_until_delivered(timeout=5.0, confirmed=True)
        finally:
            await application.bot.shutdown()
            await server.cleanup()

    assert emulator.stats.webhook_failures == 0  # answered 200 the first time: never resent
    assert emulator.stats.webhook_deliveries == 2
    assert application.update_queue.get_nowait().update_id == readable
    assert application.update_queue.empty()


async def test_only_the_webhook_path_accepts_posts(client: TestClient[Any, Any]) -> None:
    response = await client.post("/telegram", json=UPDATE, headers={SECRET_HEADER: SECRET})

    assert response.status == 404


async def test_health_is_unavailable_until_the_application_runs(
    client: TestClient[Any, Any],
) -> None:
    response = await client.get(HEALTH_PATH)

    assert response.status == 503
    assert await response.json() == {"ok": False}


async def test_health_is_ok_while_the_application_runs() -> None:
    async with running_fake_bot_api(TOKEN) as fake:
        application = build(fake.base_url())
        await application.initialize()
        await application.start()
        try:
            server = TestServer(webhook_app(application, SECRET, PATH))
            async with TestClient(server) as test_client:
                response = await test_client.get(HEALTH_PATH)
                body = await response.json()
        finally:
            await application.stop()
            await application.shutdown()

    assert response.status == 200
    assert body == {"ok": True}


async def test_with_strava_the_webhook_server_answers_stravas_handshake(tmp_path: Any) -> None:
    from cryptography.fernet import Fernet

    from bot.app import build_application
    from bot.config import load_settings

    settings = load_settings(
        bot_token=TOKEN, database_url=f"sqlite+aiosqlite:///{tmp_path / 'k.db'}",
        strava_client_id="4242", strava_client_secret="s", strava_verify_token="verify-me",
        public_url="https://kneeguard.example.org",
        token_encryption_key=Fernet.generate_key().decode(),
    )  # fmt: skip
    application = build_application(settings, start_jobs=False)
    handshake = {"hub.mode": "subscribe", "hub.challenge": "abc123", "hub.verify_token": ""}
    async with TestClient(TestServer(webhook_app(application, SECRET, PATH))) as test_client:
        right = await test_client.get(
            "/strava/events", params={**handshake, "hub.verify_token": "verify-me"}
        )
        wrong = await test_client.get("/strava/events", params=handshake)

        assert (right.status, await right.json()) == (200, {"hub.challenge": "abc123"})
        assert wrong.status == 403
