"""The /stats chart and text, checked for what they show: readable names, whole-number axes
from zero, legends clear of the bars, dates that never collide, "1 user"."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.transforms import Bbox

from bot.content import default_content
from bot.render.charts_stats import (
    chart_labels,
    stats_chart,
    stats_figure,
    stats_message,
    week_labels,
)
from bot.services.stats import Adherence, Funnel, Stats, UserStats, Week

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LABELS = chart_labels(default_content(), "en")
RAW_CODES = ("LOAD", "STRENGTH", "morning_checkin", "warmup", "checkin")


def _weeks(count: int, escalations: int = 1) -> tuple[Week, ...]:
    first = datetime(2026, 1, 12, tzinfo=UTC)
    return tuple(
        Week(first + timedelta(weeks=index), {"green": 10 + index, "amber": 4, "red": index % 3},
             escalations if index % 2 else 0, active=5 + index)
        for index in range(count)
    )  # fmt: skip


def _stats(**changes: object) -> Stats:
    values: dict[str, object] = {
        "users": UserStats(total=120, active=90, paused=20, blocked=10),
        "funnel": Funnel(created=120, consented=110, quiz_finished=95, plan_confirmed=80),
        "causes": {"LOAD": 40, "STRENGTH": 25},
        "adherence": (
            Adherence("warmup", done=30, snoozed=5, skipped=2, ignored=13),
            Adherence("morning_checkin", done=20, ignored=4, held=3),
        ),
        "weeks": _weeks(8),
    }
    values.update(changes)
    return Stats(**values)  # type: ignore[arg-type]


SMALL = _stats(
    users=UserStats(1, 1, 0, 0), funnel=Funnel(1, 1, 1, 0), causes={"LOAD": 1},
    adherence=(Adherence("checkin", done=1),), weeks=_weeks(2),
)  # fmt: skip
EMPTY = _stats(
    users=UserStats(0, 0, 0, 0), funnel=Funnel(0, 0, 0, 0), causes={}, adherence=(), weeks=()
)
CASES = {"busy": _stats(), "one runner": SMALL, "empty": EMPTY}


@pytest.fixture(scope="module", params=list(CASES), ids=list(CASES))
def drawn(request: pytest.FixtureRequest) -> Figure:
    figure = stats_figure(CASES[request.param], LABELS)
    figure.canvas.draw()
    return figure


def _counting_axes(figure: Figure) -> list[tuple[Axes, str]]:
    """Each visible panel with the direction its counts run in."""
    result = []
    for axis in figure.axes:
        if not axis.axison:
            continue
        horizontal = axis.get_title(loc="left") in (LABELS.funnel, LABELS.causes, LABELS.adherence)
        result.append((axis, "x" if horizontal else "y"))
    return result


def test_every_count_axis_has_whole_ticks_from_zero(drawn: Figure) -> None:
    for axis, direction in _counting_axes(drawn):
        low, high = axis.get_xlim() if direction == "x" else axis.get_ylim()
        ticks = axis.get_xticks() if direction == "x" else axis.get_yticks()
        shown = [tick for tick in ticks if low <= tick <= high]
        assert low == 0 and high >= 1, axis.get_title(loc="left")
        assert shown and all(float(tick).is_integer() for tick in shown), axis.get_title(loc="left")


def test_every_bar_fits_inside_its_axes(drawn: Figure) -> None:
    for axis, _direction in _counting_axes(drawn):
        box = axis.get_window_extent()
        for bar in axis.patches:
            if isinstance(bar, Rectangle) and bar.get_width() and bar.get_height():
                extent = bar.get_window_extent()
                assert box.x0 - 1 <= extent.x0 and extent.x1 <= box.x1 + 1
                assert box.y0 - 1 <= extent.y0 and extent.y1 <= box.y1 + 1


def test_no_legend_covers_a_bar_or_leaves_the_picture(drawn: Figure) -> None:
    renderer = drawn.canvas.get_renderer()  # type: ignore[attr-defined]
    legends = [axis.get_legend() for axis in drawn.axes if axis.get_legend() is not None]
    for legend in legends:
        box = legend.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= drawn.bbox.width and box.y0 >= 0
        bars = [patch.get_window_extent() for axis in drawn.axes for patch in axis.patches]
        assert not any(box.overlaps(bar) for bar in bars if bar.width and bar.height)


def _label_boxes(axis: Axes, which: str) -> list[Bbox]:
    renderer = axis.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    labels = axis.get_xticklabels() if which == "x" else axis.get_yticklabels()
    return [label.get_window_extent(renderer) for label in labels if label.get_text()]


def test_tick_labels_never_collide(drawn: Figure) -> None:
    for axis, _direction in _counting_axes(drawn):
        for which in ("x", "y"):
            boxes = _label_boxes(axis, which)
            pairs = itertools.combinations(boxes, 2)
            assert not any(first.overlaps(second) for first, second in pairs), (
                axis.get_title(loc="left"), which,
            )  # fmt: skip


def test_names_are_readable_not_codes() -> None:
    figure = stats_figure(_stats(), LABELS)
    figure.canvas.draw()
    shown = {
        label.get_text() for axis in figure.axes for label in axis.get_yticklabels()
    } | {text.get_text() for axis in figure.axes if axis.get_legend()
         for text in axis.get_legend().get_texts()}  # fmt: skip
    assert {"Too much, too soon", "Hip and thigh strength", "Warm-up", "Morning check-in"} <= shown
    assert not shown & set(RAW_CODES)
    assert "on hold" in shown and "done / answered" in shown


def test_the_funnel_shows_each_step_with_its_share() -> None:
    figure = stats_figure(_stats(), LABELS)
    funnel = next(axis for axis in figure.axes if axis.get_title(loc="left") == LABELS.funnel)
    values = [text.get_text() for text in funnel.texts]
    assert values == ["120 (100%)", "110 (92%)", "95 (79%)", "80 (67%)"]


def test_weekly_panels_show_active_runners_and_escalations() -> None:
    figure = stats_figure(_stats(), LABELS)
    titles = {axis.get_title(loc="left"): axis for axis in figure.axes}
    active = [bar.get_height() for bar in titles[LABELS.active].patches]
    assert active == [5, 6, 7, 8, 9, 10, 11, 12]
    escalations = [bar.get_height() for bar in titles[LABELS.escalations].patches]
    assert escalations == [0, 1, 0, 1, 0, 1, 0, 1]


def test_week_labels_name_the_month_only_when_it_changes() -> None:
    starts = [datetime(2026, 1, 19, tzinfo=UTC) + timedelta(weeks=index) for index in range(4)]
    assert week_labels(starts) == ["19 Jan", "26", "2 Feb", "9"]


def test_chart_is_a_png() -> None:
    assert stats_chart(_stats(), LABELS).startswith(PNG_SIGNATURE)
    assert stats_chart(EMPTY, chart_labels(default_content(), None)).startswith(PNG_SIGNATURE)


def test_text_shows_every_section_with_readable_names() -> None:
    body = stats_message(_stats(), default_content(), "en")
    assert "120 users: 90 active, 20 paused, 10 blocked" in body
    assert "120 started → 110 consented → 95 finished the quiz → 80 confirmed a plan" in body
    assert "Too much, too soon 40, Hip and thigh strength 25" in body
    assert "Warm-up: 30 / 5 / 2 / 13; 0 on hold" in body
    assert "Morning check-in: 20 / 0 / 0 / 4; 3 on hold" in body
    assert "12 Jan: 5 active runners; 10 / 4 / 0; 0" in body
    assert not any(code in body for code in RAW_CODES)


def test_one_is_singular() -> None:
    body = stats_message(SMALL, default_content(), "en")
    assert "1 user:" in body and "1 users" not in body
    assert "12 Jan: 5 active runners" in body
    one_runner = _stats(weeks=(Week(datetime(2026, 1, 12, tzinfo=UTC), {}, 0, active=1),))
    assert "1 active runner;" in stats_message(one_runner, default_content(), "en")
