"""The /history chart: every answer kind over the runner's days, runs in km, knee-status bands.

    ┌ Morning after  ■   ■        (colour: same or better / slightly / clearly worse)
    │ Walking pain       ◆
    │ Red flag               ✖
    └ No answer        ×
    ┌ pain 0–10  ●──●      ●      on green / amber / red bands     km │
    │            ▮     ▮  ▮        runs per day as pale bars (right axis)
    └ dates (never colliding) ░░ rest ░░ ▒▒ see a clinician ▒▒ shaded across both panels
      legend below the axes: only what is drawn

`history_figure` returns the matplotlib Figure so tests can inspect what was drawn; the pain
points drawn are also written into the PNG as a text chunk (`POINTS_KEY`), so an end-to-end test
can check the picture against the database.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.content import Content
from bot.domain.units import Units, from_km
from bot.render.locale_format import day_text
from bot.render.style import (
    BLUE,
    GREY,
    PURPLE,
    SOFT_INK,
    ZONE_COLOURS,
    new_figure,
    png_bytes,
)
from bot.render.units import axis_label
from bot.services.chart_data import ChartData

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.collections import PathCollection
    from matplotlib.figure import Figure

POINTS_KEY = "KneeGuard-pain-points"
DISTANCE_AXIS_KEY = "KneeGuard-distance-axis"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PAIN_LIMITS = (-0.5, 10.5)
BANDS = (("green", -0.5, 3.5), ("amber", 3.5, 5.5), ("red", 5.5, 10.5))
"""Background bands: green ≤ 3, amber 4–5, red ≥ 6 (content brief §3)."""
PAIN_DOTS = "pain-dots"
"""The gid of the after-run pain scatter (tests and `plotted_points` find it by this)."""
LINE_COLOUR = "#616161"
REST_COLOUR = "#56b4e9"
CLINICIAN_COLOUR = PURPLE
FLAG_COLOUR = "#8e0000"
MAX_DATE_TICKS = 7
EDGE_PAD = 0.012
"""Room left and right of the days, as a share of the span: the edge dots are never clipped."""
HEIGHT_INCHES = 6.2
CHART_KEY = "history.chart"
LEVELS = ("green", "amber", "red")


@dataclass(frozen=True, slots=True)
class HistoryChartLabels:
    """Plain-text axis, row and legend names, taken from content by the caller."""

    pain_axis: str
    distance_axis: str
    after_run: str
    morning_row: str
    mornings: tuple[str, str, str]
    walking: str
    flags: str
    missing: str
    runs: str
    rest: str
    see_clinician: str
    empty: str
    units: Units = Units.KM
    locale: str = "en"
    """The language dates are written in."""
    """The unit the runs are drawn in (they come in kilometres)."""


def history_chart(data: ChartData, labels: HistoryChartLabels) -> bytes:
    """Render the history as PNG bytes."""
    figure = history_figure(data, labels)
    return png_bytes(
        figure,
        {POINTS_KEY: json.dumps(plotted_points(figure)), DISTANCE_AXIS_KEY: labels.distance_axis},
    )


def history_figure(data: ChartData, labels: HistoryChartLabels) -> Figure:
    """Draw the history: an answer strip above the pain chart, runs behind, status bands across."""
    zone = ZoneInfo(data.timezone)
    figure = new_figure(HEIGHT_INCHES)
    strip, pain = figure.subplots(2, 1, sharex=True, height_ratios=(1.4, 4))
    legend: list[Artist] = []
    legend += _bands((strip, pain), data, labels)
    legend += _runs(pain, data, labels)
    legend += _pain(pain, data, labels)
    legend += _strip(strip, data, labels)
    _dates(pain, data, zone, labels.locale)
    if data.empty:
        pain.text(
            0.5, 0.5, labels.empty, transform=pain.transAxes, ha="center", va="center",
            color=SOFT_INK, wrap=True,
        )  # fmt: skip
    if legend:
        figure.legend(handles=legend, loc="outside lower center", ncols=2)
    return figure


def _dates(axis: Axes, data: ChartData, zone: ZoneInfo, locale: str) -> None:
    """Whole local days from the first to today, a little room at both ends, readable dates
    in the runner's language ("7 Dec", "7 дек.")."""
    from matplotlib.dates import AutoDateLocator, num2date
    from matplotlib.ticker import FuncFormatter

    last_day = data.end.astimezone(zone).date() + timedelta(days=1)
    end = datetime.combine(last_day, time(0), tzinfo=zone)
    pad = timedelta(days=data.days * EDGE_PAD)
    axis.set_xlim(data.start - pad, end + pad)
    locator = AutoDateLocator(tz=zone, minticks=3, maxticks=MAX_DATE_TICKS)
    axis.xaxis.set_major_locator(locator)
    axis.xaxis.set_major_formatter(
        FuncFormatter(lambda value, _: day_text(num2date(value, tz=zone).date(), locale))
    )


