"""Weekly distance ramp: suggest ≤ +10 % a week, warn above +30 % in two weeks, hold after pain.

Content brief §4 (plan sanity): below about 10 km a week the steps are in km (+2–3 km), not
percentages, so 5 → 8 km is steady; a reported zero week followed by running is a comeback,
not "no data": the advice is about half of it next week, then build up again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.pain import PainZone
from bot.domain.rules import DistanceRules

DEFAULT_DISTANCE_RULES = DistanceRules()
TOLERANCE = 1e-9  # so that exactly +10 % or +30 % counts as "not above" despite float rounding


class RampStatus(StrEnum):
    """How fast weekly distance is growing."""

    NO_DATA = "no_data"
    STEADY = "steady"
    ABOVE_SUGGESTION = "above_suggestion"
    TOO_FAST = "too_fast"
    COMEBACK = "comeback"


@dataclass(frozen=True)
class RampAssessment:
    """The ramp verdict, the changes behind it, and next week's suggested distance."""

    status: RampStatus
    week_change: float | None
    two_week_change: float | None
    progression_allowed: bool
    suggested_next_km: float | None
    message_key: str


def _change(latest: float, baseline: float | None) -> float | None:
    if baseline is None or baseline <= 0:
        return None
    return latest / baseline - 1


def assess_ramp(
    weekly_km: Sequence[float | None],
    latest_zone: PainZone | None = None,
    rules: DistanceRules = DEFAULT_DISTANCE_RULES,
    *,
    status_allows_progression: bool = True,
) -> RampAssessment:
    """Assess completed weeks, oldest first; None is an unreported week, never zero.
    Progression needs a green latest check-in and a knee status that allows it (only ok)."""
    latest = weekly_km[-1] if weekly_km else None
    if latest is None:
        return RampAssessment(RampStatus.NO_DATA, None, None, False, None, "distance.no_data")
    previous = weekly_km[-2] if len(weekly_km) >= 2 else None
    two_ago = weekly_km[-3] if len(weekly_km) >= 3 else None
    week_change = _change(latest, previous)
    # Two-week window: against the week two weeks back, or last week when that one is unknown.
    two_week_change = _change(latest, two_ago) if two_ago else week_change
    if latest == 0:  # a week off: nothing to ramp; the next running week is a comeback
        return RampAssessment(RampStatus.NO_DATA, None, None, False, None, "distance.zero_week")
    pain_hold = latest_zone in (PainZone.AMBER, PainZone.RED) or not status_allows_progression
    if previous == 0:  # a comeback: half of it, and no "build up" while the knee says hold
        next_km = round(latest * rules.comeback_share, 1)
        key = "distance.hold_after_pain" if pain_hold else "distance.comeback"
        return RampAssessment(RampStatus.COMEBACK, None, two_week_change, False, next_km, key)
    baseline = previous if previous is not None else two_ago
    small = baseline is not None and baseline < rules.small_week_km
    if small:
        status = _small_status(latest, previous, two_ago, rules)
    else:
        status = _percent_status(week_change, two_week_change, rules)
    allowed = status in (RampStatus.STEADY, RampStatus.NO_DATA) and not pain_hold
    if not allowed:
        next_km = latest
    elif small or latest < rules.small_week_km:
        next_km = latest + rules.small_next_step_km
    else:
        next_km = latest * (1 + rules.weekly_increase_suggested)
    if status == RampStatus.TOO_FAST:
        key = "distance.ramp_warning"
    elif pain_hold:
        key = "distance.hold_after_pain"
    elif status == RampStatus.ABOVE_SUGGESTION:
        key = "distance.ramp_fast_small" if small else "distance.ramp_fast"
    elif status == RampStatus.NO_DATA:
        key = "distance.no_data"
    else:
        key = "distance.ramp_ok_small" if small else "distance.ramp_ok"
    return RampAssessment(
        status=status,
        week_change=week_change,
        two_week_change=two_week_change,
        progression_allowed=allowed,
        suggested_next_km=round(next_km, 1),
        message_key=key,
    )


def _percent_status(
    week_change: float | None, two_week_change: float | None, rules: DistanceRules
) -> RampStatus:
    warning = rules.two_week_increase_warning + TOLERANCE
    if two_week_change is not None and two_week_change > warning:
        return RampStatus.TOO_FAST
    if week_change is not None and week_change > rules.weekly_increase_suggested + TOLERANCE:
        return RampStatus.ABOVE_SUGGESTION
    if week_change is None and two_week_change is None:
        return RampStatus.NO_DATA
    return RampStatus.STEADY


def _small_status(
    latest: float, previous: float | None, two_ago: float | None, rules: DistanceRules
) -> RampStatus:
    """Below about 10 km a week: up to one km step a week is steady, two in two weeks warn."""
    step = rules.small_step_km + TOLERANCE
    if two_ago is not None and two_ago > 0 and latest - two_ago > 2 * step:
        return RampStatus.TOO_FAST
    if previous is not None and latest - previous > 2 * step:
        return RampStatus.TOO_FAST
    if previous is not None and latest - previous > step:
        return RampStatus.ABOVE_SUGGESTION
    return RampStatus.STEADY
