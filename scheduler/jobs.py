"""The few periodic jobs, with fixed names; each reloads what it needs from the database."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from telegram.error import TelegramError

from bot.config import Settings
from bot.ops import metrics
from bot.storage import checkins, deliveries, users
from scheduler.broadcast_jobs import broadcast_progress
from scheduler.dispatcher import HEARTBEAT_INTERVAL
from scheduler.maintenance import prune_old_deliveries
from scheduler.strava_jobs import STRAVA_EVENTS_SECONDS, process_strava_events

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

POLL_LIFETIME = timedelta(hours=24)
Job = Callable[["Runtime"], Awaitable[Any]]
HEARTBEAT_SECONDS = HEARTBEAT_INTERVAL.total_seconds()


async def dispatch_due(runtime: Runtime) -> None:
    """Hand every due reminder, check-in, escalation and broadcast message to the sender."""
    if runtime.dispatcher is not None:
        await runtime.dispatcher.tick()
    async with runtime.sessions_begin() as session:
        metrics.DUE_BACKLOG.set(await deliveries.due_backlog(session, runtime.clock.now()))


async def heartbeat(runtime: Runtime) -> None:
    """PostgreSQL: tell the other instances this one is alive, so they leave its claims alone."""
    if runtime.dispatcher is not None and not runtime.settings.is_sqlite:
        await runtime.dispatcher.beat()


async def recover_abandoned(runtime: Runtime) -> None:
    """PostgreSQL: take back deliveries claimed by an instance whose heartbeat stopped."""
    if runtime.dispatcher is not None and not runtime.settings.is_sqlite:
        await runtime.dispatcher.recover_abandoned()


async def close_expired_polls(runtime: Runtime) -> int:
    """Close check-in polls left unanswered for 24 h and record them as missing (not pain-free)."""
    now = runtime.clock.now()
    async with runtime.sessions_begin() as session:
        expired = await checkins.expired_open(session, now - POLL_LIFETIME)
        await checkins.mark_missing(session, [row.id for row in expired])
        chats = await users.chat_ids_of(session, {row.user_id for row in expired})
    for row in expired:
        if runtime.bot is not None and row.message_id is not None and row.user_id in chats:
            with contextlib.suppress(TelegramError):
                await runtime.bot.stop_poll(chats[row.user_id], row.message_id)
    return len(expired)


def standard_jobs(settings: Settings) -> dict[str, tuple[float, Job]]:
    """Name → (interval in seconds, job); the Strava queue only when Strava is set up."""
    strava = {"strava_events": (STRAVA_EVENTS_SECONDS, process_strava_events)}
    return {
        "dispatch": (settings.dispatch_interval_seconds, dispatch_due),
        "close_polls": (300.0, close_expired_polls),
        "broadcast_progress": (10.0, broadcast_progress),
        "prune": (3600.0, prune_old_deliveries),
        "heartbeat": (HEARTBEAT_SECONDS, heartbeat),
        "recover_abandoned": (HEARTBEAT_SECONDS, recover_abandoned),
        **(strava if settings.strava_enabled else {}),
    }
