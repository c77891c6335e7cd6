"""Rules about single runs: when two records are the same run, and when a run is a spike."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

SAME_START = timedelta(minutes=5)
"""Two records of one run (watch file, app export, typed) start within a few minutes."""
SAME_DISTANCE_SHARE = 0.03
"""...and their distances differ by at most 3 % (devices smooth GPS differently)."""

SPIKE_WINDOW = timedelta(days=30)
SPIKE_SHARE = 0.10
"""A run more than 10 % longer than the longest of the 30 days before it: overuse-injury rate
HRR 1.64 in 5,205 Garmin-tracked runners (Frandsen 2025 BJSM 59:1203)."""
BIG_SPIKE_SHARE = 1.00
"""More than 100 % longer (over double): HRR 2.28 in the same study."""


class Spike(StrEnum):
    """How a run compares with the longest run of the 30 days before it."""

    NONE = "none"
    SPIKE = "spike"
    BIG = "big"


def is_same_run(
    start: datetime, distance_m: float, other_start: datetime, other_distance_m: float
) -> bool:
    """Whether two records describe one run: starts within 5 min, distances within 3 %."""
    if abs(start - other_start) > SAME_START:
        return False
    longer = max(distance_m, other_distance_m)
    return abs(distance_m - other_distance_m) <= SAME_DISTANCE_SHARE * longer


def spike(distance_m: float, earlier_distances_m: Iterable[float]) -> Spike:
    """The run against the longest of the earlier runs in its 30-day window (none: no spike).

    Without any earlier run there is nothing to compare with, so no warning is given.
    """
    longest = max(earlier_distances_m, default=0.0)
    if longest <= 0:
        return Spike.NONE
    if distance_m > longest * (1 + BIG_SPIKE_SHARE):
        return Spike.BIG
    if distance_m > longest * (1 + SPIKE_SHARE):
        return Spike.SPIKE
    return Spike.NONE


def weekly_totals(
    runs: Iterable[tuple[datetime, float]], zone: tzinfo, today: date, weeks: int
) -> list[tuple[date, float]]:
    """Kilometres per local week (Monday first) for the `weeks` weeks up to today's, oldest
    first; weeks without a run are 0."""
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=back) for back in reversed(range(weeks))]
    totals = dict.fromkeys(mondays, 0.0)
    for started_at, distance_m in runs:
        local = started_at.astimezone(zone).date()
        monday = local - timedelta(days=local.weekday())
        if monday in totals:
            totals[monday] += distance_m / 1000
    return [(monday, round(km, 1)) for monday, km in totals.items()]
