"""Activity files: CPU per file and files read per second, on one core, by the bot's own reader.

The 10 km FIT is generated (bench.fit_file: one record a second at 3 m/s, as a watch records
it, 3,334 records); the 4.8 km FIT is the real Garmin file from the tests' fixtures; the GPX and
TCX files have a point every 5 m (bench.activity_files). The largest file the bot downloads,
a 20 MB GPX, shows what one file can cost at most in time and memory.
"""

from __future__ import annotations

import gzip
import statistics
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench.activity_files import Leg, gpx, tcx
from bench.fit_file import FitLeg, fit_activity
from bench.report import Row
from bot.activities import read_activity_file

BENCH = "activity files"
REAL_FIT = Path(__file__).parent.parent / "tests/fixtures/activities/2013-02-06-12-11-14.fit"
TEN_KM_CPU_TARGET_S = 0.25
"""A 10 km file should cost well under a second of a core: the handler reads it in a thread,
and the event loop shares the interpreter with it while it runs."""


def _cpu_seconds(read: Callable[[], object], repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        started = time.process_time()
        read()
        samples.append(time.process_time() - started)
    return samples


def _files_per_second(read: Callable[[], object], seconds: float) -> float:
    count, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        read()
        count += 1
    return count / elapsed


def _largest_gpx(distance_m: float) -> list[Row]:
    """CPU and peak Python memory for one GPX near the 20 MB download limit."""
    content = gpx(Leg("running", datetime(2026, 3, 3, 6, 0, tzinfo=UTC), distance_m))
    [cpu] = _cpu_seconds(lambda: read_activity_file(content), 1)
    tracemalloc.start()
    try:
        read_activity_file(content)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = f"{len(content) / 1024 / 1024:.1f} MB GPX ({distance_m / 1000:,.0f} km, 5 m apart)"
    return [
        Row(BENCH, f"{size}: CPU", f"{cpu:.2f} s"),
        Row(BENCH, f"{size}: peak memory while reading", f"{peak / 1024 / 1024:.0f} MiB",
            note="tracemalloc (Python allocations)"),
    ]  # fmt: skip


async def run_activities(
    repeats: int = 20, seconds: float = 3.0, largest_gpx_m: float = 1_000_000
) -> list[Row]:
    """CPU per 10 km file (FIT plain and gzipped, GPX, TCX) and per real 4.8 km FIT; files per
    second; the cost of a GPX near the download limit."""
    start = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)
    ten_km = fit_activity([FitLeg("running", start, 10_000, speed_m_s=3.0, climb_m=50)])
    packed = gzip.compress(ten_km)
    real = REAL_FIT.read_bytes()
    [session] = read_activity_file(ten_km)
    assert abs(session.distance_m - 10_000) < 1, session
    rows = []
    ten_km_leg = Leg("running", start, 10_000, speed_m_s=3.0, climb_m=50)
    files = (
        ("10 km FIT", ten_km), ("10 km FIT, gzipped", packed), ("real 4.8 km FIT", real),
        ("10 km GPX", gpx(ten_km_leg)), ("10 km TCX", tcx(ten_km_leg)),
    )  # fmt: skip
    for label, content in files:
        median = statistics.median(_cpu_seconds(lambda c=content: read_activity_file(c), repeats))
        is_ten_km = label == "10 km FIT"
        rows.append(
            Row(
                BENCH, f"{label}: CPU per file (median of {repeats})", f"{median * 1000:.0f} ms",
                target=f"≤ {TEN_KM_CPU_TARGET_S * 1000:.0f} ms" if is_ten_km else "",
                met=median <= TEN_KM_CPU_TARGET_S if is_ten_km else None,
                note=f"{len(content):,} bytes",
            )
        )  # fmt: skip
    rate = _files_per_second(lambda: read_activity_file(ten_km), seconds)
    rows.append(Row(BENCH, "10 km FITs read per second (one core)", f"{rate:.1f}"))
    return rows + _largest_gpx(largest_gpx_m)
