"""The knee status as a use case: feed an event to the domain machine, store the move, owe
the escalation once, and re-plan the reminders so that nothing the status forbids stays queued.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.knee_status import (
    Escalation,
    Event,
    KneeState,
    RedFlagReported,
    TimePassed,
    Transition,
    Trigger,
    step,
)
from bot.domain.pain import CheckinRecord
from bot.domain.rules import Rules
from bot.domain.vocabulary import MorningTrend, PainBand, RedFlagLevel
from bot.storage import checkins as checkin_store
from bot.storage import deliveries, distances, knee_statuses, plans
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Checkin, User

HISTORY_WINDOW = timedelta(days=30)
ESCALATION_PRIORITY = 2
WALKING = "walking"


def zone_of(user: User) -> ZoneInfo:
    return ZoneInfo(user.timezone or "UTC")


def to_record(row: Checkin, zone: ZoneInfo) -> CheckinRecord:
    """The domain's view of a stored check-in, its time in the runner's zone (local days)."""
    return CheckinRecord(
        at=(row.answered_at or row.asked_at).astimezone(zone),
        pain_band=PainBand(row.pain) if row.pain else None,
        morning_trend=MorningTrend(row.trend) if row.trend else None,
        pain_when_walking=row.kind == WALKING,
        red_flag=row.red_flag,
    )


PROFESSIONAL_VERDICTS = (Trigger.CLEARED.value, Trigger.TOLD_TO_REST.value)
"""Moves that mean a professional has seen the knee: what was answered before is settled."""


async def recent_records(session: AsyncSession, user: User, now: datetime) -> list[CheckinRecord]:
    """The answered check-ins the rules count: the last weeks, but nothing from before the
    runner last said a professional saw them (those answers led to that visit; counting them
    again would send a second "see a professional" for pain that has been looked at)."""
    since = now - HISTORY_WINDOW
    checked = await knee_statuses.last_checked_by_professional(
        session, user.id, PROFESSIONAL_VERDICTS
    )
    if checked is not None:
        since = max(since, checked)
    rows = await checkin_store.answered_since(session, user.id, since)
    zone = zone_of(user)
    return [to_record(row, zone) for row in rows if row.status == checkin_store.ANSWERED]


async def usual_weekly_km(session: AsyncSession, user: User) -> float | None:
    """The distance a graded return halves: the last reported week, else the plan's figure."""
    latest = await distances.latest_positive(session, user.id)
    if latest is not None:
        return latest
    plan = await plans.get(session, user.id)
    return plan.weekly_km if plan is not None else None


async def apply(
    session: AsyncSession, user: User, event: Event, now: datetime, rules: Rules,
    *, advice_shown: bool = False, always_owe_advice: bool = False,
) -> Transition:  # fmt: skip
    """Move the status; an owed escalation is recorded and queued first in line (unless the
    advice was already shown in place, as the quiz and the "something worries me" list do).
    `always_owe_advice`: a red flag whose advice could not be shown is queued even when the
    runner was already told at this urgency (the advice is never skipped)."""
    state = knee_statuses.state_of(user)
    history = await recent_records(session, user, now)
    transition = step(
        state, event, history, rules=rules.escalation,
        usual_weekly_km=await usual_weekly_km(session, user),
    )  # fmt: skip
    if transition.after != state:
        knee_statuses.store(session, user, transition.after, now)
    escalation = transition.escalation
    if escalation is not None:
        await checkin_store.add_escalation(session, user.id, [escalation.reason.value], now)
        if not advice_shown:
            await deliveries.add_many(session, [doctor_advice(user.id, transition, now)])
    elif always_owe_advice and isinstance(event, RedFlagReported):
        owed = Escalation(event.level, Trigger.RED_FLAG, event.symptom)
        again = replace(transition, escalation=owed)
        await deliveries.add_many(session, [doctor_advice(user.id, again, now)])
    if transition.changed:
        await replan_for_status(session, user, rules, now)
    return transition


async def catch_up(session: AsyncSession, user: User, now: datetime, rules: Rules) -> Transition:
    """Let time alone move the status (a graded return that has lasted its two weeks)."""
    return await apply(session, user, TimePassed(now), now, rules)


def doctor_advice(user_id: int, transition: Transition, now: datetime) -> NewDelivery:
    """The one "see a professional" message, due at once, first in every queue."""
    escalation = transition.escalation
    assert escalation is not None
    payload = {
        "urgency": escalation.urgency.value,
        "reason": escalation.reason.value,
        "symptom": escalation.symptom,
    }
    return NewDelivery(user_id, "escalation", now, ESCALATION_PRIORITY, payload=payload)


async def owe_red_flag_advice(
    session: AsyncSession, user_id: int, level: RedFlagLevel, symptom: str | None, now: datetime
) -> None:
    """Red-flag advice through the queue that retries until it arrives (showing it failed)."""
    escalation = Escalation(level, Trigger.RED_FLAG, symptom)
    state = KneeState()
    transition = Transition(state, state, Trigger.RED_FLAG, escalation)
    await deliveries.add_many(session, [doctor_advice(user_id, transition, now)])


async def replan_for_status(session: AsyncSession, user: User, rules: Rules, now: datetime) -> None:
    """Re-plan so only what the new status allows stays queued."""
    from bot.services.planner import replan  # planner imports this module's callers

    plan = await plans.get(session, user.id)
    await replan(session, user, plan if user.plan_confirmed_at is not None else None, rules, now)


def current(user: User) -> KneeState:
    return knee_statuses.state_of(user)
