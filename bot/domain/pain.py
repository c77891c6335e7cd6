"""Pain zones from check-ins and what they mean for training, including when to escalate.

Missing check-ins are missing, never pain-free: only a green check-in ends a non-green episode.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.domain.rules import EscalationRules, PainRules, Rules
from bot.domain.vocabulary import MorningTrend, PainBand

DEFAULT_RULES = Rules()
WORSE_TRENDS = frozenset({MorningTrend.SLIGHTLY_WORSE, MorningTrend.CLEARLY_WORSE})

REASON_RED_FLAG = "escalation.reasons.red_flag"
REASON_RED_DAYS = "escalation.reasons.red_7_days"
REASON_PERSISTING = "escalation.reasons.persisting_14_days"
REASON_WORSE_TWICE = "escalation.reasons.worse_twice"
ESCALATION_REASONS = (REASON_RED_FLAG, REASON_RED_DAYS, REASON_PERSISTING, REASON_WORSE_TWICE)


class PainZone(StrEnum):
    """Traffic-light zone of one check-in."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class Action(StrEnum):
    """What the bot advises after the latest check-in."""

    CARRY_ON = "carry_on"
    HOLD = "hold"
    CUT_VOLUME = "cut_volume"
    REST = "rest"
    ESCALATE = "escalate"


class TrainingMode(StrEnum):
    """How the plan's run reminders behave until the next assessment."""

    NORMAL = "normal"
    HOLD = "hold"
    REDUCED = "reduced"
    REST = "rest"


ACTION_BY_MODE = {
    TrainingMode.NORMAL: Action.CARRY_ON,
    TrainingMode.HOLD: Action.HOLD,
    TrainingMode.REDUCED: Action.CUT_VOLUME,
    TrainingMode.REST: Action.REST,
}


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


@dataclass(frozen=True)
class Assessment:
    """The verdict on a check-in history; reasons are content keys for the escalation text."""

    zone: PainZone | None
    action: Action
    reasons: tuple[str, ...]
    training_mode: TrainingMode
    episode_started_at: datetime | None = None

    @property
    def reply_key(self) -> str | None:
        """The content key of the zone reply for the latest check-in."""
        if self.zone is None:
            return None
        if self.zone == PainZone.AMBER and self.training_mode == TrainingMode.REST:
            return "checkin.zone.rest_until_green"
        if self.zone == PainZone.AMBER and self.training_mode == TrainingMode.REDUCED:
            return "checkin.zone.two_ambers"
        return f"checkin.zone.{self.zone.value}"

    @property
    def progression_allowed(self) -> bool:
        """Whether weekly distance may grow: only after a green latest check-in."""
        return self.zone == PainZone.GREEN and self.action != Action.ESCALATE


def _days_spanned(records: Sequence[CheckinRecord]) -> int:
    """Calendar days from the first to the last record, both counted."""
    return (records[-1].at.date() - records[0].at.date()).days + 1


def _trailing(
    records: Sequence[tuple[CheckinRecord, PainZone]], zones: frozenset[PainZone]
) -> list[CheckinRecord]:
    streak: list[CheckinRecord] = []
    for record, zone in reversed(records):
        if zone not in zones:
            break
        streak.insert(0, record)
    return streak


def _escalation_reasons(
    scored: Sequence[tuple[CheckinRecord, PainZone]],
    episode: Sequence[CheckinRecord],
    rules: EscalationRules,
) -> tuple[str, ...]:
    reasons = []
    if any(record.red_flag for record in episode):
        reasons.append(REASON_RED_FLAG)
    red_streak = _trailing(scored, frozenset({PainZone.RED}))
    if red_streak and _days_spanned(red_streak) >= rules.red_days:
        reasons.append(REASON_RED_DAYS)
    if episode and _days_spanned(episode) >= rules.amber_or_red_days:
        reasons.append(REASON_PERSISTING)
    trends = [record.morning_trend for record in episode if record.morning_trend is not None]
    recent = trends[-rules.worse_in_a_row :]
    if len(recent) == rules.worse_in_a_row and all(trend in WORSE_TRENDS for trend in recent):
        reasons.append(REASON_WORSE_TWICE)
    return tuple(reasons)


def evaluate(
    history: Sequence[CheckinRecord], now: datetime, rules: Rules = DEFAULT_RULES
) -> Assessment:
    """Assess the check-ins up to now: zone, advice, training mode and escalation reasons."""
    scored = [
        (record, zone)
        for record in sorted(history, key=lambda record: record.at)
        if record.at <= now and (zone := record.zone(rules.pain)) is not None
    ]
    if not scored:
        return Assessment(None, Action.CARRY_ON, (), TrainingMode.NORMAL)
    episode = _trailing(scored, frozenset({PainZone.AMBER, PainZone.RED}))
    episode_zones = [zone for _, zone in scored[len(scored) - len(episode) :]]
    if not episode:
        mode = TrainingMode.NORMAL
    elif PainZone.RED in episode_zones:
        mode = TrainingMode.REST
    elif len(episode) >= rules.escalation.ambers_in_a_row_to_cut:
        mode = TrainingMode.REDUCED
    else:
        mode = TrainingMode.HOLD
    reasons = _escalation_reasons(scored, episode, rules.escalation)
    return Assessment(
        zone=scored[-1][1],
        action=Action.ESCALATE if reasons else ACTION_BY_MODE[mode],
        reasons=reasons,
        training_mode=mode,
        episode_started_at=episode[0].at if episode else None,
    )
