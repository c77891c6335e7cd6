"""Weekly distance ramp edge cases."""

from __future__ import annotations

import pytest

from bot.domain.distance import RampStatus, assess_ramp
from bot.domain.pain import PainZone


@pytest.mark.parametrize(
    ("weeks", "status", "next_km", "key"),
    [
        ([20.0, 22.0], RampStatus.STEADY, 24.2, "distance.ramp_ok"),  # exactly +10 %
        ([20.0, 22.2], RampStatus.ABOVE_SUGGESTION, 22.2, "distance.ramp_fast"),
        ([50.0, 55.0, 65.0], RampStatus.ABOVE_SUGGESTION, 65.0, "distance.ramp_fast"),  # +30 %
        ([50.0, 55.0, 65.5], RampStatus.TOO_FAST, 65.5, "distance.ramp_warning"),
        ([20.0, 27.0], RampStatus.TOO_FAST, 27.0, "distance.ramp_warning"),  # +35 % in a week
        ([30.0, 20.0, 22.0], RampStatus.STEADY, 24.2, "distance.ramp_ok"),  # back after a dip
        ([30.0, 40.0, 20.0], RampStatus.STEADY, 22.0, "distance.ramp_ok"),
        ([25.0], RampStatus.NO_DATA, 27.5, "distance.no_data"),
        ([None, 25.0], RampStatus.NO_DATA, 27.5, "distance.no_data"),
        # A reported zero week, then running, is a comeback: about half of it next week.
        ([0.0, 12.0], RampStatus.COMEBACK, 6.0, "distance.comeback"),
        ([0.0, 30.0], RampStatus.COMEBACK, 15.0, "distance.comeback"),
        ([30.0, 0.0, 30.0], RampStatus.COMEBACK, 15.0, "distance.comeback"),
        # Below about 10 km a week, steps in km (+3 steady, +2 suggested), not percentages.
        ([5.0, 8.0], RampStatus.STEADY, 10.0, "distance.ramp_ok_small"),
        ([5.0, 6.0], RampStatus.STEADY, 8.0, "distance.ramp_ok_small"),
        ([5.0, 9.0], RampStatus.ABOVE_SUGGESTION, 9.0, "distance.ramp_fast_small"),
        ([3.0, 6.0, 10.0], RampStatus.TOO_FAST, 10.0, "distance.ramp_warning"),
        ([4.0, 12.0], RampStatus.TOO_FAST, 12.0, "distance.ramp_warning"),
        ([9.0, 11.0], RampStatus.STEADY, 13.0, "distance.ramp_ok_small"),  # from under 10 km
        ([10.0, 11.0], RampStatus.STEADY, 12.1, "distance.ramp_ok"),
    ],
)
def test_ramp(weeks: list[float | None], status: RampStatus, next_km: float, key: str) -> None:
    ramp = assess_ramp(weeks)

    assert (ramp.status, ramp.suggested_next_km, ramp.message_key) == (status, next_km, key)


def test_an_unreported_latest_week_is_no_data_not_zero() -> None:
    ramp = assess_ramp([20.0, None])

    assert ramp.status == RampStatus.NO_DATA
    assert ramp.suggested_next_km is None
    assert not ramp.progression_allowed


def test_two_week_change_skips_an_unreported_middle_week() -> None:
    ramp = assess_ramp([20.0, None, 27.0])

    assert ramp.two_week_change == pytest.approx(0.35)
    assert ramp.week_change is None
    assert ramp.status == RampStatus.TOO_FAST


@pytest.mark.parametrize("zone", [PainZone.AMBER, PainZone.RED])
def test_no_progression_after_amber_or_red(zone: PainZone) -> None:
    ramp = assess_ramp([20.0, 21.0], latest_zone=zone)

    assert not ramp.progression_allowed
    assert ramp.suggested_next_km == 21.0
    assert ramp.message_key == "distance.hold_after_pain"


def test_green_allows_progression() -> None:
    ramp = assess_ramp([20.0, 21.0], latest_zone=PainZone.GREEN)

    assert ramp.progression_allowed
    assert ramp.suggested_next_km == 23.1


def test_the_two_week_warning_wins_over_the_pain_hold() -> None:
    ramp = assess_ramp([20.0, 24.0, 30.0], latest_zone=PainZone.AMBER)

    assert ramp.message_key == "distance.ramp_warning"


def test_a_week_off_is_noted_without_a_ramp() -> None:
    ramp = assess_ramp([20.0, 0.0])

    assert (ramp.message_key, ramp.suggested_next_km) == ("distance.zero_week", None)
    assert not ramp.progression_allowed


def test_a_comeback_never_progresses_even_when_green() -> None:
    ramp = assess_ramp([0.0, 20.0], latest_zone=PainZone.GREEN)

    assert not ramp.progression_allowed and ramp.suggested_next_km == 10.0


def test_a_comeback_while_the_knee_says_hold_holds_at_half() -> None:
    amber = assess_ramp([0.0, 20.0], latest_zone=PainZone.AMBER)
    caution = assess_ramp([0.0, 20.0], status_allows_progression=False)

    for ramp in (amber, caution):
        assert (ramp.message_key, ramp.suggested_next_km) == ("distance.hold_after_pain", 10.0)
