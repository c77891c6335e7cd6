"""The webhook endpoint: only Telegram (holding the secret) may post updates; /healthz answers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from telegram import Update
from telegram.ext import Application, ApplicationBuilder

from bot.runner import HEALTH_PATH, SECRET_HEADER, webhook_app
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
