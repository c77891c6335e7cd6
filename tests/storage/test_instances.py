"""Heartbeats of bot instances, on a real SQLite file and the real PostgreSQL server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import instances

T0 = datetime(2026, 12, 6, 17, 0, tzinfo=UTC)


async def test_a_beat_updates_the_instance_in_place_and_silence_is_found_by_age(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await instances.beat(session, "a", T0)
        await instances.beat(session, "b", T0)
    async with migrated_sessions.begin() as session:
        await instances.beat(session, "a", T0 + timedelta(seconds=40))  # b stays silent

    async with migrated_sessions.begin() as session:
        silent = await instances.silent_since(session, T0 + timedelta(seconds=10))
        forgotten = await instances.forget_silent_since(session, T0 + timedelta(seconds=10))
        left = await instances.silent_since(session, T0 + timedelta(hours=1))

    assert silent == ["b"]
    assert forgotten == 1
    assert left == ["a"]
