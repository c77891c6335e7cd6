"""Activity files for tests: the real FIT files in fixtures/ and files made on the spot.

The FIT files come from python-fitparse's test suite (MIT; see fixtures/activities/README.md).
GPX and TCX files come from bench.activity_files, FIT files of any length from bench.fit_file.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from bench.activity_files import Leg, gpx, tcx

__all__ = ["FIXTURES", "Leg", "fixture", "gpx", "gzipped", "tcx"]

FIXTURES = Path(__file__).with_name("fixtures") / "activities"


def fixture(name: str) -> bytes:
    """The bytes of a file in tests/fixtures/activities/."""
    return (FIXTURES / name).read_bytes()


def gzipped(content: bytes) -> bytes:
    return gzip.compress(content)
