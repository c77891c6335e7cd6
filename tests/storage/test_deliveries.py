"""Claiming due deliveries: exactly once, even with two dispatchers on PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import deliveries, users
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Delivery
from scheduler.sender import Priority
from tests.conftest import migrated

NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


@pytest.fixture
def sessions(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    return migrated_sessions


async def _seed(sessions: async_sessionmaker[AsyncSession], count: int) -> None:
    async with sessions.begin() as session:
        for user_id in range(1, count + 1):
            await users.touch(session, user_id, user_id, "en", NOW)
        await deliveries.add_many(
            session,
            [
                NewDelivery(user_id=i, kind="warmup", due_at=NOW - timedelta(minutes=1))
                for i in range(1, count + 1)
            ]
            + [NewDelivery(user_id=1, kind="stretch", due_at=NOW + timedelta(hours=1))],
        )


async def test_claim_takes_only_due_rows_once(sessions: async_sessionmaker[AsyncSession]) -> None:
    await _seed(sessions, 5)
    async with sessions.begin() as session:
        first = await deliveries.claim_due(session, NOW, "a", limit=100)
    async with sessions.begin() as session:
        second = await deliveries.claim_due(session, NOW, "a", limit=100)
    assert sorted(row.user_id for row in first) == [1, 2, 3, 4, 5]
    assert {row.kind for row in first} == {"warmup"}
    assert second == []


async def test_claim_takes_escalations_before_an_older_backlog(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _seed(sessions, 5)  # five warm-ups due a minute ago
    async with sessions.begin() as session:
        await deliveries.add_many(
            session, [NewDelivery(user_id=3, kind="escalation", due_at=NOW, priority=2)]
        )
    async with sessions.begin() as session:
        first = await deliveries.claim_due(session, NOW, "a", limit=2)
    assert [row.kind for row in first] == ["escalation", "warmup"]


async def test_claim_takes_reminders_before_an_older_broadcast_backlog(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        for user_id in range(1, 7):
            await users.touch(session, user_id, user_id, "en", NOW)
        await deliveries.add_many(
            session,
            [
                NewDelivery(user_id=i, kind="broadcast", due_at=NOW - timedelta(hours=1),
                            priority=0)
                for i in range(1, 6)
            ]
            + [NewDelivery(user_id=6, kind="warmup", due_at=NOW)],
        )  # fmt: skip
    async with sessions.begin() as session:
        first = await deliveries.claim_due(session, NOW, "a", limit=3)
    assert [row.kind for row in first] == ["warmup", "broadcast", "broadcast"]


def test_priority_levels_are_the_senders_most_urgent_first() -> None:
    stored = [int(level) for level in Priority if level is not Priority.REPLY]  # never a row
    assert tuple(sorted(stored, reverse=True)) == deliveries.PRIORITY_LEVELS


async def test_claiming_scans_an_index_per_level_and_never_sorts_the_backlog(
    sqlite_url: str,
) -> None:
    async with migrated(sqlite_url) as sessions:
        bind = sessions.kw["bind"]
        claims: list[tuple[str, Any]] = []

        def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            if statement.lstrip().upper().startswith("UPDATE DELIVERIES"):
                claims.append((statement, parameters))

        event.listen(bind.sync_engine, "before_cursor_execute", capture)
        async with sessions.begin() as session:
            await deliveries.claim_due(session, NOW, "a", limit=10)
        event.remove(bind.sync_engine, "before_cursor_execute", capture)
        plans = []
        async with bind.connect() as connection:
            for statement, parameters in claims:
                # UPDATE … SET (3 values) WHERE id IN (SELECT …) RETURNING …: the SELECT's plan
                select_part = statement[statement.index("SELECT") :].rsplit(")", 1)[0]
                rows = await connection.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {select_part}", tuple(parameters[3:])
                )
                plans.append(" | ".join(str(row[-1]) for row in rows))
    assert len(plans) == len(deliveries.PRIORITY_LEVELS)
    for plan in plans:
        assert "ix_deliveries_pending_priority_due (priority=? AND due_at<?)" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


async def test_duplicate_key_is_ignored(sessions: async_sessionmaker[AsyncSession]) -> None:
    await _seed(sessions, 1)
    async with sessions.begin() as session:
        added = await deliveries.add_many(
            session, [NewDelivery(user_id=1, kind="warmup", due_at=NOW - timedelta(minutes=1))]
        )
    assert added == 0


async def test_uncounted_insert_also_ignores_existing_rows(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _seed(sessions, 2)
    again = [
        NewDelivery(user_id=1, kind="warmup", due_at=NOW - timedelta(minutes=1)),
        NewDelivery(user_id=2, kind="rest", due_at=NOW + timedelta(days=1)),
    ]
    async with sessions.begin() as session:
        await deliveries.add_many(session, again, count=False)
    async with sessions() as session:
        rows = await session.execute(select(Delivery.user_id, Delivery.kind))
        assert sorted(rows.all()) == [(1, "stretch"), (1, "warmup"), (2, "rest"), (2, "warmup")]


async def test_recovery_requeues_untried_and_marks_sending_in_doubt(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _seed(sessions, 3)
    async with sessions.begin() as session:
        claimed = await deliveries.claim_due(session, NOW, "a", limit=100)
        await deliveries.set_state(session, [claimed[0].id], deliveries.SENDING)
    async with sessions.begin() as session:
        requeued, in_doubt = await deliveries.recover_interrupted(session)
    assert (requeued, in_doubt) == (2, 1)
    async with sessions.begin() as session:
        again = await deliveries.claim_due(session, NOW, "b", limit=100)
    assert claimed[0].id not in {row.id for row in again}
    assert len(again) == 2


async def test_scoped_recovery_takes_own_and_abandoned_claims_only(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _seed(sessions, 3)
    async with sessions.begin() as session:
        rows = await deliveries.claim_due(session, NOW, "x", limit=100)
        mine, abandoned, alive = sorted(rows, key=lambda row: row.user_id)
        await deliveries.set_state(session, [mine.id], deliveries.CLAIMED, claimed_by="me")
        await deliveries.set_state(
            session, [abandoned.id], deliveries.SENDING, claimed_by="dead",
            claimed_at=NOW - timedelta(hours=1),
        )  # fmt: skip
        await deliveries.set_state(session, [alive.id], deliveries.SENDING, claimed_by="other")
    async with sessions.begin() as session:
        counts = await deliveries.recover_interrupted(
            session, claimer="me", stale_before=NOW - timedelta(minutes=15)
        )
    assert counts == (1, 1)
    async with sessions.begin() as session:
        states = {row.user_id: row.state for row in await deliveries.pending_for_user(session, 1)}
        alive_row = await deliveries.get(session, alive.id)
        abandoned_row = await deliveries.get(session, abandoned.id)
    assert states == {1: deliveries.PENDING}
    assert abandoned_row is not None and abandoned_row.state == deliveries.IN_DOUBT
    assert alive_row is not None and alive_row.state == deliveries.SENDING


async def test_two_dispatchers_on_postgres_never_claim_the_same_row(
    postgres_url: str,
) -> None:
    async with migrated(postgres_url) as sessions:
        await _seed(sessions, 400)

        async def claimer(name: str) -> list[int]:
            taken: list[int] = []
            while True:
                async with sessions.begin() as session:
                    rows = await deliveries.claim_due(session, NOW, name, limit=7)
                if not rows:
                    return taken
                taken.extend(row.id for row in rows)

        a, b = await asyncio.gather(claimer("a"), claimer("b"))
        assert not set(a) & set(b)
        assert len(a) + len(b) == 400
        assert a and b


async def test_an_answer_is_recorded_once_with_the_runner_read_in_the_same_statement(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _seed(sessions, 2)
    async with sessions.begin() as session:
        runner = await users.get(session, 1)
        assert runner is not None
        runner.preferred_language, runner.timezone, runner.knee_status = (
            "de",
            "Europe/Berlin",
            "rest",
        )
    async with sessions() as session:
        mine = await session.scalar(
            select(Delivery.id).where(Delivery.user_id == 1, Delivery.kind == "warmup")
        )
    assert mine is not None

    async with sessions.begin() as session:
        answered = await deliveries.answer(session, mine, 1, "done", NOW, {"warmup"})
        again = await deliveries.answer(session, mine, 1, "skipped", NOW, {"warmup"})
        forged = await deliveries.answer(session, mine, 2, "done", NOW, {"warmup"})
        other_kind = await deliveries.answer(session, mine, 1, "done", NOW, {"rest"})

    assert answered is not None
    assert (answered.kind, answered.knee_status, answered.preferred_language) == (
        "warmup", "rest", "de",
    )  # fmt: skip
    assert (answered.timezone, answered.quiet_start is not None) == ("Europe/Berlin", True)
    assert (again, forged, other_kind) == (None, None, None)
    async with sessions() as session:
        row = await session.get(Delivery, mine)
    assert row is not None and (row.response, row.responded_at) == ("done", NOW)
