"""Every benchmark runs end to end at a trivial size, so none can rot (no timing asserted)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.activities import run_activities
from bench.broadcast import run_broadcast
from bench.claim import run_claims
from bench.delivery import run_delivery
from bench.report import Row, append_results, entry, markdown_table
from bench.scale import run_scale
from bench.seed import seed_database
from bench.updates import run_updates
from bot.storage.engine import create_engine
from bot.storage.models import Delivery, Schedule, User

pytestmark = pytest.mark.timeout(180)
NOW = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)


def figure(rows: list[Row], measure: str) -> Row:
    return next(row for row in rows if row.measure.startswith(measure))


async def test_seeded_rows_read_back_through_the_orm(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'seed.db'}"
    report = await seed_database(url, 20, NOW, due_now=5)
    engine = create_engine(url)
    async with engine.connect() as connection:
        users = await connection.scalar(select(func.count()).select_from(User))
        due = await connection.scalar(select(func.count()).where(Delivery.due_at <= NOW))
        schedules = await connection.scalar(select(func.count()).select_from(Schedule))
        earliest_future = await connection.scalar(
            select(func.min(Delivery.due_at)).where(Delivery.due_at > NOW)
        )
    await engine.dispose()
    assert (users, due, schedules) == (20, 5, report.schedules)
    assert earliest_future is not None and earliest_future.tzinfo is not None


async def test_delivery_sends_every_due_reminder_once() -> None:
    rows = await run_delivery(12, scale=10.0)
    assert figure(rows, "duplicates").value == "0"
    assert figure(rows, "losses").value == "0"


async def test_broadcast_reaches_every_runner_once_and_reports_it() -> None:
    rows = await run_broadcast(12, scale=10.0)
    assert figure(rows, "duplicates").value == "0"
    assert figure(rows, "losses").value == "0"
    assert figure(rows, "final report adds up").value == "yes"


async def test_scale_reports_both_designs() -> None:
    rows = await run_scale([30], [30])
    assert int(figure(rows, "claim next batch").note.split()[0]) > 0
    assert figure(rows, "hand-off").note.startswith("30 handed over")
    assert figure(rows, "usual design").note.endswith("run_daily jobs")


async def test_updates_measures_three_bots() -> None:
    rows = await run_updates(3)
    assert float(figure(rows, "KneeGuard reminder Done").value) > 0


def test_results_entry_is_appended_with_the_machine(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    rows = [Row("b", "m", "1", "≤ 2", True), Row("b", "n", "3", "≤ 2", False)]
    append_results(entry(rows, "python -m bench", ["why"], NOW), path)
    text = path.read_text()
    assert "## 2026-03-02 05:00 UTC" in text and "CPUs" in text and "| MISSED |" in text
    assert markdown_table(rows).count("\n") == 3


async def test_activities_reports_cpu_per_file_and_files_per_second() -> None:
    rows = await run_activities(repeats=1, seconds=0.05, largest_gpx_m=2_000)
    assert figure(rows, "10 km FIT: CPU per file").value.endswith(" ms")
    assert float(figure(rows, "10 km FITs read per second").value) > 0
    assert figure(rows, "0.0 MB GPX (2 km, 5 m apart): peak memory").value.endswith(" MiB")


async def test_claim_cost_is_measured_before_and_after_the_index_review(tmp_path: Path) -> None:
    rows = await run_claims([60], [], rounds=1, batch=5, folder=tmp_path)
    assert float(figure(rows, "claim of 5, schema 0012, orm").value) > 0
    assert float(figure(rows, "claim of 5, schema head, core").value) > 0
