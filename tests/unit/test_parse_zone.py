"""Typed time zones: names, cities, and abbreviations that would be wrong half the year."""

from __future__ import annotations

import pytest

from bot.services.plan_setup import InputError, parse_zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Europe/Paris", "Europe/Paris"), ("new york", "America/New_York"),
     ("Lisbon", "Europe/Lisbon"), ("UTC", "UTC"), ("Asia/Kathmandu", "Asia/Kathmandu")],
)  # fmt: skip
def test_names_and_cities_resolve(typed: str, zone: str) -> None:
    assert parse_zone(typed) == zone


@pytest.mark.parametrize("typed", ["EST", "est", "MST", "HST", "CET", "EST5EDT"])
def test_abbreviations_ask_for_a_city(typed: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_zone(typed)
    assert raised.value.key == "plan.timezone.abbreviation"


def test_unknown_text_is_invalid() -> None:
    with pytest.raises(InputError) as raised:
        parse_zone("GMT+3 please")
    assert raised.value.key == "plan.timezone.invalid"
