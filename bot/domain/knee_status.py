"""The runner's knee status: a pure, table-driven state machine that rules every message.

Content brief §3 (revised 2026-12) is the source of the table:

    ok ─amber→ caution ─amber twice in 7 days→ reduced
    ok / caution / reduced / returning ─red check-in→ rest
    caution / reduced ─two greens on separate days→ ok
    rest ─≥ 48 h and two greens on separate days→ returning
    any ─red flag, 8–10 once, 6–7 twice in 7 days, non-green on 3 check-ins in 7 days,
         worse next morning twice in 7 days, non-green lasting 7 days→ see a clinician
    see a clinician ─"checked and cleared to run"→ returning; ─"told to rest"→ rest
    returning ─amber→ caution; ─two weeks without amber or red→ ok

One green never wipes out a red, a red flag or an escalation: greens count only after the
latest non-green check-in, and nothing but the runner's own "cleared" leaves "see a clinician".
`may_send` is the one place that decides whether a kind of message may go in a status; the
planner, the composer and every reply that praises or progresses ask it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from bot.domain.pain import WORSE_TRENDS, CheckinRecord, PainZone
from bot.domain.rules import EscalationRules
from bot.domain.vocabulary import PainBand, RedFlagLevel, ReminderKind


class KneeStatus(StrEnum):
    """Where the runner's knee stands; decides what the bot sends."""

    OK = "ok"
    CAUTION = "caution"
    REDUCED = "reduced"
    REST = "rest"
    SEE_CLINICIAN = "see_clinician"
    RETURNING = "returning"


class Trigger(StrEnum):
    """What happened, in the words of the brief's table; also the content key of the "why"."""

    RED_FLAG = "red_flag"
    SEVERE_PAIN = "severe_pain"
    STRONG_PAIN_TWICE = "strong_pain_twice"
    NON_GREEN_THREE = "non_green_three"
    WORSE_MORNING_TWICE = "worse_morning_twice"
    NON_GREEN_WEEK = "non_green_week"
    RED = "red"
    AMBER = "amber"
    AMBER_TWICE = "amber_twice"
    TWO_GREENS = "two_greens"
    REST_DONE = "rest_done"
    RETURN_DONE = "return_done"
    CLEARED = "cleared"
    TOLD_TO_REST = "told_to_rest"
    MIGRATED = "migrated"


class RunnerAnswer(StrEnum):
    """The buttons of /status and of the gentle daily check."""

    STILL_HURTS = "hurts"
    BETTER = "better"
    CLEARED = "cleared"
    TOLD_TO_REST = "rest"


class Message(StrEnum):
    """Kinds of message that are not reminders but still obey the status."""

    PRAISE = "praise"
    """"Nice work", "great job": never while runs are on hold."""
    PROGRESSION = "progression"
    """"next week up to N km": only in ok."""
    ESCALATION = "escalation"
    """"see a doctor": always."""


ESCALATING = (
    Trigger.RED_FLAG,
    Trigger.SEVERE_PAIN,
    Trigger.STRONG_PAIN_TWICE,
    Trigger.NON_GREEN_THREE,
    Trigger.WORSE_MORNING_TWICE,
    Trigger.NON_GREEN_WEEK,
)
"""Every trigger that sends the runner to a professional, most telling first."""

_ALL = tuple(KneeStatus)
TRANSITIONS: dict[tuple[KneeStatus, Trigger], KneeStatus] = {
    **{(status, trigger): KneeStatus.SEE_CLINICIAN for status in _ALL for trigger in ESCALATING},
    (KneeStatus.OK, Trigger.AMBER): KneeStatus.CAUTION,
    (KneeStatus.OK, Trigger.AMBER_TWICE): KneeStatus.REDUCED,
    (KneeStatus.OK, Trigger.RED): KneeStatus.REST,
    (KneeStatus.CAUTION, Trigger.AMBER_TWICE): KneeStatus.REDUCED,
    (KneeStatus.CAUTION, Trigger.RED): KneeStatus.REST,
    (KneeStatus.CAUTION, Trigger.TWO_GREENS): KneeStatus.OK,
    (KneeStatus.REDUCED, Trigger.RED): KneeStatus.REST,
    (KneeStatus.REDUCED, Trigger.TWO_GREENS): KneeStatus.OK,
    (KneeStatus.REST, Trigger.REST_DONE): KneeStatus.RETURNING,
    (KneeStatus.SEE_CLINICIAN, Trigger.CLEARED): KneeStatus.RETURNING,
    (KneeStatus.SEE_CLINICIAN, Trigger.TOLD_TO_REST): KneeStatus.REST,
    (KneeStatus.RETURNING, Trigger.AMBER): KneeStatus.CAUTION,
    (KneeStatus.RETURNING, Trigger.AMBER_TWICE): KneeStatus.CAUTION,
    (KneeStatus.RETURNING, Trigger.RED): KneeStatus.REST,
    (KneeStatus.RETURNING, Trigger.RETURN_DONE): KneeStatus.OK,
}
"""(status, trigger) → next status. A pair that is not here changes nothing."""

