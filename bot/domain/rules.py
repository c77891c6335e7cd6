"""Thresholds the rules use; the defaults mirror content/rules.yaml, which cites each source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from types import MappingProxyType

from bot.domain.vocabulary import ReminderKind


@dataclass(frozen=True)
class PainRules:
    """Pain-monitoring zones (Silbernagel 2007 AJSM 35:897, extrapolated to knees)."""

    green_max: int = 3
    red_min: int = 6


@dataclass(frozen=True)
class EscalationRules:
    """When the knee status moves (content brief §3, revised 2026-12; NHS Running injuries)."""

    window_days: int = 7
    strong_pain_times: int = 2
    non_green_times: int = 3
    worse_mornings: int = 2
    non_green_days: int = 7
    ambers_to_reduce: int = 2
    greens_to_leave: int = 2
    rest_hours_min: int = 48
    return_days: int = 14
    return_share: float = 0.5
    volume_cut: float = 0.30


@dataclass(frozen=True)
class DistanceRules:
    """Weekly ramp: suggest ≤ +10 % (Buist 2008), warn above +30 % in two weeks (Nielsen 2014).
    Below `small_week_km` a week, steps in km instead of percentages (content brief §4); a
    reported zero week followed by running is a comeback at `comeback_share` of it."""

    weekly_increase_suggested: float = 0.10
    two_week_increase_warning: float = 0.30
    small_week_km: float = 10.0
    small_step_km: float = 3.0
    small_next_step_km: float = 2.0
    comeback_share: float = 0.5


@dataclass(frozen=True)
class ShoeRules:
    """Shoe wear rule of thumb (thin evidence; content brief §2): 600 km, 500–800, 12 months."""

    default_km: int = 600
    min_km: int = 500
    max_km: int = 800
    max_months: int = 12


def _default_grace() -> Mapping[ReminderKind, int]:
    return MappingProxyType(
        {
            ReminderKind.WARMUP: 20,
            ReminderKind.STRETCH: 60,
            ReminderKind.CHECKIN: 120,
            ReminderKind.MORNING_CHECKIN: 180,
            ReminderKind.STRENGTH: 180,
            ReminderKind.REST: 180,
            ReminderKind.DISTANCE: 720,
            ReminderKind.SHOES: 1440,
            ReminderKind.KNEE_CHECK: 180,
        }
    )


@dataclass(frozen=True)
class ReminderRules:
    """Default reminder timing (product defaults, not medical thresholds)."""

    warmup_before_run_minutes: int = 30
    run_length_minutes: int = 60
    checkin_after_run_minutes: int = 120
    morning_checkin_time: time = time(8, 0)
    quiet_start: time = time(22, 0)
    quiet_end: time = time(7, 0)
    quiet_margin_minutes: int = 15
    distance_checkin_weekday: int = 6
    distance_checkin_time: time = time(19, 0)
    shoe_check_weekday: int = 6
    shoe_check_time: time = time(19, 30)
    grace_minutes: Mapping[ReminderKind, int] = field(default_factory=_default_grace, hash=False)

    def grace_for(self, kind: ReminderKind) -> int:
        """Minutes a reminder of this kind may still be delivered after its due time."""
        return self.grace_minutes[kind]

    def in_quiet_hours(self, moment: time) -> bool:
        """Whether a local time of day falls inside the quiet hours."""
        if self.quiet_start <= self.quiet_end:
            return self.quiet_start <= moment < self.quiet_end
        return moment >= self.quiet_start or moment < self.quiet_end


@dataclass(frozen=True)
class Rules:
    """Every threshold the domain uses, grouped by topic."""

    pain: PainRules = field(default_factory=PainRules)
    escalation: EscalationRules = field(default_factory=EscalationRules)
    distance: DistanceRules = field(default_factory=DistanceRules)
    shoes: ShoeRules = field(default_factory=ShoeRules)
    reminders: ReminderRules = field(default_factory=ReminderRules)
