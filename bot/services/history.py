"""The /history figures: chart data, adherence and a streak that spares rest days and pauses.

Everything but `load` is pure: rows in, frozen values out, `now` passed in.

Streak rule: walk back over local days from today. A day is *planned* when a reminder that asks
for training (warm-up, stretch, strength) or a check-in poll reached the runner. A planned day is
*kept* when the runner pressed Done on any reminder or answered a check-in asked that day.
Days without a planned reminder (rest days), days whose reminders were held back by a pause (the
dispatcher marks them `skipped`, so nothing was sent), days in REST training mode, today (still
open) and days with a check-in still waiting for its answer are *neutral*: they neither count nor
break the streak. Only a planned, unkept day breaks it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.vocabulary import ReminderKind
from bot.services.chart_data import (
    DEFAULT_WINDOW,
    LONGEST_WINDOW,
    PAIN_MIDPOINTS,
    ChartData,
    PainPoint,
    chart_data,
    pain_value,
)
from bot.services.knee import HISTORY_WINDOW
from bot.storage import checkins as checkin_store
from bot.storage import deliveries as delivery_store
from bot.storage import knee_statuses
from bot.storage import runs as run_store
from bot.storage.models import Checkin, Delivery, KneeStatusChange, Run, User

__all__ = ["PAIN_MIDPOINTS", "ChartData", "PainPoint", "chart_data", "pain_value"]

WINDOW_DAYS = DEFAULT_WINDOW
"""The longest period the adherence figures cover (the chart's default window)."""
STREAK_LOOKBACK_DAYS = 56
"""How far back the streak is counted."""
BUTTON_KINDS = (ReminderKind.WARMUP, ReminderKind.STRETCH, ReminderKind.STRENGTH, ReminderKind.REST)
"""Reminders that carry Done / Skip buttons: the ones adherence is measured on."""
PLANNING_KINDS = frozenset(
    {
        ReminderKind.WARMUP, ReminderKind.STRETCH, ReminderKind.STRENGTH,
        ReminderKind.CHECKIN, ReminderKind.MORNING_CHECKIN,
    }
)  # fmt: skip
"""Reminders that make a day a planned training day (rest-day reminders do not)."""
HOLD_STATUSES = frozenset({"rest", "see_clinician"})
"""Knee statuses in which runs are on hold: nothing then counts as a missed habit."""


@dataclass(frozen=True, slots=True)
class KindAdherence:
    """Reminders of one kind sent in the period, and how many were answered Done."""

    kind: str
    sent: int
    done: int


@dataclass(frozen=True, slots=True)
class Adherence:
    """Done versus sent per reminder kind, and check-ins answered versus asked."""

    kinds: tuple[KindAdherence, ...]
    checkins_answered: int
    checkins_asked: int

    @property
    def sent(self) -> int:
        return sum(kind.sent for kind in self.kinds)

    @property
    def done(self) -> int:
        return sum(kind.done for kind in self.kinds)


class DayStatus(StrEnum):
    """How one local day counts for the streak."""

    KEPT = "kept"
    BROKEN = "broken"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class History:
    """Everything /history shows."""

    chart: ChartData
    adherence: Adherence
    streak: int
    has_data: bool
    """Whether there is anything to chart: a check-in (answered or not) or a run."""


def _local(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def _in_window(moment: datetime | None, start: datetime, end: datetime) -> bool:
    return moment is not None and start <= moment <= end


def adherence(
    checkins: Iterable[Checkin], sent: Iterable[Delivery], now: datetime, days: int = WINDOW_DAYS,
    hold: Iterable[tuple[datetime, datetime]] = (),
) -> Adherence:  # fmt: skip
    """Done / sent for reminders with buttons; answered / (answered + missing) for check-ins.
    Reminders while runs were on hold (rest notes) are never counted as missed habits."""
    start = now - timedelta(days=days)
    spans = tuple(hold)
    tallies = {kind.value: [0, 0] for kind in BUTTON_KINDS}
    for row in sent:
        counted = row.kind in tallies and row.state == delivery_store.SENT
        counted = counted and not _held(row.due_at, spans)
        if counted and _in_window(row.due_at, start, now):
            tallies[row.kind][0] += 1
            tallies[row.kind][1] += row.response == "done"
    closed = [
        row
        for row in checkins
        if _in_window(row.asked_at, start, now)
        and row.status in (checkin_store.ANSWERED, checkin_store.MISSING)
    ]
    answered = sum(row.status == checkin_store.ANSWERED for row in closed)
    kinds = tuple(KindAdherence(kind, sent, done) for kind, (sent, done) in tallies.items() if sent)
    return Adherence(kinds, answered, len(closed))


def hold_spans(
    changes: Sequence[KneeStatusChange], now: datetime
) -> tuple[tuple[datetime, datetime], ...]:
    """When runs were on hold (knee status rest or see a clinician), as [from, to)."""
    spans: list[tuple[datetime, datetime]] = []
    began: datetime | None = None
    for change in sorted(changes, key=lambda row: (row.at, row.id or 0)):
        holding = change.status in HOLD_STATUSES
        if holding and began is None:
            began = change.at
        elif not holding and began is not None:
            spans.append((began, change.at))
            began = None
    if began is not None:
        spans.append((began, now))
    return tuple(spans)


def _held(moment: datetime, spans: Iterable[tuple[datetime, datetime]]) -> bool:
    return any(began <= moment < ended for began, ended in spans)


def _days_touched(spans: Iterable[tuple[datetime, datetime]], zone: ZoneInfo) -> set[date]:
    touched: set[date] = set()
    for began, ended in spans:
        day, last = _local(began, zone), _local(ended, zone)
        while day <= last:
            touched.add(day)
            day += timedelta(days=1)
    return touched


def day_statuses(
    checkins: Sequence[Checkin], sent: Iterable[Delivery], now: datetime, timezone: str,
    rest_spans: Iterable[tuple[datetime, datetime]] = (), days: int = STREAK_LOOKBACK_DAYS,
) -> dict[date, DayStatus]:  # fmt: skip
    """How each local day of the lookback counts for the streak (see the module docstring)."""
    zone = ZoneInfo(timezone)
    today = _local(now, zone)
    planned: set[date] = set()
    kept: set[date] = set()
    waiting: set[date] = set()
    for row in sent:
        day = _local(row.due_at, zone)
        if row.state == delivery_store.SENT and row.kind in PLANNING_KINDS:
            planned.add(day)
        if row.response == "done":
            kept.add(day)
    for row in checkins:
        day = _local(row.asked_at, zone)
        if row.status == checkin_store.ANSWERED:
            kept.add(day)
        elif row.status == checkin_store.OPEN:
            waiting.add(day)
    resting = _days_touched(rest_spans, zone)
    statuses: dict[date, DayStatus] = {}
    for back in range(days):
        day = today - timedelta(days=back)
        if day not in planned:
            statuses[day] = DayStatus.NEUTRAL
        elif day in kept:
            statuses[day] = DayStatus.KEPT
        elif day == today or day in waiting or day in resting:
            statuses[day] = DayStatus.NEUTRAL
        else:
            statuses[day] = DayStatus.BROKEN
    return statuses


def streak(statuses: dict[date, DayStatus]) -> int:
    """Kept planned days in a row, newest first; neutral days are stepped over."""
    count = 0
    for day in sorted(statuses, reverse=True):
        if statuses[day] is DayStatus.BROKEN:
            break
        count += statuses[day] is DayStatus.KEPT
    return count


def build(
    checkins: Sequence[Checkin], sent: Sequence[Delivery], runs: Sequence[Run],
    now: datetime, timezone: str, changes: Sequence[KneeStatusChange] = (),
    window: int = DEFAULT_WINDOW,
) -> History:  # fmt: skip
    """All /history figures from the runner's rows; the figures cover the chart's days."""
    chart = chart_data(checkins, runs, changes, now, timezone, window)
    spans = hold_spans(changes, now)
    statuses = day_statuses(checkins, sent, now, timezone, spans)
    return History(
        chart=chart,
        adherence=adherence(checkins, sent, now, days=chart.days, hold=spans),
        streak=streak(statuses),
        has_data=not chart.empty or bool(chart.missing),
    )


async def load(
    session: AsyncSession, user: User, now: datetime, window: int = DEFAULT_WINDOW
) -> History:
    """Read the runner's rows (12 weeks, or the streak's reach if longer) and build the history."""
    # Reaches back one pain-history window further, so a rest episode begun before shows.
    streak_reach = timedelta(days=STREAK_LOOKBACK_DAYS) + HISTORY_WINDOW
    since = now - max(streak_reach, timedelta(days=LONGEST_WINDOW + 1))
    checkins = await checkin_store.answered_since(session, user.id, since)
    sent = await delivery_store.for_user_since(session, user.id, since)
    runs = await run_store.started_between(session, user.id, since, now)
    changes = await knee_statuses.changes_since(session, user.id)
    return build(checkins, sent, runs, now, user.timezone or "UTC", changes, window)
