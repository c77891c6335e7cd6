"""Pain zones of single check-ins (Silbernagel's model, adapted to knees).

What a series of zones means for running is the knee status's business (bot.domain.knee_status).
Missing check-ins are missing, never pain-free: they have no zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.rules import PainRules, Rules
from bot.domain.vocabulary import MorningTrend, PainBand

DEFAULT_RULES = Rules()
WORSE_TRENDS = frozenset({MorningTrend.SLIGHTLY_WORSE, MorningTrend.CLEARLY_WORSE})

class PainZone(StrEnum):
    """Traffic-light zone of one check-in."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


def classify_checkin(
    pain_band: PainBand,
    morning_trend: MorningTrend | None,
    pain_when_walking: bool = False,
    *,
    rules: PainRules = DEFAULT_RULES.pain,
) -> PainZone:
    """Red: pain ≥ 6, clearly worse or pain when walking; green: ≤ 3 and not worse; else amber."""
    if pain_when_walking or morning_trend == MorningTrend.CLEARLY_WORSE:
        return PainZone.RED
    if pain_band.low >= rules.red_min:
        return PainZone.RED
    if pain_band.high <= rules.green_max and morning_trend not in WORSE_TRENDS:
        return PainZone.GREEN
    return PainZone.AMBER


@dataclass(frozen=True)
class CheckinRecord:
    """One stored check-in; give `at` in the runner's zone so days count as local days."""

    at: datetime
    pain_band: PainBand | None = None
    morning_trend: MorningTrend | None = None
    pain_when_walking: bool = False
    red_flag: bool = False

    def zone(self, rules: PainRules = DEFAULT_RULES.pain) -> PainZone | None:
        """The zone, or None when the answers say nothing about pain (counted as missing)."""
        if self.red_flag:
            return PainZone.RED
        if self.pain_band is not None:
            return classify_checkin(
                self.pain_band, self.morning_trend, self.pain_when_walking, rules=rules
            )
        if self.pain_when_walking or self.morning_trend == MorningTrend.CLEARLY_WORSE:
            return PainZone.RED
        if self.morning_trend == MorningTrend.SLIGHTLY_WORSE:
            return PainZone.AMBER
        return None
