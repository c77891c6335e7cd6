"""The optional distance after "Run done?" → Done: a typed number logs that run, so the spike
rule (a run much longer than the 30-day longest, Frandsen 2025) and the shoes see it too."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.activities import ActivitySession
from bot.activities.sessions import Sport
from bot.domain.rules import Rules
from bot.domain.units import DistanceFormatError, parse_distance
from bot.domain.vocabulary import ReminderKind
from bot.services import run_effects
from bot.services.runs import Outcome, log_one
from bot.storage import deliveries, runs
from bot.storage.models import User

ANSWER_WINDOW = timedelta(hours=6)
"""A number typed this long after pressing Done on "Run done?" is that run's distance."""
MAX_RUN_KM = 250.0
SAME_RUN_WINDOW = timedelta(hours=3)
"""A run logged from a file or Strava this close to the planned start is that day's run."""


async def awaiting_run_distance(
    session: AsyncSession, user: User, now: datetime, rules: Rules
) -> datetime | None:
    """When the run started whose "Run done?" was just answered Done."""
    done = await deliveries.recently_answered(
        session, user.id, ReminderKind.STRETCH.value, "done", now - ANSWER_WINDOW
    )
    if done is None:
        return None
    started = done.due_at - timedelta(minutes=rules.reminders.run_length_minutes)  # at its end
    around = await runs.started_between(
        session, user.id, started - SAME_RUN_WINDOW, started + SAME_RUN_WINDOW
    )
    if any(run.source != runs.TYPED for run in around):
        return None  # a file or Strava logged this run (and answered "Run done?" for it)
    return started


async def log_typed_run(
    session: AsyncSession, user: User, typed: str, started: datetime, now: datetime,
    rules: Rules,
) -> Outcome | None:  # fmt: skip
    """The typed distance logged as that run (None when it is not a distance)."""
    try:
        km = parse_distance(typed, user.units)
    except DistanceFormatError:
        return None
    if not 0 < km <= MAX_RUN_KM:
        return None
    minutes = rules.reminders.run_length_minutes
    activity = ActivitySession(Sport.RUNNING, started, km * 1000, minutes * 60.0)
    fingerprint = f"typed:{started.isoformat()}"
    outcome = await log_one(session, user.id, activity, now, runs.TYPED, fingerprint=fingerprint)
    if outcome.verdict.value == "logged":
        await run_effects.after_logged(session, user.id, [activity], now, rules)
    return outcome
