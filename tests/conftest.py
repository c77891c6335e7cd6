"""Shared fixtures: temporary SQLite files and a throwaway PostgreSQL database."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.storage import migrate
from bot.storage.engine import create_engine, create_session_factory

POSTGRES_ADMIN_DSN = os.environ.get(
    "KNEEGUARD_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)
SETTING_NAMES = tuple(name.upper() for name in Settings.model_fields)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Tests never read the developer's .env or settings from the environment."""
    for name in SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    yield


@contextlib.asynccontextmanager
async def throwaway_postgres() -> AsyncIterator[str]:
    """A fresh database on the PostgreSQL server, dropped afterwards; skips without a server."""
    try:
        admin = await asyncpg.connect(POSTGRES_ADMIN_DSN, timeout=3)
    except (OSError, asyncpg.PostgresError) as error:
        pytest.skip(f"no PostgreSQL server answers at {POSTGRES_ADMIN_DSN}: {error}")
    name = f"kneeguard_{uuid.uuid4().hex[:12]}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    base = POSTGRES_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
    try:
        yield f"{base}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'kneeguard.db'}"


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    async with throwaway_postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Storage tests run on a real SQLite file and on the real PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'kneeguard.db'}"
        return
    async with throwaway_postgres() as url:
        yield url


@contextlib.asynccontextmanager
async def migrated(url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A session factory on `url` with every migration applied; the engine closes afterwards."""
    engine = create_engine(url)
    try:
        await migrate.upgrade(engine)
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


@pytest.fixture
async def migrated_sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a migrated database: a real SQLite file, then the real PostgreSQL server."""
    async with migrated(database_url) as sessions:
        yield sessions
