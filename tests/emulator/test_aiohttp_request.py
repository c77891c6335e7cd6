"""The bot's aiohttp transport under python-telegram-bot (bot/telegram_http.py): the same
answers and errors as PTB's httpx one, uploads included."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.app import bot_request
from bot.config import Settings
from bot.telegram_http import AiohttpRequest
from emulator import BotApiEmulator, FaultRule
from tests.emulator.conftest import TOKEN

USER_ID = 42
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


@pytest.fixture
async def aio_bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    emulator.user(USER_ID)
    request = AiohttpRequest(read_timeout=2.0)
    bot = Bot(TOKEN, base_url=emulator.base_url, request=request)
    async with bot:
        yield bot


async def test_messages_buttons_and_photos_arrive(emulator: BotApiEmulator, aio_bot: Bot) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="r:1:d")]])

    sent = await aio_bot.send_message(USER_ID, "<b>Run</b> today?", parse_mode="HTML",
                                      reply_markup=markup)  # fmt: skip
    photo = await aio_bot.send_photo(USER_ID, PNG, caption="chart")

    assert sent.text == "Run today?" and sent.reply_markup == markup
    shown = runner.bot_messages()
    assert shown[-2].button_texts == ["Done"]
    assert shown[-1].photo == PNG and shown[-1].text == "chart"
    assert photo.caption == "chart"


async def test_telegrams_errors_are_ptbs_errors(emulator: BotApiEmulator, aio_bot: Bot) -> None:
    await emulator.user(USER_ID).send_text("hi")
    emulator.faults.add(FaultRule(kind="429", retry_after=3, count=1))
    emulator.faults.add(FaultRule(kind="5xx", status=502, count=1))
    emulator.faults.add(FaultRule(kind="timeout", method="sendMessage", count=1))

    with pytest.raises(RetryAfter) as flood:
        await aio_bot.send_message(USER_ID, "x")
    assert flood.value.retry_after == timedelta(seconds=3)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await aio_bot.send_message(USER_ID, "x")
    with pytest.raises(TimedOut):
        await aio_bot.send_message(USER_ID, "lost", read_timeout=0.1)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await aio_bot.send_message(999_999, "nobody")
    assert (await aio_bot.send_message(USER_ID, "fine")).text == "fine"


async def test_a_server_that_is_down_is_a_network_error() -> None:
    bot = Bot(TOKEN, base_url="http://127.0.0.1:9/bot", request=AiohttpRequest())
    with pytest.raises(NetworkError, match=r"aiohttp\.ClientConnectorError"):
        await bot.initialize()  # getMe
    await bot.shutdown()


def test_the_transport_follows_the_setting() -> None:
    from telegram.request import HTTPXRequest

    assert isinstance(bot_request(Settings()), AiohttpRequest)
    assert isinstance(bot_request(Settings(telegram_http_client="httpx")), HTTPXRequest)
