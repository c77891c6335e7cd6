"""The /stats answer: a text summary and one PNG chart in the house style.

    Onboarding funnel (started → plan set, each with its % of started)
    Top causes (readable names)
    Reminder answers per kind (done or answered / snoozed / skipped / ignored / on hold)
    Check-ins per week by zone
    Active runners per week
    Escalations per week

One full-width column: read on a phone, half-width panels squeeze their names and dates.

Every count axis has whole-number ticks from zero; legends sit above their axes, never on a bar.
`stats_figure` returns the Figure so tests can inspect what was drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.content import Content, SafeHtml, join_html
from bot.domain.vocabulary import Cause, ReminderKind
from bot.render.locale_format import day_text
from bot.render.style import (
    BLUE,
    GREY,
    PURPLE,
    SERIES,
    SOFT_INK,
    ZONE_COLOURS,
    new_figure,
    png_bytes,
)
from bot.services.stats import Adherence, Stats

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

REPORT = "admin.stats_report"
ANSWER_COLOURS = {
    "done": SERIES[2], "snoozed": SERIES[4], "skipped": SERIES[1], "ignored": SOFT_INK,
    "held": "#d0d0d0",
}  # fmt: skip
"""done or answered, snoozed, skipped, ignored, and left while runs were on hold."""
PANELS = ("funnel", "causes", "answers", "weeks", "active", "escalations")
HEIGHTS = (1.5, 1.7, 2.3, 2.0, 1.6, 1.6)
"""Relative panel heights (in inches); the figure adds room for titles and legends."""
WEEK_FORMAT = "dd MMM"
EXTRA_KINDS = ("escalation", "escalation_followup")


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Plain-text titles, legend entries and readable names, taken from content by the caller."""

    funnel: str
    causes: str
    adherence: str
    weeks: str
    active: str
    escalations: str
    empty: str
    funnel_steps: tuple[str, ...]
    answers: tuple[str, ...]
    zones: tuple[str, ...]
    kind_names: Mapping[str, str]
    cause_names: Mapping[str, str]
    locale: str = "en"
    """The language dates are written in (month names on the week axis)."""

    def kind(self, code: str) -> str:
        return self.kind_names.get(code, code.replace("_", " "))

    def cause(self, code: str) -> str:
        return self.cause_names.get(code, code.replace("_", " ").lower())


def stats_chart(stats: Stats, labels: ChartLabels) -> bytes:
    """Render the stats as PNG bytes."""
    return png_bytes(stats_figure(stats, labels))


def stats_figure(stats: Stats, labels: ChartLabels) -> Figure:
    """Draw the six panels."""
    figure = new_figure(sum(HEIGHTS) + 0.5 * len(HEIGHTS))
    axes = figure.subplot_mosaic([[name] for name in PANELS], height_ratios=HEIGHTS)
    _funnel(axes["funnel"], stats, labels)
    causes = list(stats.causes.items())[:6]
    _horizontal(axes["causes"], labels.causes, [labels.cause(code) for code, _ in causes],
                [count for _, count in causes], labels.empty)  # fmt: skip
    _answers(axes["answers"], stats.adherence, labels)
    weeks = week_labels([week.start for week in stats.weeks], labels.locale)
    _zones(axes["weeks"], stats, weeks, labels)
    _columns(axes["active"], labels.active, weeks, [week.active for week in stats.weeks], BLUE)
    _columns(axes["escalations"], labels.escalations, weeks,
             [week.escalations for week in stats.weeks], PURPLE)  # fmt: skip
    return figure


def week_labels(starts: Sequence[datetime], locale: str = "en") -> list[str]:
    """Short labels for week columns: "12 Jan", "19", "26", "2 Feb" (the month when it changes),
    month names in the language ("12 янв.")."""
    labels = []
    for index, start in enumerate(starts):
        new_month = index == 0 or start.month != starts[index - 1].month
        labels.append(day_text(start.date(), locale) if new_month else str(start.day))
    return labels


def whole_counts(axis: Axes, top: float, *, horizontal: bool = False) -> None:
    """Ticks at whole numbers from zero, with room above the largest bar for its number."""
    from matplotlib.ticker import MaxNLocator

    limit = max(1.0, top * 1.18)
    if horizontal:
        axis.set_xlim(0, limit)
        axis.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        axis.grid(axis="y", visible=False)
    else:
        axis.set_ylim(0, limit)
        axis.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        axis.grid(axis="x", visible=False)


def _nothing(axis: Axes, title: str, empty: str) -> None:
    axis.set_title(title, loc="left")
    axis.text(0.5, 0.5, empty, ha="center", va="center", transform=axis.transAxes, color=GREY)
    axis.set_axis_off()


def _funnel(axis: Axes, stats: Stats, labels: ChartLabels) -> None:
    funnel = stats.funnel
    values = [funnel.created, funnel.consented, funnel.quiz_finished, funnel.plan_confirmed]
    if not funnel.created:
        _nothing(axis, labels.funnel, labels.empty)
        return
    names = list(labels.funnel_steps)
    bars = axis.barh(names, values, color=BLUE)
    axis.invert_yaxis()
    shares = [f"{value} ({round(100 * value / funnel.created)}%)" for value in values]
    axis.bar_label(bars, shares, padding=3)
    axis.set_title(labels.funnel, loc="left")
    whole_counts(axis, max(values) * 1.35, horizontal=True)


