"""`python -m bot backup`: a copy taken while the bot writes is consistent and restores."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import load_settings
from bot.ops import backup
from bot.storage import deliveries, migrate, users
from bot.storage.deliveries import NewDelivery
from bot.storage.engine import create_engine, create_session_factory
from bot.storage.models import Delivery, User
from tests.ops.seed import NOW

BATCH = 50
PRELOADED_USERS = 200


async def add_runner_with_reminders(session: AsyncSession, user_id: int) -> None:
    """One transaction's worth of writes: a user and BATCH reminders that belong together."""
    await users.touch(session, user_id, user_id, "en", NOW)
    await deliveries.add_many(
        session,
        [NewDelivery(user_id, "warmup", NOW + timedelta(minutes=i)) for i in range(BATCH)],
    )


def table_counts(path: Path) -> tuple[int, int, str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        (verdict,) = connection.execute("PRAGMA integrity_check").fetchone()
        (user_count,) = connection.execute("SELECT count(*) FROM users").fetchone()
        (delivery_count,) = connection.execute("SELECT count(*) FROM deliveries").fetchone()
    return user_count, delivery_count, verdict


async def test_a_backup_under_load_is_a_consistent_snapshot_that_restores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live.db"
    url = f"sqlite+aiosqlite:///{live}"
    engine = create_engine(url)
    await migrate.upgrade(engine)
    sessions: async_sessionmaker[AsyncSession] = create_session_factory(engine)
    async with sessions.begin() as session:
        for user_id in range(1, PRELOADED_USERS + 1):
            await add_runner_with_reminders(session, user_id)
    writing = asyncio.Event()
    moved_on = asyncio.Event()
    stop = asyncio.Event()
    written = PRELOADED_USERS
    moved_on_at: int | None = None

    async def keep_writing() -> None:
        nonlocal written
        while not stop.is_set():
            async with sessions.begin() as session:
                await add_runner_with_reminders(session, written + 1)
            written += 1
            if written >= PRELOADED_USERS + 5:
                writing.set()
            if moved_on_at is not None and written >= moved_on_at:
                moved_on.set()

    writer = asyncio.create_task(keep_writing())
    await asyncio.wait_for(writing.wait(), timeout=10)
    before = written
    target = tmp_path / "backup.db"

    status = await backup.run_backup(load_settings(database_url=url), str(target))

    after_backup = written
    moved_on_at = after_backup + 5
    await asyncio.wait_for(moved_on.wait(), timeout=10)
    stop.set()
    await writer
    await engine.dispose()
    assert status == 0, capsys.readouterr().err
    assert "integrity ok" in capsys.readouterr().out
    user_count, delivery_count, verdict = table_counts(target)
    assert verdict == "ok"
    assert before <= user_count <= after_backup < written
    assert delivery_count == user_count * BATCH, "the copy holds half a transaction"

    restored = tmp_path / "restored" / "kneeguard.db"
    restored.parent.mkdir()
    shutil.copyfile(target, restored)
    engine = create_engine(f"sqlite+aiosqlite:///{restored}")
    await migrate.upgrade(engine)
    async with create_session_factory(engine)() as session:
        restored_users = await session.scalar(select(func.count()).select_from(User))
        highest = await session.scalar(select(func.max(User.id)))
        orphans = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.user_id > (highest or 0))
        )
    await engine.dispose()
    assert restored_users == user_count == highest
    assert orphans == 0


async def test_postgresql_is_pointed_to_pg_dump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings(database_url="postgresql+asyncpg://kg@127.0.0.1/kneeguard")

    status = await backup.run_backup(settings, str(tmp_path / "backup.db"))

    assert status == 1
    assert "pg_dump" in capsys.readouterr().err
    assert not (tmp_path / "backup.db").exists()


async def test_an_existing_target_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live.db"
    sqlite3.connect(live).close()
    target = tmp_path / "backup.db"
    target.write_text("yesterday's backup")

    status = await backup.run_backup(
        load_settings(database_url=f"sqlite+aiosqlite:///{live}"), str(target)
    )

    assert status == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == "yesterday's backup"


def test_a_missing_database_is_named(tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.backup_sqlite(tmp_path / "absent.db", tmp_path / "backup.db")
