"""Stats folding: week windows, cause counts, adherence per reminder kind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.services import stats
from bot.services.stats import Adherence


def test_week_windows_end_with_the_current_monday_week() -> None:
    now = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # Wednesday
    windows = stats.week_windows(now, weeks=3)
    assert [start for start, _end in windows] == [
        datetime(2026, 2, 16, tzinfo=UTC),
        datetime(2026, 2, 23, tzinfo=UTC),
        datetime(2026, 3, 2, tzinfo=UTC),
    ]
    assert all(end - start == timedelta(weeks=1) for start, end in windows)
    assert windows[-1][0] <= now < windows[-1][1]


def test_a_monday_midnight_starts_its_own_week() -> None:
    monday = datetime(2026, 3, 2, tzinfo=UTC)
    assert stats.week_windows(monday, weeks=1) == [(monday, monday + timedelta(weeks=1))]


def test_causes_are_counted_per_user_most_common_first() -> None:
    counted = stats.count_causes(["LOAD,STRENGTH", "LOAD", "FORM, LOAD", ""])
    assert counted == {"LOAD": 3, "FORM": 1, "STRENGTH": 1}
    assert list(counted) == ["LOAD", "FORM", "STRENGTH"]


def test_unanswered_reminders_count_as_ignored_and_unknown_answers_as_other() -> None:
    rows = [
        ("warmup", "done", 5),
        ("warmup", None, 2),
        ("warmup", "snoozed", 1),
        ("stretch", "skipped", 3),
        ("stretch", "later", 1),
    ]
    assert stats.adherence_by_kind(rows) == (
        Adherence("stretch", skipped=3, other=1),
        Adherence("warmup", done=5, snoozed=1, ignored=2),
    )
    assert stats.adherence_by_kind(rows)[1].sent == 8


def test_answered_polls_count_as_answered_whatever_their_delivery_row_says() -> None:
    deliveries = [("checkin", None, 4), ("morning_checkin", None, 2), ("warmup", "done", 1)]
    polls = [
        ("checkin", "answered", False, 3),
        ("checkin", "missing", False, 1),
        ("morning_checkin", "answered", True, 1),
        ("morning_checkin", "missing", True, 1),
    ]
    assert stats.adherence_by_kind(deliveries, {}, polls) == (
        Adherence("checkin", done=3, ignored=1),
        Adherence("morning_checkin", done=1, held=1),
        Adherence("warmup", done=1),
    )


def test_reminders_left_while_runs_were_on_hold_are_not_ignored() -> None:
    rows = [("strength", None, 5), ("strength", "done", 2), ("rest", None, 1)]
    result = stats.adherence_by_kind(rows, {"strength": 3, "rest": 1})
    assert result == (
        Adherence("rest", held=1),
        Adherence("strength", done=2, ignored=2, held=3),
    )
    assert result[1].sent == 7
