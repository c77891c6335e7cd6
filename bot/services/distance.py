"""Weekly distance: record what the runner typed, count it on their shoes, judge the ramp."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Content, SafeHtml
from bot.domain.distance import RampAssessment, assess_ramp
from bot.domain.knee_status import Message, may_send
from bot.domain.pain import PainZone
from bot.domain.rules import DistanceRules
from bot.render.units import distance_number, distance_text
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
    logged_km = await _logged_km(session, user, this_week)
    typed_now, typed_before = max(0.0, km - logged_km), max(0.0, previous_km - logged_km)
    plan.shoe_km = max(0.0, plan.shoe_km + typed_now - typed_before)
    return await assess_weeks(session, user, this_week, rules)


async def _logged_km(session: AsyncSession, user: User, week: date) -> float:
    """Kilometres of the runs logged in the runner's local week starting `week`."""
    zone = user.timezone or "UTC"
    week_from = to_utc(week, time(0), zone)
    week_to = to_utc(week + timedelta(weeks=1), time(0), zone)
    return sum(await runs.distances_between(session, user.id, week_from, week_to)) / 1000


async def weekly_km(session: AsyncSession, user: User, this_week: date) -> list[float | None]:
    """The last weeks' distances, oldest first: logged runs where there are any, else what was
    typed, else None (an unreported week)."""
    weeks = [this_week - timedelta(weeks=back) for back in reversed(range(WEEKS_COMPARED))]
    typed = await distances.km_by_week(session, user.id, weeks)
    values: list[float | None] = []
    for week in weeks:
        logged = await _logged_km(session, user, week)
        values.append(round(logged, 1) if logged > 0 else typed.get(week))
    return values


async def assess_weeks(
    session: AsyncSession, user: User, this_week: date, rules: DistanceRules
) -> RampAssessment:
    """The ramp over the last weeks, held while check-ins or the knee status say so."""
    latest = await checkins.latest_zone(session, user.id)
    return assess_ramp(
        await weekly_km(session, user, this_week), PainZone(latest) if latest else None, rules,
        status_allows_progression=may_send(user.knee_status, Message.PROGRESSION),
    )  # fmt: skip


async def logged_this_week(
    session: AsyncSession, user: User, now: datetime, rules: DistanceRules
) -> tuple[float, RampAssessment] | None:
    """This week's logged kilometres and the ramp, or None when no run was logged this week
    (the weekly question then asks the runner to type it)."""
    this_week = week_start(local_date(now, user.timezone or "UTC"))
    logged = await _logged_km(session, user, this_week)
    if logged <= 0:
        return None
    return round(logged, 1), await assess_weeks(session, user, this_week, rules)


def advice(user: User, verdict: RampAssessment) -> tuple[str, float | None]:
    """The content key of the distance advice and its next week's kilometres (if it names
    them): the knee status speaks first."""
    if user.knee_status in {"rest", "see_clinician", "returning"}:
        return f"distance.status_{user.knee_status}", user.knee_return_km or None
    return verdict.message_key, verdict.suggested_next_km or None


def advice_text(content: Content, user: User, verdict: RampAssessment) -> SafeHtml:
    """The distance advice in the runner's language and unit ("about 16.5 mi")."""
    key, next_km = advice(user, verdict)
    lang, units = user.language, user.units
    shown = distance_text(content, lang, next_km, units) if next_km is not None else "—"
    rules = content.rules.distance
    low, high = (distance_number(km, units) for km in (rules.small_next_step_km,
                                                       rules.small_step_km))  # fmt: skip
    return content.text(
        key, lang, next_km=shown,
        small_week=distance_text(content, lang, rules.small_week_km, units),
        small_step=distance_text(content, lang, rules.small_step_km, units),
        small_steps=content.plain(f"units.{units.value}_range", lang, low=low, high=high),
    )  # fmt: skip
