"""Knee check-ins: record an answer, judge the trend, escalate to "see a doctor" when needed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.pain import Action, Assessment, CheckinRecord, evaluate
from bot.domain.rules import Rules
from bot.domain.vocabulary import MorningTrend, PainBand
from bot.storage import checkins as store
from bot.storage import deliveries
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Checkin, User
from scheduler.planning import apply_quiet_hours

UTC_ZONE = ZoneInfo("UTC")
PAIN_BANDS = tuple(band.value for band in PainBand)
TRENDS = tuple(trend.value for trend in MorningTrend)
HISTORY_WINDOW = timedelta(days=30)
RE_ESCALATE_AFTER = timedelta(days=3)
FOLLOW_UP_AFTER = timedelta(days=3)
VOTE_CHANGE_WINDOW = timedelta(days=1)
ESCALATION_PRIORITY = 2
WALKING = "walking"
CLOSER_CHECKINS_DAYS = 7
"""After an escalation: a check-in poll every day for a week."""


@dataclass(frozen=True, slots=True)
class CheckinOutcome:
    """The verdict after an answer, and whether an escalation was queued."""

    assessment: Assessment
    escalated: bool
    said_something: bool = True
    """False when the answer says nothing about pain ("same or better" in the morning)."""


def to_record(row: Checkin, zone: ZoneInfo = UTC_ZONE) -> CheckinRecord:
    """The domain's view of a stored check-in, its time in the runner's zone."""
    return CheckinRecord(
        at=(row.answered_at or row.asked_at).astimezone(zone),
        pain_band=PainBand(row.pain) if row.pain else None,
        morning_trend=MorningTrend(row.trend) if row.trend else None,
        pain_when_walking=row.kind == WALKING,
        red_flag=row.red_flag,
    )


async def assess_and_escalate(
    session: AsyncSession, user: User, now: datetime, rules: Rules, latest: Checkin | None = None
) -> CheckinOutcome:
    """Evaluate the recent history, set the training mode, queue an escalation if due."""
    history = await store.answered_since(session, user.id, now - HISTORY_WINDOW)
    zone = ZoneInfo(user.timezone or "UTC")  # "7 days" and "14 days" are the runner's days
    records = [to_record(row, zone) for row in history if row.status == store.ANSWERED]
    assessment = evaluate(records, now.astimezone(zone), rules)
    user.training_mode = assessment.training_mode.value
    own_zone = to_record(latest, zone).zone(rules.pain) if latest is not None else assessment.zone
    if latest is not None:
        latest.zone = own_zone.value if own_zone is not None else None
    escalated = False
    if assessment.action is Action.ESCALATE:
        latest_is_red_flag = bool(records) and records[-1].red_flag
        last = await store.last_escalation(session, user.id)
        if latest_is_red_flag or last is None or now - last.created_at >= RE_ESCALATE_AFTER:
            reasons = list(assessment.reasons)
            await store.add_escalation(session, user.id, reasons, now)
            await deliveries.add_many(session, escalation_messages(user, reasons, now))
            escalated = True
    return CheckinOutcome(assessment, escalated, said_something=own_zone is not None)


def _awake(user: User, due: datetime) -> datetime:
    """A later message moved out of the runner's night, never dropped."""
    zone = user.timezone or "UTC"
    moved = apply_quiet_hours(due, zone, user.quiet_start, user.quiet_end, latest_useful=None)
    return moved or due


def escalation_messages(user: User, reasons: list[str], now: datetime) -> list[NewDelivery]:
    """The "see a doctor" message now, a follow-up in 3 days, and daily check-ins meanwhile.

    The escalation itself is due at once: the runner just answered, so they are awake.
    """
    follow_ups = [
        doctor_advice(user.id, reasons, now),
        NewDelivery(
            user.id, "escalation_followup", _awake(user, now + FOLLOW_UP_AFTER),
            ESCALATION_PRIORITY,
        ),
    ]  # fmt: skip
    daily = [
        NewDelivery(
            user.id, "checkin", _awake(user, now + timedelta(days=day)), payload={"extra": True}
        )
        for day in range(1, CLOSER_CHECKINS_DAYS + 1)
    ]
    return follow_ups + daily


def doctor_advice(user_id: int, reasons: list[str], now: datetime) -> NewDelivery:
    """The "see a doctor" message with its reasons, due at once, first in every queue."""
    return NewDelivery(
        user_id, "escalation", now, ESCALATION_PRIORITY, payload={"reasons": reasons}
    )


async def queue_doctor_advice(
    session: AsyncSession, user_id: int, reasons: list[str], now: datetime
) -> None:
    """Just the "see a doctor" message, through the queue that retries until it arrives."""
    await deliveries.add_many(session, [doctor_advice(user_id, reasons, now)])


async def answer_follow_up(
    session: AsyncSession, user: User, delivery_id: int, checked: bool, now: datetime
) -> bool:
    """ "Did you get it checked?": recorded once; "not yet" asks again in a few days."""
    row = await deliveries.get(session, delivery_id)
    if row is None or row.user_id != user.id or row.kind != "escalation_followup":
        return False
    if row.response is not None:
        return False
    row.response = "checked" if checked else "not_yet"
    row.responded_at = now
    escalation = await store.last_escalation(session, user.id)
    if escalation is not None:
        escalation.outcome = row.response
        escalation.followed_up_at = now
    if not checked:
        again = _awake(user, now + FOLLOW_UP_AFTER)
        await deliveries.add_many(
            session, [NewDelivery(user.id, "escalation_followup", again, ESCALATION_PRIORITY)]
        )
    return True


def takes_answer(row: Checkin, now: datetime) -> bool:
    """An open poll takes its answer; an answered one takes a changed vote for a day."""
    if row.status == store.OPEN:
        return True
    return row.status == store.ANSWERED and now - row.asked_at <= VOTE_CHANGE_WINDOW


async def answer_poll(
    session: AsyncSession, row: Checkin, user: User, option: int, now: datetime, rules: Rules
) -> CheckinOutcome:
    """A poll answer: pain band (after-run poll) or morning trend (morning poll)."""
    if row.kind == "morning_checkin":
        row.trend = TRENDS[option]
    else:
        row.pain = PAIN_BANDS[option]
    row.status = store.ANSWERED
    row.answered_at = now
    await session.flush()
    return await assess_and_escalate(session, user, now, rules, row)


async def report(
    session: AsyncSession, user: User, now: datetime, rules: Rules, *, red_flag: bool = False,
    walking: bool = False,
) -> CheckinOutcome:  # fmt: skip
    """A red-flag or pain-when-walking report from a button (escalates or goes red at once)."""
    row = await store.record(
        session, user.id, WALKING if walking else "red_flag", now, red_flag=red_flag
    )
    return await assess_and_escalate(session, user, now, rules, row)
