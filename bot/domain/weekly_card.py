"""The weekly card: this week against the last, the knee, and one suggestion for next week.

Pure: figures in, a `Card` (or None when there is nothing to say) out.

Suggestion rules, first match wins (the knee status rules what may be said, `may_send`):
    rest                   → runs stay on hold; /status says what brings them back
    see a clinician        → get the knee checked before running; /status once cleared
    pain trend worse       → ease off: shorter, easier runs and a check-in after each
    returning              → hold the return distance (about half the usual week; said without
                             a figure when none is known)
    caution / reduced      → hold the distance and keep runs easy
    strength short of plan → fit in the strength sessions first
    ok, ran this week      → the distance rules' next step (bot.domain.distance.assess_ramp,
                             the same verdict as the weekly distance question: PROGRESSION),
                             or hold when the ramp or the last check-in says so
    otherwise              → log runs (send activity files) so the card can compare
Praise ("nice week") only when `may_send(status, PRAISE)`, runs were done, the pain trend did
not worsen and every planned strength session was done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from bot.domain.distance import RampAssessment, assess_ramp
from bot.domain.knee_status import KneeStatus, Message, may_send

WEEKLY_CARD_KIND = "weekly_card"
"""A delivery and schedule kind that is no ReminderKind: the card has its own composer."""
CARD_WEEKDAY = 6
"""Sunday (0 = Monday), the default day."""
CARD_TIME = time(18, 0)
"""Sunday evening, local time: after the weekend's long run, before the week is planned."""
TREND_MARGIN = 1.0
"""Mean pain (0–10) must move by more than this between weeks to count as a change."""


class Trend(StrEnum):
    """How after-run pain moved against the week before."""

    BETTER = "better"
    STEADY = "steady"
    WORSE = "worse"
    UNKNOWN = "unknown"


class Suggestion(StrEnum):
    """One suggestion for the coming week; also its content key."""

    REST = "rest"
    SEE_CLINICIAN = "see_clinician"
    EASE_OFF = "ease_off"
    RETURNING = "returning"
    RETURNING_EASY = "returning_easy"
    HOLD = "hold"
    STRENGTH = "strength"
    PROGRESS = "progress"
    LOG_RUNS = "log_runs"


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """One week of a runner: runs, km, strength reminders done of sent, after-run pains."""

    runs: int = 0
    km: float = 0.0
    strength_done: int = 0
    strength_planned: int = 0
    pains: tuple[float, ...] = ()
    daily_km: tuple[float, ...] = (0.0,) * 7
    """Km per local day, Monday first."""

    @property
    def empty(self) -> bool:
        return not (self.runs or self.strength_planned or self.strength_done or self.pains)


@dataclass(frozen=True, slots=True)
class Card:
    """What the card says."""

    this_week: WeekFigures
    last_week: WeekFigures
    status: KneeStatus
    trend: Trend
    suggestion: Suggestion
    praise: bool
    next_km: float | None = None
    """The distance the suggestion names (progression or the return distance), if any."""


def trend(this_week: Sequence[float], last_week: Sequence[float]) -> Trend:
    """Mean pain this week against last week's (UNKNOWN without pains this week)."""
    if not this_week:
        return Trend.UNKNOWN
    if not last_week:
        return Trend.STEADY
    now = sum(this_week) / len(this_week)
    before = sum(last_week) / len(last_week)
    if now > before + TREND_MARGIN:
        return Trend.WORSE
    if now < before - TREND_MARGIN:
        return Trend.BETTER
    return Trend.STEADY


def build_card(
    this_week: WeekFigures, last_week: WeekFigures, status: KneeStatus | str,
    return_km: float | None = None, ramp: RampAssessment | None = None,
) -> Card | None:  # fmt: skip
    """The card, or None when the two weeks hold nothing to say about (and the knee is ok)."""
    status = KneeStatus(status)
    if this_week.empty and last_week.empty and status is KneeStatus.OK:
        return None
    pain_trend = trend(this_week.pains, last_week.pains)
    if ramp is None:  # the two weeks alone (the service passes the full verdict)
        ramp = assess_ramp(
            [last_week.km or None, this_week.km],
            status_allows_progression=may_send(status, Message.PROGRESSION),
        )
    suggestion, next_km = _suggest(this_week, status, pain_trend, return_km, ramp)
    strength_kept = this_week.strength_done >= this_week.strength_planned
    praise = (
        may_send(status, Message.PRAISE)
        and this_week.runs > 0
        and pain_trend is not Trend.WORSE
        and strength_kept
    )
    return Card(this_week, last_week, status, pain_trend, suggestion, praise, next_km)


def _suggest(
    week: WeekFigures, status: KneeStatus, pain_trend: Trend, return_km: float | None,
    ramp: RampAssessment,
) -> tuple[Suggestion, float | None]:  # fmt: skip
    if status is KneeStatus.REST:
        return Suggestion.REST, None
    if status is KneeStatus.SEE_CLINICIAN:
        return Suggestion.SEE_CLINICIAN, None
    if pain_trend is Trend.WORSE:
        return Suggestion.EASE_OFF, None
    if status is KneeStatus.RETURNING:
        return (Suggestion.RETURNING, return_km) if return_km else (Suggestion.RETURNING_EASY, None)
    if status in (KneeStatus.CAUTION, KneeStatus.REDUCED):
        return Suggestion.HOLD, None
    if week.strength_done < week.strength_planned:
        return Suggestion.STRENGTH, None
    if week.km > 0 and may_send(status, Message.PROGRESSION):
        if ramp.progression_allowed and ramp.suggested_next_km:
            return Suggestion.PROGRESS, ramp.suggested_next_km
        return Suggestion.HOLD, None
    return Suggestion.LOG_RUNS, None
