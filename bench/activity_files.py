"""GPX and TCX files of any length, made the way phone apps and Garmin's exports write them.

A leg runs due north at a steady pace with one smooth hill, so its length is known without a
decoder (tests compare what the bot reads with it; the bench times reading them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

EARTH_RADIUS_M = 6_371_008.8  # mean radius; decoders differ from it by well under 0.5 %
POINT_SPACING_M = 5.0


@dataclass(frozen=True)
class Leg:
    """A stretch of one sport: where a generated file's track or activity comes from."""

    sport: str | None
    start: datetime
    distance_m: float
    speed_m_s: float = 3.0
    climb_m: float = 0.0
    with_times: bool = True

    def points(self) -> list[tuple[float, float, float, datetime, float]]:
        """(lat, lon, altitude, time, distance so far) every 5 m; one hill of `climb_m`."""
        count = max(2, round(self.distance_m / POINT_SPACING_M) + 1)
        step = self.distance_m / (count - 1)
        rows = []
        for index in range(count):
            travelled = index * step
            latitude = 52.0 + math.degrees(travelled / EARTH_RADIUS_M)
            altitude = 30.0 + self.climb_m * math.sin(math.pi * travelled / self.distance_m)
            moment = self.start + timedelta(seconds=travelled / self.speed_m_s)
            rows.append((latitude, 13.0, altitude, moment, travelled))
        return rows

    @property
    def duration_s(self) -> float:
        return self.distance_m / self.speed_m_s


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def gpx(*legs: Leg) -> bytes:
    """A GPX 1.1 file with one track per leg (`<type>` from the leg's sport, if any)."""
    tracks = []
    for leg in legs:
        kind = f"<type>{leg.sport}</type>" if leg.sport else ""
        points = "".join(
            f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{alt:.1f}</ele>'
            + (f"<time>{_iso(moment)}</time>" if leg.with_times else "")
            + "</trkpt>"
            for lat, lon, alt, moment, _ in leg.points()
        )
        tracks.append(f"<trk><name>Morning</name>{kind}<trkseg>{points}</trkseg></trk>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="KneeGuard tests" xmlns="http://www.topografix.com/GPX/1/1">'
        + "".join(tracks)
        + "</gpx>"
    ).encode()


def tcx(*legs: Leg, multisport: bool = False) -> bytes:
    """A TCX file with one activity per leg (nested in a MultiSportSession if asked)."""
    activities = []
    for leg in legs:
        points = "".join(
            f"<Trackpoint><Time>{_iso(moment)}</Time><Position>"
            f"<LatitudeDegrees>{lat:.7f}</LatitudeDegrees>"
            f"<LongitudeDegrees>{lon:.7f}</LongitudeDegrees></Position>"
            f"<AltitudeMeters>{alt:.1f}</AltitudeMeters>"
            f"<DistanceMeters>{travelled:.1f}</DistanceMeters></Trackpoint>"
            for lat, lon, alt, moment, travelled in leg.points()
        )
        activities.append(
            f'<Activity Sport="{leg.sport or "Other"}"><Id>{_iso(leg.start)}</Id>'
            f'<Lap StartTime="{_iso(leg.start)}"><TotalTimeSeconds>{leg.duration_s:.1f}'
            f"</TotalTimeSeconds><DistanceMeters>{leg.distance_m:.1f}</DistanceMeters>"
            f"<Track>{points}</Track></Lap></Activity>"
        )
    if multisport:  # TCX v2: <Activities><MultiSportSession> FirstSport, then NextSport legs
        first, *rest = activities
        body = f"<MultiSportSession><Id>{_iso(legs[0].start)}</Id><FirstSport>{first}</FirstSport>"
        body += "".join(f"<NextSport>{activity}</NextSport>" for activity in rest)
        container = f"<Activities>{body}</MultiSportSession></Activities>"
    else:
        container = f"<Activities>{''.join(activities)}</Activities>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
        'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        + container
        + "</TrainingCenterDatabase>"
    ).encode()
