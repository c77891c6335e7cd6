"""/runs' picture: distance per week from the logged runs (km or miles, converted by the
caller), in the house style.

`runs_figure` returns the Figure so tests can inspect what was drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bot.content import Content
from bot.domain.units import Units
from bot.render.locale_format import day_text, number_text
from bot.render.style import BLUE, new_figure, png_bytes
from bot.render.units import axis_label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

HEIGHT_INCHES = 3.4
KEY = "activities.chart"
BAR_WIDTH = 0.7


@dataclass(frozen=True, slots=True)
class RunsChartLabels:
    """The picture's words, from content."""

    title: str
    km_axis: str
    locale: str = "en"


def runs_chart_labels(
    content: Content, lang: str | None, units: Units = Units.KM
) -> RunsChartLabels:
    """The words for a chart whose values are in `units`."""
    return RunsChartLabels(
        title=axis_label(content, lang, f"{KEY}.title", units),
        km_axis=axis_label(content, lang, f"{KEY}.km_axis", units),
        locale=content.resolve_language(lang),
    )


def runs_picture(weeks: Sequence[tuple[date, float]], labels: RunsChartLabels) -> bytes:
    """The chart as PNG bytes."""
    return png_bytes(runs_figure(weeks, labels))


def runs_figure(weeks: Sequence[tuple[date, float]], labels: RunsChartLabels) -> Figure:
    """One bar a week (labelled with its Monday), the distance written on each bar that has
    any, whole-number ticks from zero."""
    from matplotlib.ticker import MaxNLocator

    figure = new_figure(HEIGHT_INCHES)
    axis = figure.subplots()
    places = list(range(len(weeks)))
    values = [km for _, km in weeks]
    bars = axis.bar(places, values, BAR_WIDTH, color=BLUE)
    axis.bar_label(bars, labels=[number_text(km, labels.locale) if km else "" for km in values],
                   padding=2,
                   fontsize=9.5)  # fmt: skip
    axis.set_xticks(places, [day_text(monday, labels.locale) for monday, _ in weeks])
    axis.tick_params(axis="x", labelsize=9.5)
    axis.set_ylim(0, max(1.0, *values) * 1.2)
    axis.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    axis.set_ylabel(labels.km_axis)
    axis.grid(axis="x", visible=False)
    axis.set_title(labels.title, loc="left")
    return figure
