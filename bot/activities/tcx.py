"""TCX files (Garmin Training Center, Strava's TCX export) with the standard XML parser.

One session per `<Activity>`, wherever it sits (a multisport session nests one per leg):
`Sport="Running"`, the start of its first lap, the laps' distance and timer time, and the climb
summed from the track points' altitudes with a small dead band against GPS noise.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import UTC, datetime

from bot.activities.sessions import ActivityFileError, ActivitySession, sport_named

CLIMB_DEAD_BAND_M = 2.0
"""Altitude wobbles smaller than this are noise, not climbing."""


def read_sessions(content: bytes) -> list[ActivitySession]:
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as error:
        raise ActivityFileError("broken", f"TCX: {error}") from error
    return [
        session
        for activity in _descendants(root, "Activity")
        if (session := _session(activity)) is not None
    ]


def _session(activity: ElementTree.Element) -> ActivitySession | None:
    laps = list(_children(activity, "Lap"))
    if not laps:
        return None
    starts = [lap.get("StartTime") for lap in laps] + [_text(activity, "Id")]
    started = next((moment for text in starts if (moment := _time(text)) is not None), None)
    if started is None:
        raise ActivityFileError("no_times", "TCX activity without a start time")
    return ActivitySession(
        sport=sport_named(activity.get("Sport")),
        started_at=started,
        distance_m=sum(_number(_text(lap, "DistanceMeters")) for lap in laps),
        moving_s=sum(_number(_text(lap, "TotalTimeSeconds")) for lap in laps),
        elevation_gain_m=_climb(
            _number(_text(point, "AltitudeMeters"))
            for lap in laps for point in _descendants(lap, "Trackpoint")
            if _text(point, "AltitudeMeters") is not None
        ),
    )  # fmt: skip


def _climb(altitudes: Iterator[float]) -> float | None:
    """Metres climbed: rises counted once they exceed the dead band above the last low."""
    climbed, low, seen = 0.0, None, False
    for altitude in altitudes:
        seen = True
        if low is None or altitude < low:
            low = altitude
        elif altitude - low >= CLIMB_DEAD_BAND_M:
            climbed += altitude - low
            low = altitude
    return climbed if seen else None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ElementTree.Element, name: str) -> Iterator[ElementTree.Element]:
    return (child for child in element if _local(child.tag) == name)


def _descendants(element: ElementTree.Element, name: str) -> Iterator[ElementTree.Element]:
    return (child for child in element.iter() if _local(child.tag) == name)


def _text(element: ElementTree.Element, name: str) -> str | None:
    child = next(_children(element, name), None)
    return child.text.strip() if child is not None and child.text else None


def _number(text: str | None) -> float:
    try:
        return float(text) if text else 0.0
    except ValueError as error:
        raise ActivityFileError("broken", f"TCX: not a number: {(text or '')[:20]!r}") from error


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise ActivityFileError("broken", f"TCX: not a time: {text[:40]!r}") from error
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
