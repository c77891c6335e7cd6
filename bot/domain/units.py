"""Kilometres or miles: the runner's unit, conversions, and distances as runners type them.

Everything is stored in kilometres; the unit is applied only where a runner reads or types a
distance (issue #14).
"""

from __future__ import annotations

import re
from enum import StrEnum

KM_PER_MILE = 1.609344
"""The international mile (1959), exactly."""

MILES_LANGUAGE_CODES = frozenset({"en-us"})
"""Telegram language codes whose runners start in miles; everyone else starts in kilometres."""

_KM_WORDS = frozenset({
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers",  # en, de
    "км", "километр", "километра", "километров",  # ru
    "kilómetro", "kilómetros", "kilometro", "kilometros",  # es
})  # fmt: skip
_MILE_WORDS = frozenset({
    "mi", "mile", "miles", "миля", "мили", "миль", "milla", "millas", "meile", "meilen",
})  # fmt: skip
DISTANCE_PATTERN = re.compile(
    r"^\s*(\d{1,5}(?:[.,]\d+)?)\s*(?:([^\W\d_]+)\.?)?\s*$", re.IGNORECASE
)
"""A number and an optional unit word in any alphabet ("25 km", "15 mi", "25 км", "15 millas")."""


class Units(StrEnum):
    """How a runner reads and types distances."""

    KM = "km"
    MI = "mi"


class DistanceFormatError(ValueError):
    """Typed text that is not a distance ("ten", "25 furlongs")."""

    def __init__(self, raw: str) -> None:
        super().__init__(f"not a distance: {raw!r}")
        self.raw = raw


def km_to_miles(km: float) -> float:
    return km / KM_PER_MILE


def miles_to_km(miles: float) -> float:
    return miles * KM_PER_MILE


def from_km(km: float, units: Units) -> float:
    """A distance in kilometres, expressed in `units`."""
    return km_to_miles(km) if units is Units.MI else km


def to_km(value: float, units: Units) -> float:
    """A distance given in `units`, in kilometres."""
    return miles_to_km(value) if units is Units.MI else value


def default_units(language_code: str | None) -> Units:
    """Miles for a US English Telegram app ("en-US", "en_us"), kilometres for everyone else."""
    code = (language_code or "").strip().lower().replace("_", "-")
    return Units.MI if code in MILES_LANGUAGE_CODES else Units.KM


def effective_units(chosen: str | None, language_code: str | None) -> Units:
    """The unit chosen in /settings, else the default for the runner's Telegram language."""
    if chosen in {member.value for member in Units}:
        return Units(chosen)
    return default_units(language_code)


def parse_distance(raw: str, units: Units) -> float:
    """Kilometres from what a runner typed: "25", "25.5", "25,5", "25 km", "25km", "25 mi",
    "25 mile", "25 miles". A unit typed with the number wins over the runner's unit."""
    match = DISTANCE_PATTERN.match(raw)
    if match is None:
        raise DistanceFormatError(raw)
    value = float(match.group(1).replace(",", "."))
    word = (match.group(2) or "").lower()
    if not word:
        return to_km(value, units)
    if word in _KM_WORDS:
        return value
    if word in _MILE_WORDS:
        return miles_to_km(value)
    raise DistanceFormatError(raw)
