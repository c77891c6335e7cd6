"""The real bot application against the loopback Bot API emulator, with a manual clock.

harness = await BotHarness.started(tmp_path)
runner = harness.user(1001)
await runner.send_command("/start")
welcome = await runner.next_bot_message()
harness.clock.advance(timedelta(days=1)); await harness.tick()
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram.ext import Application

from bot.app import build_application
from bot.clock import ManualClock
from bot.config import Settings, load_settings
from bot.runtime import Runtime, runtime_of
from emulator import BotApiEmulator, EmulatedUser, RateLimits
from scheduler.ratelimit import TelegramRateLimiter

TOKEN = "123456:TEST-TOKEN"
EMULATOR_STOP_SECONDS = 10
START = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # a Monday


def fast_rate_limiter() -> TelegramRateLimiter:
    """Pacing high enough that stories never wait on real time."""
    return TelegramRateLimiter(
        overall_max_rate=10_000, chat_per_second=10_000, chat_burst=1_000, max_retries=2,
        backoff_base=0.01, backoff_max=0.05,
    )  # fmt: skip


class BotHarness:
    """Starts, stops and restarts the bot on one database; drives time by hand."""

    def __init__(
        self, emulator: BotApiEmulator, settings: Settings, clock: ManualClock,
        rate_limiter: TelegramRateLimiter | None = None,
    ) -> None:  # fmt: skip
        self.emulator = emulator
        self.settings = settings
        self.clock = clock
        self.rate_limiter_factory = (lambda: rate_limiter) if rate_limiter else fast_rate_limiter
        self.application: Application[Any, Any, Any, Any, Any, Any] | None = None

    @classmethod
    async def started(
        cls, tmp_path: Path, *, database_url: str | None = None, admin_ids: str = "",
        limits: RateLimits | None = None, rate_limiter: TelegramRateLimiter | None = None,
        **more_settings: Any,
    ) -> BotHarness:  # fmt: skip
        clock = ManualClock(START)
        emulator = BotApiEmulator(TOKEN, clock=clock, limits=limits or RateLimits(enabled=False))
        await emulator.start()
        settings = load_settings(
            bot_token=TOKEN,
            database_url=database_url or f"sqlite+aiosqlite:///{tmp_path / 'kneeguard.db'}",
            telegram_base_url=emulator.base_url,
            admin_ids=admin_ids,
            **more_settings,
        )
        harness = cls(emulator, settings, clock, rate_limiter)
        await harness.start()
        return harness

    @property
    def runtime(self) -> Runtime:
        assert self.application is not None
        return runtime_of(self.application)

    async def start(self) -> None:
        application = build_application(
            self.settings, clock=self.clock, rate_limiter=self.rate_limiter_factory(),
            start_jobs=False,
        )  # fmt: skip
        await application.initialize()
        assert application.post_init is not None
        await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        self.application = application

    async def stop(self) -> None:
        application = self.application
        if application is None:
            return
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
        await application.shutdown()
        self.application = None

    async def restart(self) -> None:
        """Stop the bot and start a fresh application on the same database (state in SQL)."""
        await self.stop()
        await self.start()

    async def close(self) -> None:
        await self.stop()
        # Stopped in its own task: awaited inline from a pytest-asyncio finalizer it can hang.
        await asyncio.wait_for(asyncio.ensure_future(self.emulator.stop()), EMULATOR_STOP_SECONDS)

    def user(self, user_id: int, **details: Any) -> EmulatedUser:
        return self.emulator.user(user_id, **details)

    async def tick(self) -> None:
        """Run every periodic job once at the clock's current time and wait for its sends."""
        await self.runtime.run_periodic_jobs()

    def session(self) -> AsyncSession:
        return self.runtime.session()
