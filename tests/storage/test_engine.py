"""The SQLite connection settings every engine applies (bot.storage.engine)."""

from __future__ import annotations

from sqlalchemy import text

from bot.storage.engine import SQLITE_CACHE_KIB, SQLITE_MMAP_BYTES, create_engine


async def test_sqlite_connections_get_the_large_page_cache_and_the_memory_map(
    sqlite_url: str,
) -> None:
    engine = create_engine(sqlite_url)
    try:
        async with engine.connect() as connection:
            settings = {
                name: await connection.scalar(text(f"PRAGMA {name}"))
                for name in ("journal_mode", "foreign_keys", "cache_size", "mmap_size")
            }
    finally:
        await engine.dispose()

    assert settings == {
        "journal_mode": "wal", "foreign_keys": 1,
        "cache_size": -SQLITE_CACHE_KIB, "mmap_size": SQLITE_MMAP_BYTES,
    }  # fmt: skip
