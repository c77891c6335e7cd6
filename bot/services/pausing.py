"""Pausing reminders for a while, and the "back on" message owed when a pause ends by itself.

A timed pause queues one `pause_end` delivery at the end of the pause (moved out of the runner's
quiet hours), so the announcement lives in the database and survives restarts. Resuming early or
pausing again drops it; at send time it is checked against the pause it was queued for, so an
old row for a pause that changed says nothing. Escalations are never paused
(scheduler.dispatcher.ALWAYS_DELIVERED).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.vocabulary import PAUSE_END_KIND
from bot.domain.weekly_card import WEEKLY_CARD_KIND
from bot.services import reminder_answers
from bot.storage import deliveries
from bot.storage.deliveries import Claimed, NewDelivery
from bot.storage.models import Delivery, User
from scheduler.planning import apply_quiet_hours

LONGEST_PAUSE_DAYS = 365
PAUSE_LENGTHS: Mapping[str, int | None] = MappingProxyType(
    {"1d": 1, "3d": 3, "1w": 7, "2w": 14, "open": None}
)
"""The /pause buttons: callback argument -> days (None: until the runner resumes)."""
UNTIL_KEY = "until"


def is_paused(user: User, now: datetime) -> bool:
    """Whether the runner's reminders are held back at `now`."""
    return user.paused_indefinitely or (user.paused_until is not None and user.paused_until > now)


def announcement_at(user: User, until: datetime) -> datetime:
    """When to say reminders are back: the end of the pause, or the end of quiet hours."""
    moved = apply_quiet_hours(
        until, user.timezone or "UTC", user.quiet_start, user.quiet_end, latest_useful=None
    )
    return moved or until


async def pause(session: AsyncSession, user: User, now: datetime, days: int | None) -> bool:
    """Pause for `days` (None: until resumed) and queue the "back on" message; False when the
    runner was paused already (nothing changes)."""
    if days is not None:
        days = max(1, min(days, LONGEST_PAUSE_DAYS))
    if not reminder_answers.pause(user, now, days):
        return False
    await _drop_announcements(session, user.id)
    if user.paused_until is not None and not user.paused_indefinitely:
        until = user.paused_until
        await deliveries.add_many(
            session,
            [
                NewDelivery(
                    user_id=user.id,
                    kind=PAUSE_END_KIND,
                    due_at=announcement_at(user, until),
                    payload={UNTIL_KEY: until.isoformat()},
                )
            ],
        )
    return True


async def resume(session: AsyncSession, user: User, now: datetime) -> bool:
    """Reminders back on now; the queued announcement is dropped. False if not paused."""
    was_paused = reminder_answers.resume(user, now)
    await _drop_announcements(session, user.id)
    return was_paused


def announcement_is_current(row: Delivery | Claimed, user: User) -> bool:
    """Whether a `pause_end` row still belongs to the runner's pause (not resumed, not changed)."""
    until = (row.payload or {}).get(UNTIL_KEY)
    if not isinstance(until, str) or user.paused_indefinitely or user.paused_until is None:
        return False
    try:
        return datetime.fromisoformat(until) == user.paused_until
    except ValueError:
        return False


async def _drop_announcements(session: AsyncSession, user_id: int) -> None:
    await deliveries.drop_pending_of_kind(session, user_id, PAUSE_END_KIND)


def next_reminder(upcoming: list[Delivery]) -> Delivery | None:
    """The first pending reminder that is not a pause announcement nor the weekly card."""
    return next(
        (row for row in upcoming if row.kind not in (PAUSE_END_KIND, WEEKLY_CARD_KIND)), None
    )
