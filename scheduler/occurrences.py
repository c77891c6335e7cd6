"""The next time a schedule is owed, in the user's zone and outside their quiet hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache

from bot.domain.rules import ReminderRules
from bot.domain.vocabulary import ReminderKind
from scheduler.planning import apply_quiet_hours, next_due

MAX_WEEKS_SEARCHED = 3
RUN_ANCHORED = frozenset({ReminderKind.WARMUP, ReminderKind.STRETCH})
"""Reminders just before and after a run at the time the runner chose: they are awake then,
so quiet hours do not move them (a 06:00 runner's 05:30 warm-up would otherwise be dropped,
a 07:00 runner's warm-up would come with the run)."""


@dataclass(frozen=True, slots=True)
class ScheduleRule:
    """A recurring reminder: kind, weekday (0 = Monday) and local wall time."""

    kind: ReminderKind
    weekday: int
    local_time: time


@dataclass(frozen=True, slots=True)
class Quiet:
    """A user's zone and quiet hours."""

    zone: str
    start: time
    end: time


def out_of_quiet_hours(
    kind: ReminderKind, due: datetime, quiet: Quiet, *, latest_useful: datetime | None
) -> datetime | None:
    """`due` moved out of the runner's quiet hours (None when moving makes it useless),
    except for the run-anchored kinds, which keep their time."""
    if kind in RUN_ANCHORED:
        return due
    return apply_quiet_hours(
        due, quiet.zone, quiet.start, quiet.end, latest_useful=latest_useful
    )


def latest_useful(rule: ScheduleRule, due: datetime, rules: ReminderRules) -> datetime:
    """When a reminder loses its point: a warm-up once the run starts, others after grace."""
    if rule.kind is ReminderKind.WARMUP:
        return due + timedelta(minutes=rules.warmup_before_run_minutes)
    return due + timedelta(minutes=rules.grace_for(rule.kind))


@lru_cache(maxsize=65_536)
def next_occurrence(
    rule: ScheduleRule, quiet: Quiet, after: datetime, rules: ReminderRules
) -> datetime | None:
    """The first due instant after `after`, moved out of quiet hours or skipped when pointless.

    Cached: runners share zones and run times, so a batch of due reminders repeats the same
    questions. Returns None only if every occurrence in the next weeks falls where it is
    useless (for example a warm-up for runs that always start in the middle of quiet hours).
    """
    cursor = after
    for _ in range(MAX_WEEKS_SEARCHED):
        due = next_due(rule.weekday, rule.local_time, quiet.zone, cursor)
        moved = out_of_quiet_hours(
            rule.kind, due, quiet, latest_useful=latest_useful(rule, due, rules)
        )
        if moved is not None and moved > after:
            return moved
        cursor = due
    return None
