"""Activity files in, sessions out: real FIT files, generated GPX and TCX, and bad input."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta

import pytest

from bench.fit_file import FitLeg, fit_activity
from bot.activities import (
    MAX_DECOMPRESSED_BYTES,
    MAX_FILE_BYTES,
    ActivityFileError,
    Sport,
    read_activity_file,
)
from tests.activity_files import Leg, fixture, gpx, gzipped, tcx

MORNING = datetime(2026, 3, 3, 6, 12, tzinfo=UTC)
TOLERANCE = 0.005  # the "within 0.5 % of the decoder's session value"


def close(value: float, expected: float) -> bool:
    return abs(value - expected) <= TOLERANCE * expected


# The shared FIT fixtures: what a FIT decoder reads in their session messages (README.md).
@pytest.mark.parametrize(
    ("name", "sport", "start", "distance_m", "moving_s"),
    [
        ("2013-02-06-12-11-14.fit", Sport.RUNNING, datetime(2013, 2, 6, 12, 11, 14, tzinfo=UTC),
         4835.38, 2625.14),
        ("garmin-fenix-5-run.fit", Sport.RUNNING, datetime(2017, 6, 11, 14, 34, 9, tzinfo=UTC),
         157.56, 56.887),
        ("garmin-fenix-5-walk.fit", Sport.WALKING, datetime(2017, 6, 11, 14, 32, 51, tzinfo=UTC),
         67.85, 45.379),
        ("garmin-fenix-5-bike.fit", Sport.CYCLING, datetime(2017, 6, 12, 16, 9, 22, tzinfo=UTC),
         459.52, 60.363),
    ],
)  # fmt: skip
def test_each_fit_fixture_gives_its_session(
    name: str, sport: Sport, start: datetime, distance_m: float, moving_s: float
) -> None:
    [session] = read_activity_file(fixture(name), name)

    assert session.sport is sport
    assert session.is_run == (sport is Sport.RUNNING)
    assert session.started_at == start
    assert close(session.distance_m, distance_m)
    assert close(session.moving_s, moving_s)


def test_the_long_fit_run_reports_its_climb() -> None:
    [session] = read_activity_file(fixture("2013-02-06-12-11-14.fit"))
    assert session.elevation_gain_m == 168


def test_the_corrupt_fit_is_refused_as_broken_even_though_its_first_part_decodes() -> None:
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(fixture("activity-settings-corruptheader.fit"), "corrupt.fit")
    assert refused.value.key == "broken"


def test_a_fit_with_a_flipped_byte_fails_its_checksum() -> None:
    content = bytearray(fixture("garmin-fenix-5-run.fit"))
    content[len(content) // 2] ^= 0xFF
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(bytes(content))
    assert refused.value.key == "broken"


def test_a_gzipped_fit_as_strava_exports_it_reads_the_same() -> None:
    plain = read_activity_file(fixture("2013-02-06-12-11-14.fit"))
    assert read_activity_file(gzipped(fixture("2013-02-06-12-11-14.fit")), "1.fit.gz") == plain
    assert plain[0].fingerprint == read_activity_file(gzipped(fixture(
        "2013-02-06-12-11-14.fit")))[0].fingerprint  # fmt: skip


# Files the tests make: GPX


def test_a_gpx_run_gives_distance_moving_time_and_climb() -> None:
    leg = Leg("running", MORNING, 10_000, speed_m_s=3.2, climb_m=40)

    [session] = read_activity_file(gpx(leg), "run.gpx")

    assert session.sport is Sport.RUNNING and session.started_at == MORNING
    assert close(session.distance_m, 10_000)
    assert abs(session.moving_s - leg.duration_s) <= 5
    assert session.elevation_gain_m is not None and 30 <= session.elevation_gain_m <= 45


def test_a_gpx_without_a_type_counts_as_a_run_and_a_ride_does_not() -> None:
    [untyped] = read_activity_file(gpx(Leg(None, MORNING, 3_000)))
    [ride] = read_activity_file(gpx(Leg("cycling", MORNING, 20_000, speed_m_s=8)))
    assert untyped.sport is Sport.RUNNING
    assert ride.sport is Sport.CYCLING and not ride.is_run


@pytest.mark.parametrize(
    ("kind", "sport"),
    [("running", Sport.RUNNING), ("TrailRun", Sport.RUNNING), ("9", Sport.RUNNING),
     ("1", Sport.CYCLING), ("EBikeRide", Sport.CYCLING), ("10", Sport.WALKING),
     ("Hike", Sport.HIKING), ("Swim", Sport.SWIMMING), ("Yoga", Sport.OTHER),
     ("23", Sport.OTHER)],
)  # fmt: skip
def test_a_gpx_type_names_the_sport_in_words_or_as_stravas_number(
    kind: str, sport: Sport
) -> None:
    [session] = read_activity_file(gpx(Leg(kind, MORNING, 1_000)))
    assert session.sport is sport


def test_a_gpx_without_times_is_refused() -> None:
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(gpx(Leg("running", MORNING, 5_000, with_times=False)), "route.gpx")
    assert refused.value.key == "no_times"


def test_a_gpx_with_no_track_is_empty() -> None:
    content = b'<?xml version="1.0"?><gpx version="1.1" creator="x"><wpt lat="1" lon="2"/></gpx>'
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(content)
    assert refused.value.key == "empty"


def test_a_truncated_gpx_is_broken() -> None:
    content = gpx(Leg("running", MORNING, 2_000))
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(content[: len(content) // 2])
    assert refused.value.key == "broken"


# Files the tests make: TCX


def test_a_tcx_run_gives_its_laps_totals() -> None:
    [session] = read_activity_file(tcx(Leg("Running", MORNING, 8_000, climb_m=25)), "a.tcx")

    assert session.sport is Sport.RUNNING and session.started_at == MORNING
    assert close(session.distance_m, 8_000)
    assert close(session.moving_s, 8_000 / 3.0)
    assert session.elevation_gain_m is not None and 20 <= session.elevation_gain_m <= 26


def test_a_multisport_tcx_keeps_each_leg_apart() -> None:
    legs = (
        Leg("Biking", MORNING, 20_000, speed_m_s=8),
        Leg("Running", datetime(2026, 3, 3, 7, 0, tzinfo=UTC), 5_000),
    )

    sessions = read_activity_file(tcx(*legs, multisport=True))

    assert [(s.sport, round(s.distance_m)) for s in sessions] == [
        (Sport.CYCLING, 20_000), (Sport.RUNNING, 5_000),
    ]  # fmt: skip


def test_a_multisport_gpx_keeps_each_track_apart() -> None:
    legs = (Leg("running", MORNING, 4_000), Leg("walking", MORNING, 1_000, speed_m_s=1.4))
    assert [s.sport for s in read_activity_file(gpx(*legs))] == [Sport.RUNNING, Sport.WALKING]


# Bad input


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7 not a run", b"hello, this is text", b"<html><body>no</body></html>",
     b"PK\x03\x04 a zip archive", b"\x0e\x10\x00\x00\x00\x00\x00\x00.FAT not fit"],
)  # fmt: skip
def test_a_file_named_fit_that_is_not_one_is_refused(content: bytes) -> None:
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(content, "morning.fit")
    assert refused.value.key == "not_activity"


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(b"", "empty.fit")
    assert refused.value.key == "empty"


def test_a_file_over_telegrams_download_limit_is_refused_unread() -> None:
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(b"\0" * (MAX_FILE_BYTES + 1), "huge.gpx")
    assert refused.value.key == "too_big"


def test_a_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"\0" * (MAX_DECOMPRESSED_BYTES + 1024), compresslevel=9)
    assert len(bomb) < 1024 * 1024  # a small download that would unpack past the cap

    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(bomb, "bomb.gpx.gz")
    assert refused.value.key == "too_big"


def test_a_truncated_gzip_is_broken() -> None:
    packed = gzipped(gpx(Leg("running", MORNING, 2_000)))
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(packed[: len(packed) // 2], "run.gpx.gz")
    assert refused.value.key == "broken"


def test_xml_entity_declarations_are_refused() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gpx version="1.1">&b;</gpx>'
    )
    with pytest.raises(ActivityFileError) as refused:
        read_activity_file(laughs)
    assert refused.value.key == "broken"


def test_an_unknown_error_key_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown activity file error key"):
        ActivityFileError("oops", "x")


# FIT files the tests make (bench.fit_file writes what a watch writes)


def test_a_generated_10_km_fit_reads_back_its_session() -> None:
    content = fit_activity([FitLeg("running", MORNING, 10_000, speed_m_s=3.0, climb_m=50)])

    [session] = read_activity_file(content, "10k.fit")

    assert (session.sport, session.started_at) == (Sport.RUNNING, MORNING)
    assert close(session.distance_m, 10_000) and close(session.moving_s, 10_000 / 3.0)
    assert session.elevation_gain_m == 50


def test_a_multisport_fit_keeps_its_legs_and_drops_the_transition() -> None:
    legs = [
        FitLeg("cycling", MORNING, 20_000, speed_m_s=8.0),
        FitLeg("transition", MORNING + timedelta(minutes=42), 50, speed_m_s=1.0),
        FitLeg("running", MORNING + timedelta(minutes=43), 5_000, speed_m_s=3.2),
    ]

    sessions = read_activity_file(fit_activity(legs), "brick.fit")

    assert [(s.sport, round(s.distance_m)) for s in sessions] == [
        (Sport.CYCLING, 20_000), (Sport.RUNNING, 5_000),
    ]  # fmt: skip
