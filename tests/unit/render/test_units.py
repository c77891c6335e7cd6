"""Distances as runners read them, and the typed answers and buttons of the plan steps."""

from __future__ import annotations

from datetime import date

import pytest

from bot.content import default_content
from bot.domain.distance import assess_ramp
from bot.domain.units import KM_PER_MILE, Units
from bot.render.units import axis_label, distance_text, distance_value
from bot.services import distance as distance_service
from bot.services import plan_setup
from bot.services.plan_setup import InputError
from bot.storage.models import User

CONTENT = default_content()


@pytest.mark.parametrize(
    ("km", "units", "digits", "shown"),
    [
        (24, Units.KM, 1, "24 km"),
        (24.14, Units.KM, 1, "24.1 km"),
        (24.14016, Units.MI, 1, "15 mi"),
        (10, Units.MI, 1, "6.2 mi"),
        (600, Units.MI, 0, "373 mi"),
        (800, Units.MI, -1, "500 mi"),
        (0, Units.MI, 1, "0 mi"),
        (0.01, Units.KM, 1, "0 km"),
    ],
)
def test_one_helper_formats_every_distance(
    km: float, units: Units, digits: int, shown: str
) -> None:
    assert distance_text(CONTENT, "en", km, units, digits) == shown


def test_the_bare_value_has_no_trailing_zeros() -> None:
    assert distance_value(30.0, Units.KM) == "30"
    assert distance_value(30.25, Units.KM, 2) == "30.25"


def test_chart_words_come_per_unit() -> None:
    assert axis_label(CONTENT, "en", "history.chart.distance_axis", Units.KM) == "km run that day"
    assert axis_label(CONTENT, "en", "history.chart.distance_axis", Units.MI) == (
        "miles run that day"
    )
    assert axis_label(CONTENT, "en", "activities.chart.km_axis", Units.MI) == "mi"


def test_weekly_answers_are_read_in_the_runners_unit_and_stored_in_km() -> None:
    assert plan_setup.parse_weekly_km("15", Units.MI) == pytest.approx(24.14, abs=0.01)
    assert plan_setup.parse_weekly_km("15", Units.KM) == 15
    assert plan_setup.parse_weekly_km("24 km", Units.MI) == 24
    assert plan_setup.parse_weekly_km("186 mi", Units.KM) == pytest.approx(186 * KM_PER_MILE)
    with pytest.raises(InputError) as too_far:
        plan_setup.parse_weekly_km("190", Units.MI)  # 305.8 km
    assert too_far.value.key == "plan.weekly_km.invalid"
    with pytest.raises(InputError):
        plan_setup.parse_weekly_km("lots", Units.MI)
    assert plan_setup.max_weekly(Units.KM) == 300 and plan_setup.max_weekly(Units.MI) == 186


def test_weekly_buttons_show_the_runners_unit_and_say_it_in_their_data() -> None:
    assert [value for value, _ in plan_setup.weekly_choices(Units.KM)] == [
        10, 20, 30, 45, 60
    ]  # fmt: skip
    miles = plan_setup.weekly_choices(Units.MI)
    assert miles == ((6, "6mi"), (12, "12mi"), (19, "19mi"), (28, "28mi"), (37, "37mi"))
    for _, argument in miles:  # a press means what the button said, whatever the unit
        assert plan_setup.parse_weekly_km(argument, Units.KM) == pytest.approx(
            float(argument[:-2]) * KM_PER_MILE
        )


def test_shoe_answers_in_miles() -> None:
    today = date(2026, 3, 1)
    km, since = plan_setup.parse_shoes("200", today, Units.MI)
    assert km == pytest.approx(321.87, abs=0.01) and since is None
    assert plan_setup.parse_shoes("350 km", today, Units.MI) == (350, None)
    assert plan_setup.parse_shoes("8 months", today, Units.MI)[0] is None
    with pytest.raises(InputError):
        plan_setup.parse_shoes("4000", today, Units.MI)  # 6437 km


def test_the_shoe_threshold_in_miles_is_stored_in_whole_km() -> None:
    assert plan_setup.parse_shoe_threshold("373", Units.MI) == 600
    assert plan_setup.parse_shoe_threshold("600", Units.KM) == 600
    assert plan_setup.parse_shoe_threshold("311", Units.MI) == 501
    with pytest.raises(InputError) as outside:
        plan_setup.parse_shoe_threshold("600", Units.MI)  # 966 km
    assert outside.value.key == "settings.shoe_threshold_invalid"


def test_distance_advice_speaks_the_runners_unit_even_for_small_steps() -> None:
    small = assess_ramp([5.0, 9.0])  # +4 km under 10 km a week: the small-step warning
    in_km = User(knee_status="ok", language_code="en")
    in_miles = User(knee_status="ok", language_code="en", distance_unit="mi")

    km_text = distance_service.advice_text(CONTENT, in_km, small)
    miles_text = distance_service.advice_text(CONTENT, in_miles, small)

    assert "more than 3 km" in km_text and "steps of 2–3 km" in km_text
    assert "about <b>9 km</b>" in km_text and "Under about 10 km a week" in km_text
    assert "more than 1.9 mi" in miles_text and "steps of 1.2–1.9 mi" in miles_text
    assert "about <b>5.6 mi</b>" in miles_text and "Under about 6.2 mi a week" in miles_text
    assert " km" not in miles_text
    returning = User(knee_status="returning", knee_return_km=12.0, language_code="en-US")
    assert "about <b>7.5 mi</b> a week" in distance_service.advice_text(CONTENT, returning, small)