def _horizontal(
    axis: Axes, title: str, names: Sequence[str], values: Sequence[int], empty: str
) -> None:
    if not names:
        _nothing(axis, title, empty)
        return
    bars = axis.barh(list(names), list(values), color=SERIES[0])
    axis.invert_yaxis()
    axis.bar_label(bars, padding=3)
    axis.set_title(title, loc="left")
    whole_counts(axis, max(values), horizontal=True)


def _answers(axis: Axes, rows: Sequence[Adherence], labels: ChartLabels) -> None:
    if not rows:
        _nothing(axis, labels.adherence, labels.empty)
        return
    kinds = [labels.kind(row.kind) for row in rows]
    left = [0] * len(rows)
    for (answer, colour), name in zip(ANSWER_COLOURS.items(), labels.answers, strict=True):
        values = [getattr(row, answer) for row in rows]
        axis.barh(kinds, values, left=left, color=colour, label=name)
        left = [start + value for start, value in zip(left, values, strict=True)]
    axis.invert_yaxis()
    axis.set_title(labels.adherence, loc="left", pad=48)
    axis.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, handlelength=1,
                borderaxespad=0.2)  # fmt: skip
    whole_counts(axis, max(left), horizontal=True)


def _zones(axis: Axes, stats: Stats, weeks: list[str], labels: ChartLabels) -> None:
    if not weeks:
        _nothing(axis, labels.weeks, labels.empty)
        return
    bottom = [0] * len(weeks)
    for zone, name in zip(ZONE_COLOURS, labels.zones, strict=True):
        values = [week.checkins.get(zone, 0) for week in stats.weeks]
        axis.bar(weeks, values, bottom=bottom, color=ZONE_COLOURS[zone], label=name, width=0.7)
        bottom = [start + value for start, value in zip(bottom, values, strict=True)]
    axis.set_title(labels.weeks, loc="left", pad=26)
    axis.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3, handlelength=1,
                borderaxespad=0.2)  # fmt: skip
    whole_counts(axis, max(bottom))


def _columns(axis: Axes, title: str, weeks: list[str], values: list[int], colour: str) -> None:
    if not weeks:
        _nothing(axis, title, "—")
        return
    bars = axis.bar(weeks, values, color=colour, width=0.7)
    axis.bar_label(bars, [str(value) if value else "" for value in values], padding=2)
    axis.set_title(title, loc="left")
    whole_counts(axis, max(values))


def chart_labels(content: Content, lang: str | None) -> ChartLabels:
    """The chart's words and readable names from content."""

    def plain(name: str) -> str:
        return content.plain(f"{REPORT}.{name}", lang)

    def several(*names: str) -> tuple[str, ...]:
        return tuple(plain(name) for name in names)

    kinds = [kind.value for kind in ReminderKind] + list(EXTRA_KINDS)
    return ChartLabels(
        funnel=plain("chart_funnel"),
        causes=plain("chart_causes"),
        adherence=plain("chart_adherence"),
        weeks=plain("chart_weeks"),
        active=plain("chart_active"),
        escalations=plain("chart_escalations"),
        empty=plain("chart_empty"),
        funnel_steps=several("step_started", "step_consented", "step_quiz", "step_plan"),
        answers=several(
            "answer_done", "answer_snoozed", "answer_skipped", "answer_ignored", "answer_held"
        ),
        zones=several("zone_green", "zone_amber", "zone_red"),
        kind_names={kind: plain(f"kind_names.{kind}") for kind in kinds},
        cause_names={cause.value: plain(f"cause_names.{cause.value.lower()}") for cause in Cause},
        locale=content.resolve_language(lang),
    )


def stats_message(stats: Stats, content: Content, lang: str | None) -> SafeHtml:
    """The stats as one Telegram-HTML message, with readable names and counted nouns."""
    labels = chart_labels(content, lang)
    lang_code = labels.locale

    def line(name: str, **params: object) -> SafeHtml:
        return content.text(f"{REPORT}.{name}", lang, **params)

    def counted(name: str, count: int) -> str:
        return content.plain(f"{REPORT}.{name}_count", lang, count=count)

    users, funnel = stats.users, stats.funnel
    causes = ", ".join(f"{labels.cause(cause)} {count}" for cause, count in stats.causes.items())
    lines = [
        content.text("admin.stats.heading", lang),
        line("users", total=counted("user", users.total), active=users.active,
             paused=users.paused, blocked=users.blocked),
        line("funnel", created=funnel.created, consented=funnel.consented,
             quiz_finished=funnel.quiz_finished, plan_confirmed=funnel.plan_confirmed),
        line("from_share", shared=funnel.from_share, created=funnel.created),
        line("causes", causes=causes or content.plain(f"{REPORT}.none", lang)),
        line("adherence_heading", days=stats.adherence_days),
        *(line("adherence_line", kind=labels.kind(row.kind), done=row.done, snoozed=row.snoozed,
               skipped=row.skipped, ignored=row.ignored, held=row.held)
          for row in stats.adherence),
        line("weeks_heading"),
        *(line("week_line", week=day_text(week.start.date(), lang_code, WEEK_FORMAT),
               active=counted("runner", week.active), green=week.checkins.get("green", 0),
               amber=week.checkins.get("amber", 0), red=week.checkins.get("red", 0),
               escalations=week.escalations) for week in stats.weeks),
    ]  # fmt: skip
    return join_html(lines)
