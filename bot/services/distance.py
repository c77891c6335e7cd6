"""Weekly distance: record what the runner typed, count it on their shoes, judge the ramp."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.distance import RampAssessment, assess_ramp
from bot.domain.pain import PainZone
from bot.domain.rules import DistanceRules
from bot.storage import checkins
from bot.storage.models import Delivery, Plan, User, WeeklyDistance
from scheduler.planning import local_date

ANSWER_WINDOW = timedelta(days=3)
WEEKS_COMPARED = 3


def week_start(day: date) -> date:
    """The Monday of the week `day` falls in."""
    return day - timedelta(days=day.weekday())


async def awaiting_distance(session: AsyncSession, user_id: int, now: datetime) -> Delivery | None:
    """The weekly distance question sent in the last days and not answered yet, if any."""
    return await session.scalar(
        select(Delivery)
        .where(
            Delivery.user_id == user_id,
            Delivery.kind == "distance",
            Delivery.state == "sent",
            Delivery.response.is_(None),
            Delivery.due_at >= now - ANSWER_WINDOW,
        )
        .order_by(Delivery.due_at.desc())
        .limit(1)
    )


async def record_week(
    session: AsyncSession, user: User, plan: Plan, km: float, now: datetime, rules: DistanceRules
) -> RampAssessment:
    """Store this week's kilometres (re-typing replaces them) and assess the ramp."""
    this_week = week_start(local_date(now, user.timezone or "UTC"))
    row = await session.scalar(
        select(WeeklyDistance).where(
            WeeklyDistance.user_id == user.id, WeeklyDistance.week_start == this_week
        )
    )
    previous_km = row.km if row is not None else 0.0
    if row is None:
        row = WeeklyDistance(user_id=user.id, week_start=this_week, km=km)
        session.add(row)
    row.km = km
    plan.shoe_km = max(0.0, plan.shoe_km + km - previous_km)
    await session.flush()
    weeks = [this_week - timedelta(weeks=back) for back in reversed(range(WEEKS_COMPARED))]
    stored = await session.execute(
        select(WeeklyDistance.week_start, WeeklyDistance.km).where(
            WeeklyDistance.user_id == user.id, WeeklyDistance.week_start.in_(weeks)
        )
    )
    by_week = dict(stored.all())
    latest = await checkins.latest_zone(session, user.id)
    return assess_ramp(
        [by_week.get(week) for week in weeks], PainZone(latest) if latest else None, rules
    )
