"""What a newly logged run changes besides the runs table (issue #15, part 3):

* the day's "Run done?" (the after-run stretch reminder) counts as done, whether it was sent
  already or is still to come;
* the after-run knee check-in follows at the usual delay, asked once: a planned or recent
  check-in poll of that run makes it unnecessary, and the knee status must allow it;
* the active pair of shoes wears by the run's distance.

No Telegram here; the caller owns the transaction. Strava imports use the same function.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.activities import ActivitySession
from bot.domain.knee_status import may_send
from bot.domain.rules import Rules
from bot.domain.vocabulary import ReminderKind
from bot.storage import checkins, deliveries, plans, users
from bot.storage.deliveries import NewDelivery
from bot.storage.models import User
from scheduler.planning import apply_quiet_hours

RUN_DONE_BEFORE = timedelta(hours=3)
"""A "Run done?" due this long before the run started still belongs to it (an early run)."""
RUN_DONE_AFTER = timedelta(hours=6)
STILL_WORTH_ASKING = timedelta(hours=6)
"""A run sent in later than this after its check-in time is not asked about any more."""


async def after_logged(
    session: AsyncSession, user_id: int, logged: Sequence[ActivitySession], now: datetime,
    rules: Rules,
) -> None:  # fmt: skip
    """Apply what the newly logged runs change (see the module docstring)."""
    user = await users.get(session, user_id)
    if user is None or not logged:
        return
    plan = await plans.get(session, user_id)
    for run in logged:
        ended = run.started_at + timedelta(seconds=run.moving_s)
        await _answer_run_done(session, user, run.started_at, ended, now)
        await _ask_after_run(session, user, ended, now, rules)
    if plan is not None:
        plan.shoe_km = plan.shoe_km + sum(run.distance_m for run in logged) / 1000


async def _answer_run_done(
    session: AsyncSession, user: User, started: datetime, ended: datetime, now: datetime
) -> None:
    stretch = await deliveries.unanswered_between(
        session, user.id, ReminderKind.STRETCH.value, started - RUN_DONE_BEFORE,
        ended + RUN_DONE_AFTER,
    )  # fmt: skip
    if stretch is not None:
        stretch.response = "done"
        stretch.responded_at = now


async def _ask_after_run(
    session: AsyncSession, user: User, ended: datetime, now: datetime, rules: Rules
) -> None:
    if not may_send(user.knee_status, ReminderKind.CHECKIN):
        return  # runs on hold: the status's own daily check asks instead
    due = ended + timedelta(minutes=rules.reminders.checkin_after_run_minutes)
    if now - due > STILL_WORTH_ASKING:
        return
    kind = ReminderKind.CHECKIN.value
    if await checkins.polled_since(session, user.id, kind, ended):
        return  # already asked about this run
    if await deliveries.planned_due_between(
        session, user.id, kind, ended, due + STILL_WORTH_ASKING
    ):
        return  # the plan asks anyway
    zone = user.timezone or "UTC"
    when = apply_quiet_hours(
        max(due, now), zone, user.quiet_start, user.quiet_end, latest_useful=None
    ) or max(due, now)
    await deliveries.add_many(
        session, [NewDelivery(user.id, kind, when, payload={"after_run": True})]
    )