def _pain(axis: Axes, data: ChartData, labels: HistoryChartLabels) -> list[Artist]:
    from matplotlib.lines import Line2D

    for zone_name, low, high in BANDS:
        axis.axhspan(low, high, color=ZONE_COLOURS[zone_name], alpha=0.10, linewidth=0)
    times = [point.at for point in data.points]
    values = [point.pain for point in data.points]
    line_times, line_values = _broken_at_missing(data)
    axis.plot(line_times, line_values, color=LINE_COLOUR, linewidth=1.2, alpha=0.7, zorder=2)
    colours = [ZONE_COLOURS.get(point.zone or "", LINE_COLOUR) for point in data.points]
    dots = axis.scatter(times, values, c=colours, s=46, edgecolors="white", zorder=3)
    dots.set_gid(PAIN_DOTS)
    axis.set_ylim(*PAIN_LIMITS)
    axis.set_yticks(range(0, 11, 2))
    axis.set_ylabel(labels.pain_axis)
    axis.grid(axis="y", visible=False)
    axis.set_zorder(1)
    axis.patch.set_visible(False)
    if not data.points:
        return []
    return [
        Line2D([], [], color=LINE_COLOUR, marker="o", markerfacecolor=LINE_COLOUR,
               markeredgecolor="white", markersize=8, label=labels.after_run)
    ]  # fmt: skip


def _broken_at_missing(data: ChartData) -> tuple[list[datetime], list[float]]:
    """The pain line's points with a gap (NaN) wherever a missing check-in sits between two."""
    events = sorted(
        [(point.at, point.pain) for point in data.points]
        + [(moment, math.nan) for moment in data.missing]
    )
    return [moment for moment, _ in events], [value for _, value in events]


def _runs(axis: Axes, data: ChartData, labels: HistoryChartLabels) -> list[Artist]:
    """Each day's distance (in the labels' unit) as a pale bar on a right-hand axis, drawn
    behind the pain points."""
    if not data.runs:
        return []
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    twin = axis.twinx()
    twin.spines["right"].set_visible(True)
    heights = [from_km(bar.km, labels.units) for bar in data.runs]
    twin.bar(
        [bar.at for bar in data.runs], heights, width=0.7,
        facecolor=BLUE, alpha=0.35, edgecolor=BLUE, linewidth=1,
    )  # fmt: skip
    twin.set_ylabel(labels.distance_axis, color=BLUE)
    twin.tick_params(axis="y", colors=BLUE)
    twin.set_ylim(0, max(heights) * 1.8)
    twin.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    twin.grid(False)
    twin.set_zorder(0)
    return [Patch(facecolor=BLUE, alpha=0.35, edgecolor=BLUE, label=labels.runs)]


def _bands(axes: tuple[Axes, Axes], data: ChartData, labels: HistoryChartLabels) -> list[Artist]:
    """Rest and see-a-clinician stretches as shaded columns across both panels."""
    from matplotlib.patches import Patch

    looks = {
        "rest": (REST_COLOUR, "", labels.rest),
        "see_clinician": (CLINICIAN_COLOUR, "//", labels.see_clinician),
    }
    shown: dict[str, Artist] = {}
    for band in data.bands:
        colour, hatch, name = looks[band.status]
        for axis in axes:
            axis.axvspan(
                band.began, band.ended, facecolor=colour, alpha=0.22, hatch=hatch,
                edgecolor=colour, linewidth=0, zorder=0,
            )  # fmt: skip
        shown[band.status] = Patch(facecolor=colour, alpha=0.35, hatch=hatch, label=name)
    return [shown[status] for status in looks if status in shown]


