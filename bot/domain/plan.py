"""The weekly plan: which reminders fall on which weekday at which local time.

Placement rules (weekday 0 = Monday … 6 = Sunday, times are the runner's local times):
- every run day: warm-up (run − 30 min, wrapping to the previous day before midnight), stretch
  at the run's end, a check-in 2 h after the run ends, and a check-in the next morning;
- strength twice a week for every plan (content brief §2, §4; Lauersen 2014). Days are chosen,
  in this order of preference: not consecutive (48 h to recover), not run days, spread out,
  earliest. So when rest days are too few, strength goes after a run (at the stretch time)
  rather than on two days in a row, and `strength_fallback` says so;
- a rest-day reminder on every day without a run or strength;
- the weekly distance check-in and the shoe check at their fixed slots.
Quiet hours: warm-up and stretch follow the runner's own run time and are kept; strength and
rest reminders move to the end of quiet hours; an after-run check-in moves to just before quiet
hours when that is still after the run, otherwise it is dropped (the morning check-in covers it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from itertools import combinations

from bot.domain.knee_status import KneeStatus, may_send
from bot.domain.quiz import QuizResult
from bot.domain.rules import ReminderRules, Rules
from bot.domain.vocabulary import Cause, ReminderKind

WEEKDAYS = range(7)
STRENGTH_SESSIONS = 2
"""Strength twice a week for everyone, whatever the causes (content brief §4)."""
REST_DAYS_NEEDED = 1
REST_DAYS_NEEDED_NEW_RUNNER = 2
"""Days without a run a week below which the plan summary warns (content brief §4)."""
KIND_ORDER = {kind: position for position, kind in enumerate(ReminderKind)}
_MONDAY = datetime(2024, 1, 1)  # any Monday: a fixed origin for weekday arithmetic


@dataclass(frozen=True)
class PlannedReminder:
    """One weekly reminder; for_run_on names the run day it belongs to, if any."""

    kind: ReminderKind
    weekday: int
    local_time: time
    for_run_on: int | None = None

    @property
    def sort_key(self) -> tuple[int, time, int]:
        """Week order: day, then time, then kind."""
        return self.weekday, self.local_time, KIND_ORDER[self.kind]


@dataclass(frozen=True)
class PlanDay:
    """One row of the week table, ready for rendering."""

    weekday: int
    is_run_day: bool
    is_strength_day: bool
    is_rest_day: bool
    reminders: tuple[PlannedReminder, ...]


@dataclass(frozen=True)
class Plan:
    """A runner's weekly plan: the reminders and the choices behind them."""

    reminders: tuple[PlannedReminder, ...]
    running_days: frozenset[int]
    strength_days: frozenset[int]
    run_time: time
    focus: tuple[Cause, Cause]
    weekly_km: float | None
    strength_fallback: bool = False

    @property
    def rest_days(self) -> frozenset[int]:
        """Days with neither a run nor strength."""
        return frozenset(WEEKDAYS) - self.running_days - self.strength_days

    def on(self, weekday: int) -> tuple[PlannedReminder, ...]:
        """The reminders of one weekday, in time order."""
        return tuple(item for item in self.reminders if item.weekday == weekday)

    def week_table(self) -> tuple[PlanDay, ...]:
        """Seven rows, Monday first, for the plan summary."""
        return tuple(
            PlanDay(
                weekday=day,
                is_run_day=day in self.running_days,
                is_strength_day=day in self.strength_days,
                is_rest_day=day in self.rest_days,
                reminders=self.on(day),
            )
            for day in WEEKDAYS
        )


def shift(weekday: int, moment: time, minutes: int) -> tuple[int, time]:
    """Move a weekly slot by minutes, wrapping across midnight and the week's end."""
    start = _MONDAY + timedelta(days=weekday, hours=moment.hour, minutes=moment.minute)
    moved = start + timedelta(minutes=minutes)
    return (moved.date() - _MONDAY.date()).days % 7, moved.time()


def _circular_gap(first: int, second: int) -> int:
    distance = abs(first - second) % 7
    return min(distance, 7 - distance)


def choose_strength_days(running_days: frozenset[int], sessions: int) -> tuple[int, ...]:
    """The best strength days by the module's preference order (see the docstring)."""

    def cost(days: tuple[int, ...]) -> tuple[int, int, int, tuple[int, ...]]:
        gaps = [_circular_gap(a, b) for a, b in combinations(days, 2)]
        consecutive = sum(gap < 2 for gap in gaps)
        on_run_days = sum(day in running_days for day in days)
        return consecutive, on_run_days, -min(gaps, default=0), days

    return min(combinations(WEEKDAYS, sessions), key=cost)


