"""The pause announcement row on a real SQLite file and the real PostgreSQL server."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.domain.vocabulary import PAUSE_END_KIND
from bot.services import accounts, pausing
from bot.storage import users
from bot.storage.models import Delivery, User

NOW = datetime(2026, 3, 2, 21, 30, 15, 123456, tzinfo=UTC)  # 22:30 in Berlin, microseconds kept


async def announcements(session: AsyncSession) -> list[Delivery]:
    query = select(Delivery).where(Delivery.kind == PAUSE_END_KIND)
    return list(await session.scalars(query))


async def test_a_timed_pause_queues_one_announcement_after_quiet_hours(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        user, _ = await users.touch(session, 7001, 7001, "en", NOW)
        await accounts.give_consent(session, user, NOW)
        user.timezone, user.quiet_start, user.quiet_end = "Europe/Berlin", time(22), time(7)
        assert await pausing.pause(session, user, NOW, 3)
        assert not await pausing.pause(session, user, NOW, 1)  # paused already: no change
    async with migrated_sessions() as session:
        [row] = await announcements(session)
        stored = await session.get(User, 7001)
    assert stored is not None and stored.paused_until == NOW + timedelta(days=3)
    # The pause ends at 22:30 Berlin, inside quiet hours: the news waits for 07:00 (06:00 UTC).
    assert row.due_at == datetime(2026, 3, 6, 6, 0, tzinfo=UTC) and row.state == "pending"
    assert pausing.announcement_is_current(row, stored)  # survives the round trip exactly

    async with migrated_sessions.begin() as session:
        stored = await session.get(User, 7001)
        assert stored is not None
        assert await pausing.resume(session, stored, NOW + timedelta(hours=1))
    async with migrated_sessions() as session:
        assert await announcements(session) == []


async def test_an_open_pause_queues_nothing(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        user, _ = await users.touch(session, 7002, 7002, "en", NOW)
        assert await pausing.pause(session, user, NOW, None)
    async with migrated_sessions() as session:
        assert await announcements(session) == []
        stored = await session.get(User, 7002)
    assert stored is not None and stored.paused_indefinitely and stored.paused_until is None
