"""Kilometres or miles: the default from the Telegram language, conversions, typed distances."""

from __future__ import annotations

import pytest

from bot.domain.units import (
    KM_PER_MILE,
    DistanceFormatError,
    Units,
    default_units,
    effective_units,
    from_km,
    km_to_miles,
    miles_to_km,
    parse_distance,
    to_km,
)


@pytest.mark.parametrize("code", ["en-US", "en_US", "EN-us", "en-us", " en-US "])
def test_us_english_starts_in_miles(code: str) -> None:
    assert default_units(code) is Units.MI


@pytest.mark.parametrize("code", ["en", "en-GB", "de", "de-DE", "es-US", "", None])
def test_everyone_else_starts_in_kilometres(code: str | None) -> None:
    assert default_units(code) is Units.KM


def test_the_choice_in_settings_wins_over_the_language() -> None:
    assert effective_units("km", "en-US") is Units.KM
    assert effective_units("mi", "de") is Units.MI
    assert effective_units(None, "en-US") is Units.MI
    assert effective_units("yards", "de") is Units.KM  # nonsense in the column: the default


def test_conversions_use_the_international_mile() -> None:
    assert KM_PER_MILE == 1.609344
    assert miles_to_km(1) == 1.609344
    assert km_to_miles(1.609344) == pytest.approx(1.0)
    assert from_km(42.195, Units.MI) == pytest.approx(26.2188, abs=1e-4)
    assert from_km(42.195, Units.KM) == 42.195
    assert to_km(15, Units.MI) == pytest.approx(24.14016)
    assert to_km(15, Units.KM) == 15


@pytest.mark.parametrize(
    ("raw", "units", "km"),
    [
        ("25", Units.KM, 25.0),
        ("25.5", Units.KM, 25.5),
        ("25,5", Units.KM, 25.5),
        ("25 km", Units.KM, 25.0),
        ("25km", Units.KM, 25.0),
        ("  25 KM ", Units.KM, 25.0),
        ("15", Units.MI, 15 * KM_PER_MILE),
        ("15,5", Units.MI, 15.5 * KM_PER_MILE),
        ("25 miles", Units.KM, 25 * KM_PER_MILE),
        ("1 mile", Units.KM, KM_PER_MILE),
        ("25 mi", Units.KM, 25 * KM_PER_MILE),
        ("25mi", Units.KM, 25 * KM_PER_MILE),
        ("25 km", Units.MI, 25.0),  # an explicit unit wins over the runner's
        ("0", Units.MI, 0.0),
    ],
)
def test_typed_distances_come_out_in_kilometres(raw: str, units: Units, km: float) -> None:
    assert parse_distance(raw, units) == pytest.approx(km)


@pytest.mark.parametrize(
    "raw", ["", "km", "ten", "25 furlongs", "25 m", "-5", "25 km 3", "25.", "1e3", "25 kmi"]
)
def test_anything_else_is_a_clear_error(raw: str) -> None:
    with pytest.raises(DistanceFormatError, match="not a distance") as caught:
        parse_distance(raw, Units.KM)
    assert caught.value.raw == raw
