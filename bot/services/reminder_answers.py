"""What a runner does with a reminder: done, snooze, skip; and pausing all reminders."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.vocabulary import HABIT_KINDS, ReminderKind
from bot.storage import deliveries
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Delivery, User
from scheduler.occurrences import Quiet, out_of_quiet_hours
from scheduler.planning import snooze_until

SNOOZE_MINUTES = {"s30": 30, "s120": 120}
ANSWERS = {"done": "done", "skip": "skipped", **dict.fromkeys(SNOOZE_MINUTES, "snoozed")}


class StaleReminderError(LookupError):
    """The button belongs to no reminder of this user, or it was answered already."""


async def answer_reminder(
    session: AsyncSession, user_id: int, delivery_id: int, action: str, now: datetime,
    user: User | None = None,
) -> tuple[str, datetime | None]:  # fmt: skip
    """Record the answer once; a snooze adds a one-off reminder and leaves the schedule alone.
    A snoozed reminder that would land in the runner's quiet hours waits for their end, except
    the warm-up and stretch around their own run (scheduler.occurrences.out_of_quiet_hours)."""
    row: Delivery | None = await deliveries.get(session, delivery_id)
    if row is None or row.user_id != user_id or action not in ANSWERS:
        raise StaleReminderError(delivery_id)
    if row.kind not in HABIT_KINDS:  # a forged id of a poll, nudge or escalation row
        raise StaleReminderError(delivery_id)
    if row.response is not None:
        raise StaleReminderError(delivery_id)
    row.response = ANSWERS[action]
    row.responded_at = now
    if action not in SNOOZE_MINUTES:
        return row.response, None
    again = snooze_until(now, SNOOZE_MINUTES[action])
    if user is not None:
        quiet = Quiet(user.timezone or "UTC", user.quiet_start, user.quiet_end)
        kind = ReminderKind(row.kind)
        again = out_of_quiet_hours(kind, again, quiet, latest_useful=None) or again
    await deliveries.add_many(
        session,
        [NewDelivery(user_id=user_id, kind=row.kind, due_at=again, payload={"snoozed": True})],
    )
    return row.response, again


def pause(user: User, now: datetime, days: int | None) -> bool:
    """Pause for `days` (or until resumed); returns False when already paused."""
    if user.paused_indefinitely or (user.paused_until is not None and user.paused_until > now):
        return False
    if days is None:
        user.paused_indefinitely = True
    else:
        user.paused_until = now + timedelta(days=days)
    return True


def resume(user: User, now: datetime) -> bool:
    was_paused = user.paused_indefinitely or (
        user.paused_until is not None and user.paused_until > now
    )
    user.paused_indefinitely = False
    user.paused_until = None
    return was_paused
