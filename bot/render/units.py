"""Distances as a runner reads them: "24 km" or "15 mi", from kilometres, by one helper."""

from __future__ import annotations

from bot.content import Content
from bot.domain.units import Units, from_km


def distance_value(km: float, units: Units, digits: int = 1) -> str:
    """The bare number in the runner's unit, rounded: 24.14 km → "24.1", or "15" in miles."""
    value = round(from_km(km, units), digits)
    return f"{value:g}" if value else "0"


def distance_text(
    content: Content, lang: str | None, km: float, units: Units, digits: int = 1
) -> str:
    """ "24 km" / "15 mi": the number and its unit (content keys `units.km`, `units.mi`); the
    number goes to the text as a number, so the language writes it ("24,1 km") and may pick a
    plural form by it ("1 миля", "5 миль")."""
    return content.plain(f"units.{units.value}", lang, value=distance_number(km, units, digits))


def distance_number(km: float, units: Units, digits: int = 1) -> int | float:
    """A distance in `units` rounded to `digits` decimals, whole numbers as int ("24", "24.1"):
    a number, so the text writes it the language's way and picks the plural form by it."""
    value = round(from_km(km, units), digits)
    return int(value) if value == int(value) else value


def axis_label(content: Content, lang: str | None, key: str, units: Units) -> str:
    """A chart axis label in the runner's unit: `<key>.km` or `<key>.mi`."""
    return content.plain(f"{key}.{units.value}", lang)
