"""Plan setup and settings as one persisted flow: time zone, days, run time, distance, shoes."""

from __future__ import annotations

import math
import re
from datetime import date, time, timedelta
from functools import cache
from zoneinfo import available_timezones

from bot.domain.shoes import validate_threshold
from bot.domain.units import DistanceFormatError, Units, from_km, parse_distance
from scheduler.planning import InvalidZoneError, validate_zone

FLOW = "plan"
SETUP_STEPS = ("tz", "days", "time", "km", "shoes", "review")
COMMON_ZONES = (
    "Europe/London", "Europe/Berlin", "Europe/Moscow", "America/New_York", "America/Chicago",
    "America/Los_Angeles", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "UTC",
)  # fmt: skip
RUN_TIMES = ("06:00", "07:00", "08:00", "12:00", "17:00", "18:00", "19:00", "20:00")
QUIET_CHOICES = ("22:00-07:00", "23:00-06:00", "21:00-08:00")
QUIET_OFF = "off"
QUIET_LEADING_WORD = re.compile(r"^(?:from|с|von|de|desde)\s+", re.IGNORECASE)
"""A leading "from" in the four languages: "с 22:00 до 07:00", "von 22 bis 7"."""
QUIET_SEPARATOR = re.compile(
    r"\s*(?:-|–|—|\bto\b|\buntil\b|\bдо\b|\bbis\b|\bhasta\b)\s*", re.IGNORECASE
)
LANGUAGE_AUTO = "auto"
WEEKLY_KM_CHOICES = ("10", "20", "30", "45", "60")
MAX_WEEKLY_KM = 300
"""The largest typed weekly distance, in kilometres."""
SHOE_CHOICES = {"new": 50.0, "under_500": 300.0, "mid": 650.0, "over_800": 850.0, "unsure": None}
TIME_PATTERN = re.compile(
    r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s*$", re.IGNORECASE
)
MONTHS_PATTERN = re.compile(
    r"^\s*(\d{1,2})\s*(months?|mo|m|месяц|месяца|месяцев|мес|monat|monate|monaten|mon|mes|meses)"
    r"\.?\s*$",
    re.IGNORECASE,
)
"""A shoe age typed in months: "8 months", "8 m", "8 месяцев", "8 Monate", "8 meses"."""
QUIZ_SHOES_KM = {"under_500": SHOE_CHOICES["under_500"], "km500_800": SHOE_CHOICES["mid"],
                 "over_800": SHOE_CHOICES["over_800"]}  # fmt: skip
"""The quiz's shoe answers that plan setup takes as its own (asked once): "I don't know" is
not among them, so the setup asks that runner (it can take km or months typed)."""
SHOE_RANGE_KM = {"low_new": 100, "low": 500, "high": 800}
"""The bounds the shoe range buttons name (plan.shoes.options)."""


class InputError(ValueError):
    """Typed input that does not fit the step; `key` names the hint in content."""

    def __init__(self, key: str, value: str) -> None:
        super().__init__(f"{key}: {value!r}")
        self.key = key
        self.value = value


def next_step(step: str) -> str:
    return SETUP_STEPS[min(SETUP_STEPS.index(step) + 1, len(SETUP_STEPS) - 1)]


def previous_step(step: str) -> str:
    return SETUP_STEPS[max(SETUP_STEPS.index(step) - 1, 0)]


UNIVERSAL = frozenset({"UTC", "GMT", "UCT", "ZULU", "UNIVERSAL"})


@cache
def _zones_by_city() -> dict[str, str]:
    by_city: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "posix/", "right/")):
            by_city.setdefault(zone.rsplit("/", 1)[1].replace("_", " ").lower(), zone)
    return by_city


def parse_zone(raw: str) -> str:
    """An IANA zone from a zone name or a city ("Europe/Paris", "paris", "New York")."""
    value = raw.strip()
    if not value or len(value) > 64:
        raise InputError("plan.timezone.invalid", raw)
    if "/" not in value and value.upper() not in UNIVERSAL and _is_zone(value.upper()):
        # EST, MST, HST, CET …: fixed offsets or legacy rules, not where the runner lives
        # (a New York runner typing EST would get reminders an hour late all summer).
        raise InputError("plan.timezone.abbreviation", raw)
    try:
        return validate_zone(value)
    except InvalidZoneError:
        pass
    candidates = {value.replace(" ", "_"), value.title().replace(" ", "_")}
    for candidate in candidates:
        try:
            return validate_zone(candidate)
        except InvalidZoneError:
            continue
    zone = _zones_by_city().get(value.lower().replace("_", " "))
    if zone is None:
        raise InputError("plan.timezone.invalid", raw)
    return zone


