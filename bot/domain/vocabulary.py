"""The shared words of the domain: causes, red-flag levels, reminder kinds, check-in answers."""

from __future__ import annotations

from enum import StrEnum


class Cause(StrEnum):
    """A likely contributor to knee pain that the quiz scores and the plan addresses."""

    LOAD = "LOAD"
    STRENGTH = "STRENGTH"
    FORM = "FORM"
    SHOES = "SHOES"
    WARMUP = "WARMUP"
    SURFACE = "SURFACE"


class RedFlagLevel(StrEnum):
    """How soon a red flag needs a professional: today, or within days."""

    URGENT = "urgent"
    SOON = "soon"


class ReminderKind(StrEnum):
    """What a planned reminder is about; also the tip kind for the reminder texts."""

    WARMUP = "warmup"
    STRETCH = "stretch"
    CHECKIN = "checkin"
    MORNING_CHECKIN = "morning_checkin"
    STRENGTH = "strength"
    REST = "rest"
    DISTANCE = "distance"
    SHOES = "shoes"
    KNEE_CHECK = "knee_check"
    """The gentle daily check while runs are on hold (rest, see a clinician)."""


HABIT_KINDS = frozenset(
    {ReminderKind.WARMUP, ReminderKind.STRETCH, ReminderKind.STRENGTH, ReminderKind.REST}
)
"""The habit reminders: each ends with a rotating tip and carries Done / Skip / Snooze."""

PAUSE_END_KIND = "pause_end"
"""A delivery that is no reminder: "Reminders are back on" when a timed /pause ends."""


class PainBand(StrEnum):
    """The pain answer of a check-in poll, on a 0–10 scale in five bands."""

    NONE = "0"
    MILD = "1-3"
    MODERATE = "4-5"
    STRONG = "6-7"
    SEVERE = "8-10"

    @property
    def low(self) -> int:
        """The lowest pain score in the band."""
        return int(self.value.split("-")[0])

    @property
    def high(self) -> int:
        """The highest pain score in the band."""
        return int(self.value.split("-")[-1])


class MorningTrend(StrEnum):
    """How the knee feels the morning after a run compared with before."""

    SAME_OR_BETTER = "same_or_better"
    SLIGHTLY_WORSE = "slightly_worse"
    CLEARLY_WORSE = "clearly_worse"


SHARE_PAYLOAD = "share"
"""The /start payload of every shared link (`t.me/<bot>?start=share`): the same for everyone,
so it says that a newcomer came from a share and nothing about who shared."""
CAME_FROM_SHARE = "share"
"""`users.came_from` of a newcomer whose first /start carried `SHARE_PAYLOAD`."""