def _out_of_quiet(moment: time, rules: ReminderRules) -> time:
    return rules.quiet_end if rules.in_quiet_hours(moment) else moment


def _run_reminders(day: int, run_time: time, rules: ReminderRules) -> list[PlannedReminder]:
    warmup_day, warmup_time = shift(day, run_time, -rules.warmup_before_run_minutes)
    end_day, end_time = shift(day, run_time, rules.run_length_minutes)
    items = [
        PlannedReminder(ReminderKind.WARMUP, warmup_day, warmup_time, day),
        PlannedReminder(ReminderKind.STRETCH, end_day, end_time, day),
        PlannedReminder(
            ReminderKind.MORNING_CHECKIN, (day + 1) % 7, rules.morning_checkin_time, day
        ),
    ]
    check_day, check_time = shift(end_day, end_time, rules.checkin_after_run_minutes)
    if rules.in_quiet_hours(check_time):
        before_quiet = datetime.combine(_MONDAY, rules.quiet_start) - timedelta(
            minutes=rules.quiet_margin_minutes
        )
        if rules.in_quiet_hours(end_time) or end_time >= before_quiet.time():
            return items
        check_day, check_time = end_day, before_quiet.time()
    items.append(PlannedReminder(ReminderKind.CHECKIN, check_day, check_time, day))
    return items


def build_plan(
    result: QuizResult,
    running_days: frozenset[int],
    run_time: time,
    weekly_km: float | None,
    rules: Rules,
) -> Plan:
    """Build the weekly reminders from the quiz result and the runner's routine."""
    if not running_days or not running_days <= frozenset(WEEKDAYS):
        raise ValueError(f"running days must be a non-empty subset of 0–6, got {running_days}")
    timing = rules.reminders
    items: list[PlannedReminder] = []
    for day in sorted(running_days):
        items.extend(_run_reminders(day, run_time, timing))
    strength_days = choose_strength_days(running_days, STRENGTH_SESSIONS)
    for day in strength_days:
        if day in running_days:
            slot_day, slot_time = shift(day, run_time, timing.run_length_minutes)
        else:
            slot_day, slot_time = day, _out_of_quiet(run_time, timing)
        items.append(PlannedReminder(ReminderKind.STRENGTH, slot_day, slot_time))
    busy = running_days | frozenset(strength_days)
    items.extend(
        PlannedReminder(ReminderKind.REST, day, _out_of_quiet(run_time, timing))
        for day in WEEKDAYS
        if day not in busy
    )
    items.append(
        PlannedReminder(
            ReminderKind.DISTANCE, timing.distance_checkin_weekday, timing.distance_checkin_time
        )
    )
    items.append(
        PlannedReminder(ReminderKind.SHOES, timing.shoe_check_weekday, timing.shoe_check_time)
    )
    gaps = [_circular_gap(a, b) for a, b in combinations(strength_days, 2)]
    return Plan(
        reminders=tuple(sorted(items, key=lambda item: item.sort_key)),
        running_days=frozenset(running_days),
        strength_days=frozenset(strength_days),
        run_time=run_time,
        focus=result.top_causes,
        weekly_km=weekly_km,
        strength_fallback=bool(busy & running_days & frozenset(strength_days))
        or any(gap < 2 for gap in gaps),
    )


def too_few_rest_days(running_days: frozenset[int], new_runner: bool) -> bool:
    """Whether a week leaves too few days without a run: none at all, or fewer than two for a
    new or returning runner (strength on a day off running still counts as a rest day)."""
    needed = REST_DAYS_NEEDED_NEW_RUNNER if new_runner else REST_DAYS_NEEDED
    return 7 - len(running_days) < needed


def for_status(plan: Plan, status: KneeStatus, rules: ReminderRules) -> Plan:
    """The week as the knee status allows it (content brief §3): every reminder asks
    `may_send`. In rest a run day's warm-up becomes a "no run today" note; while runs are on
    hold a gentle daily knee check is added at the morning check-in time."""
    items = [
        replace(item, kind=ReminderKind.REST)
        if status is KneeStatus.REST and item.kind is ReminderKind.WARMUP
        else item
        for item in plan.reminders
    ]
    kept = [item for item in items if may_send(status, item.kind)]
    kept.extend(knee_checks(status, rules))
    return replace(plan, reminders=tuple(sorted(kept, key=lambda item: item.sort_key)))


def knee_checks(status: KneeStatus, rules: ReminderRules) -> tuple[PlannedReminder, ...]:
    """One gentle check a day while the status asks for it (rest, see a clinician)."""
    if not may_send(status, ReminderKind.KNEE_CHECK):
        return ()
    return tuple(
        PlannedReminder(ReminderKind.KNEE_CHECK, day, rules.morning_checkin_time)
        for day in WEEKDAYS
    )
