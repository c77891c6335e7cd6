"""Weekly distance: record what the runner typed, count it on their shoes, judge the ramp."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.distance import RampAssessment, assess_ramp
from bot.domain.knee_status import Message, may_send
from bot.domain.pain import PainZone
from bot.domain.rules import DistanceRules
from bot.storage import checkins, deliveries, distances, runs
from bot.storage.models import Delivery, Plan, User
from scheduler.planning import local_date, to_utc

ANSWER_WINDOW = timedelta(days=3)
WEEKS_COMPARED = 3


def week_start(day: date) -> date:
    """The Monday of the week `day` falls in."""
    return day - timedelta(days=day.weekday())


async def awaiting_distance(session: AsyncSession, user_id: int, now: datetime) -> Delivery | None:
    """The weekly distance question sent in the last days and not answered yet, if any."""
    return await deliveries.unanswered(session, user_id, "distance", now - ANSWER_WINDOW)


async def record_week(
    session: AsyncSession, user: User, plan: Plan, km: float, now: datetime, rules: DistanceRules
) -> RampAssessment:
    """Store this week's kilometres (re-typing replaces them) and assess the ramp."""
    this_week = week_start(local_date(now, user.timezone or "UTC"))
    previous_km = await distances.set_week(session, user.id, this_week, km)
    # Runs logged from files already wore the shoes (bot.services.run_effects): a typed week
    # adds only what it says beyond them.
    zone = user.timezone or "UTC"
    week_from = to_utc(this_week, time(0), zone)
    week_to = to_utc(this_week + timedelta(weeks=1), time(0), zone)
    logged_km = sum(await runs.distances_between(session, user.id, week_from, week_to)) / 1000
    typed_now, typed_before = max(0.0, km - logged_km), max(0.0, previous_km - logged_km)
    plan.shoe_km = max(0.0, plan.shoe_km + typed_now - typed_before)
    weeks = [this_week - timedelta(weeks=back) for back in reversed(range(WEEKS_COMPARED))]
    by_week = await distances.km_by_week(session, user.id, weeks)
    latest = await checkins.latest_zone(session, user.id)
    return assess_ramp(
        [by_week.get(week) for week in weeks], PainZone(latest) if latest else None, rules,
        status_allows_progression=may_send(user.knee_status, Message.PROGRESSION),
    )  # fmt: skip
