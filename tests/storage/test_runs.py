"""Logged runs on a real SQLite file and the real PostgreSQL server: once each, spikes, erasure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.activities import ActivitySession, Sport
from bot.domain.runs import Spike
from bot.services import accounts
from bot.services.runs import Verdict, log_sessions
from bot.storage import runs, user_rows, users
from bot.storage.models import Run

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
MORNING = datetime(2026, 3, 10, 6, 30, tzinfo=UTC)


def run(start: datetime, km: float, sport: Sport = Sport.RUNNING) -> ActivitySession:
    return ActivitySession(sport, start, round(km * 1000), round(km * 360), 12.0)


async def _runner(session: AsyncSession, user_id: int) -> None:
    user, _ = await users.touch(session, user_id, user_id, "en", NOW)
    await accounts.give_consent(session, user, NOW)


async def stored(sessions: async_sessionmaker[AsyncSession], user_id: int) -> list[Run]:
    async with sessions() as session:
        return list(await session.scalars(select(Run).where(Run.user_id == user_id)))


async def test_a_run_is_logged_once_and_the_same_file_again_is_a_duplicate(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await _runner(session, 1)
        first = await log_sessions(session, 1, [run(MORNING, 10.2)], NOW)
    async with migrated_sessions.begin() as session:
        again = await log_sessions(session, 1, [run(MORNING, 10.2)], NOW)

    assert [o.verdict for o in first + again] == [Verdict.LOGGED, Verdict.DUPLICATE]
    [row] = await stored(migrated_sessions, 1)
    assert (row.started_at, row.distance_m, row.moving_s, row.source) == (
        MORNING, 10_200, 3_672, "file",
    )  # fmt: skip


async def test_the_same_run_from_another_device_is_a_duplicate_but_a_second_run_is_not(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    phone = run(MORNING + timedelta(minutes=3), 10.45)  # 2.4 % longer, 3 min later
    evening = run(MORNING + timedelta(hours=10), 10.2)
    longer = run(MORNING + timedelta(minutes=1), 10.6)  # 3.8 % longer: not the same run
    async with migrated_sessions.begin() as session:
        await _runner(session, 1)
        outcomes = await log_sessions(session, 1, [run(MORNING, 10.2)], NOW)
        outcomes += await log_sessions(session, 1, [phone, evening, longer], NOW)

    assert [o.verdict for o in outcomes] == [
        Verdict.LOGGED, Verdict.LOGGED, Verdict.DUPLICATE, Verdict.LOGGED,
    ]  # fmt: skip  (sorted by start: morning, longer at +1 min, phone at +3 min, evening)
    assert len(await stored(migrated_sessions, 1)) == 3


async def test_other_sports_are_named_not_stored_and_runs_are_per_runner(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await _runner(session, 1)
        await _runner(session, 2)
        walk = await log_sessions(session, 1, [run(MORNING, 3, Sport.WALKING)], NOW)
        mine = await log_sessions(session, 1, [run(MORNING, 8)], NOW)
        theirs = await log_sessions(session, 2, [run(MORNING, 8)], NOW)

    assert [o.verdict for o in walk + mine + theirs] == [
        Verdict.NOT_RUN, Verdict.LOGGED, Verdict.LOGGED,
    ]  # fmt: skip
    assert [len(await stored(migrated_sessions, u)) for u in (1, 2)] == [1, 1]


async def test_a_run_much_longer_than_the_30_day_longest_is_a_spike(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await _runner(session, 1)
        await log_sessions(session, 1, [run(MORNING - timedelta(days=31), 30)], NOW)  # too old
        await log_sessions(session, 1, [run(MORNING - timedelta(days=20), 10)], NOW)
        await log_sessions(session, 1, [run(MORNING - timedelta(days=3), 8)], NOW)
        [steady] = await log_sessions(session, 1, [run(MORNING - timedelta(days=1), 10.5)], NOW)
        [longer] = await log_sessions(session, 1, [run(MORNING, 12)], NOW)
        [double] = await log_sessions(session, 1, [run(MORNING + timedelta(days=1), 25)], NOW)

    assert steady.spike is Spike.NONE
    assert (longer.spike, longer.longest_before_m) == (Spike.SPIKE, 10_500)
    assert (double.spike, double.longest_before_m) == (Spike.BIG, 12_000)


async def test_the_fingerprint_is_unique_per_runner(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    fields = {"started_at": MORNING, "distance_m": 5_000.0, "moving_s": 1_500.0,
              "elevation_gain_m": None, "source": runs.FILE, "fingerprint": "f" * 64, "now": NOW}
    async with migrated_sessions.begin() as session:
        await _runner(session, 1)
        await runs.add(session, 1, **fields)  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        async with migrated_sessions.begin() as session:
            await runs.add(session, 1, **fields)  # type: ignore[arg-type]


async def test_runs_are_exported_and_erased_with_the_runner(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await _runner(session, 1)
        await log_sessions(session, 1, [run(MORNING, 10.2), run(NOW, 5)], NOW)
    async with migrated_sessions.begin() as session:
        exported = (await user_rows.rows_by_table(session, 1))["runs"]
        latest = await runs.latest(session, 1, limit=1)
        await accounts.erase_everything(session, 1)
    async with migrated_sessions() as session:
        left = await session.scalar(select(func.count()).select_from(Run))

    assert [row["distance_m"] for row in exported] == [10_200, 5_000]
    assert [row.started_at for row in latest] == [NOW]
    assert left == 0
