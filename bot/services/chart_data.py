"""What the /history chart shows: every kind of answer, runs in km and the knee-status bands.

Pure: rows in, frozen values out, `now` passed in.

Span rule: the chart starts at the runner's first data point (a check-in or a run), but covers
at least `MIN_DAYS` and at most the chosen window (4 or 12 weeks), in whole local days ending
today, so a 5-day-old account fills the chart instead of a quarter of it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.domain.knee_status import KneeStatus
from bot.domain.vocabulary import MorningTrend, PainBand
from bot.storage import checkins as checkin_store
from bot.storage.models import Checkin, KneeStatusChange, Run

WALKING = "walking"
RED_FLAG = "red_flag"
MORNING = "morning_checkin"
MIN_DAYS = 7
WINDOWS = (28, 84)
"""The two spans the runner can choose: 4 weeks (the default) and 12 weeks."""
DEFAULT_WINDOW = WINDOWS[0]
LONGEST_WINDOW = WINDOWS[-1]
PAIN_MIDPOINTS: dict[str, float] = {band.value: (band.low + band.high) / 2 for band in PainBand}
"""A band is plotted at its middle: 0, 2, 4.5, 6.5, 9."""
MORNING_LEVELS = {
    MorningTrend.SAME_OR_BETTER.value: "green",
    MorningTrend.SLIGHTLY_WORSE.value: "amber",
    MorningTrend.CLEARLY_WORSE.value: "red",
}
"""The morning answer on the traffic-light scale (brief §3: clearly worse counts as red)."""
BAND_STATUSES = (KneeStatus.REST, KneeStatus.SEE_CLINICIAN)
"""Knee statuses drawn as shaded bands: runs were on hold then."""


@dataclass(frozen=True, slots=True)
class PainPoint:
    """One answered after-run check-in with a pain band, plotted at the moment it was asked."""

    checkin_id: int
    at: datetime
    pain: float
    zone: str | None


@dataclass(frozen=True, slots=True)
class MorningMark:
    """A morning-after answer: how the knee felt compared with before, as a zone colour."""

    at: datetime
    level: str


@dataclass(frozen=True, slots=True)
class RunBar:
    """The km run on one local day, drawn at that day's noon."""

    day: date
    at: datetime
    km: float


@dataclass(frozen=True, slots=True)
class StatusBand:
    """A stretch of rest or see-a-clinician, clipped to the chart."""

    status: str
    began: datetime
    ended: datetime


@dataclass(frozen=True, slots=True)
class ChartData:
    """What the history chart shows; missing check-ins have no pain value at all."""

    start: datetime
    end: datetime
    timezone: str
    days: int
    window: int
    points: tuple[PainPoint, ...]
    mornings: tuple[MorningMark, ...]
    walking: tuple[datetime, ...]
    flags: tuple[datetime, ...]
    missing: tuple[datetime, ...]
    runs: tuple[RunBar, ...]
    bands: tuple[StatusBand, ...]
    has_older: bool
    """Whether data older than the shortest window exists (the 12-week button is worth it)."""

    @property
    def empty(self) -> bool:
        return not (self.points or self.mornings or self.walking or self.flags or self.runs)


def pain_value(band: str) -> float:
    """The plotted value of a pain band: its middle on the 0–10 scale."""
    return PAIN_MIDPOINTS[band]


def span_days(first: datetime | None, now: datetime, timezone: str, window: int) -> int:
    """Local days shown: from the first data point's day to today, within [MIN_DAYS, window]."""
    if first is None:
        return MIN_DAYS
    zone = ZoneInfo(timezone)
    days = (now.astimezone(zone).date() - first.astimezone(zone).date()).days + 1
    return max(MIN_DAYS, min(window, days))


def first_moment(checkins: Iterable[Checkin], runs: Iterable[Run]) -> datetime | None:
    """The runner's first check-in (asked) or run (started)."""
    moments = [row.asked_at for row in checkins] + [run.started_at for run in runs]
    return min(moments, default=None)


def status_bands(
    changes: Sequence[KneeStatusChange], start: datetime, end: datetime
) -> tuple[StatusBand, ...]:
    """Rest and see-a-clinician stretches overlapping [start, end], clipped to it."""
    ordered = sorted(changes, key=lambda row: (row.at, row.id or 0))
    bands: list[StatusBand] = []
    for index, change in enumerate(ordered):
        if change.status not in BAND_STATUSES:
            continue
        ended = ordered[index + 1].at if index + 1 < len(ordered) else end
        began, ended = max(change.at, start), min(ended, end)
        if began >= ended:
            continue
        if bands and bands[-1].status == change.status and bands[-1].ended == began:
            bands[-1] = StatusBand(change.status, bands[-1].began, ended)  # a repeated status
        else:
            bands.append(StatusBand(change.status, began, ended))
    return tuple(bands)


def run_bars(runs: Iterable[Run], start: datetime, end: datetime, zone: ZoneInfo) -> tuple[
    RunBar, ...
]:
    """One bar per local day with runs: the day's km (runs are plotted at noon)."""
    per_day: dict[date, float] = {}
    for run in runs:
        if start <= run.started_at <= end:
            day = run.started_at.astimezone(zone).date()
            per_day[day] = per_day.get(day, 0.0) + run.distance_m / 1000
    return tuple(
        RunBar(day, datetime.combine(day, time(12), tzinfo=zone), round(km, 1))
        for day, km in sorted(per_day.items())
        if not math.isclose(km, 0.0)
    )


def chart_data(
    checkins: Iterable[Checkin], runs: Iterable[Run], changes: Sequence[KneeStatusChange],
    now: datetime, timezone: str, window: int = DEFAULT_WINDOW,
) -> ChartData:  # fmt: skip
    """Every answer kind, the day's km and the status bands from the first data point on."""
    zone = ZoneInfo(timezone)
    checkins, runs = list(checkins), list(runs)
    first = first_moment(checkins, runs)
    days = span_days(first, now, timezone, window)
    today = now.astimezone(zone).date()
    start = datetime.combine(today - timedelta(days=days - 1), time(0), tzinfo=zone)
    rows = sorted(
        (row for row in checkins if start <= row.asked_at <= now),
        key=lambda row: (row.asked_at, row.id),
    )
    answered = [row for row in rows if row.status == checkin_store.ANSWERED]
    points = tuple(
        PainPoint(row.id, row.asked_at, pain_value(row.pain), row.zone)
        for row in answered
        if row.pain is not None and row.kind not in (WALKING, RED_FLAG)
    )
    mornings = tuple(
        MorningMark(row.asked_at, MORNING_LEVELS[row.trend])
        for row in answered
        if row.trend in MORNING_LEVELS
    )
    walking = tuple(row.asked_at for row in answered if row.kind == WALKING)
    flags = tuple(row.asked_at for row in answered if row.red_flag or row.kind == RED_FLAG)
    missing = tuple(row.asked_at for row in rows if row.status == checkin_store.MISSING)
    older = first is not None and first < now - timedelta(days=DEFAULT_WINDOW)
    return ChartData(
        start=start, end=now, timezone=timezone, days=days, window=window, points=points,
        mornings=mornings, walking=walking, flags=flags, missing=missing,
        runs=run_bars(runs, start, now, zone), bands=status_bands(changes, start, now),
        has_older=older,
    )  # fmt: skip
