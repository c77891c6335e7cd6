"""The weekly card's picture and lines, checked for what they show."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from matplotlib.patches import Rectangle

from bot.content import default_content
from bot.domain.knee_status import KneeStatus
from bot.domain.units import KM_PER_MILE, Units
from bot.domain.weekly_card import WeekFigures, build_card
from bot.render.weekly_card import card_figure, card_labels
from bot.services.weekly_card import card_text, week_figures
from bot.storage.models import Checkin, Delivery, Run

CONTENT = default_content()
LABELS = card_labels(CONTENT, "en")
THIS = WeekFigures(3, 21.5, 1, 2, (2.0, 4.5), (5.0, 0, 7.5, 0, 0, 0, 9.0))
LAST = WeekFigures(2, 15.0, 2, 2, (2.0,), (0, 6.0, 0, 0, 9.0, 0, 0))


def test_the_picture_shows_both_weeks_per_day_with_whole_km_ticks() -> None:
    card = build_card(THIS, LAST, KneeStatus.OK)
    assert card is not None
    figure = card_figure(card, LABELS)
    figure.canvas.draw()
    (axis,) = figure.axes
    heights = [bar.get_height() for bar in axis.patches if isinstance(bar, Rectangle)]
    assert heights == [*LAST.daily_km, *THIS.daily_km]
    low, high = axis.get_ylim()
    assert low == 0 and high > max(heights)
    ticks = [tick for tick in axis.get_yticks() if low <= tick <= high]
    assert all(float(tick).is_integer() for tick in ticks)
    names = [label.get_text() for label in axis.get_xticklabels()]
    assert names == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [label.get_window_extent(renderer) for label in axis.get_xticklabels()]
    assert not any(first.overlaps(second) for first, second in itertools.combinations(boxes, 2))
    legend = axis.get_legend()
    assert legend is not None
    assert [text.get_text() for text in legend.get_texts()] == [
        "Last week: 15 km", "This week: 21.5 km",
    ]  # fmt: skip
    assert not legend.get_window_extent(renderer).overlaps(axis.get_window_extent())


def test_two_lines_and_the_footer() -> None:
    card = build_card(THIS, LAST, KneeStatus.OK)
    assert card is not None
    lines = card_text(card, CONTENT, "en").split("\n")
    assert lines[0] == (
        "<b>Your week</b>: runs 3, 21.5 km (last week: runs 2, 15 km). Strength: 1 of 2 done."
    )
    assert lines[1].startswith("Knee: ok, pain worse than last week. Next week: ease off")
    assert lines[-1] == "<i>Habits and education, not a diagnosis.</i>" and len(lines) == 4


def test_praise_only_where_the_status_allows_it() -> None:
    calm = WeekFigures(3, 20.0, 2, 2, (2.0,), (5.0, 0, 7.5, 0, 0, 0, 7.5))
    steady = WeekFigures(2, 19.0, 2, 2, (2.0,), (0, 9.5, 0, 0, 9.5, 0, 0))
    ok = build_card(calm, steady, KneeStatus.OK)
    rest = build_card(calm, steady, KneeStatus.REST)
    assert ok is not None and rest is not None
    assert "Nice week!" in card_text(ok, CONTENT, "en")
    assert "up to 22 km" in card_text(ok, CONTENT, "en")
    resting = card_text(rest, CONTENT, "en")
    assert "Nice week!" not in resting and "up to" not in resting and "on hold" in resting


def test_week_figures_count_local_days_runs_strength_and_pain() -> None:
    zone = ZoneInfo("Europe/Berlin")
    monday = date(2026, 3, 23)
    late_sunday = datetime(2026, 3, 29, 22, 30, tzinfo=UTC)  # already Monday 00:30 in Berlin
    runs = [
        Run(started_at=datetime(2026, 3, 23, 6, tzinfo=UTC), distance_m=5000),
        Run(started_at=datetime(2026, 3, 23, 17, tzinfo=UTC), distance_m=2500),
        Run(started_at=late_sunday, distance_m=9000),
    ]
    due = datetime(2026, 3, 25, 17, tzinfo=UTC)
    sent = [
        Delivery(kind="strength", state="sent", due_at=due, response="done"),
        Delivery(kind="strength", state="sent", due_at=due + timedelta(days=2)),
        Delivery(kind="strength", state="skipped", due_at=due + timedelta(days=3)),
        Delivery(kind="warmup", state="sent", due_at=due, response="done"),
    ]
    checkins = [
        Checkin(kind="checkin", status="answered", pain="4-5", asked_at=due),
        Checkin(kind="checkin", status="missing", asked_at=due),
        Checkin(kind="walking", status="answered", asked_at=due),
    ]
    figures = week_figures(monday, zone, runs, sent, checkins)
    assert (figures.runs, figures.km) == (2, 7.5)
    assert figures.daily_km == (7.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    assert (figures.strength_done, figures.strength_planned) == (1, 2)
    assert figures.pains == (4.5,)


def test_in_miles_the_bars_the_legend_and_the_lines_speak_miles() -> None:
    card = build_card(THIS, LAST, KneeStatus.OK)
    assert card is not None
    figure = card_figure(card, card_labels(CONTENT, "en", Units.MI))
    (axis,) = figure.axes
    heights = [bar.get_height() for bar in axis.patches if isinstance(bar, Rectangle)]
    expected = [km / KM_PER_MILE for km in (*LAST.daily_km, *THIS.daily_km)]
    assert heights == pytest.approx(expected)
    assert axis.get_ylabel() == "mi" and axis.get_title(loc="left") == "Miles per day"
    legend = axis.get_legend()
    assert legend is not None
    assert [text.get_text() for text in legend.get_texts()] == [
        "Last week: 9.3 mi", "This week: 13.4 mi"
    ]  # fmt: skip
    lines = card_text(card, CONTENT, "en", Units.MI)
    assert "runs 3, 13.4 mi (last week: runs 2, 9.3 mi)" in lines and " km" not in lines