LEAVES: dict[KneeStatus, tuple[Trigger, ...]] = {
    status: tuple(trigger for (source, trigger) in TRANSITIONS if source is status)
    for status in KneeStatus
}

RUN_KINDS = frozenset(
    {
        ReminderKind.WARMUP,
        ReminderKind.STRETCH,
        ReminderKind.CHECKIN,
        ReminderKind.MORNING_CHECKIN,
    }
)
"""Reminders that only make sense around a run."""

_PLAN = frozenset(ReminderKind) - {ReminderKind.KNEE_CHECK}
ALLOWED: dict[KneeStatus, frozenset[str]] = {
    KneeStatus.OK: _PLAN | {Message.PRAISE, Message.PROGRESSION},
    KneeStatus.CAUTION: _PLAN | {Message.PRAISE},
    KneeStatus.REDUCED: _PLAN | {Message.PRAISE},
    KneeStatus.RETURNING: _PLAN | {Message.PRAISE},
    KneeStatus.REST: frozenset(
        {ReminderKind.STRENGTH, ReminderKind.REST, ReminderKind.KNEE_CHECK}
    ),
    KneeStatus.SEE_CLINICIAN: frozenset({ReminderKind.KNEE_CHECK}),
}
"""What may go in each status (brief §3, "what the bot does"); escalations always may."""

RUNS_ON_HOLD = frozenset({KneeStatus.REST, KneeStatus.SEE_CLINICIAN})


def may_send(status: KneeStatus | str, kind: ReminderKind | Message | str) -> bool:
    """Whether a message of this kind may go to a runner in this status, now."""
    if kind == Message.ESCALATION:
        return True
    return str(kind) in {str(item) for item in ALLOWED[KneeStatus(status)]}


@dataclass(frozen=True)
class KneeState:
    """A runner's status, since when and why; what the return is measured against."""

    status: KneeStatus = KneeStatus.OK
    since: datetime | None = None
    reason: Trigger | None = None
    urgency: RedFlagLevel | None = None
    """The urgency of the last escalation while in "see a clinician"."""
    episode_since: datetime | None = None
    """When the knee left ok or returning (caution, reduced and rest share one episode)."""
    return_km: float | None = None
    """The weekly distance to hold while returning: about half the usual."""

    @property
    def runs_on_hold(self) -> bool:
        return self.status in RUNS_ON_HOLD


@dataclass(frozen=True)
class Escalation:
    """One "see a professional" message, at the most severe urgency that applies."""

    urgency: RedFlagLevel
    reason: Trigger
    symptom: str | None = None


@dataclass(frozen=True)
class Transition:
    """The state after an event; `escalation` when a "see a professional" message is owed."""

    before: KneeState
    after: KneeState
    trigger: Trigger | None
    escalation: Escalation | None = None

    @property
    def changed(self) -> bool:
        return self.after.status is not self.before.status


@dataclass(frozen=True)
class CheckinAnswered:
    """A check-in answer; the history passed alongside includes it."""

    record: CheckinRecord


@dataclass(frozen=True)
class RedFlagReported:
    """A red flag from the quiz, a check-in or the "something worries me" list."""

    at: datetime
    level: RedFlagLevel
    symptom: str | None = None


@dataclass(frozen=True)
class RunnerSaid:
    """A press on /status or on the daily check."""

    at: datetime
    answer: RunnerAnswer


@dataclass(frozen=True)
class TimePassed:
    """Nothing new was said; time alone may end a graded return."""

    at: datetime


