"""What a runner does with a reminder: done, snooze, skip; and pausing all reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.vocabulary import HABIT_KINDS, ReminderKind
from bot.storage import deliveries
from bot.storage.deliveries import NewDelivery
from bot.storage.models import User
from scheduler.occurrences import Quiet, out_of_quiet_hours
from scheduler.planning import snooze_until

SNOOZE_MINUTES = {"s30": 30, "s120": 120}
ANSWERS = {"done": "done", "skip": "skipped", **dict.fromkeys(SNOOZE_MINUTES, "snoozed")}
HABIT_KINDS_TEXT = frozenset(kind.value for kind in HABIT_KINDS)


class StaleReminderError(LookupError):
    """The button belongs to no reminder of this user, or it was answered already."""


@dataclass(frozen=True, slots=True)
class ReminderAnswer:
    """What a press recorded: the answer, when a snoozed reminder comes back, and the runner's
    knee status, chosen language and zone (read with the answer, for the reply)."""

    response: str
    again: datetime | None
    knee_status: str | None
    preferred_language: str | None
    timezone: str | None
    kind: str = ""


async def answer_reminder(
    session: AsyncSession, user_id: int, delivery_id: int, action: str, now: datetime
) -> ReminderAnswer:
    """Record the answer once; a snooze adds a one-off reminder and leaves the schedule alone.
    A snoozed reminder that would land in the runner's quiet hours waits for their end, except
    the warm-up and stretch around their own run (scheduler.occurrences.out_of_quiet_hours).
    Only habit reminders (not a forged id of a poll, nudge or escalation row) can be answered."""
    if action not in ANSWERS:
        raise StaleReminderError(delivery_id)
    response = ANSWERS[action]
    row = await deliveries.answer(session, delivery_id, user_id, response, now, HABIT_KINDS_TEXT)
    if row is None:
        raise StaleReminderError(delivery_id)
    again = None
    if action in SNOOZE_MINUTES:
        again = snooze_until(now, SNOOZE_MINUTES[action])
        if row.quiet_start is not None and row.quiet_end is not None:
            quiet = Quiet(row.timezone or "UTC", row.quiet_start, row.quiet_end)
            kind = ReminderKind(row.kind)
            again = out_of_quiet_hours(kind, again, quiet, latest_useful=None) or again
        await deliveries.add_many(
            session,
            [NewDelivery(user_id=user_id, kind=row.kind, due_at=again, payload={"snoozed": True})],
        )
    return ReminderAnswer(
        response, again, row.knee_status, row.preferred_language, row.timezone, row.kind
    )


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
