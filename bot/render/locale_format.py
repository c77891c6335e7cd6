"""Dates, times and numbers as a runner's language writes them (Babel, CLDR data).

Patterns are CLDR patterns: the same shape in every language ("Mon 07:30", "пн 07:30",
"Mo. 07:30"), with weekday and month names from the locale. Times are always 24-hour, as the
bot asks for them ("18:30"). An unknown or missing language formats as English.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

TIME = "HH:mm"
WEEKDAY_TIME = "EEE HH:mm"
WEEKDAY_DATE = "EEE dd MMM"
WEEKDAY_DATE_TIME = "EEE dd MMM HH:mm"
DAY_MONTH = "d MMM"
DEFAULT_LOCALE = "en"


@cache
def locale_of(lang: str | None) -> Locale:
    """The Babel locale of a Telegram language code ("de-AT" → de_AT, "xx" → en)."""
    code = (lang or DEFAULT_LOCALE).strip().replace("-", "_") or DEFAULT_LOCALE
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(code.split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse(DEFAULT_LOCALE)


def language_name(code: str) -> str:
    """A language's own name, for a button: "English", "Русский", "Español", "Deutsch"."""
    name = locale_of(code).get_display_name(locale_of(code)) or code
    return name[:1].upper() + name[1:]


def local_moment(moment: datetime, zone: str | None, lang: str | None, pattern: str = TIME) -> str:
    """A UTC moment as wall-clock text in the runner's zone and language."""
    local = moment.astimezone(ZoneInfo(zone or "UTC"))
    return format_datetime(local, pattern, locale=locale_of(lang))


def day_text(day: date, lang: str | None, pattern: str = DAY_MONTH) -> str:
    """A calendar day ("7 Dec", "7 дек.", "7. Dez." as the pattern and locale give it)."""
    return format_date(day, pattern, locale=locale_of(lang))


def number_text(value: float, lang: str | None, digits: int = 1) -> str:
    """A number with at most `digits` decimals, in the language's digits ("12.5", "12,5")."""
    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=locale_of(lang))