Event = CheckinAnswered | RedFlagReported | RunnerSaid | TimePassed

SEVERITY = (RedFlagLevel.URGENT, RedFlagLevel.SOON)


def more_urgent(new: RedFlagLevel, old: RedFlagLevel | None) -> bool:
    """Whether `new` is more severe than `old` (anything beats no escalation)."""
    return old is None or SEVERITY.index(new) < SEVERITY.index(old)


def urgency_of(trigger: Trigger) -> RedFlagLevel:
    """Severe pain needs help today; persisting or repeated pain needs a check within days."""
    return RedFlagLevel.URGENT if trigger is Trigger.SEVERE_PAIN else RedFlagLevel.SOON


def _within(records: Sequence[CheckinRecord], end: datetime, days: int) -> list[CheckinRecord]:
    """Records on the `days` local days up to `end`'s day (both ends counted)."""
    first_day = end.date() - timedelta(days=days - 1)
    return [record for record in records if first_day <= record.at.date() <= end.date()]


def _scored(records: Sequence[CheckinRecord]) -> list[tuple[CheckinRecord, PainZone]]:
    return [(record, zone) for record in records if (zone := record.zone()) is not None]


def _green_days_after_last_non_green(
    scored: Sequence[tuple[CheckinRecord, PainZone]], since: datetime | None
) -> set[date]:
    """Distinct days with a green check-in after the latest non-green one (and after `since`)."""
    days: set[date] = set()
    for record, zone in reversed(scored):
        if zone is not PainZone.GREEN:
            break
        if since is None or record.at >= since:
            days.add(record.at.date())
    return days


def checkin_triggers(
    state: KneeState, latest: CheckinRecord, history: Sequence[CheckinRecord],
    rules: EscalationRules,
) -> list[Trigger]:  # fmt: skip
    """The table's triggers that this check-in sets off, escalating ones first."""
    records = sorted((r for r in history if r.at <= latest.at), key=lambda r: r.at)
    if latest not in records:
        records.append(latest)
    zone = latest.zone()
    if zone is None:
        return []
    window = _scored(_within(records, latest.at, rules.window_days))
    triggers: list[Trigger] = []
    if latest.red_flag:
        triggers.append(Trigger.RED_FLAG)
    if latest.pain_band is PainBand.SEVERE:
        triggers.append(Trigger.SEVERE_PAIN)
    strong = [r for r, _ in window if r.pain_band in {PainBand.STRONG, PainBand.SEVERE}]
    if latest.pain_band is PainBand.STRONG and len(strong) >= rules.strong_pain_times:
        triggers.append(Trigger.STRONG_PAIN_TWICE)
    non_green = [r for r, z in window if z is not PainZone.GREEN]
    if zone is not PainZone.GREEN and len(non_green) >= rules.non_green_times:
        triggers.append(Trigger.NON_GREEN_THREE)
    worse = [r for r, _ in window if r.morning_trend in WORSE_TRENDS]
    if latest.morning_trend in WORSE_TRENDS and len(worse) >= rules.worse_mornings:
        triggers.append(Trigger.WORSE_MORNING_TWICE)
    episode = state.episode_since
    if (
        zone is not PainZone.GREEN
        and episode is not None
        and (latest.at.date() - episode.astimezone(latest.at.tzinfo).date()).days + 1
        >= rules.non_green_days
    ):
        triggers.append(Trigger.NON_GREEN_WEEK)
    if zone is PainZone.RED:
        triggers.append(Trigger.RED)
    elif zone is PainZone.AMBER:
        ambers = [r for r, z in window if z is PainZone.AMBER]
        triggers.append(
            Trigger.AMBER_TWICE if len(ambers) >= rules.ambers_to_reduce else Trigger.AMBER
        )
    else:
        greens = _green_days_after_last_non_green(_scored(records), state.since)
        if len(greens) >= rules.greens_to_leave:
            triggers.append(_green_exit(state, latest.at, rules))
    return triggers


def _green_exit(state: KneeState, now: datetime, rules: EscalationRules) -> Trigger:
    """Two greens end caution and reduced; rest also needs its 48 hours."""
    if state.status is KneeStatus.REST:
        rested = state.since is None or now - state.since >= timedelta(hours=rules.rest_hours_min)
        return Trigger.REST_DONE if rested else Trigger.TWO_GREENS
    if state.status is KneeStatus.RETURNING:
        return _return_trigger(state, now, rules) or Trigger.TWO_GREENS
    return Trigger.TWO_GREENS


