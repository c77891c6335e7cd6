"""The /history chart: pain per check-in on the traffic-light bands, events above, km behind.

The pain points actually drawn are read back from the plot and written into the PNG as a text
chunk (`POINTS_KEY`), so a test can check the picture against the database.
"""

from __future__ import annotations

import io
import json
import math
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.content import Content
from bot.render.charts_stats import DOTS_PER_INCH, ZONE_COLOURS
from bot.services.history import ChartData

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.collections import PathCollection

POINTS_KEY = "KneeGuard-pain-points"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PAIN_LIMITS = (-0.5, 10.5)
BANDS = (("green", -0.5, 3.5), ("amber", 3.5, 5.5), ("red", 5.5, 10.5))
"""Background bands: green ≤ 3, amber 4–5, red ≥ 6 (content brief §3)."""
LINE_COLOUR = "#424242"
RUN_COLOUR = "#1565c0"
MISSING_COLOUR = "#9e9e9e"
DISTANCE_COLOUR = "#5c8dbf"
CHART_KEY = "history.chart"


@dataclass(frozen=True, slots=True)
class HistoryChartLabels:
    """Plain-text axis and row names, taken from content by the caller."""

    pain_axis: str
    distance_axis: str
    runs: str
    missing: str
    flags: str


def history_chart(data: ChartData, labels: HistoryChartLabels) -> bytes:
    """Render the history as PNG bytes: an event strip above the pain chart."""
    zone = ZoneInfo(data.timezone)
    # matplotlib is imported on first use: it is most of the bot's start-up time and memory.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, DateFormatter
    from matplotlib.figure import Figure

    figure = Figure(figsize=(9, 5), dpi=DOTS_PER_INCH, layout="constrained")
    FigureCanvasAgg(figure)
    events, pain = figure.subplots(2, 1, sharex=True, height_ratios=(1, 4))
    _events(events, data, labels)
    _distance(pain, data, labels, zone)
    dots = _pain(pain, data, labels)
    pain.set_xlim(data.start, data.end)
    locator = AutoDateLocator(tz=zone, maxticks=8)
    pain.xaxis.set_major_locator(locator)
    pain.xaxis.set_major_formatter(DateFormatter("%d %b", tz=zone))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={POINTS_KEY: json.dumps(plotted_points(dots))})
    return buffer.getvalue()


def plotted_points(dots: PathCollection) -> list[list[object]]:
    """The pain dots as drawn: [UTC ISO time to the second, pain], oldest first."""
    from matplotlib import dates as mdates

    points = []
    for x_value, y_value in dots.get_offsets():
        moment = mdates.num2date(float(x_value)).astimezone(UTC)
        moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
        points.append([moment.isoformat(), float(y_value)])
    return points


def _pain(axis: Axes, data: ChartData, labels: HistoryChartLabels) -> PathCollection:
    for zone_name, low, high in BANDS:
        axis.axhspan(low, high, color=ZONE_COLOURS[zone_name], alpha=0.12, linewidth=0)
    for moment in data.missing:
        axis.axvline(moment, color=MISSING_COLOUR, linestyle=":", linewidth=1)
    times = [point.at for point in data.points]
    values = [point.pain for point in data.points]
    line_times, line_values = _broken_at_missing(data)
    axis.plot(line_times, line_values, color=LINE_COLOUR, linewidth=1, alpha=0.6, zorder=2)
    colours = [ZONE_COLOURS.get(point.zone or "", LINE_COLOUR) for point in data.points]
    dots = axis.scatter(times, values, c=colours, s=36, edgecolors="white", zorder=3)
    axis.set_ylim(*PAIN_LIMITS)
    axis.set_yticks(range(0, 11, 2))
    axis.set_ylabel(labels.pain_axis)
    axis.set_zorder(1)
    axis.patch.set_visible(False)
    return dots


def _broken_at_missing(data: ChartData) -> tuple[list[datetime], list[float]]:
    """The pain line's points with a gap (NaN) wherever a missing check-in sits between two."""
    events = sorted(
        [(point.at, point.pain) for point in data.points]
        + [(moment, math.nan) for moment in data.missing]
    )
    return [moment for moment, _ in events], [value for _, value in events]


def _distance(axis: Axes, data: ChartData, labels: HistoryChartLabels, zone: ZoneInfo) -> None:
    """Weekly km as wide pale bars on a right-hand axis, drawn behind the pain points."""
    if not data.weekly_km:
        return
    twin = axis.twinx()
    starts = [datetime.combine(week, time(0), tzinfo=zone) for week, _km in data.weekly_km]
    kilometres = [km for _week, km in data.weekly_km]
    bars = twin.bar(
        starts, kilometres, width=7, align="edge", facecolor=DISTANCE_COLOUR, alpha=0.15,
        edgecolor=DISTANCE_COLOUR, linewidth=1.5,
    )  # fmt: skip
    twin.bar_label(bars, fmt="%g km", color=DISTANCE_COLOUR, fontsize="small")
    twin.set_ylabel(labels.distance_axis, color=DISTANCE_COLOUR)
    twin.set_ylim(0, max(kilometres) * 2.2 or 1)
    twin.set_zorder(0)


def _events(axis: Axes, data: ChartData, labels: HistoryChartLabels) -> None:
    """One row each: planned runs, missing check-ins (never on the pain scale), red flags."""
    rows = (
        (data.runs, labels.runs, "^", RUN_COLOUR),
        (data.missing, labels.missing, "x", MISSING_COLOUR),
        (data.flags, labels.flags, "X", ZONE_COLOURS["red"]),
    )
    for height, (moments, _name, marker, colour) in enumerate(reversed(rows)):
        if moments:
            axis.scatter(list(moments), [height] * len(moments), marker=marker, color=colour)
    axis.set_yticks(range(len(rows)), [name for _m, name, _k, _c in reversed(rows)])
    axis.set_ylim(-0.6, len(rows) - 0.4)
    axis.grid(axis="x", color="#eeeeee")
    axis.tick_params(axis="x", labelbottom=False)


def chart_labels(content: Content, lang: str | None) -> HistoryChartLabels:
    """The chart's words from content."""

    def plain(name: str) -> str:
        return content.plain(f"{CHART_KEY}.{name}", lang)

    return HistoryChartLabels(
        pain_axis=plain("pain_axis"),
        distance_axis=plain("distance_axis"),
        runs=plain("runs"),
        missing=plain("missing"),
        flags=plain("flags"),
    )


def read_plotted_points(png: bytes) -> list[tuple[str, float]]:
    """The pain points a history PNG says it plotted (for tests and debugging)."""
    position = len(PNG_SIGNATURE)
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        if kind == b"tEXt" and body.startswith(POINTS_KEY.encode() + b"\x00"):
            raw = json.loads(body.split(b"\x00", 1)[1].decode("latin-1"))
            return [(str(moment), float(pain)) for moment, pain in raw]
        position += 12 + length
    raise ValueError(f"no {POINTS_KEY!r} text chunk in the PNG")
