"""Weekly plan building."""

from __future__ import annotations

from dataclasses import replace
from datetime import time
from itertools import combinations

import pytest

from bot.domain.knee_status import KneeStatus
from bot.domain.plan import (
    build_plan,
    choose_strength_days,
    for_status,
    shift,
    too_few_rest_days,
)
from bot.domain.quiz import CauseScore, QuizResult
from bot.domain.rules import Rules
from bot.domain.vocabulary import Cause, ReminderKind

RULES = Rules()
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def _result(*top: Cause) -> QuizResult:
    order = [*top, *(cause for cause in Cause if cause not in top)]
    ranked = tuple(CauseScore(cause, 10 - position) for position, cause in enumerate(order))
    return QuizResult(ranked, None, None, frozenset())


STRENGTH_FIRST = _result(Cause.LOAD, Cause.STRENGTH)
FORM_FIRST = _result(Cause.FORM, Cause.SHOES)


def _kinds(plan, kind: ReminderKind) -> list[tuple[int, time]]:
    return [(item.weekday, item.local_time) for item in plan.reminders if item.kind == kind]


def _gap(first: int, second: int) -> int:
    distance = abs(first - second)
    return min(distance, 7 - distance)


@pytest.mark.parametrize("days", [{MON}, {MON, WED, FRI}, {TUE, THU, SAT, SUN}, set(range(7))])
def test_every_run_day_gets_warmup_stretch_and_both_check_ins(days: set[int]) -> None:
    plan = build_plan(STRENGTH_FIRST, frozenset(days), time(18, 0), 20.0, RULES)

    for kind in (ReminderKind.WARMUP, ReminderKind.STRETCH, ReminderKind.CHECKIN):
        assert {item.for_run_on for item in plan.reminders if item.kind == kind} == days
    assert set(_kinds(plan, ReminderKind.MORNING_CHECKIN)) == {
        ((day + 1) % 7, time(8, 0)) for day in days
    }


def test_run_reminder_times_follow_the_rules() -> None:
    plan = build_plan(FORM_FIRST, frozenset({WED}), time(7, 0), None, RULES)

    assert _kinds(plan, ReminderKind.WARMUP) == [(WED, time(6, 30))]
    assert _kinds(plan, ReminderKind.STRETCH) == [(WED, time(8, 0))]
    assert _kinds(plan, ReminderKind.CHECKIN) == [(WED, time(10, 0))]


def test_warmup_wraps_to_the_previous_day_for_a_run_just_after_midnight() -> None:
    plan = build_plan(FORM_FIRST, frozenset({MON}), time(0, 15), None, RULES)

    assert _kinds(plan, ReminderKind.WARMUP) == [(SUN, time(23, 45))]


def test_stretch_wraps_to_the_next_day_for_a_late_run() -> None:
    plan = build_plan(FORM_FIRST, frozenset({SUN}), time(23, 30), None, RULES)

    assert _kinds(plan, ReminderKind.STRETCH) == [(MON, time(0, 30))]
    assert _kinds(plan, ReminderKind.CHECKIN) == []  # in quiet hours: the morning one covers it


def test_an_evening_check_in_moves_before_quiet_hours() -> None:
    plan = build_plan(FORM_FIRST, frozenset({TUE}), time(19, 0), None, RULES)

    assert _kinds(plan, ReminderKind.CHECKIN) == [(TUE, time(21, 45))]


@pytest.mark.parametrize(
    "days",
    [set(), {MON}, {MON, WED, FRI}, {MON, TUE, WED}, {TUE, THU, SAT, SUN}, {MON, TUE, WED, THU}],
)
def test_strength_twice_on_non_consecutive_non_run_days_when_possible(days: set[int]) -> None:
    chosen = choose_strength_days(frozenset(days), 2)

    assert len(chosen) == 2
    assert not set(chosen) & days
    assert _gap(*chosen) >= 2


def test_strength_days_are_spread_out() -> None:
    assert choose_strength_days(frozenset({MON, WED, FRI}), 2) == (TUE, SAT)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (set(range(7)), (MON, THU)),  # all run days: after two runs, spread out
        ({MON, TUE, WED, THU, FRI, SAT}, (WED, SUN)),  # the free day plus a distant run day
        ({MON, TUE, WED, THU, FRI}, (TUE, SAT)),  # Sat+Sun are consecutive: one goes on a run
    ],
)
def test_least_bad_strength_days_when_rest_days_are_few(
    days: set[int], expected: tuple[int, int]
) -> None:
    chosen = choose_strength_days(frozenset(days), 2)

    assert chosen == expected
    assert _gap(*chosen) >= 2


def test_fallback_is_reported_and_strength_on_a_run_day_follows_the_run() -> None:
    plan = build_plan(STRENGTH_FIRST, frozenset(range(7)), time(18, 0), None, RULES)

    assert plan.strength_fallback
    assert set(_kinds(plan, ReminderKind.STRENGTH)) == {(MON, time(19, 0)), (THU, time(19, 0))}


@pytest.mark.parametrize("top", [(c1, c2) for c1 in Cause for c2 in Cause if c1 != c2])
@pytest.mark.parametrize("days", [{MON}, {MON, WED, FRI}, {TUE, THU, SAT, SUN}, set(range(7))])
def test_strength_twice_a_week_for_every_plan(top: tuple[Cause, Cause], days: set[int]) -> None:
    plan = build_plan(_result(*top), frozenset(days), time(18, 0), None, RULES)

    assert len(_kinds(plan, ReminderKind.STRENGTH)) == 2
    assert len(plan.strength_days) == 2


