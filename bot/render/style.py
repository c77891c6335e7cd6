"""One look for every chart the bot sends: phone-sized fonts, opaque light canvas, safe colours.

Telegram shows a photo about 360–420 points wide on a phone, in light and dark themes alike. So
every chart is drawn on an opaque white canvas (a transparent one turns black text invisible in
dark mode), 960 px wide, with fonts of at least 11 pt at 160 dpi (about 9 pt once scaled down),
and colours that stay apart for colour-blind readers (Okabe–Ito for the series; the pain zones
keep their traffic-light colours, always next to a word or a position that says the same).
"""

from __future__ import annotations

import io
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DOTS_PER_INCH = 160
WIDTH_INCHES = 6.0
CANVAS = "#ffffff"
INK = "#212121"
SOFT_INK = "#424242"
GRID = "#e0e0e0"
ZONE_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828"}
"""The traffic-light pain zones (content brief §3)."""
BLUE = "#0072b2"
ORANGE = "#e69f00"
PURPLE = "#cc79a7"
GREY = "#8a8a8a"
SERIES = (BLUE, ORANGE, "#009e73", PURPLE, "#56b4e9", "#d55e00")
"""Okabe–Ito: series colours told apart with every common colour-vision deficiency."""

STYLE: dict[Any, Any] = {
    "font.family": "DejaVu Sans",
    "font.size": 11,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 11,
    "xtick.labelsize": 10.5,
    "ytick.labelsize": 10.5,
    "legend.fontsize": 10,
    "legend.frameon": False,
    "text.color": INK,
    "axes.labelcolor": INK,
    "axes.edgecolor": SOFT_INK,
    "xtick.color": SOFT_INK,
    "ytick.color": SOFT_INK,
    "axes.facecolor": CANVAS,
    "figure.facecolor": CANVAS,
    "savefig.facecolor": CANVAS,
    "savefig.transparent": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": GRID,
    "grid.linewidth": 0.8,
}
_applied = threading.Lock()
_done: list[bool] = []


def apply_style() -> None:
    """Set the house style once per process (charts render in worker threads)."""
    with _applied:
        if _done:
            return
        import matplotlib
        from cycler import cycler

        matplotlib.rcParams.update(STYLE)
        matplotlib.rcParams["axes.prop_cycle"] = cycler(color=SERIES)
        _done.append(True)


def new_figure(height_inches: float) -> Figure:
    """A styled figure, 960 px wide, laid out so that nothing is clipped."""
    apply_style()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(
        figsize=(WIDTH_INCHES, height_inches), dpi=DOTS_PER_INCH, layout="constrained"
    )
    FigureCanvasAgg(figure)
    return figure


def png_bytes(figure: Figure, metadata: dict[str, str] | None = None) -> bytes:
    """The figure as an opaque PNG."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor=CANVAS, metadata=metadata)
    return buffer.getvalue()
