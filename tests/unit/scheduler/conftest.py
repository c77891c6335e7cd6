"""Fixtures: a real PTB bot whose socket is the fake Bot API, on simulated time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from telegram.ext import ExtBot

from scheduler.ratelimit import TelegramRateLimiter
from tests.unit.scheduler.fake_telegram import FakeTelegram, FakeTime

BotFactory = Callable[..., Awaitable[ExtBot[Any]]]


@pytest.fixture
def fake_time() -> FakeTime:
    """Simulated monotonic time, advanced only by sleeping."""
    return FakeTime()


@pytest.fixture
def telegram_api(fake_time: FakeTime) -> FakeTelegram:
    """The fake Bot API the bot talks to."""
    return FakeTelegram(fake_time)


@pytest.fixture
async def make_bot(fake_time: FakeTime, telegram_api: FakeTelegram) -> AsyncIterator[BotFactory]:
    """Build initialised bots with a TelegramRateLimiter on simulated time."""
    bots: list[ExtBot[Any]] = []

    async def build(**limits: Any) -> ExtBot[Any]:
        limiter = TelegramRateLimiter(
            monotonic=fake_time.monotonic, sleep=fake_time.sleep, **limits
        )
        bot: ExtBot[Any] = ExtBot(
            "123456:TEST-TOKEN",
            request=telegram_api,
            get_updates_request=telegram_api,
            rate_limiter=limiter,
        )
        await bot.initialize()
        bots.append(bot)
        return bot

    yield build
    for bot in bots:
        await bot.shutdown()
