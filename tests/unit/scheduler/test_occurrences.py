"""Quiet hours move or drop most reminders, but not the ones tied to the runner's own run."""

from __future__ import annotations

from datetime import UTC, datetime, time

from bot.content import default_content
from bot.domain.vocabulary import ReminderKind
from scheduler.occurrences import Quiet, ScheduleRule, next_occurrence

RULES = default_content().rules.reminders
NIGHT = Quiet("Europe/Berlin", time(22, 0), time(7, 0))
MONDAY_MIDNIGHT = datetime(2026, 3, 1, 23, 0, tzinfo=UTC)  # Monday 00:00 in Berlin (UTC+1)


def test_an_early_runners_warm_up_comes_before_the_run_despite_quiet_hours() -> None:
    warmup = ScheduleRule(ReminderKind.WARMUP, 0, time(5, 30))  # for a 06:00 run
    due = next_occurrence(warmup, NIGHT, MONDAY_MIDNIGHT, RULES)
    assert due == datetime(2026, 3, 2, 4, 30, tzinfo=UTC)  # 05:30 Berlin


def test_a_late_runners_stretch_comes_after_the_run_despite_quiet_hours() -> None:
    stretch = ScheduleRule(ReminderKind.STRETCH, 0, time(22, 45))  # after a 21:30 run
    due = next_occurrence(stretch, NIGHT, MONDAY_MIDNIGHT, RULES)
    assert due == datetime(2026, 3, 2, 21, 45, tzinfo=UTC)  # 22:45 Berlin


def test_other_reminders_still_wait_for_the_end_of_quiet_hours() -> None:
    strength = ScheduleRule(ReminderKind.STRENGTH, 0, time(6, 0))
    due = next_occurrence(strength, NIGHT, MONDAY_MIDNIGHT, RULES)
    assert due == datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # 07:00 Berlin, when the night ends
