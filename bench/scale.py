"""Scale: start-up, memory, claiming, hand-off and re-planning on seeded databases of N runners,
and the usual one-JobQueue-job-per-runner design on the same databases, side by side.

Every start-up runs in a fresh process (so memory figures do not mix); start-up time is from
spawning the process to the bot being ready (polling), as an operator would see it.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import child_environment
from bench.emulator_process import RemoteEmulator
from bench.report import Row, ratio
from bench.seed import seed_database

NOW = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # a Monday morning
MIB = 1024 * 1024
STARTUP_TARGET_SECONDS = 2.0
MEMORY_TARGET_MIB = 130.0
CLAIM_TARGET_SECONDS = 0.020
CLAIM_TARGET_USERS = 1_000_000
HANDOFF_TARGET_SECONDS = 0.100
CHILD_TIMEOUT_SECONDS = 1800.0


@dataclass
class Started:
    """What one fresh process reported."""

    seconds: float
    rss_mib: float
    details: dict[str, Any] = field(default_factory=dict)


async def start_child(
    design: str, database_url: str, base_url: str, *, extras: bool = False
) -> Started:
    """Spawn `bench.startup_child`, time spawn → READY, and collect what it prints."""
    arguments = ["--design", design, "--database-url", database_url, "--base-url", base_url,
                 "--now", NOW.isoformat()]  # fmt: skip
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.startup_child", *arguments,
        *(["--extras"] if extras else []), stdout=asyncio.subprocess.PIPE,
        env=child_environment(),
    )  # fmt: skip
    assert process.stdout is not None
    ready_at, rss, details = 0.0, 0, {}
    async with asyncio.timeout(CHILD_TIMEOUT_SECONDS):
        async for raw in process.stdout:
            line = raw.decode().strip()
            if line.startswith("READY "):
                ready_at, rss = time.perf_counter(), int(line.split()[1])
            elif line.startswith("{"):
                details = json.loads(line)
        code = await process.wait()
    if code != 0 or not ready_at:
        raise RuntimeError(f"{design} start-up process failed with exit code {code}")
    return Started(ready_at - started, rss / MIB, details)


async def run_scale(
    sizes: list[int], usual_sizes: list[int], folder: Path | None = None
) -> list[Row]:
    """Seed each size, start ours (with extras) and, for `usual_sizes`, the usual design."""
    rows: list[Row] = []
    work = Path(tempfile.mkdtemp(prefix="kneeguard-bench-", dir=folder))
    try:
        async with RemoteEmulator(users=0, limits=False) as remote:
            for users in sizes:
                rows += await _one_size(users, users in usual_sizes, work, remote.base_url)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


async def _one_size(users: int, with_usual: bool, work: Path, base_url: str) -> list[Row]:
    database_url = f"sqlite+aiosqlite:///{work / f'users-{users}.db'}"
    started = time.perf_counter()
    seeded = await seed_database(database_url, users, NOW)
    seed_seconds = time.perf_counter() - started
    ours = await start_child("ours", database_url, base_url, extras=True)
    name = f"scale {users:,} runners"
    extras = ours.details
    rows = [
        Row(name, "seeded", f"{seeded.schedules:,} schedules, {seeded.pending:,} pending",
            note=f"seeded in {seed_seconds:.1f} s"),
        Row(name, "start-up (spawn → ready)", f"{ours.seconds:.2f} s",
            f"≤ {STARTUP_TARGET_SECONDS:g} s", ours.seconds <= STARTUP_TARGET_SECONDS),
        Row(name, "resident memory when ready", f"{ours.rss_mib:.0f} MiB",
            f"≤ {MEMORY_TARGET_MIB:g} MiB", ours.rss_mib <= MEMORY_TARGET_MIB),
        _claim_row(name, users, extras),
        Row(name, f"hand-off of {extras['due']:,} due (tick → sender)",
            f"{extras['handoff_seconds'] * 1000:.0f} ms",
            f"≤ {HANDOFF_TARGET_SECONDS * 1000:g} ms",
            extras["handed_over"] == extras["due"]
            and extras["handoff_seconds"] <= HANDOFF_TARGET_SECONDS,
            f"{extras['handed_over']:,} handed over in {extras['ticks']} tick(s); all "
            f"{extras['sent']:,} outcomes recorded after {extras['recorded_seconds']:.2f} s"),
        Row(name, "re-plan one runner (median of 20)",
            f"{extras['replan_seconds'] * 1000:.1f} ms"),
    ]  # fmt: skip
    if with_usual:
        usual = await start_child("usual", database_url, base_url)
        jobs = usual.details.get("jobs", 0)
        rows += [
            Row(name, "usual design: start-up / memory",
                f"{usual.seconds:.2f} s / {usual.rss_mib:.0f} MiB",
                note=f"{jobs:,} run_daily jobs"),
            Row(name, "ours ÷ usual: start-up", ratio(ours.seconds, usual.seconds)),
            Row(name, "ours ÷ usual: memory", ratio(ours.rss_mib, usual.rss_mib)),
        ]  # fmt: skip
    return rows


def _claim_row(name: str, users: int, extras: dict[str, Any]) -> Row:
    seconds = extras["claim_seconds"]
    judged = users >= CLAIM_TARGET_USERS
    return Row(
        name, "claim next batch of 500 (median of 5)", f"{seconds * 1000:.1f} ms",
        f"≤ {CLAIM_TARGET_SECONDS * 1000:g} ms at 1,000,000" if judged else "",
        (seconds <= CLAIM_TARGET_SECONDS and extras["claimed"] == 500) if judged else None,
        f"{extras['claimed']} claimed",
    )  # fmt: skip
