"""Shoe wear: nudge at the runner's distance threshold (500–800 km, 600 default) or 12 months."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.domain.rules import ShoeRules

DEFAULT_SHOE_RULES = ShoeRules()


class ShoeThresholdError(ValueError):
    """A replacement distance outside the allowed range."""

    def __init__(self, km: float, rules: ShoeRules) -> None:
        super().__init__(f"shoe threshold {km} km is outside {rules.min_km}–{rules.max_km} km")
        self.km = km


def validate_threshold(km: float, rules: ShoeRules = DEFAULT_SHOE_RULES) -> int:
    """The runner's replacement distance as whole km; raises ShoeThresholdError out of range."""
    if not rules.min_km <= km <= rules.max_km:
        raise ShoeThresholdError(km, rules)
    return round(km)


def months_between(start: date, end: date) -> int:
    """Whole months from start to end (0 when end is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


@dataclass(frozen=True)
class ShoeAssessment:
    """Whether to suggest new shoes, why (content keys), and the numbers for the text."""

    nudge: bool
    reasons: tuple[str, ...]
    km: float | None
    months: int | None
    threshold_km: int


def assess_shoes(
    km: float | None,
    since: date | None,
    today: date,
    threshold_km: int | None = None,
    rules: ShoeRules = DEFAULT_SHOE_RULES,
) -> ShoeAssessment:
    """Nudge when the distance reaches the threshold or the pair is 12 months old."""
    threshold = rules.default_km
    if threshold_km is not None:
        threshold = validate_threshold(threshold_km, rules)
    months = months_between(since, today) if since is not None else None
    reasons = []
    if km is not None and km >= threshold:
        reasons.append("shoes.nudge_distance")
    if months is not None and months >= rules.max_months:
        reasons.append("shoes.nudge_age")
    return ShoeAssessment(bool(reasons), tuple(reasons), km, months, threshold)
