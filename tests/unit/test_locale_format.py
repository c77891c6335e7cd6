"""Dates, numbers and typed answers in the four languages."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.domain.units import Units, parse_distance
from bot.render.locale_format import (
    WEEKDAY_DATE,
    WEEKDAY_TIME,
    day_text,
    language_name,
    local_moment,
    number_text,
)
from bot.services.plan_setup import parse_quiet_hours, parse_shoes

MONDAY_0630_UTC = datetime(2026, 12, 7, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "weekday_time", "weekday_date", "day", "number"),
    [
        ("en", "Mon 07:30", "Mon 07 Dec", "7 Dec", "1,234.5"),
        ("ru", "пн 07:30", "пн 07 дек.", "7 дек.", "1\xa0234,5"),
        ("es", "lun 07:30", "lun 07 dic", "7 dic", "1.234,5"),
        ("de", "Mo. 07:30", "Mo. 07 Dez.", "7 Dez.", "1.234,5"),
        ("pt", "seg. 07:30", "seg. 07 dez.", "7 dez.", "1.234,5"),
        (None, "Mon 07:30", "Mon 07 Dec", "7 Dec", "1,234.5"),
        ("xx-yy", "Mon 07:30", "Mon 07 Dec", "7 Dec", "1,234.5"),
    ],
)
def test_dates_and_numbers_per_language(
    lang: str | None, weekday_time: str, weekday_date: str, day: str, number: str
) -> None:
    assert local_moment(MONDAY_0630_UTC, "Europe/Berlin", lang, WEEKDAY_TIME) == weekday_time
    assert local_moment(MONDAY_0630_UTC, "Europe/Berlin", lang, WEEKDAY_DATE) == weekday_date
    assert day_text(date(2026, 12, 7), lang) == day
    assert number_text(1234.5, lang) == number


def test_a_time_zone_moves_the_weekday_too() -> None:
    assert local_moment(MONDAY_0630_UTC, "America/Los_Angeles", "de", WEEKDAY_TIME) == "So. 22:30"


def test_language_buttons_use_each_languages_own_name() -> None:
    assert [language_name(code) for code in ("en", "ru", "es", "de")] == [
        "English", "Русский", "Español", "Deutsch",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "units", "km"),
    [("25 км", Units.KM, 25.0), ("25 Kilometer", Units.KM, 25.0), ("25 kilómetros", Units.KM, 25.0),
     ("10 миль", Units.KM, 16.09), ("10 millas", Units.KM, 16.09), ("10 Meilen", Units.KM, 16.09),
     ("12,5", Units.KM, 12.5), ("25 km.", Units.KM, 25.0)],
)  # fmt: skip
def test_distances_typed_in_any_of_the_languages(raw: str, units: Units, km: float) -> None:
    assert parse_distance(raw, units) == pytest.approx(km, abs=0.01)


@pytest.mark.parametrize("raw", ["8 months", "8 месяцев", "8 мес.", "8 Monate", "8 meses", "8 m"])
def test_shoe_age_in_months_in_any_of_the_languages(raw: str) -> None:
    today = date(2026, 12, 7)
    assert parse_shoes(raw, today) == parse_shoes("8 months", today) == (None, date(2026, 4, 7))


@pytest.mark.parametrize(
    "raw",
    ["22:30 до 06:30", "с 22:30 до 06:30", "von 22:30 bis 06:30", "desde 22:30 hasta 06:30"],
)
def test_quiet_hours_in_any_of_the_languages(raw: str) -> None:
    assert parse_quiet_hours(raw) == (time(22, 30), time(6, 30))


def test_the_strava_page_speaks_the_runners_or_the_browsers_language() -> None:
    from types import SimpleNamespace
    from typing import Any, cast

    from bot.content import default_content
    from bot.services.strava import Connect
    from bot.strava.web import _page

    runtime = cast(Any, SimpleNamespace(content=default_content()))
    german = _page(runtime, Connect.DENIED, "de-DE").text or ""
    english = _page(runtime, Connect.DENIED, "pt").text or ""

    assert '<html lang="de">' in german
    assert default_content().plain("strava.page.denied", "de") in german
    assert default_content().plain("strava.page.denied") in english
