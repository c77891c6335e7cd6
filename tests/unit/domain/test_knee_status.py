"""The knee-status machine: one test per row of the brief's table, the cases from issue #13,
and a property that no answer sequence lets run reminders through before "cleared"."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.knee_status import (
    ALLOWED,
    ESCALATING,
    LEAVES,
    RUN_KINDS,
    TRANSITIONS,
    CheckinAnswered,
    Event,
    KneeState,
    KneeStatus,
    Message,
    RedFlagReported,
    RunnerAnswer,
    RunnerSaid,
    TimePassed,
    Transition,
    Trigger,
    may_send,
    step,
)
from bot.domain.pain import CheckinRecord
from bot.domain.rules import EscalationRules
from bot.domain.vocabulary import MorningTrend, PainBand, RedFlagLevel, ReminderKind

RULES = EscalationRules()
ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 2, 19, 0, tzinfo=ZONE)  # a Monday evening
OK, CAUTION, REDUCED, REST, CLINIC, RETURNING = (
    KneeStatus.OK, KneeStatus.CAUTION, KneeStatus.REDUCED, KneeStatus.REST,
    KneeStatus.SEE_CLINICIAN, KneeStatus.RETURNING,
)  # fmt: skip


def pain(day: float, band: str) -> CheckinRecord:
    return CheckinRecord(at=START + timedelta(days=day), pain_band=PainBand(band))


def morning(day: float, trend: MorningTrend) -> CheckinRecord:
    return CheckinRecord(at=START + timedelta(days=day), morning_trend=trend)


class Runner:
    """Feeds events through the machine as the service does, keeping the history."""

    def __init__(self, state: KneeState | None = None, usual_km: float | None = 30.0) -> None:
        self.state = state or KneeState()
        self.history: list[CheckinRecord] = []
        self.transitions: list[Transition] = []
        self.usual_km = usual_km

    def feed(self, event: Event) -> Transition:
        if isinstance(event, CheckinAnswered):
            self.history.append(event.record)
        transition = step(
            self.state, event, self.history, rules=RULES, usual_weekly_km=self.usual_km
        )
        self.state = transition.after
        self.transitions.append(transition)
        return transition

    def answers(self, *records: CheckinRecord) -> Transition:
        last = None
        for record in records:
            last = self.feed(CheckinAnswered(record))
        assert last is not None
        return last

    @property
    def escalations(self) -> int:
        return sum(t.escalation is not None for t in self.transitions)


def in_status(status: KneeStatus, day: float = 0, **extra: object) -> KneeState:
    since = START + timedelta(days=day)
    episode = since if status in {CAUTION, REDUCED, REST} else None
    fields = {"status": status, "since": since, "episode_since": episode, **extra}
    return KneeState(**fields)  # type: ignore[arg-type]


# ── one test per row of the table ─────────────────────────────────────────────────────────


def test_ok_to_caution_on_one_amber() -> None:
    assert Runner().answers(pain(0, "4-5")).after.status is CAUTION


def test_caution_to_reduced_on_two_ambers_within_7_days() -> None:
    runner = Runner()
    runner.answers(pain(0, "4-5"), pain(3, "4-5"))
    assert runner.state.status is REDUCED
    assert runner.state.reason is Trigger.AMBER_TWICE


def test_two_ambers_8_days_apart_stay_caution() -> None:
    runner = Runner()
    runner.answers(pain(0, "4-5"), pain(1, "0"), pain(2, "0"))
    assert runner.state.status is OK
    runner.answers(pain(8, "4-5"))
    assert runner.state.status is CAUTION


@pytest.mark.parametrize("status", [CAUTION, REDUCED])
def test_caution_and_reduced_end_with_two_greens_on_separate_days(status: KneeStatus) -> None:
    runner = Runner(in_status(status, 0))
    runner.answers(pain(1, "0"), pain(1.1, "1-3"))
    assert runner.state.status is status, "two greens on one day are not enough"
    runner.answers(pain(2, "0"))
    assert runner.state.status is OK


@pytest.mark.parametrize("status", [OK, CAUTION, REDUCED, RETURNING])
def test_a_red_checkin_rests(status: KneeStatus) -> None:
    runner = Runner(in_status(status, -1))
    assert runner.answers(pain(0, "6-7")).after.status is REST


@pytest.mark.parametrize("trend", [MorningTrend.CLEARLY_WORSE])
def test_clearly_worse_next_morning_is_red(trend: MorningTrend) -> None:
    assert Runner().answers(morning(0, trend)).after.status is REST


def test_walking_pain_is_red() -> None:
    record = CheckinRecord(at=START, pain_when_walking=True)
    assert Runner().answers(record).after.status is REST


def test_rest_lasts_48_hours_and_needs_two_greens_on_separate_days() -> None:
    runner = Runner()
    runner.answers(pain(0, "6-7"))
    runner.answers(pain(0.5, "0"), pain(1.5, "0"))  # two greens, but only 36 h
    assert runner.state.status is REST
    runner.answers(pain(2.1, "0"))
    assert runner.state.status is RETURNING
    assert runner.state.return_km == 15.0  # about half of the usual 30 km


def test_rest_greens_before_an_amber_do_not_count() -> None:
    runner = Runner()
    runner.answers(pain(0, "6-7"), pain(1, "0"), pain(2, "4-5"), pain(3, "0"))
    assert runner.state.status is REST


@pytest.mark.parametrize(
    ("records", "reason", "urgency"),
    [
        pytest.param([pain(0, "8-10")], Trigger.SEVERE_PAIN, RedFlagLevel.URGENT, id="8-10 once"),
        pytest.param(
            [pain(0, "6-7"), pain(6, "6-7")], Trigger.STRONG_PAIN_TWICE, RedFlagLevel.SOON,
            id="6-7 twice in 7 days",
        ),
        pytest.param(
            [pain(0, "4-5"), pain(1, "0"), pain(2, "1-3"), pain(3, "4-5"), pain(4, "0"),
             pain(5, "4-5")],
            Trigger.NON_GREEN_THREE, RedFlagLevel.SOON, id="three non-green in 7 days",
        ),
        pytest.param(
            [morning(0, MorningTrend.SLIGHTLY_WORSE), pain(1, "0"),
             morning(4, MorningTrend.SLIGHTLY_WORSE)],
            Trigger.WORSE_MORNING_TWICE, RedFlagLevel.SOON, id="worse next morning twice",
        ),
    ],
)  # fmt: skip
def test_escalating_rules(
    records: list[CheckinRecord], reason: Trigger, urgency: RedFlagLevel
) -> None:
    runner = Runner()
    transition = runner.answers(*records)
    assert transition.after.status is CLINIC
    assert transition.escalation is not None
    assert (transition.escalation.reason, transition.escalation.urgency) == (reason, urgency)
    assert runner.escalations == 1


def test_non_green_lasting_7_days_escalates() -> None:
    runner = Runner()
    runner.answers(pain(0, "4-5"))  # caution
    runner.answers(pain(3, "1-3"))  # one green: still caution
    runner.answers(pain(8, "4-5"))  # 7+ days after the episode began, non-green again
    assert runner.state.status is CLINIC
    assert runner.state.reason is Trigger.NON_GREEN_WEEK


@pytest.mark.parametrize("status", list(KneeStatus))
@pytest.mark.parametrize("level", [RedFlagLevel.URGENT, RedFlagLevel.SOON])
def test_a_red_flag_anywhere_sees_a_clinician(status: KneeStatus, level: RedFlagLevel) -> None:
    runner = Runner(in_status(status, -1))
    transition = runner.feed(RedFlagReported(START, level, "locked"))
    assert transition.after.status is CLINIC
    if status is not CLINIC:
        assert transition.escalation is not None
        assert transition.escalation.urgency is level


def test_see_a_clinician_left_only_by_cleared_into_returning() -> None:
    runner = Runner()
    runner.feed(RedFlagReported(START, RedFlagLevel.URGENT))
    runner.answers(pain(1, "0"), pain(2, "0"), pain(3, "0"), pain(4, "0"))
    runner.feed(RunnerSaid(START + timedelta(days=4), RunnerAnswer.BETTER))
    runner.feed(TimePassed(START + timedelta(days=30)))
    assert runner.state.status is CLINIC
    runner.feed(RunnerSaid(START + timedelta(days=5), RunnerAnswer.CLEARED))
    assert runner.state.status is RETURNING
    assert runner.state.return_km == 15.0


def test_told_to_rest_rests() -> None:
    runner = Runner(in_status(CLINIC, 0))
    runner.feed(RunnerSaid(START + timedelta(days=1), RunnerAnswer.TOLD_TO_REST))
    assert runner.state.status is REST
    assert runner.state.reason is Trigger.TOLD_TO_REST


@pytest.mark.parametrize("status", [OK, CAUTION, REDUCED, REST, RETURNING])
def test_cleared_outside_see_a_clinician_changes_nothing(status: KneeStatus) -> None:
    runner = Runner(in_status(status, 0))
    transition = runner.feed(RunnerSaid(START, RunnerAnswer.CLEARED))
    assert not transition.changed and transition.trigger is None


def test_returning_amber_back_to_caution_red_to_rest() -> None:
    amber = Runner(in_status(RETURNING, 0))
    assert amber.answers(pain(1, "4-5")).after.status is CAUTION
    red = Runner(in_status(RETURNING, 0))
    assert red.answers(pain(1, "6-7")).after.status is REST


def test_returning_becomes_ok_after_two_weeks_without_amber_or_red() -> None:
    runner = Runner(in_status(RETURNING, 0))
    runner.answers(pain(7, "0"), pain(13, "1-3"))
    assert runner.state.status is RETURNING
    runner.answers(pain(14, "0"))
    assert runner.state.status is OK
    quiet = Runner(in_status(RETURNING, 0))
    quiet.feed(TimePassed(START + timedelta(days=14)))
    assert quiet.state.status is OK


def test_every_row_of_the_table_is_tested_above() -> None:
    """Guards the table itself: every status can be left, and only by what the brief says."""
    assert LEAVES[CLINIC] == (*ESCALATING, Trigger.CLEARED, Trigger.TOLD_TO_REST)
    assert all(LEAVES[status] for status in KneeStatus)
    assert TRANSITIONS[(REST, Trigger.REST_DONE)] is RETURNING
    assert (REST, Trigger.TWO_GREENS) not in TRANSITIONS


# ── the cases of issue #13 ───────────────────────────────────────────────────────────────


def test_red_flag_then_zero_is_still_see_a_clinician() -> None:
    runner = Runner()
    runner.feed(RedFlagReported(START, RedFlagLevel.URGENT))
    transition = runner.answers(pain(0.01, "0"))
    assert transition.after.status is CLINIC and transition.escalation is None


def test_red_then_zero_minutes_later_is_still_rest() -> None:
    runner = Runner()
    runner.answers(pain(0, "6-7"), pain(0.01, "0"))
    assert runner.state.status is REST


def test_alternating_mild_and_moderate_escalates_within_7_days() -> None:
    runner = Runner()
    for day in range(28):
        runner.answers(pain(day, "4-5" if day % 2 == 0 else "1-3"))
        if runner.state.status is CLINIC:
            break
    assert runner.state.status is CLINIC
    assert day < 7
    assert runner.escalations == 1


def test_one_escalation_at_the_most_severe_urgency() -> None:
    runner = Runner()
    runner.feed(RedFlagReported(START, RedFlagLevel.SOON))
    runner.answers(pain(0.1, "6-7"), pain(0.2, "6-7"))  # soon again: no second message
    assert runner.escalations == 1
    transition = runner.answers(pain(0.3, "8-10"))  # more urgent: one more, at "today"
    assert transition.escalation is not None
    assert transition.escalation.urgency is RedFlagLevel.URGENT
    runner.feed(RedFlagReported(START + timedelta(hours=8), RedFlagLevel.SOON))
    assert runner.escalations == 2


# ── what may go ──────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("status", [REST, CLINIC])
def test_runs_on_hold_send_no_run_reminder_praise_or_progression(status: KneeStatus) -> None:
    for kind in [*RUN_KINDS, Message.PRAISE, Message.PROGRESSION, ReminderKind.DISTANCE]:
        assert not may_send(status, kind), kind
    assert may_send(status, Message.ESCALATION)
    assert may_send(status, ReminderKind.KNEE_CHECK)


def test_only_ok_allows_progression() -> None:
    assert [s for s in KneeStatus if may_send(s, Message.PROGRESSION)] == [OK]


def test_rest_keeps_pain_free_strength_but_see_a_clinician_does_not() -> None:
    assert may_send(REST, ReminderKind.STRENGTH)
    assert not may_send(CLINIC, ReminderKind.STRENGTH)
    assert set(ALLOWED) == set(KneeStatus)


# ── property: nothing lets run reminders through before "cleared" ───────────────────────


def _random_event(rng: random.Random, at: datetime) -> CheckinAnswered | RunnerSaid | TimePassed:
    choice = rng.random()
    if choice < 0.6:
        band = rng.choice(["0", "1-3", "4-5", "6-7", "8-10"])
        return CheckinAnswered(CheckinRecord(at=at, pain_band=PainBand(band)))
    if choice < 0.75:
        trend = rng.choice(list(MorningTrend))
        return CheckinAnswered(CheckinRecord(at=at, morning_trend=trend))
    if choice < 0.9:
        answer = rng.choice([RunnerAnswer.STILL_HURTS, RunnerAnswer.BETTER])
        return RunnerSaid(at, answer)
    return TimePassed(at)


@pytest.mark.parametrize("seed", range(200))
def test_no_sequence_without_cleared_lets_runs_back_after_an_escalation(seed: int) -> None:
    rng = random.Random(seed)
    runner = Runner(in_status(rng.choice(list(KneeStatus)), 0))
    at = START
    runner.feed(RedFlagReported(at, rng.choice([RedFlagLevel.URGENT, RedFlagLevel.SOON])))
    for _ in range(rng.randint(1, 60)):
        at += timedelta(hours=rng.choice([0.1, 3, 12, 24, 50, 24 * 8]))
        runner.feed(_random_event(rng, at))
        assert runner.state.status is CLINIC
        assert not any(may_send(runner.state.status, kind) for kind in RUN_KINDS)
    runner.feed(RunnerSaid(at, RunnerAnswer.CLEARED))
    assert runner.state.status is RETURNING


@pytest.mark.parametrize("seed", range(200))
def test_no_sequence_leaves_rest_within_48_hours_or_on_one_green(seed: int) -> None:
    rng = random.Random(seed)
    runner = Runner()
    runner.answers(pain(0, "6-7"))
    at = START
    while runner.state.status is REST:
        at += timedelta(hours=rng.choice([1, 6, 12, 20, 30]))
        before = list(runner.history)
        runner.feed(_random_event(rng, at))
        if runner.state.status is RETURNING:
            assert at - START >= timedelta(hours=48)
            greens = {r.at.date() for r in runner.history[len(before) - 1 :] if r.zone() == "green"}
            assert greens, "left rest without a green"
            break
        if at - START > timedelta(days=60):
            break


# ── missing answers are missing, never pain-free ────────────────────────────────────────


def test_a_silent_week_after_red_keeps_resting() -> None:
    runner = Runner()
    runner.answers(pain(0, "6-7"))
    runner.feed(TimePassed(START + timedelta(days=8)))
    assert runner.state.status is REST


def test_reds_nine_days_apart_with_nothing_between_rest_but_do_not_count_as_twice() -> None:
    runner = Runner()
    runner.answers(pain(0, "6-7"), pain(9, "6-7"))
    assert runner.state.status is CLINIC  # red lasting 7+ days: non-green for a week
    assert runner.state.reason is Trigger.NON_GREEN_WEEK


def test_a_morning_same_or_better_says_nothing() -> None:
    runner = Runner()
    runner.answers(pain(0, "4-5"))
    transition = runner.answers(morning(0.5, MorningTrend.SAME_OR_BETTER))
    assert transition.trigger is None and runner.state.status is CAUTION
