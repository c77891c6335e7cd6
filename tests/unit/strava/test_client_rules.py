"""The pure parts of the Strava client and event handling: windows, headers, activities."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.activities import Sport
from bot.services.strava_events import session_from
from bot.strava.client import StravaError, Usage, read_usage, window_end

NOW = datetime(2026, 3, 2, 6, 7, 30, tzinfo=UTC)


def test_strava_windows_end_at_the_quarter_hour_and_at_midnight_utc() -> None:
    assert window_end(NOW, "15min") == datetime(2026, 3, 2, 6, 15, tzinfo=UTC)
    assert window_end(NOW, "day") == datetime(2026, 3, 3, tzinfo=UTC)


def test_rate_limit_headers_are_read() -> None:
    headers = {"X-RateLimit-Limit": "200,2000", "X-RateLimit-Usage": "15,301"}

    assert read_usage(headers) == Usage(15, 301, 200, 2000)
    assert read_usage({}) is None
    assert read_usage({"X-RateLimit-Limit": "200", "X-RateLimit-Usage": "1,2"}) is None


@pytest.mark.parametrize(
    ("sport_type", "sport"),
    [("Run", Sport.RUNNING), ("TrailRun", Sport.RUNNING), ("VirtualRun", Sport.RUNNING),
     ("Ride", Sport.CYCLING), ("EBikeRide", Sport.CYCLING), ("Walk", Sport.WALKING),
     ("Hike", Sport.HIKING), ("Swim", Sport.SWIMMING), ("Yoga", Sport.OTHER)],
)  # fmt: skip
def test_strava_sport_types_map_to_the_sports_files_give(sport_type: str, sport: Sport) -> None:
    activity = {"sport_type": sport_type, "start_date": "2026-03-02T06:00:00Z",
                "distance": 10012.5, "moving_time": 3001, "total_elevation_gain": 40}  # fmt: skip

    session = session_from(activity)

    assert session.sport is sport
    assert (session.started_at, session.distance_m, session.moving_s, session.elevation_gain_m) == (
        datetime(2026, 3, 2, 6, tzinfo=UTC), 10012.5, 3001.0, 40.0,
    )  # fmt: skip


def test_an_activity_without_its_fields_is_an_error_not_a_crash() -> None:
    with pytest.raises(StravaError):
        session_from({"sport_type": "Run", "start_date": "yesterday"})
