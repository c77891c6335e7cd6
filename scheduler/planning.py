"""Time maths for reminders: next due instants, quiet hours, grace windows and snoozes.

Everything here is pure: the current moment is passed in, and every datetime that goes in or
comes out is timezone-aware (results are in UTC). The calendar walk is APScheduler's
``CronTrigger``; this module only decides what a local wall time means on the rare days when a
DST switch makes it ambiguous or non-existent:

* **Spring-forward gap** (e.g. 02:30 in Europe/Berlin on the last Sunday of March, when clocks
  jump from 02:00 to 03:00): the reminder fires once, at the first valid instant after the gap
  (03:00 local). ``CronTrigger`` alone would fire at "02:30 read with the old offset", i.e.
  03:30 local.
* **Fall-back fold** (02:30 happens twice on the last Sunday of October): the reminder fires
  once, at the first occurrence. ``CronTrigger`` alone would offer the second occurrence too.

``to_utc`` applies the same two rules, so a due time stored by the dispatcher and one computed
again later always agree.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger

_ONE_MICROSECOND = timedelta(microseconds=1)
_ONE_SECOND = timedelta(seconds=1)
_ONE_WEEK = timedelta(weeks=1)
# A weekly schedule needs at most two trigger steps (a skipped duplicate or a gap instant that
# was already past); the bound only guards against a malformed time zone database.
_MAX_TRIGGER_STEPS = 8


class InvalidZoneError(ValueError):
    """Raised when a time zone name is not a known IANA zone."""

    def __init__(self, zone: str) -> None:
        super().__init__(f"unknown time zone: {zone!r}")
        self.zone = zone


class DeliveryVerdict(enum.Enum):
    """Whether a reminder found late (e.g. after downtime) is still worth sending."""

    SEND = "send"
    MISSED = "missed"


def validate_zone(name: str) -> str:
    """Return the zone name unchanged if it is a known IANA zone, else raise InvalidZoneError."""
    _zone(name)
    return name


def local_date(moment: datetime, zone: str) -> date:
    """Return the calendar date in `zone` at the aware instant `moment`."""
    _require_aware(moment, "moment")
    return moment.astimezone(_zone(zone)).date()


def to_utc(on_date: date, local_time: time, zone: str) -> datetime:
    """Return the UTC instant of wall time `local_time` on `on_date` in `zone`.

    A wall time inside a spring-forward gap resolves to the first instant after the gap; a wall
    time inside a fall-back fold resolves to its first occurrence.
    """
    tz = _zone(zone)
    wall = datetime.combine(on_date, local_time.replace(tzinfo=None, fold=0))
    first = wall.replace(tzinfo=tz)
    instant = first.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == wall:
        return instant
    return _gap_end(first, first.replace(fold=1))


def next_due(weekday: int, local_time: time, zone: str, after: datetime) -> datetime:
    """Return the first UTC instant strictly after `after` that is `local_time` on `weekday`.

    `weekday` counts from 0 = Monday to 6 = Sunday (as ``date.weekday()`` and APScheduler do).
    DST gaps and folds follow the rules in the module docstring: at most one fire per local day.
    """
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), got {weekday}")
    _require_aware(after, "after")
    local_time = local_time.replace(tzinfo=None, microsecond=0, fold=0)
    trigger = _weekly_trigger(weekday, local_time, zone)
    cursor = after.astimezone(UTC)
    for _ in range(_MAX_TRIGGER_STEPS):
        candidate = trigger.get_next_fire_time(None, cursor + _ONE_MICROSECOND)
        if candidate is None:  # pragma: no cover - an unbounded trigger always has a next time
            break
        on_date = candidate.date()
        # APScheduler 3.11.3 walks days by adding UTC durations: after a 23-hour spring-forward
        # day it lands an hour late and skips a whole week for times just after midnight
        # (Monday 00:00 in Berlin after 29 March 2026). The week before is then still due.
        while to_utc(on_date - _ONE_WEEK, local_time, zone) > after:
            on_date -= _ONE_WEEK
        resolved = to_utc(on_date, local_time, zone)
        if resolved > after:
            return resolved
        cursor = candidate.astimezone(UTC)
    raise RuntimeError(f"no due time found for weekday={weekday} {local_time} in {zone}")


def is_quiet(moment: datetime, zone: str, quiet_start: time, quiet_end: time) -> bool:
    """Return True if the local wall time at `moment` lies in [quiet_start, quiet_end).

    The window may wrap midnight (22:00–07:00); equal start and end mean no quiet hours.
    """
    _require_aware(moment, "moment")
    if quiet_start == quiet_end:
        return False
    wall = moment.astimezone(_zone(zone)).time().replace(fold=0)
    if quiet_start < quiet_end:
        return quiet_start <= wall < quiet_end
    return wall >= quiet_start or wall < quiet_end


def apply_quiet_hours(
    due: datetime,
    zone: str,
    quiet_start: time,
    quiet_end: time,
    *,
    latest_useful: datetime | None,
) -> datetime | None:
    """Move a due time out of the quiet window, or return None if moving makes it useless.

    A reminder due inside the window moves to the window's end (local wall time, resolved like
    ``to_utc``); if that is after `latest_useful` (say, a warm-up for a run that has started)
    the reminder is dropped. A due time outside the window is returned unchanged (in UTC). The
    result is never earlier than `due`, even in a fall-back fold that repeats the window's end.
    """
    _require_aware(due, "due")
    due_utc = due.astimezone(UTC)
    if not is_quiet(due_utc, zone, quiet_start, quiet_end):
        return due_utc
    due_local = due_utc.astimezone(_zone(zone))
    end_date = due_local.date()
    if quiet_start > quiet_end and due_local.time().replace(fold=0) >= quiet_start:
        end_date += timedelta(days=1)
    moved = max(to_utc(end_date, quiet_end, zone), due_utc)
    if latest_useful is not None and moved > latest_useful:
        return None
    return moved


def judge_late(due: datetime, now: datetime, grace: timedelta) -> DeliveryVerdict:
    """Decide whether a reminder due at `due` is still worth sending at `now`.

    Within `grace` after the due time (inclusive) it is sent; later it is recorded as missed.
    A reminder that is not yet due is never missed.
    """
    _require_aware(due, "due")
    _require_aware(now, "now")
    if grace < timedelta(0):
        raise ValueError(f"grace must not be negative, got {grace}")
    return DeliveryVerdict.SEND if now - due <= grace else DeliveryVerdict.MISSED


def snooze_until(now: datetime, minutes: int) -> datetime:
    """Return when a snoozed reminder comes back: `minutes` after `now`, in UTC.

    A snooze is a one-off delivery; the caller must leave the schedule's regular next due time
    untouched so the weekly rhythm does not drift.
    """
    _require_aware(now, "now")
    if minutes <= 0:
        raise ValueError(f"snooze minutes must be positive, got {minutes}")
    return now.astimezone(UTC) + timedelta(minutes=minutes)


def _gap_end(before_reading: datetime, after_reading: datetime) -> datetime:
    """Return the first UTC instant after the DST gap that swallowed a wall time.

    The two readings of the missing wall time (with the offsets before and after the switch)
    bracket the switch instant; bisect to the whole second where the offset changes.
    """
    low, high = sorted((before_reading.astimezone(UTC), after_reading.astimezone(UTC)))
    tz = before_reading.tzinfo
    low_offset = low.astimezone(tz).utcoffset()
    while high - low > _ONE_SECOND:
        middle = low + max(((high - low) // 2 // _ONE_SECOND) * _ONE_SECOND, _ONE_SECOND)
        if middle.astimezone(tz).utcoffset() == low_offset:
            low = middle
        else:
            high = middle
    return high


@lru_cache(maxsize=1024)
def _weekly_trigger(weekday: int, local_time: time, zone: str) -> CronTrigger:
    """Return the (stateless, cacheable) trigger firing weekly at a local wall time."""
    return CronTrigger(
        day_of_week=weekday,
        hour=local_time.hour,
        minute=local_time.minute,
        second=local_time.second,
        timezone=_zone(zone),
    )


def _zone(name: str) -> ZoneInfo:
    """Return the ZoneInfo for `name` or raise InvalidZoneError."""
    if not isinstance(name, str) or not name:
        raise InvalidZoneError(str(name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidZoneError(name) from error


def _require_aware(moment: datetime, name: str) -> None:
    """Raise ValueError if `moment` has no time zone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {moment!r}")
