"""Weekly distance ramp: suggest ≤ +10 % a week, warn above +30 % in two weeks, hold after pain."""

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
    warning = rules.two_week_increase_warning + TOLERANCE
    if two_week_change is not None and two_week_change > warning:
        status = RampStatus.TOO_FAST
    elif week_change is not None and week_change > rules.weekly_increase_suggested + TOLERANCE:
        status = RampStatus.ABOVE_SUGGESTION
    elif week_change is None and two_week_change is None:
        status = RampStatus.NO_DATA
    else:
        status = RampStatus.STEADY
    pain_hold = latest_zone in (PainZone.AMBER, PainZone.RED) or not status_allows_progression
    allowed = status in (RampStatus.STEADY, RampStatus.NO_DATA) and not pain_hold
    factor = 1 + rules.weekly_increase_suggested if allowed else 1.0
    if status == RampStatus.TOO_FAST:
        key = "distance.ramp_warning"
    elif pain_hold:
        key = "distance.hold_after_pain"
    elif status == RampStatus.ABOVE_SUGGESTION:
        key = "distance.ramp_fast"
    elif status == RampStatus.NO_DATA:
        key = "distance.no_data"
    else:
        key = "distance.ramp_ok"
    return RampAssessment(
        status=status,
        week_change=week_change,
        two_week_change=two_week_change,
        progression_allowed=allowed,
        suggested_next_km=round(latest * factor, 1),
        message_key=key,
    )
