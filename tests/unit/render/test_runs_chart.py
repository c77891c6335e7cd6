"""/runs' weekly picture, checked for what it shows; the weekly totals counted in local weeks."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from matplotlib.patches import Rectangle

from bot.content import default_content
from bot.domain.runs import weekly_totals
from bot.domain.units import Units
from bot.render.runs_chart import runs_chart_labels, runs_figure

LABELS = runs_chart_labels(default_content(), "en")
BERLIN = ZoneInfo("Europe/Berlin")


def test_weekly_totals_count_local_weeks_and_keep_empty_weeks() -> None:
    runs = [
        (datetime(2026, 3, 2, 6, tzinfo=UTC), 8000.0),  # Monday 2 March
        (datetime(2026, 3, 8, 23, 30, tzinfo=UTC), 5000.0),  # Monday 9 March 00:30 in Berlin
        (datetime(2026, 3, 10, 6, tzinfo=UTC), 4200.0),
        (datetime(2026, 1, 5, 6, tzinfo=UTC), 9000.0),  # before the span: left out
    ]
    weeks = weekly_totals(runs, BERLIN, date(2026, 3, 12), 3)
    assert weeks == [(date(2026, 2, 23), 0.0), (date(2026, 3, 2), 8.0), (date(2026, 3, 9), 9.2)]


def test_the_picture_shows_a_bar_a_week_with_its_km_and_readable_weeks() -> None:
    weeks = weekly_totals(
        [(datetime(2026, 3, day, 6, tzinfo=UTC), 7500.0) for day in (2, 4, 11, 25)],
        BERLIN, date(2026, 3, 26), 8,
    )  # fmt: skip
    figure = runs_figure(weeks, LABELS)
    figure.canvas.draw()
    (axis,) = figure.axes
    heights = [bar.get_height() for bar in axis.patches if isinstance(bar, Rectangle)]
    assert heights == [km for _, km in weeks] and heights[-4:] == [15.0, 7.5, 0.0, 7.5]
    low, high = axis.get_ylim()
    assert low == 0 and high > max(heights)
    assert all(float(t).is_integer() for t in axis.get_yticks() if low <= t <= high)
    names = [label.get_text() for label in axis.get_xticklabels()]
    assert names[0] == "2 Feb" and names[-1] == "23 Mar" and len(names) == 8
    written = [text.get_text() for text in axis.texts]
    assert written.count("15") == 1 and written.count("7.5") == 2 and "0" not in written
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [label.get_window_extent(renderer) for label in axis.get_xticklabels()]
    assert not any(first.overlaps(second) for first, second in itertools.combinations(boxes, 2))
    frame = axis.get_window_extent(renderer)
    assert all(frame.x0 <= bar.get_window_extent(renderer).x0 for bar in axis.patches)
    assert axis.get_title(loc="left") == "Kilometres per week, from your logged runs"


def test_an_empty_span_still_draws_a_readable_frame() -> None:
    figure = runs_figure(weekly_totals([], BERLIN, date(2026, 3, 26), 8), LABELS)
    figure.canvas.draw()
    (axis,) = figure.axes
    assert axis.get_ylim() == (0.0, 1.2)


def test_in_miles_the_words_name_miles() -> None:
    labels = runs_chart_labels(default_content(), "en", Units.MI)
    figure = runs_figure([(date(2026, 3, 2), 6.2)], labels)
    (axis,) = figure.axes
    assert axis.get_ylabel() == "mi"
    assert axis.get_title(loc="left") == "Miles per week, from your logged runs"
    assert LABELS.km_axis == "km"
