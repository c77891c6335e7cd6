"""The /history chart, checked for what it shows: the span, dates that never collide, every
mark inside the axes, whole-number ticks, bands and a legend for what is drawn."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from bot.content import default_content
from bot.domain.units import KM_PER_MILE, Units
from bot.render.history_chart import (
    chart_labels,
    history_chart,
    history_figure,
    pain_dots,
    plotted_points,
    read_distance_axis,
)
from bot.render.style import CANVAS, DOTS_PER_INCH
from bot.services.chart_data import ChartData, chart_data
from bot.storage.models import Checkin, KneeStatusChange, Run

NOW = datetime(2026, 3, 30, 18, 0, tzinfo=UTC)  # a Monday evening
ZONE = "Europe/Berlin"
LABELS = chart_labels(default_content(), "en")
PAINS = ("0", "1-3", "4-5", "6-7", "8-10")
ZONES = {"0": "green", "1-3": "green", "4-5": "amber", "6-7": "red", "8-10": "red"}
TRENDS = ("same_or_better", "slightly_worse", "clearly_worse")
_ids = itertools.count(1)


def account(days: int) -> ChartData:
    """A runner `days` days old: a run and a pain check-in every other day, a morning answer
    (or none) between, one of each rarer answer, a rest and a see-a-clinician stretch; the last
    check-in is asked right now (the dot at the right edge)."""
    checkins: list[Checkin] = []
    runs: list[Run] = []
    for back in range(days - 1, -1, -1):
        day = NOW - timedelta(days=back)
        if back % 2 == 0:
            pain = PAINS[back % len(PAINS)]
            asked = day if back == 0 else day - timedelta(hours=8)
            checkins.append(_checkin(asked, "checkin", pain=pain, zone=ZONES[pain]))
            runs.append(_run(day - timedelta(hours=9), km=4 + back % 9))
        else:
            status = "answered" if back % 3 else "missing"
            checkins.append(_checkin(day - timedelta(hours=14), "morning_checkin", status,
                                     trend=TRENDS[(back // 3) % 3]))  # fmt: skip
    changes: list[KneeStatusChange] = []
    if days >= 10:
        checkins.append(_checkin(NOW - timedelta(days=days // 3), "walking", zone="red"))
        checkins.append(_checkin(NOW - timedelta(days=days // 4), "red_flag", zone="red",
                                 red_flag=True))  # fmt: skip
        changes = [
            _change(days // 2, "rest"), _change(days // 2 - 3, "returning"),
            _change(days // 4, "see_clinician"), _change(days // 4 - 2, "returning"),
        ]  # fmt: skip
    return chart_data(checkins, runs, changes, NOW, ZONE, window=84 if days > 28 else 28)


def _checkin(
    asked: datetime, kind: str, status: str = "answered", *, pain: str | None = None,
    trend: str | None = None, zone: str | None = None, red_flag: bool = False,
) -> Checkin:  # fmt: skip
    return Checkin(
        id=next(_ids), user_id=1, kind=kind, asked_at=asked, status=status, pain=pain,
        trend=trend if status == "answered" else None, zone=zone, red_flag=red_flag,
    )  # fmt: skip


def _run(started: datetime, km: float) -> Run:
    return Run(id=next(_ids), user_id=1, started_at=started, distance_m=km * 1000, moving_s=1,
               source="file", fingerprint=str(next(_ids)))  # fmt: skip


def _change(days_ago: int, status: str) -> KneeStatusChange:
    return KneeStatusChange(id=next(_ids), user_id=1, status=status,
                            at=NOW - timedelta(days=days_ago))  # fmt: skip


def drawn(data: ChartData) -> Figure:
    figure = history_figure(data, LABELS)
    figure.canvas.draw()
    return figure


def pain_axes(figure: Figure) -> Axes:
    return next(axis for axis in figure.axes if pain_dots(figure) in axis.collections)


def shown_labels(labels: list[Text]) -> list[Text]:
    return [label for label in labels if label.get_visible() and label.get_text()]


def overlapping(boxes: list[Bbox]) -> bool:
    return any(first.overlaps(second) for first, second in itertools.combinations(boxes, 2))


def date_label_boxes(figure: Figure) -> list[Bbox]:
    axis = pain_axes(figure)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    texts = [*shown_labels(axis.get_xticklabels()), axis.xaxis.get_offset_text()]
    return [text.get_window_extent(renderer) for text in texts if text.get_text()]


ACCOUNTS = {"one day": 1, "five days": 5, "twelve weeks": 84, "empty": 0}


@pytest.fixture(scope="module", params=list(ACCOUNTS), ids=list(ACCOUNTS))
def rendered(request: pytest.FixtureRequest) -> tuple[ChartData, Figure]:
    days = ACCOUNTS[request.param]
    data = account(days) if days else chart_data([], [], [], NOW, ZONE)
    return data, drawn(data)


def test_the_span_is_the_accounts_days_within_one_and_twelve_weeks() -> None:
    assert [account(days).days for days in (1, 5, 20, 84)] == [7, 7, 20, 84]
    assert chart_data([], [], [], NOW, ZONE).days == 7


def test_the_x_axis_covers_the_whole_days_shown_and_little_more(
    rendered: tuple[ChartData, Figure],
) -> None:
    data, figure = rendered
    low, high = (mdates.num2date(value) for value in pain_axes(figure).get_xlim())
    zone = ZoneInfo(ZONE)
    first_midnight = datetime(2026, 3, 31, tzinfo=zone) - timedelta(days=data.days)
    assert low <= first_midnight and high >= datetime(2026, 3, 31, tzinfo=zone)
    assert (high - low) <= timedelta(days=data.days * 1.03)  # at most a sliver of padding
    assert first_midnight - low < timedelta(days=data.days * 0.02)


def test_date_labels_never_collide(rendered: tuple[ChartData, Figure]) -> None:
    _data, figure = rendered
    boxes = date_label_boxes(figure)
    assert len(boxes) >= 3  # there are dates to read
    assert not overlapping(boxes)


def test_the_collision_check_catches_crowded_dates() -> None:
    from matplotlib.dates import DateFormatter, DayLocator

    figure = history_figure(account(84), LABELS)
    axis = pain_axes(figure)
    axis.xaxis.set_major_locator(DayLocator())
    axis.xaxis.set_major_formatter(DateFormatter("%d %b"))
    figure.canvas.draw()
    assert overlapping(date_label_boxes(figure))


def test_every_mark_lies_inside_its_axes(rendered: tuple[ChartData, Figure]) -> None:
    _data, figure = rendered
    for axis in figure.axes:
        box = axis.get_window_extent()
        for collection in axis.collections:
            if not isinstance(collection, PathCollection):
                continue
            radius = (max(collection.get_sizes(), default=0) ** 0.5 / 2) * DOTS_PER_INCH / 72
            for x_value, y_value in axis.transData.transform(collection.get_offsets()):
                assert box.x0 + radius <= x_value <= box.x1 - radius, "a mark is clipped"
                assert box.y0 + radius <= y_value <= box.y1 - radius, "a mark is clipped"


def test_the_last_dot_sits_inside_the_right_edge() -> None:
    data = account(5)
    figure = drawn(data)
    axis = pain_axes(figure)
    last_x, _ = axis.transData.transform((mdates.date2num(data.points[-1].at), 0))
    assert data.points[-1].at == NOW
    assert last_x < axis.get_window_extent().x1 - 6


def test_run_bars_are_on_their_own_axis_within_its_range() -> None:
    data = account(84)
    figure = drawn(data)
    km_axis = next(axis for axis in figure.axes if axis.get_ylabel() == LABELS.distance_axis)
    bars = [patch for patch in km_axis.patches if isinstance(patch, Rectangle)]
    assert len(bars) == len(data.runs)
    top = km_axis.get_ylim()[1]
    assert all(0 < bar.get_height() < top for bar in bars)
    assert sorted(bar.get_height() for bar in bars) == sorted(run.km for run in data.runs)


def test_ticks_are_whole_numbers(rendered: tuple[ChartData, Figure]) -> None:
    _data, figure = rendered
    for axis in figure.axes[1:]:  # the pain axis and the km axis (the strip has row names)
        low, high = axis.get_ylim()
        ticks = [tick for tick in axis.get_yticks() if low <= tick <= high]
        assert ticks and all(float(tick).is_integer() for tick in ticks)


def test_the_pain_axis_reads_zero_to_ten(rendered: tuple[ChartData, Figure]) -> None:
    _data, figure = rendered
    axis = pain_axes(figure)
    assert axis.get_ylim() == (-0.5, 10.5)
    assert [label.get_text() for label in axis.get_yticklabels()] == ["0", "2", "4", "6", "8", "10"]


def test_every_answer_kind_is_drawn_and_named_in_the_legend() -> None:
    data = account(84)
    figure = drawn(data)
    (legend,) = figure.legends
    names = {text.get_text() for text in legend.get_texts()}
    assert names == {
        LABELS.after_run, *LABELS.mornings, LABELS.walking, LABELS.flags, LABELS.missing,
        LABELS.runs, LABELS.rest, LABELS.see_clinician,
    }  # fmt: skip
    assert len(plotted_points(figure)) == len(data.points) > 0
    strip = figure.axes[0]
    rows = [label.get_text() for label in strip.get_yticklabels()]
    assert rows == [LABELS.missing, LABELS.flags, LABELS.walking, LABELS.morning_row]
    marks = sum(len(collection.get_offsets()) for collection in strip.collections)
    answers = len(data.mornings) + len(data.walking) + len(data.flags) + len(data.missing)
    assert marks == answers


def test_the_legend_only_names_what_is_drawn() -> None:
    figure = drawn(account(5))
    (legend,) = figure.legends
    names = {text.get_text() for text in legend.get_texts()}
    assert LABELS.rest not in names and LABELS.walking not in names
    assert LABELS.after_run in names and LABELS.runs in names


def test_the_legend_and_the_axes_do_not_cover_each_other(
    rendered: tuple[ChartData, Figure],
) -> None:
    _data, figure = rendered
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    for legend in figure.legends:
        box = legend.get_window_extent(renderer)
        assert not any(box.overlaps(axis.get_window_extent()) for axis in figure.axes)
        assert box.y0 >= 0 and box.x0 >= 0 and box.x1 <= figure.bbox.width


def test_status_bands_shade_both_panels() -> None:
    data = account(84)
    figure = drawn(data)
    assert [band.status for band in data.bands] == ["rest", "see_clinician"]
    for axis in figure.axes[:2]:
        spans = [patch for patch in axis.patches if patch.get_alpha() == pytest.approx(0.22)]
        assert len(spans) == len(data.bands)


def test_an_empty_account_says_so_on_an_opaque_canvas() -> None:
    figure = drawn(chart_data([], [], [], NOW, ZONE))
    texts = [text.get_text() for axis in figure.axes for text in axis.texts]
    assert LABELS.empty in texts
    assert plotted_points(figure) == []
    assert figure.get_facecolor() == (1.0, 1.0, 1.0, 1.0) and CANVAS == "#ffffff"


def test_words_stay_readable_on_a_phone(rendered: tuple[ChartData, Figure]) -> None:
    """Shown about 400 points wide, the 960-pixel chart must keep 9 px text at least."""
    _data, figure = rendered
    scale = 400 / figure.bbox.width
    texts = [text for axis in figure.axes for text in shown_labels(axis.get_xticklabels())]
    sizes = [text.get_fontsize() * DOTS_PER_INCH / 72 * scale for text in texts]
    assert sizes and min(sizes) >= 9


def test_in_miles_the_run_bars_and_their_axis_speak_miles() -> None:
    data = account(28)
    miles = chart_labels(default_content(), "en", Units.MI)
    figure = history_figure(data, miles)
    km_axis = next(axis for axis in figure.axes if axis.get_ylabel() == "miles run that day")
    heights = sorted(patch.get_height() for patch in km_axis.patches)
    assert heights == pytest.approx(sorted(run.km / KM_PER_MILE for run in data.runs))
    assert heights and max(heights) < km_axis.get_ylim()[1]
    (legend,) = figure.legends
    names = {text.get_text() for text in legend.get_texts()}
    assert "Run (mi)" in names and "Run (km)" not in names
    png = history_chart(data, miles)
    assert read_distance_axis(png) == "miles run that day"
    assert read_distance_axis(history_chart(data, LABELS)) == "km run that day"
