"""Run times and quiet hours as people type them."""

from __future__ import annotations

from datetime import time

import pytest

from bot.services.plan_setup import InputError, parse_quiet_hours, parse_time


@pytest.mark.parametrize(
    ("typed", "parsed"),
    [("7:30", time(7, 30)), ("07.30", time(7, 30)), ("7h30", time(7, 30)),
     ("0630", time(6, 30)), ("630", time(6, 30)), ("19", time(19, 0)), ("7am", time(7, 0)),
     ("7 AM", time(7, 0)), ("7:30pm", time(19, 30)), ("7.30 p.m.", time(19, 30)),
     ("12am", time(0, 0)), ("12pm", time(12, 0)), (" 23:59 ", time(23, 59))],
)  # fmt: skip
def test_typed_times(typed: str, parsed: time) -> None:
    assert parse_time(typed) == parsed


@pytest.mark.parametrize("typed", ["24:00", "7:60", "13pm", "0am", "7:3", "seven", "", "12345"])
def test_times_that_are_not_times(typed: str) -> None:
    with pytest.raises(InputError):
        parse_time(typed)


@pytest.mark.parametrize(
    ("typed", "window"),
    [("22:30-06:30", (time(22, 30), time(6, 30))), ("23-7", (time(23, 0), time(7, 0))),
     ("11pm to 6am", (time(23, 0), time(6, 0))), ("22:00 – 07:00", (time(22, 0), time(7, 0))),
     ("off", (time(0, 0), time(0, 0)))],
)  # fmt: skip
def test_typed_quiet_hours(typed: str, window: tuple[time, time]) -> None:
    assert parse_quiet_hours(typed) == window


@pytest.mark.parametrize("typed", ["23:15-99:00", "22:00", "late", "1-2-3"])
def test_quiet_hours_that_are_not_a_range(typed: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_quiet_hours(typed)
    assert raised.value.key == "settings.quiet_invalid"
