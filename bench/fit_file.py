"""A small FIT activity writer, so the bench and the tests can make FIT files of any length.

Writes what a watch writes for an activity: file_id, one record a second (position, altitude,
heart rate, distance), then a lap and a session per leg and an activity message, with the
header and file CRCs. Legs of different sports make a multisport file.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fitdecode.utils import compute_crc

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=UTC)
SPORTS = {"running": 1, "cycling": 2, "transition": 3, "walking": 11, "hiking": 17}
EARTH_RADIUS_M = 6_371_008.8
SEMICIRCLES_PER_DEGREE = 2**31 / 180
# (field number, size, base type): enum 0x00, uint8 0x02, uint16 0x84, sint32 0x85, uint32 0x86
FILE_ID = (0, [(0, 1, 0x00), (1, 2, 0x84), (4, 4, 0x86)])
RECORD = (20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (2, 2, 0x84), (3, 1, 0x02),
               (5, 4, 0x86)])  # fmt: skip
LAP = (19, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86),
            (21, 2, 0x84), (25, 1, 0x00)])  # fmt: skip
SESSION = (18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86),
                (22, 2, 0x84), (5, 1, 0x00), (26, 2, 0x84)])  # fmt: skip
ACTIVITY = (34, [(253, 4, 0x86), (0, 4, 0x86), (1, 2, 0x84), (2, 1, 0x00)])
FORMATS = {(1, 0x00): "B", (1, 0x02): "B", (2, 0x84): "H", (4, 0x85): "i", (4, 0x86): "I"}


@dataclass(frozen=True)
class FitLeg:
    """One session: a sport from `start`, `distance_m` at `speed_m_s`, one hill of `climb_m`."""

    sport: str
    start: datetime
    distance_m: float
    speed_m_s: float = 3.0
    climb_m: float = 0.0

    @property
    def seconds(self) -> int:
        return max(1, round(self.distance_m / self.speed_m_s))


def _fit_time(moment: datetime) -> int:
    return int((moment - FIT_EPOCH).total_seconds())


class _Writer:
    def __init__(self) -> None:
        self.body = bytearray()
        self.defined: dict[int, int] = {}

    def message(self, kind: tuple[int, list[tuple[int, int, int]]], *values: int) -> None:
        """A data message, preceded by its definition the first time (local types 0-15)."""
        number, fields = kind
        if number not in self.defined:
            self.defined[number] = local = len(self.defined)
            definition = struct.pack("<BBBHB", 0x40 | local, 0, 0, number, len(fields))
            self.body += definition + b"".join(struct.pack("BBB", *field) for field in fields)
        local = self.defined[number]
        layout = "<B" + "".join(FORMATS[(size, base)] for _, size, base in fields)
        self.body += struct.pack(layout, local, *values)

    def file(self) -> bytes:
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.body), b".FIT")
        header += struct.pack("<H", compute_crc(header))
        content = header + bytes(self.body)
        return content + struct.pack("<H", compute_crc(content))


def fit_activity(legs: Sequence[FitLeg]) -> bytes:
    """A FIT activity file with one session per leg, in order."""
    writer = _Writer()
    writer.message(FILE_ID, 4, 255, _fit_time(legs[0].start))
    for leg in legs:
        for second in range(leg.seconds + 1):
            travelled = min(leg.distance_m, second * leg.speed_m_s)
            latitude = 52.0 + math.degrees(travelled / EARTH_RADIUS_M)
            altitude = 30.0 + leg.climb_m * math.sin(math.pi * travelled / leg.distance_m)
            writer.message(
                RECORD, _fit_time(leg.start) + second, round(latitude * SEMICIRCLES_PER_DEGREE),
                round(13.0 * SEMICIRCLES_PER_DEGREE), round((altitude + 500) * 5),
                140 + second % 20, round(travelled * 100),
            )  # fmt: skip
        end, milliseconds = _fit_time(leg.start) + leg.seconds, leg.seconds * 1000
        totals = (milliseconds, milliseconds, round(leg.distance_m * 100), round(leg.climb_m))
        writer.message(LAP, end, _fit_time(leg.start), *totals, SPORTS[leg.sport])
        writer.message(SESSION, end, _fit_time(leg.start), *totals, SPORTS[leg.sport], 1)
    total_ms = sum(leg.seconds for leg in legs) * 1000
    writer.message(ACTIVITY, _fit_time(legs[-1].start) + legs[-1].seconds, total_ms, len(legs), 0)
    return writer.file()