def _return_trigger(state: KneeState, now: datetime, rules: EscalationRules) -> Trigger | None:
    if state.status is not KneeStatus.RETURNING or state.since is None:
        return None
    if now - state.since >= timedelta(days=rules.return_days):
        return Trigger.RETURN_DONE
    return None


def _enter(
    state: KneeState, status: KneeStatus, trigger: Trigger, at: datetime,
    usual_weekly_km: float | None,
) -> KneeState:  # fmt: skip
    episode = state.episode_since
    if status in {KneeStatus.CAUTION, KneeStatus.REDUCED, KneeStatus.REST}:
        episode = episode if state.status in {
            KneeStatus.CAUTION, KneeStatus.REDUCED, KneeStatus.REST
        } else at  # fmt: skip
    else:
        episode = None
    return_km = state.return_km
    if status is KneeStatus.RETURNING:
        return_km = round(usual_weekly_km / 2, 1) if usual_weekly_km else None
    elif status is KneeStatus.OK:
        return_km = None
    return KneeState(
        status=status, since=at, reason=trigger, urgency=None, episode_since=episode,
        return_km=return_km,
    )  # fmt: skip


def step(
    state: KneeState,
    event: Event,
    history: Sequence[CheckinRecord] = (),
    *,
    rules: EscalationRules,
    usual_weekly_km: float | None = None,
) -> Transition:
    """Apply one event: the first of its triggers that the table knows moves the status.

    An escalating trigger always lands in "see a clinician"; it owes a message unless the
    runner is already there at the same or a higher urgency (one message, never two).
    """
    at = _event_time(event)
    symptom = event.symptom if isinstance(event, RedFlagReported) else None
    triggers = _triggers(state, event, history, rules)
    for trigger in triggers:
        target = TRANSITIONS.get((state.status, trigger))
        if target is None:
            continue
        if trigger in ESCALATING:
            level = event.level if isinstance(event, RedFlagReported) else urgency_of(trigger)
            return _escalate(state, trigger, level, at, symptom)
        after = _enter(state, target, trigger, at, usual_weekly_km)
        return Transition(state, after, trigger)
    return Transition(state, state, None)


def _escalate(
    state: KneeState, trigger: Trigger, level: RedFlagLevel, at: datetime, symptom: str | None
) -> Transition:
    if state.status is KneeStatus.SEE_CLINICIAN and not more_urgent(level, state.urgency):
        return Transition(state, state, trigger)  # already told, at this urgency or higher
    after = KneeState(
        status=KneeStatus.SEE_CLINICIAN,
        since=state.since if state.status is KneeStatus.SEE_CLINICIAN else at,
        reason=trigger,
        urgency=level,
        episode_since=None,
        return_km=state.return_km,
    )
    return Transition(state, after, trigger, Escalation(level, trigger, symptom))


def _event_time(event: Event) -> datetime:
    return event.record.at if isinstance(event, CheckinAnswered) else event.at


def _triggers(
    state: KneeState, event: Event, history: Sequence[CheckinRecord], rules: EscalationRules
) -> list[Trigger]:
    if isinstance(event, RedFlagReported):
        return [Trigger.RED_FLAG]
    if isinstance(event, CheckinAnswered):
        return checkin_triggers(state, event.record, history, rules)
    if isinstance(event, RunnerSaid):
        return {
            RunnerAnswer.CLEARED: [Trigger.CLEARED],
            RunnerAnswer.TOLD_TO_REST: [Trigger.TOLD_TO_REST],
        }.get(event.answer, [])
    done = _return_trigger(state, event.at, rules)
    return [done] if done is not None else []


def after_migration(status: KneeStatus, at: datetime) -> KneeState:
    """The state a runner starts in when their status is derived from older data."""
    return replace(
        KneeState(),
        status=status,
        since=at,
        reason=Trigger.MIGRATED,
        episode_since=at if status in {KneeStatus.CAUTION, KneeStatus.REDUCED, KneeStatus.REST}
        else None,
    )  # fmt: skip
