"""The weekly card's picture: km or miles per day this week beside last week, in the house style.

`card_figure` returns the Figure so tests can inspect what was drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.content import Content
from bot.domain.units import Units, from_km
from bot.domain.weekly_card import Card
from bot.render.style import BLUE, GREY, new_figure, png_bytes
from bot.render.units import axis_label, distance_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

HEIGHT_INCHES = 3.6
KEY = "weekly_card.chart"
BAR_WIDTH = 0.38


@dataclass(frozen=True, slots=True)
class CardLabels:
    """The picture's words, from content."""

    title: str
    km_axis: str
    this_week: str
    last_week: str
    days: tuple[str, ...]
    units: Units = Units.KM
    distance: Callable[[float], str] = lambda km: f"{km:g} km"
    """A total in the legend from kilometres, in `units` and the runner's language
    ("12,5 km", "5 миль")."""


def card_labels(content: Content, lang: str | None, units: Units = Units.KM) -> CardLabels:
    """The words for a card drawn in `units` (km or miles)."""

    def plain(name: str) -> str:
        return content.plain(f"{KEY}.{name}", lang)

    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return CardLabels(
        title=axis_label(content, lang, f"{KEY}.title", units),
        km_axis=axis_label(content, lang, f"{KEY}.km_axis", units),
        this_week=plain("this_week"), last_week=plain("last_week"),
        days=tuple(plain(f"days.{day}") for day in days), units=units,
        distance=lambda km: distance_text(content, lang, km, units),
    )  # fmt: skip


def card_picture(card: Card, labels: CardLabels) -> bytes:
    """The card's picture as PNG bytes."""
    return png_bytes(card_figure(card, labels))


def card_figure(card: Card, labels: CardLabels) -> Figure:
    """Distance per weekday in the labels' unit, last week pale and this week strong, with
    whole-number ticks."""
    from matplotlib.ticker import MaxNLocator

    figure = new_figure(HEIGHT_INCHES)
    axis = figure.subplots()
    places = list(range(7))
    last = [from_km(km, labels.units) for km in card.last_week.daily_km]
    this = [from_km(km, labels.units) for km in card.this_week.daily_km]

    def total(km: float) -> str:
        return labels.distance(km)

    axis.bar([place - BAR_WIDTH / 2 for place in places], last, BAR_WIDTH, color=GREY,
             alpha=0.45, label=f"{labels.last_week}: {total(card.last_week.km)}")  # fmt: skip
    axis.bar([place + BAR_WIDTH / 2 for place in places], this, BAR_WIDTH, color=BLUE,
             label=f"{labels.this_week}: {total(card.this_week.km)}")  # fmt: skip
    axis.set_xticks(places, list(labels.days))
    axis.set_ylim(0, max(1.0, *last, *this) * 1.2)
    axis.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    axis.set_ylabel(labels.km_axis)
    axis.grid(axis="x", visible=False)
    axis.set_title(labels.title, loc="left", pad=30)
    axis.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, handlelength=1,
                borderaxespad=0.2)  # fmt: skip
    return figure
