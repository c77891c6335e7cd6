"""Strava's tables on a real SQLite file and the real PostgreSQL server: the shared budget
never gives more than its limit, the event queue stores a replay once and hands each event to
one claimer, and a claim left by a dead instance comes back after its lease."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import strava
from bot.strava.budget import DatabaseBudget
from bot.strava.client import BudgetSpent, Usage

NOW = datetime(2026, 3, 2, 6, 7, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]


async def test_the_budget_stops_at_the_15_minute_limit_and_opens_in_the_next_window(
    migrated_sessions: Sessions,
) -> None:
    budget = DatabaseBudget(migrated_sessions, limit_15min=3, limit_daily=100)
    for _ in range(3):
        await budget.take(NOW)

    try:
        await budget.take(NOW)
    except BudgetSpent as spent:
        until = spent.until
    else:
        raise AssertionError("a fourth request in the window was allowed")

    assert until == datetime(2026, 3, 2, 6, 15, tzinfo=UTC)
    await budget.take(until)  # the next window
    async with migrated_sessions() as session:
        assert await strava.used_in_window(session, NOW, strava.DAY) == 4  # refused not counted


async def test_the_daily_limit_holds_across_windows(migrated_sessions: Sessions) -> None:
    budget = DatabaseBudget(migrated_sessions, limit_15min=10, limit_daily=2)
    await budget.take(NOW)
    await budget.take(NOW + timedelta(minutes=20))

    try:
        await budget.take(NOW + timedelta(minutes=40))
    except BudgetSpent as spent:
        assert spent.until == datetime(2026, 3, 3, tzinfo=UTC)
    else:
        raise AssertionError("the daily limit was passed")


async def test_racing_instances_never_get_more_than_the_limit(migrated_sessions: Sessions) -> None:
    budgets = [DatabaseBudget(migrated_sessions, limit_15min=5, limit_daily=100) for _ in range(4)]

    async def take(budget: DatabaseBudget) -> bool:
        try:
            await budget.take(NOW)
        except BudgetSpent:
            return False
        return True

    granted = await asyncio.gather(*(take(budgets[i % 4]) for i in range(12)))

    assert sum(granted) == 5


async def test_stravas_own_count_and_a_429_fill_the_window(migrated_sessions: Sessions) -> None:
    budget = DatabaseBudget(migrated_sessions, limit_15min=200, limit_daily=2000)
    await budget.observe(NOW, Usage(150, 900, 200, 2000), limited=False)
    async with migrated_sessions() as session:
        assert await strava.used_in_window(session, NOW, strava.SHORT) == 150
    await budget.observe(NOW, Usage(3, 900, 200, 2000), limited=True)

    async with migrated_sessions() as session:
        assert await strava.used_in_window(session, NOW, strava.SHORT) == 200
        assert await strava.used_in_window(session, NOW, strava.DAY) == 900


async def _queue(sessions: Sessions, object_id: int, event_time: int = 1) -> bool:
    async with sessions.begin() as session:
        return await strava.add_event(
            session, owner_id=9101, object_type="activity", object_id=object_id,
            aspect_type="create", event_time=event_time, updates={}, now=NOW,
        )  # fmt: skip


async def test_a_replayed_event_is_queued_once(migrated_sessions: Sessions) -> None:
    assert await _queue(migrated_sessions, 1)
    assert not await _queue(migrated_sessions, 1)
    assert await _queue(migrated_sessions, 1, event_time=2)  # a later event on the same run


async def test_each_event_goes_to_one_claimer_and_a_dead_claim_comes_back(
    migrated_sessions: Sessions,
) -> None:
    for object_id in range(6):
        await _queue(migrated_sessions, object_id)

    async def claim(name: str) -> list[int]:
        async with migrated_sessions.begin() as session:
            return [event.id for event in await strava.claim_events(session, name, NOW, 4)]

    first, second = await asyncio.gather(claim("a"), claim("b"))
    assert len(first) + len(second) == 6 and not set(first) & set(second)
    assert await claim("c") == []
    assert sorted(await claim_later(migrated_sessions)) == sorted(first + second)


async def claim_later(sessions: Sessions) -> list[int]:
    async with sessions.begin() as session:
        later = NOW + strava.CLAIM_LEASE + timedelta(seconds=1)
        return [event.id for event in await strava.claim_events(session, "d", later, 10)]


async def test_handled_events_are_pruned_and_failed_ones_kept(migrated_sessions: Sessions) -> None:
    for object_id in range(3):
        await _queue(migrated_sessions, object_id)
    async with migrated_sessions.begin() as session:
        first, second, _still_claimed = await strava.claim_events(session, "a", NOW, 3)
        await strava.finish_event(session, first.id, strava.DONE)
        await strava.finish_event(session, second.id, strava.FAILED)

    async with migrated_sessions.begin() as session:
        kept = await strava.prune_events(session, NOW)
        pruned = await strava.prune_events(session, NOW + timedelta(seconds=1))

    assert (kept, pruned) == (0, 1)
    async with migrated_sessions() as session:
        assert await strava.events_by_state(session) == {"failed": 1, "claimed": 1}
