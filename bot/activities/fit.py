"""FIT files (Garmin, Coros, Suunto, Wahoo, Apple Watch exports) through fitdecode.

Each `session` message is one session with the device's own totals; a multisport file has one
per leg and transitions of their own, which are left out. The whole file must decode with its
checksums intact: a file that breaks half-way is refused, not half-logged.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from typing import Any

import fitdecode

from bot.activities.sessions import ActivityFileError, ActivitySession, sport_named

FIT_SIGNATURE = b".FIT"
DECODE_ERRORS = (
    fitdecode.FitError, ValueError, TypeError, KeyError, IndexError, OverflowError, struct.error,
)  # fmt: skip
"""What fitdecode raises on bytes it cannot make sense of (its own errors and a few built-ins)."""
TRANSITION = "transition"


def looks_like_fit(content: bytes) -> bool:
    """A FIT header: its size (12 or 14) in byte 0 and ".FIT" at bytes 8 to 12."""
    return len(content) >= 12 and content[0] in (12, 14) and content[8:12] == FIT_SIGNATURE


def read_sessions(content: bytes) -> list[ActivitySession]:
    """The sessions of every activity in the file (chained FIT files included)."""
    messages: list[dict[str, Any]] = []
    try:
        with fitdecode.FitReader(
            content, check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as reader:  # fmt: skip
            for frame in reader:
                if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "session":
                    messages.append({field.name: field.value for field in frame.fields})
    except DECODE_ERRORS as error:
        raise ActivityFileError("broken", f"FIT: {error}") from error
    return [session for message in messages if (session := _session(message)) is not None]


def _session(message: dict[str, Any]) -> ActivitySession | None:
    sport = message.get("sport")
    started = message.get("start_time")
    if sport == TRANSITION or not isinstance(started, datetime):
        return None
    return ActivitySession(
        sport=sport_named(sport if isinstance(sport, str) else None),
        started_at=started if started.tzinfo else started.replace(tzinfo=UTC),
        distance_m=_number(message.get("total_distance")),
        moving_s=_number(message.get("total_timer_time", message.get("total_elapsed_time"))),
        elevation_gain_m=_number_or_none(message.get("total_ascent")),
    )


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def _number_or_none(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None
