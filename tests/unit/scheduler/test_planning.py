"""Tests for scheduler.planning: due times across DST, quiet hours, grace and snooze."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from scheduler.planning import (
    DeliveryVerdict,
    InvalidZoneError,
    apply_quiet_hours,
    is_quiet,
    judge_late,
    local_date,
    next_due,
    snooze_until,
    to_utc,
    validate_zone,
)

MONDAY, SUNDAY = 0, 6


def utc(*parts: int) -> datetime:
    """Build an aware UTC datetime."""
    return datetime(*parts, tzinfo=UTC)


# --- DST in Europe/Berlin (2026: spring 29 March 02:00→03:00, autumn 25 October 03:00→02:00)


def test_berlin_spring_gap_fires_once_at_the_end_of_the_gap() -> None:
    due = next_due(SUNDAY, time(2, 30), "Europe/Berlin", after=utc(2026, 3, 28))

    assert due == utc(2026, 3, 29, 1, 0)  # 03:00 CEST, the first valid instant
    assert due.astimezone(ZoneInfo("Europe/Berlin")).time() == time(3, 0)


def test_berlin_spring_gap_already_passed_moves_to_next_week() -> None:
    due = next_due(SUNDAY, time(2, 30), "Europe/Berlin", after=utc(2026, 3, 29, 1, 15))

    assert due == utc(2026, 4, 5, 0, 30)  # 02:30 CEST


def test_berlin_morning_reminder_keeps_local_time_across_spring_change() -> None:
    before = next_due(SUNDAY, time(7, 0), "Europe/Berlin", after=utc(2026, 3, 21))
    across = next_due(SUNDAY, time(7, 0), "Europe/Berlin", after=before)

    assert before == utc(2026, 3, 22, 6, 0)  # CET, UTC+1
    assert across == utc(2026, 3, 29, 5, 0)  # CEST, UTC+2
    assert across - before == timedelta(days=7, hours=-1)


def test_berlin_midnight_after_spring_change_is_not_skipped() -> None:
    # APScheduler's CronTrigger alone answers 6 April here (a week late).
    due = next_due(MONDAY, time(0, 0), "Europe/Berlin", after=utc(2026, 3, 22, 23, 0))

    assert due == utc(2026, 3, 29, 22, 0)  # Monday 30 March 00:00 CEST


def test_berlin_autumn_fold_fires_only_the_first_occurrence() -> None:
    first = next_due(SUNDAY, time(2, 30), "Europe/Berlin", after=utc(2026, 10, 24))
    following = next_due(SUNDAY, time(2, 30), "Europe/Berlin", after=first)

    assert first == utc(2026, 10, 25, 0, 30)  # 02:30 CEST
    assert following == utc(2026, 11, 1, 1, 30)  # a week later, 02:30 CET; no 01:30 UTC repeat


def test_berlin_autumn_fold_between_occurrences_does_not_fire_the_repeat() -> None:
    due = next_due(SUNDAY, time(2, 30), "Europe/Berlin", after=utc(2026, 10, 25, 0, 45))

    assert due == utc(2026, 11, 1, 1, 30)


def test_berlin_morning_reminder_keeps_local_time_across_autumn_change() -> None:
    due = next_due(SUNDAY, time(7, 0), "Europe/Berlin", after=utc(2026, 10, 19))

    assert due == utc(2026, 10, 25, 6, 0)  # CET, UTC+1


def test_due_time_is_strictly_after_the_given_instant() -> None:
    exactly = utc(2026, 3, 2, 6, 0)  # Monday 07:00 in Berlin

    assert next_due(MONDAY, time(7, 0), "Europe/Berlin", after=exactly) == utc(2026, 3, 9, 6, 0)
    assert (
        next_due(MONDAY, time(7, 0), "Europe/Berlin", after=exactly - timedelta(microseconds=1))
        == exactly
    )


# --- other zones


def test_new_york_spring_gap_and_autumn_fold() -> None:
    gap = next_due(SUNDAY, time(2, 30), "America/New_York", after=utc(2026, 3, 7))
    fold = next_due(SUNDAY, time(1, 30), "America/New_York", after=utc(2026, 10, 31))
    after_fold = next_due(SUNDAY, time(1, 30), "America/New_York", after=fold)

    assert gap == utc(2026, 3, 8, 7, 0)  # 03:00 EDT
    assert fold == utc(2026, 11, 1, 5, 30)  # 01:30 EDT, the first occurrence
    assert after_fold == utc(2026, 11, 8, 6, 30)  # 01:30 EST a week later


def test_kolkata_half_hour_offset() -> None:
    due = next_due(MONDAY, time(7, 0), "Asia/Kolkata", after=utc(2026, 3, 1))

    assert due == utc(2026, 3, 2, 1, 30)


def test_sydney_southern_hemisphere_transitions() -> None:
    before_april = next_due(SUNDAY, time(7, 0), "Australia/Sydney", after=utc(2026, 3, 27))
    after_april = next_due(SUNDAY, time(7, 0), "Australia/Sydney", after=before_april)
    april_fold = next_due(SUNDAY, time(2, 30), "Australia/Sydney", after=utc(2026, 4, 3))
    october_gap = next_due(SUNDAY, time(2, 30), "Australia/Sydney", after=utc(2026, 10, 2))

    assert before_april == utc(2026, 3, 28, 20, 0)  # 29 March 07:00 AEDT (UTC+11)
    assert after_april == utc(2026, 4, 4, 21, 0)  # 5 April 07:00 AEST (UTC+10)
    assert april_fold == utc(2026, 4, 4, 15, 30)  # 02:30 AEDT, the first occurrence
    assert october_gap == utc(2026, 10, 3, 16, 0)  # 4 October 03:00 AEDT


SWEEP_ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # 30-minute DST shift
    "America/Santiago",  # transitions at local midnight
]


@pytest.mark.parametrize("zone", SWEEP_ZONES)
@pytest.mark.parametrize("local_time", [time(0, 0), time(1, 30), time(2, 30), time(7, 0)])
@pytest.mark.parametrize("weekday", [MONDAY, SUNDAY])
def test_year_sweep_fires_weekly_without_duplicates(
    zone: str, local_time: time, weekday: int
) -> None:
    tz = ZoneInfo(zone)
    fires = [next_due(weekday, local_time, zone, after=utc(2026, 1, 1))]
    while fires[-1] < utc(2027, 1, 1):
        fires.append(next_due(weekday, local_time, zone, after=fires[-1]))

    local_dates = [fire.astimezone(tz).date() for fire in fires]
    assert all(later > earlier for earlier, later in pairwise(fires))
    assert all((later - earlier).days == 7 for earlier, later in pairwise(local_dates))
    assert all(day.weekday() == weekday for day in local_dates)
    assert len(fires) in (53, 54)  # 52 or 53 fires in 2026, plus the first one of 2027
    for fire in fires:
        wall = fire.astimezone(tz).time()
        moved_by_gap = wall != local_time
        assert not moved_by_gap or wall > local_time, f"{fire} fired at {wall} in {zone}"


# --- local helpers


def test_to_utc_agrees_with_next_due_in_a_gap_and_a_fold() -> None:
    assert to_utc(date(2026, 3, 29), time(2, 30), "Europe/Berlin") == utc(2026, 3, 29, 1, 0)
    assert to_utc(date(2026, 10, 25), time(2, 30), "Europe/Berlin") == utc(2026, 10, 25, 0, 30)
    assert to_utc(date(2026, 7, 1), time(9, 15), "Asia/Kolkata") == utc(2026, 7, 1, 3, 45)


def test_local_date_crosses_midnight_by_zone() -> None:
    moment = utc(2026, 5, 1, 23, 0)

    assert local_date(moment, "Europe/Berlin") == date(2026, 5, 2)
    assert local_date(moment, "America/New_York") == date(2026, 5, 1)


def test_validate_zone_accepts_iana_names() -> None:
    assert validate_zone("Asia/Kolkata") == "Asia/Kolkata"


@pytest.mark.parametrize("bad", ["Mars/Olympus_Mons", "", "../etc/passwd", "Europe/"])
def test_validate_zone_names_the_bad_zone(bad: str) -> None:
    with pytest.raises(InvalidZoneError) as caught:
        validate_zone(bad)

    assert caught.value.zone == bad
    assert repr(bad) in str(caught.value)


def test_next_due_rejects_bad_input() -> None:
    with pytest.raises(InvalidZoneError):
        next_due(MONDAY, time(7), "Nowhere/Town", after=utc(2026, 1, 1))
    with pytest.raises(ValueError, match="weekday"):
        next_due(7, time(7), "Europe/Berlin", after=utc(2026, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        next_due(MONDAY, time(7), "Europe/Berlin", after=datetime(2026, 1, 1))


# --- quiet hours

NIGHT = (time(22, 0), time(7, 0))


@pytest.mark.parametrize(
    ("local_wall", "expected"),
    [
        (datetime(2026, 6, 1, 21, 59), False),
        (datetime(2026, 6, 1, 22, 0), True),
        (datetime(2026, 6, 1, 23, 30), True),
        (datetime(2026, 6, 2, 3, 0), True),
        (datetime(2026, 6, 2, 6, 59), True),
        (datetime(2026, 6, 2, 7, 0), False),
        (datetime(2026, 6, 2, 12, 0), False),
    ],
)
def test_is_quiet_wrapping_midnight(local_wall: datetime, expected: bool) -> None:
    moment = local_wall.replace(tzinfo=ZoneInfo("Europe/Berlin"))

    assert is_quiet(moment, "Europe/Berlin", *NIGHT) is expected


def test_is_quiet_plain_window_and_disabled_window() -> None:
    lunch = (time(12, 0), time(13, 0))
    noon_utc = utc(2026, 6, 1, 10, 30)  # 12:30 in Berlin

    assert is_quiet(noon_utc, "Europe/Berlin", *lunch)
    assert not is_quiet(noon_utc, "Asia/Kolkata", *lunch)  # 16:00 there
    assert not is_quiet(noon_utc, "Europe/Berlin", time(12), time(12))


def test_quiet_late_evening_moves_to_next_morning() -> None:
    due = utc(2026, 6, 1, 21, 0)  # 23:00 CEST

    moved = apply_quiet_hours(due, "Europe/Berlin", *NIGHT, latest_useful=None)

    assert moved == utc(2026, 6, 2, 5, 0)  # 07:00 CEST next day


def test_quiet_early_morning_moves_to_same_morning() -> None:
    due = utc(2026, 6, 2, 3, 0)  # 05:00 CEST

    moved = apply_quiet_hours(due, "Europe/Berlin", *NIGHT, latest_useful=None)

    assert moved == utc(2026, 6, 2, 5, 0)


def test_outside_quiet_hours_is_unchanged() -> None:
    due = utc(2026, 6, 2, 8, 0)

    assert apply_quiet_hours(due, "Europe/Berlin", *NIGHT, latest_useful=due) == due


def test_moved_past_latest_useful_is_dropped() -> None:
    due = utc(2026, 6, 1, 21, 0)  # warm-up at 23:00 for a run starting 23:30
    run_start = utc(2026, 6, 1, 21, 30)

    assert apply_quiet_hours(due, "Europe/Berlin", *NIGHT, latest_useful=run_start) is None


def test_moved_exactly_to_latest_useful_is_kept() -> None:
    due = utc(2026, 6, 2, 3, 0)
    window_end = utc(2026, 6, 2, 5, 0)

    assert apply_quiet_hours(due, "Europe/Berlin", *NIGHT, latest_useful=window_end) == window_end


def test_quiet_hours_end_inside_a_dst_gap_resolves_like_to_utc() -> None:
    due = utc(2026, 3, 29, 0, 15)  # 01:15 CET, quiet from 22:00 to 02:30

    moved = apply_quiet_hours(due, "Europe/Berlin", time(22), time(2, 30), latest_useful=None)

    assert moved == utc(2026, 3, 29, 1, 0)  # 03:00 CEST


# --- grace windows and snooze


@pytest.mark.parametrize(
    ("late_by", "verdict"),
    [
        (timedelta(minutes=-5), DeliveryVerdict.SEND),
        (timedelta(0), DeliveryVerdict.SEND),
        (timedelta(minutes=30), DeliveryVerdict.SEND),
        (timedelta(minutes=30, seconds=1), DeliveryVerdict.MISSED),
        (timedelta(hours=9), DeliveryVerdict.MISSED),
    ],
)
def test_judge_late(late_by: timedelta, verdict: DeliveryVerdict) -> None:
    due = utc(2026, 6, 2, 5, 0)

    assert judge_late(due, due + late_by, grace=timedelta(minutes=30)) is verdict


def test_judge_late_rejects_negative_grace() -> None:
    with pytest.raises(ValueError, match="grace"):
        judge_late(utc(2026, 1, 1), utc(2026, 1, 1), grace=timedelta(seconds=-1))


def test_snooze_until_adds_minutes_in_utc() -> None:
    now = datetime(2026, 6, 2, 7, 0, tzinfo=ZoneInfo("Europe/Berlin"))

    until = snooze_until(now, 15)

    assert until == utc(2026, 6, 2, 5, 15)
    assert until.tzinfo is UTC


def test_snooze_rejects_non_positive_minutes() -> None:
    with pytest.raises(ValueError, match="positive"):
        snooze_until(utc(2026, 1, 1), 0)