def _is_zone(value: str) -> bool:
    try:
        validate_zone(value)
    except InvalidZoneError:
        return False
    return True


def zone_from_location(latitude: float, longitude: float) -> str | None:
    """The IANA zone at a shared location, found offline (timezonefinder)."""
    from timezonefinder import TimezoneFinder

    return TimezoneFinder().timezone_at(lat=latitude, lng=longitude)


def parse_time(raw: str) -> time:
    """A wall time as people type it: "7:30", "07.30", "7h30", "0630", "19", "7am", "7:30 pm"."""
    match = TIME_PATTERN.match(raw)
    if match is None:
        raise InputError("plan.run_time.invalid", raw)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise InputError("plan.run_time.invalid", raw)
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        raise InputError("plan.run_time.invalid", raw)
    return time(hour, minute)


def parse_quiet_hours(raw: str) -> tuple[time, time]:
    """ "22:30-06:30", "23-7", "11pm to 6am" → (start, end); "off" → none (start == end)."""
    if raw.strip().lower() == QUIET_OFF:
        return time(0, 0), time(0, 0)
    parts = QUIET_SEPARATOR.split(QUIET_LEADING_WORD.sub("", raw.strip()))
    if len(parts) != 2:
        raise InputError("settings.quiet_invalid", raw)
    try:
        return parse_time(parts[0]), parse_time(parts[1])
    except InputError as error:
        raise InputError("settings.quiet_invalid", raw) from error


def parse_weekly_km(raw: str, units: Units = Units.KM) -> float:
    """A week's distance in kilometres, typed or pressed in the runner's unit ("24", "15 mi")."""
    try:
        km = parse_distance(raw, units)
    except DistanceFormatError as error:
        raise InputError("plan.weekly_km.invalid", raw) from error
    if km < 0 or km > MAX_WEEKLY_KM:
        raise InputError("plan.weekly_km.invalid", raw)
    return km


def max_weekly(units: Units) -> int:
    """The largest weekly distance accepted, in whole units (300 km, 186 mi)."""
    return math.floor(from_km(MAX_WEEKLY_KM, units))


def weekly_choices(units: Units) -> tuple[tuple[int, str], ...]:
    """The weekly distance buttons as (caption number, callback argument): the kilometre
    choices, in miles rounded to whole miles; the argument names its unit, so a press is never
    misread. The caption is a number, so the text picks its plural form ("6 миль")."""
    choices = []
    for km in WEEKLY_KM_CHOICES:
        value = round(from_km(float(km), units))
        choices.append((value, f"{value}{units.value}"))
    return tuple(choices)


def parse_shoes(
    raw: str, today: date, units: Units = Units.KM
) -> tuple[float | None, date | None]:
    """Distance on the shoes ("350", "220 mi") or their age ("8 months") → (km, since)."""
    months = MONTHS_PATTERN.match(raw)
    if months is not None:
        age = int(months.group(1))
        if age > 60:
            raise InputError("plan.shoes.invalid", raw)
        return None, today - timedelta(days=round(age * 30.44))
    try:
        km = parse_distance(raw, units)
    except DistanceFormatError as error:
        raise InputError("plan.shoes.invalid", raw) from error
    if km > 5000:
        raise InputError("plan.shoes.invalid", raw)
    return km, None


def parse_shoe_threshold(raw: str, units: Units = Units.KM) -> int:
    """The shoe replacement distance in whole kilometres, typed in the runner's unit."""
    try:
        km = parse_distance(raw, units)
    except DistanceFormatError as error:
        raise InputError("settings.shoe_threshold_invalid", raw) from error
    try:
        return validate_threshold(round(km))
    except ValueError as error:
        raise InputError("settings.shoe_threshold_invalid", raw) from error


def toggle_day(days: list[int], day: int) -> list[int]:
    if not 0 <= day <= 6:
        raise InputError("plan.days.none_selected", str(day))
    return sorted(set(days) ^ {day})
