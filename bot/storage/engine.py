"""The async engine and session factory, with SQLite tuned for a bot (WAL, FKs, busy timeout,
a larger page cache and memory-mapped reads)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

SQLITE_BUSY_TIMEOUT_MS = 5000
SQLITE_CACHE_KIB = 65536
"""Page cache per connection, 64 MiB at most (SQLite's default is 2 MiB): the indexes a claim
walks stay in memory. It grows only with pages actually read."""
SQLITE_MMAP_BYTES = 256 * 1024 * 1024
"""Reads through a memory map of the first 256 MiB of the file: no read() copy per page, and
the pages are shared by every connection through the OS page cache."""


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cursor.close()


def ensure_sqlite_folder(database_url: str) -> None:
    """Create the folder an SQLite file lives in, so the first run just works."""
    url = make_url(database_url)
    if url.drivername.startswith("sqlite") and url.database and url.database != ":memory:":
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def create_engine(database_url: str, *, echo: bool = False) -> AsyncEngine:
    """An engine for SQLite (aiosqlite) or PostgreSQL (asyncpg).

    Bound values are kept out of error messages and echo lines (hide_parameters): they hold
    runners' answers, and database errors end up in the log.
    """
    ensure_sqlite_folder(database_url)
    if database_url.startswith("sqlite"):
        engine = create_async_engine(database_url, echo=echo, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_async_engine(
        database_url, echo=echo, hide_parameters=True, pool_pre_ping=True, pool_size=10
    )


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
