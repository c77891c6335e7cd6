"""GPX tracks (Strava, Komoot, phone apps) through gpxpy: one session per `<trk>`.

A track's `<type>` names the sport (Strava writes "running", "cycling"...); a track without one
is taken as a run, since the runner sent it to a running log. Distance is the 2D length along
the points, as Strava reports it; moving time leaves out stops; the climb is gpxpy's smoothed
uphill. Without timestamps a track cannot be placed on a day, so it is refused.
"""

from __future__ import annotations

from datetime import UTC, datetime

import gpxpy
import gpxpy.gpx

from bot.activities.sessions import ActivityFileError, ActivitySession, Sport, sport_named


def read_sessions(content: bytes) -> list[ActivitySession]:
    """One session per track that has points; routes and waypoints are not activities."""
    try:
        document = gpxpy.parse(content.decode("utf-8-sig"))
    except (gpxpy.gpx.GPXException, ValueError) as error:  # UnicodeDecodeError is a ValueError
        raise ActivityFileError("broken", f"GPX: {error}") from error
    sessions = []
    for track in document.tracks:
        session = _session(track)
        if session is not None:
            sessions.append(session)
    return sessions


def _session(track: gpxpy.gpx.GPXTrack) -> ActivitySession | None:
    points = [point for segment in track.segments for point in segment.points]
    if not points:
        return None
    times = [point.time for point in points if point.time is not None]
    if not times:
        raise ActivityFileError("no_times", "GPX track without timestamps")
    moving = track.get_moving_data()
    moving_s = moving.moving_time if moving is not None and moving.moving_time else 0.0
    if not moving_s:
        moving_s = (max(times) - min(times)).total_seconds()
    return ActivitySession(
        sport=sport_named(track.type) if track.type else Sport.RUNNING,
        started_at=_utc(min(times)),
        distance_m=track.length_2d(),
        moving_s=float(moving_s),
        elevation_gain_m=track.get_uphill_downhill().uphill if track.has_elevations() else None,
    )


def _utc(moment: datetime) -> datetime:
    """GPX times are UTC ("Z"); one written without a zone is read as UTC too."""
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
