"""What an activity file records: sessions with a sport, start, distance, time and climb."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime


class Sport(enum.StrEnum):
    """The sports the bot tells apart; only running is counted."""

    RUNNING = "running"
    WALKING = "walking"
    HIKING = "hiking"
    CYCLING = "cycling"
    SWIMMING = "swimming"
    OTHER = "other"


SPORT_WORDS: tuple[tuple[str, Sport], ...] = (
    ("run", Sport.RUNNING),
    ("jog", Sport.RUNNING),
    ("walk", Sport.WALKING),
    ("hik", Sport.HIKING),
    ("cycl", Sport.CYCLING),
    ("bik", Sport.CYCLING),
    ("ride", Sport.CYCLING),
    ("swim", Sport.SWIMMING),
)
"""Words in a file's sport name, first match wins ("e_biking" → cycling, "trail_run" → running)."""


STRAVA_TYPE_CODES = {"9": Sport.RUNNING, "1": Sport.CYCLING, "10": Sport.WALKING}
"""Strava's GPX export writes the activity type as a number (`<type>9</type>` is a run)."""


def sport_named(name: str | None) -> Sport:
    """The sport a file names (FIT `sport`, GPX `<type>`, TCX `Sport=`); unknown → OTHER."""
    lowered = (name or "").strip().lower()
    if lowered.isdigit():
        return STRAVA_TYPE_CODES.get(lowered, Sport.OTHER)
    return next((sport for word, sport in SPORT_WORDS if word in lowered), Sport.OTHER)


class ActivityFileError(Exception):
    """A file that cannot be logged; `key` names the runner's sentence in content."""

    KEYS = frozenset({"too_big", "not_activity", "broken", "empty", "no_times"})

    def __init__(self, key: str, detail: str) -> None:
        if key not in self.KEYS:
            raise ValueError(f"unknown activity file error key {key!r}")
        super().__init__(f"{key}: {detail}")
        self.key = key
        self.detail = detail


@dataclass(frozen=True, slots=True)
class ActivitySession:
    """One continuous session of one sport, as the file's device or app recorded it."""

    sport: Sport
    started_at: datetime
    distance_m: float
    moving_s: float
    elevation_gain_m: float | None = None

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise ValueError(f"started_at must be aware, got {self.started_at!r}")

    @property
    def is_run(self) -> bool:
        return self.sport is Sport.RUNNING

    @property
    def fingerprint(self) -> str:
        """The same run read from the same (or a re-compressed) file gives the same value."""
        start = self.started_at.astimezone(UTC).replace(microsecond=0).isoformat()
        basis = f"{self.sport}|{start}|{round(self.distance_m)}|{round(self.moving_s)}"
        return hashlib.sha256(basis.encode()).hexdigest()