def test_strength_twice_even_when_strength_is_not_a_cause() -> None:
    plan = build_plan(FORM_FIRST, frozenset({MON, WED, FRI}), time(18, 0), None, RULES)

    assert _kinds(plan, ReminderKind.STRENGTH) == [(TUE, time(18, 0)), (SAT, time(18, 0))]
    assert not plan.strength_fallback


@pytest.mark.parametrize(
    ("days", "new_runner", "warn"),
    [
        (set(range(7)), False, True),
        (set(range(6)), False, False),
        (set(range(6)), True, True),
        ({MON, TUE, WED, THU, FRI}, True, False),
        ({MON}, True, False),
    ],
)
def test_too_few_rest_days(days: set[int], new_runner: bool, warn: bool) -> None:
    assert too_few_rest_days(frozenset(days), new_runner) is warn


def test_rest_reminders_fill_days_without_runs_or_strength() -> None:
    plan = build_plan(STRENGTH_FIRST, frozenset({MON, WED, FRI}), time(18, 0), None, RULES)

    assert plan.strength_days == {TUE, SAT}
    assert plan.rest_days == {THU, SUN}
    assert {day for day, _ in _kinds(plan, ReminderKind.REST)} == {THU, SUN}


def test_rest_and_strength_leave_quiet_hours() -> None:
    plan = build_plan(FORM_FIRST, frozenset({MON}), time(6, 0), None, RULES)

    assert {moment for _, moment in _kinds(plan, ReminderKind.REST)} == {time(7, 0)}
    assert _kinds(plan, ReminderKind.STRENGTH) == [(TUE, time(7, 0)), (FRI, time(7, 0))]
    assert _kinds(plan, ReminderKind.WARMUP) == [(MON, time(5, 30))]  # the runner's own time


def test_weekly_distance_and_shoe_checks_on_sunday_evening() -> None:
    plan = build_plan(FORM_FIRST, frozenset({MON}), time(18, 0), 30.0, RULES)

    assert _kinds(plan, ReminderKind.DISTANCE) == [(SUN, time(19, 0))]
    assert _kinds(plan, ReminderKind.SHOES) == [(SUN, time(19, 30))]
    assert plan.weekly_km == 30.0


def test_week_table_has_seven_rows_in_time_order() -> None:
    plan = build_plan(STRENGTH_FIRST, frozenset({MON, THU}), time(18, 0), None, RULES)

    table = plan.week_table()

    assert [row.weekday for row in table] == list(range(7))
    assert [row.is_run_day for row in table] == [day in {MON, THU} for day in range(7)]
    for row in table:
        times = [item.local_time for item in row.reminders]
        assert times == sorted(times)
        assert sum((row.is_run_day, row.is_strength_day, row.is_rest_day)) == 1


def test_plan_focus_is_the_top_two_causes() -> None:
    plan = build_plan(FORM_FIRST, frozenset({MON}), time(18, 0), None, RULES)

    assert plan.focus == (Cause.FORM, Cause.SHOES)


def test_no_running_days_is_an_error() -> None:
    with pytest.raises(ValueError, match="running days"):
        build_plan(FORM_FIRST, frozenset(), time(18, 0), None, RULES)


def test_rest_swaps_warmups_for_rest_notes_and_drops_every_run_reminder() -> None:
    plan = build_plan(STRENGTH_FIRST, frozenset({MON, WED}), time(18, 0), None, RULES)

    resting = for_status(plan, KneeStatus.REST, RULES.reminders)

    kinds = [item.kind for item in resting.reminders]
    for run_kind in (ReminderKind.WARMUP, ReminderKind.STRETCH, ReminderKind.CHECKIN,
                     ReminderKind.MORNING_CHECKIN, ReminderKind.DISTANCE):  # fmt: skip
        assert run_kind not in kinds
    assert kinds.count(ReminderKind.STRENGTH) == 2
    assert kinds.count(ReminderKind.KNEE_CHECK) == 7
    assert {item.for_run_on for item in resting.reminders if item.kind == ReminderKind.REST} >= {
        MON,
        WED,
    }


def test_see_a_clinician_keeps_only_the_daily_knee_check() -> None:
    plan = build_plan(STRENGTH_FIRST, frozenset({MON, WED}), time(18, 0), None, RULES)

    waiting = for_status(plan, KneeStatus.SEE_CLINICIAN, RULES.reminders)

    assert {item.kind for item in waiting.reminders} == {ReminderKind.KNEE_CHECK}
    assert {item.weekday for item in waiting.reminders} == set(range(7))


@pytest.mark.parametrize(
    "status", [KneeStatus.OK, KneeStatus.CAUTION, KneeStatus.REDUCED, KneeStatus.RETURNING]
)
def test_running_statuses_keep_the_plan(status: KneeStatus) -> None:
    plan = build_plan(STRENGTH_FIRST, frozenset({MON, WED}), time(18, 0), None, RULES)

    assert for_status(plan, status, RULES.reminders) == plan


def test_custom_timing_rules_are_used() -> None:
    rules = replace(RULES, reminders=replace(RULES.reminders, warmup_before_run_minutes=45))

    plan = build_plan(FORM_FIRST, frozenset({MON}), time(18, 0), None, rules)

    assert _kinds(plan, ReminderKind.WARMUP) == [(MON, time(17, 15))]


def test_shift_wraps_the_week() -> None:
    assert shift(SUN, time(23, 50), 20) == (MON, time(0, 10))
    assert shift(MON, time(0, 10), -20) == (SUN, time(23, 50))


def test_no_two_strength_days_in_a_row_for_any_routine() -> None:
    for size in range(8):
        for days in combinations(range(7), size):
            chosen = choose_strength_days(frozenset(days), 2)
            assert _gap(*chosen) >= 2, days
