"""The /stats answer: a text summary and one PNG chart of users, funnel, causes and trends."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.content import Content, SafeHtml, join_html
from bot.services.stats import Stats

if TYPE_CHECKING:
    from matplotlib.axes import Axes

REPORT = "admin.stats_report"

ZONE_COLOURS = {"green": "#2e7d32", "amber": "#f9a825", "red": "#c62828"}
ANSWER_COLOURS = {
    "done": "#2e7d32", "snoozed": "#1565c0", "skipped": "#f9a825", "ignored": "#9e9e9e",
}  # fmt: skip
DOTS_PER_INCH = 100


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Plain-text titles and legend entries, taken from content by the caller."""

    users: str
    funnel: str
    causes: str
    adherence: str
    weeks: str
    escalations: str
    user_states: tuple[str, ...]
    funnel_steps: tuple[str, ...]
    answers: tuple[str, ...]
    zones: tuple[str, ...]


def stats_chart(stats: Stats, labels: ChartLabels) -> bytes:
    """Render the stats as a 2×3 grid of bar charts; returns PNG bytes."""
    # matplotlib is imported on first use: it is most of the bot's start-up time and memory.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(15, 9), dpi=DOTS_PER_INCH, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(2, 3)
    users, funnel = stats.users, stats.funnel
    user_values = [users.total, users.active, users.paused, users.blocked]
    funnel_values = [funnel.created, funnel.consented, funnel.quiz_finished, funnel.plan_confirmed]
    _bars(axes[0][0], labels.users, labels.user_states, user_values)
    _bars(axes[0][1], labels.funnel, labels.funnel_steps, funnel_values)
    _bars(axes[0][2], labels.causes, tuple(stats.causes), list(stats.causes.values()))
    _adherence(axes[1][0], stats, labels)
    _weeks(axes[1][1], stats, labels)
    weeks = [week.start.strftime("%d %b") for week in stats.weeks]
    _bars(axes[1][2], labels.escalations, tuple(weeks), [week.escalations for week in stats.weeks])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _bars(axis: Axes, title: str, names: tuple[str, ...], values: list[int]) -> None:
    axis.set_title(title)
    if not names:
        axis.text(0.5, 0.5, "—", ha="center", va="center", transform=axis.transAxes)
        axis.set_axis_off()
        return
    bars = axis.bar(list(names), values, color="#1565c0")
    axis.bar_label(bars)
    axis.tick_params(axis="x", labelrotation=30)


def _adherence(axis: Axes, stats: Stats, labels: ChartLabels) -> None:
    axis.set_title(labels.adherence)
    kinds = [row.kind for row in stats.adherence]
    left = [0] * len(kinds)
    for answer, name in zip(ANSWER_COLOURS, labels.answers, strict=True):
        values = [getattr(row, answer) for row in stats.adherence]
        axis.barh(kinds, values, left=left, color=ANSWER_COLOURS[answer], label=name)
        left = [start + value for start, value in zip(left, values, strict=True)]
    if kinds:
        axis.legend(loc="lower right", fontsize="small")


def _weeks(axis: Axes, stats: Stats, labels: ChartLabels) -> None:
    axis.set_title(labels.weeks)
    weeks = [week.start.strftime("%d %b") for week in stats.weeks]
    bottom = [0] * len(weeks)
    for zone, name in zip(ZONE_COLOURS, labels.zones, strict=True):
        values = [week.checkins.get(zone, 0) for week in stats.weeks]
        axis.bar(weeks, values, bottom=bottom, color=ZONE_COLOURS[zone], label=name)
        bottom = [start + value for start, value in zip(bottom, values, strict=True)]
    axis.legend(loc="upper left", fontsize="small")
    axis.tick_params(axis="x", labelrotation=30)


def chart_labels(content: Content, lang: str | None) -> ChartLabels:
    """The chart's words from content."""

    def plain(name: str) -> str:
        return content.plain(f"{REPORT}.{name}", lang)

    def several(*names: str) -> tuple[str, ...]:
        return tuple(plain(name) for name in names)

    return ChartLabels(
        users=plain("chart_users"),
        funnel=plain("chart_funnel"),
        causes=plain("chart_causes"),
        adherence=plain("chart_adherence"),
        weeks=plain("chart_weeks"),
        escalations=plain("chart_escalations"),
        user_states=several("state_total", "state_active", "state_paused", "state_blocked"),
        funnel_steps=several("step_started", "step_consented", "step_quiz", "step_plan"),
        answers=several("answer_done", "answer_snoozed", "answer_skipped", "answer_ignored"),
        zones=several("zone_green", "zone_amber", "zone_red"),
    )


def stats_message(stats: Stats, content: Content, lang: str | None) -> SafeHtml:
    """The stats as one Telegram-HTML message."""

    def line(name: str, **params: object) -> SafeHtml:
        return content.text(f"{REPORT}.{name}", lang, **params)

    users, funnel = stats.users, stats.funnel
    causes = ", ".join(f"{cause} {count}" for cause, count in stats.causes.items())
    lines = [
        content.text("admin.stats.heading", lang),
        line("users", total=users.total, active=users.active, paused=users.paused,
             blocked=users.blocked),
        line("funnel", created=funnel.created, consented=funnel.consented,
             quiz_finished=funnel.quiz_finished, plan_confirmed=funnel.plan_confirmed),
        line("causes", causes=causes or content.plain(f"{REPORT}.none", lang)),
        line("adherence_heading", days=stats.adherence_days),
        *(line("adherence_line", kind=row.kind, done=row.done, snoozed=row.snoozed,
               skipped=row.skipped, ignored=row.ignored) for row in stats.adherence),
        line("weeks_heading"),
        *(line("week_line", week=week.start.strftime("%d %b"), green=week.checkins.get("green", 0),
               amber=week.checkins.get("amber", 0), red=week.checkins.get("red", 0),
               escalations=week.escalations) for week in stats.weeks),
    ]  # fmt: skip
    return join_html(lines)
