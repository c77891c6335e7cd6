"""Knee check-ins: record an answer and let the knee status decide what it means.

The reply to an answer follows the status after it (bot.domain.knee_status): one escalation at
the most severe urgency when one is owed and no zone reply beside it; otherwise a few words on
the zone as the status sees it ("green, but rest goes on until …").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.knee_status import CheckinAnswered, KneeStatus, Transition
from bot.domain.pain import PainZone
from bot.domain.rules import Rules
from bot.domain.vocabulary import MorningTrend, PainBand
from bot.services import knee
from bot.services.knee import HISTORY_WINDOW, WALKING, to_record
from bot.storage import checkins as store
from bot.storage import deliveries
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Checkin, User
from scheduler.planning import apply_quiet_hours

__all__ = ["HISTORY_WINDOW", "WALKING", "to_record"]

PAIN_BANDS = tuple(band.value for band in PainBand)
TRENDS = tuple(trend.value for trend in MorningTrend)
FOLLOW_UP_AFTER = timedelta(days=3)
VOTE_CHANGE_WINDOW = timedelta(days=1)
ESCALATION_PRIORITY = knee.ESCALATION_PRIORITY


class PollOptionError(ValueError):
    """A poll answer names an option the poll does not have (a forged or odd update)."""


@dataclass(frozen=True, slots=True)
class CheckinOutcome:
    """The status move after an answer, and the zone of the answer itself."""

    transition: Transition
    zone: PainZone | None

    @property
    def escalated(self) -> bool:
        return self.transition.escalation is not None

    @property
    def said_something(self) -> bool:
        """False when the answer says nothing about pain ("same or better" in the morning)."""
        return self.zone is not None

    @property
    def reply_key(self) -> str | None:
        """The content key of the reply, or None (an escalation speaks for itself)."""
        return reply_key(self.transition, self.zone)


def reply_key(transition: Transition, zone: PainZone | None) -> str | None:
    """What to say after a check-in, by the status it left the runner in."""
    if transition.escalation is not None or zone is None:
        return None
    status = transition.after.status
    if status is KneeStatus.SEE_CLINICIAN:
        return "checkin.zone.still_see_clinician"
    if status is KneeStatus.REST:
        entered = transition.changed
        if entered:
            return "checkin.zone.red"
        green = zone is PainZone.GREEN
        return "checkin.zone.rest_green" if green else "checkin.zone.rest_until_green"
    if status is KneeStatus.RETURNING:
        return "checkin.zone.returning_start" if transition.changed else "checkin.zone.returning"
    if status in {KneeStatus.REDUCED, KneeStatus.CAUTION} and zone is PainZone.GREEN:
        return "checkin.zone.green_hold"
    if status is KneeStatus.REDUCED:
        return "checkin.zone.two_ambers"
    if status is KneeStatus.CAUTION:
        return "checkin.zone.amber"
    return "checkin.zone.back_to_ok" if transition.changed else "checkin.zone.green"


async def record_answer(
    session: AsyncSession, user: User, row: Checkin, now: datetime, rules: Rules
) -> CheckinOutcome:
    """Give the stored answer its zone and move the knee status with it."""
    record = to_record(row, knee.zone_of(user))
    zone = record.zone(rules.pain)
    row.zone = zone.value if zone is not None else None
    transition = await knee.apply(session, user, CheckinAnswered(record), now, rules)
    return CheckinOutcome(transition, zone)


def _awake(user: User, due: datetime) -> datetime:
    """A later message moved out of the runner's night, never dropped."""
    zone = user.timezone or "UTC"
    moved = apply_quiet_hours(due, zone, user.quiet_start, user.quiet_end, latest_useful=None)
    return moved or due


async def answer_follow_up(
    session: AsyncSession, user: User, delivery_id: int, checked: bool, now: datetime
) -> bool:
    """ "Did you get it checked?" (older follow-ups still in chats): recorded once; "not yet"
    asks again in a few days. Being checked is not being cleared: /status says what is next."""
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


def option_count(row: Checkin) -> int:
    return len(TRENDS) if row.kind == "morning_checkin" else len(PAIN_BANDS)


async def answer_poll(
    session: AsyncSession, row: Checkin, user: User, option: int, now: datetime, rules: Rules
) -> CheckinOutcome:
    """A poll answer: pain band (pain polls) or morning trend (morning poll)."""
    if not 0 <= option < option_count(row):
        raise PollOptionError(f"option {option} is not in a poll of {option_count(row)}")
    if row.kind == "morning_checkin":
        row.trend = TRENDS[option]
    else:
        row.pain = PAIN_BANDS[option]
    row.status = store.ANSWERED
    row.answered_at = now
    await session.flush()
    return await record_answer(session, user, row, now, rules)


async def report_walking_pain(
    session: AsyncSession, user: User, now: datetime, rules: Rules
) -> CheckinOutcome:
    """The "it hurts when I walk" button: a red check-in."""
    row = await store.record(session, user.id, WALKING, now)
    return await record_answer(session, user, row, now, rules)


async def report_red_flag(session: AsyncSession, user: User, now: datetime) -> Checkin:
    """Keep a red flag among the check-ins (history, export); the status moves separately."""
    return await store.record(session, user.id, "red_flag", now, red_flag=True, zone="red")