def _strip(axis: Axes, data: ChartData, labels: HistoryChartLabels) -> list[Artist]:
    """One row each, top to bottom: morning after, walking pain, red flags, no answer."""
    rows = (labels.morning_row, labels.walking, labels.flags, labels.missing)
    height = {name: len(rows) - 1 - index for index, name in enumerate(rows)}
    handles: list[Artist] = []
    for level, name in zip(LEVELS, labels.mornings, strict=True):
        moments = [mark.at for mark in data.mornings if mark.level == level]
        if moments:
            axis.scatter(
                moments, [height[labels.morning_row]] * len(moments), marker="s", s=50,
                color=ZONE_COLOURS[level], edgecolors="white", zorder=3,
            )  # fmt: skip
            handles.append(_marker("s", ZONE_COLOURS[level], name))
    others = (
        (data.walking, labels.walking, "D", ZONE_COLOURS["red"]),
        (data.flags, labels.flags, "X", FLAG_COLOUR),
        (data.missing, labels.missing, "x", GREY),
    )
    for times, name, marker, colour in others:
        if times:
            axis.scatter(
                list(times), [height[name]] * len(times), marker=marker, s=50,
                color=colour, zorder=3,
            )  # fmt: skip
            handles.append(_marker(marker, colour, name))
    axis.set_yticks(range(len(rows)), list(reversed(rows)))
    axis.set_ylim(-0.6, len(rows) - 0.4)
    axis.grid(axis="y", visible=False)
    axis.tick_params(axis="x", labelbottom=False)
    axis.spines["left"].set_visible(False)
    axis.tick_params(axis="y", length=0)
    return handles


def _marker(marker: str, colour: str, name: str) -> Artist:
    """A legend entry: the row's marker in its colour."""
    from matplotlib.lines import Line2D

    return Line2D([], [], linestyle="none", marker=marker, color=colour, markersize=8, label=name)


def plotted_points(figure: Figure) -> list[list[object]]:
    """The pain dots as drawn: [UTC ISO time to the second, pain], oldest first."""
    from matplotlib import dates as mdates

    points = []
    for x_value, y_value in pain_dots(figure).get_offsets():
        moment = mdates.num2date(float(x_value)).astimezone(UTC)
        moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
        points.append([moment.isoformat(), float(y_value)])
    return points


def pain_dots(figure: Figure) -> PathCollection:
    """The after-run pain scatter of a history figure."""
    from matplotlib.collections import PathCollection

    for axis in figure.axes:
        for collection in axis.collections:
            if isinstance(collection, PathCollection) and collection.get_gid() == PAIN_DOTS:
                return collection
    raise LookupError("no pain dots in this figure")


def chart_labels(
    content: Content, lang: str | None, units: Units = Units.KM
) -> HistoryChartLabels:
    """The chart's words from content, distances in `units`."""

    def plain(name: str) -> str:
        return content.plain(f"{CHART_KEY}.{name}", lang)

    return HistoryChartLabels(
        pain_axis=plain("pain_axis"),
        distance_axis=axis_label(content, lang, f"{CHART_KEY}.distance_axis", units),
        after_run=plain("after_run"),
        morning_row=plain("morning_row"),
        mornings=(plain("morning_same"), plain("morning_slightly"), plain("morning_clearly")),
        walking=plain("walking"),
        flags=plain("flags"),
        missing=plain("missing"),
        runs=axis_label(content, lang, f"{CHART_KEY}.runs", units),
        rest=plain("rest"),
        see_clinician=plain("see_clinician"),
        empty=plain("empty"),
        units=units,
        locale=content.resolve_language(lang),
    )


def read_plotted_points(png: bytes) -> list[tuple[str, float]]:
    """The pain points a history PNG says it plotted (for tests and debugging)."""
    raw = json.loads(_png_text(png, POINTS_KEY))
    return [(str(moment), float(pain)) for moment, pain in raw]


def read_distance_axis(png: bytes) -> str:
    """The run axis label a history PNG was drawn with ("km run that day"), for tests."""
    return _png_text(png, DISTANCE_AXIS_KEY)


def _png_text(png: bytes, key: str) -> str:
    position = len(PNG_SIGNATURE)
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        if kind == b"tEXt" and body.startswith(key.encode() + b"\x00"):
            return body.split(b"\x00", 1)[1].decode("latin-1")
        position += 12 + length
    raise ValueError(f"no {key!r} text chunk in the PNG")
