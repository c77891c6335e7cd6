"""Delivery: N reminders due at once, through the real Dispatcher, Sender, TelegramRateLimiter
and PTB Bot, against the emulator (in its own process) enforcing Telegram's limits scaled up.

The dispatcher is ticked every `dispatch_interval_seconds`, as the scheduler job does, until
every row has an outcome. Rates come from the emulator's admission times (system monotonic).
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Any

from telegram.ext import Application

from bench.emulator_process import RemoteEmulator
from bench.lifecycle import crashed_tasks_row, scratch_folder, task_failures
from bench.report import Row
from bench.seed import seed_database
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings, load_settings
from bot.runtime import runtime_of
from bot.storage import deliveries
from emulator import RateLimits
from scheduler.dispatcher import Dispatcher
from scheduler.ratelimit import TelegramRateLimiter

SCALE = 3.0
"""Telegram's limits ×3 (90 messages/s): short runs, and the bot process (about 95 sends/s on
this 2-core machine next to the emulator, see RESULTS.md) is not the bottleneck."""
RATE_TARGET = 0.95
RUN_TIMEOUT_SECONDS = 600.0


async def start_limited_bot(
    remote: RemoteEmulator, database_url: str, limits: RateLimits, **settings: Any
) -> tuple[Application[Any, Any, Any, Any, Any, Any], Settings]:
    """The real bot against the remote emulator, pacing itself at the emulator's limits."""
    limit = int(limits.global_per_second)
    loaded = load_settings(
        bot_token=remote.token, database_url=database_url,
        telegram_base_url=remote.base_url, messages_per_second=limit, **settings,
    )  # fmt: skip
    limiter = TelegramRateLimiter(
        overall_max_rate=limit, chat_per_second=limits.per_chat_per_second,
        chat_burst=limits.per_chat_burst,
    )  # fmt: skip
    application = build_application(
        loaded, clock=SystemClock(), rate_limiter=limiter, start_jobs=False
    )
    await application.initialize()
    assert application.post_init is not None and application.post_shutdown is not None
    await application.post_init(application)
    return application, loaded


async def run_delivery(count: int, scale: float = SCALE) -> list[Row]:
    """Deliver `count` due reminders to `count` runners; rows for the table."""
    limits = RateLimits().scaled(scale)
    limit = limits.global_per_second
    with scratch_folder() as work, task_failures() as failures:
        database_url = f"sqlite+aiosqlite:///{work / 'delivery.db'}"
        now = datetime.now(UTC)
        await seed_database(database_url, count, now, due_now=count)
        async with RemoteEmulator(users=count, scale=scale) as remote:
            application, settings = await start_limited_bot(remote, database_url, limits)
            runtime = runtime_of(application)
            assert runtime.dispatcher is not None and runtime.sessions is not None
            started = time.monotonic()
            async with asyncio.timeout(RUN_TIMEOUT_SECONDS):
                await _dispatch_until_idle(runtime.dispatcher, settings.dispatch_interval_seconds)
            await runtime.dispatcher.drain()
            async with runtime.sessions() as session:
                states = await deliveries.count_by_state(session)
            await application.post_shutdown(application)
            await application.shutdown()
            stats = await remote.stats()
            seen = await remote.deliveries()
    rows = _rows(count, limit, started, states, stats, seen)
    rows.append(crashed_tasks_row(f"delivery {count:,} due at once", failures))
    return rows


async def _dispatch_until_idle(dispatcher: Dispatcher, interval: float) -> None:
    """Tick as the scheduler job does until a tick after a full drain claims nothing."""
    while True:
        if not (await dispatcher.tick()).claimed:
            await dispatcher.drain()
            if not (await dispatcher.tick()).claimed:
                return
        await asyncio.sleep(interval)


def _rows(
    count: int, limit: float, started: float, states: dict[str, int],
    stats: dict[str, object], seen: dict[str, object],
) -> list[Row]:  # fmt: skip
    admitted = sorted(stats["admitted"])  # type: ignore[call-overload]
    sent = len(admitted)
    last = admitted[-1] if admitted else started
    overall = sent / (last - started) if last > started else 0.0
    after_burst = [moment for moment in admitted if moment >= started + 1.0]
    sustained = len(after_burst) / (last - (started + 1.0)) if len(after_burst) > 1 else overall
    ids = seen["ids"]  # type: ignore[index]
    duplicates = int(seen["duplicates"])  # type: ignore[call-overload]
    losses = count - len(ids)  # type: ignore[arg-type]
    rate_limited = int(stats["rate_limited"])  # type: ignore[call-overload]
    chats_limited = int(stats["chats_rate_limited"])  # type: ignore[call-overload]
    name = f"delivery {count:,} due at once"
    return [
        Row(name, "messages/s ÷ enforced limit (sustained, after the first second)",
            f"{sustained / limit:.2f}", f"≥ {RATE_TARGET}", sustained / limit >= RATE_TARGET,
            f"{sustained:.0f}/s of {limit:.0f}/s; whole run {overall:.0f}/s incl. burst"),
        Row(name, "429 answers", str(rate_limited), "0", rate_limited == 0),
        Row(name, "chats with a per-chat limit hit", str(chats_limited), "0",
            chats_limited == 0),
        Row(name, "duplicates (same delivery twice in chats)", str(duplicates), "0",
            duplicates == 0),
        Row(name, "losses (due rows never in a chat)", str(losses), "0", losses == 0,
            f"rows sent {states.get('sent', 0):,}, failed {states.get('failed', 0):,}, "
            f"missed {states.get('missed', 0):,}, left claimed {states.get('claimed', 0):,}, "
            f"left sending {states.get('sending', 0):,}"),
    ]  # fmt: skip
