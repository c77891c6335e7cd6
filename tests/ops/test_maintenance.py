"""Pruning: finished delivery records older than the retention period go, the rest stay."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import ManualClock
from bot.config import load_settings
from bot.content import default_content
from bot.runtime import Runtime
from bot.storage import deliveries, migrate, users
from bot.storage.engine import create_engine, create_session_factory
from bot.storage.models import Delivery
from scheduler.maintenance import prune_old_deliveries
from tests.ops.seed import NOW

RETENTION_DAYS = 30


def _runtime(database_url: str, engine: AsyncEngine) -> Runtime:
    return Runtime(
        settings=load_settings(database_url=database_url, delivery_retention_days=RETENTION_DAYS),
        clock=ManualClock(NOW),
        content=default_content(),
        start_jobs=False,
        engine=engine,
        sessions=create_session_factory(engine),
    )


async def test_only_finished_records_past_retention_are_pruned(database_url: str) -> None:
    engine = create_engine(database_url)
    await migrate.upgrade(engine)
    sessions = create_session_factory(engine)
    old = NOW - timedelta(days=RETENTION_DAYS, hours=1)
    recent = NOW - timedelta(days=RETENTION_DAYS - 1)
    async with sessions.begin() as session:
        await users.touch(session, 1, 1, "en", NOW)
        session.add_all(
            [
                Delivery(user_id=1, kind="warmup", due_at=old, state=deliveries.SENT),
                Delivery(user_id=1, kind="stretch", due_at=old, state=deliveries.FAILED),
                Delivery(user_id=1, kind="rest", due_at=old, state=deliveries.PENDING),
                Delivery(user_id=1, kind="warmup", due_at=recent, state=deliveries.SENT),
            ]
        )
    runtime = Runtime(
        settings=load_settings(database_url=database_url, delivery_retention_days=RETENTION_DAYS),
        clock=ManualClock(NOW),
        content=default_content(),
        start_jobs=False,
        engine=engine,
        sessions=sessions,
    )

    removed = await prune_old_deliveries(runtime)

    async with sessions() as session:
        rows = await session.scalars(select(Delivery).order_by(Delivery.kind))
        left = [(row.kind, row.state, row.due_at) for row in rows]
    await engine.dispose()
    assert removed == 2
    assert left == [("rest", deliveries.PENDING, old), ("warmup", deliveries.SENT, recent)]


async def test_a_large_prune_goes_in_batches_and_takes_every_old_record(database_url: str) -> None:
    engine = create_engine(database_url)
    await migrate.upgrade(engine)
    runtime = _runtime(database_url, engine)
    old = NOW - timedelta(days=RETENTION_DAYS + 3)
    async with create_session_factory(engine).begin() as session:
        await users.touch(session, 1, 1, "en", NOW)
        session.add_all(
            Delivery(user_id=1, kind="warmup", due_at=old + timedelta(hours=hour), state="sent")
            for hour in range(7)
        )

    removed = await prune_old_deliveries(runtime, batch=2)

    async with create_session_factory(engine)() as session:
        left = await session.scalar(select(func.count()).select_from(Delivery))
    await engine.dispose()
    assert (removed, left) == (7, 0)


async def test_pruning_finds_old_records_by_index_not_by_scanning(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    await migrate.upgrade(engine)
    query = (
        select(Delivery.id)
        .where(Delivery.due_at < NOW, Delivery.state.in_(deliveries.FINAL_STATES))
        .limit(10)
    )
    async with engine.connect() as connection:
        compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
        plan = (await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")).all()
    await engine.dispose()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_deliveries_due_at" in details, details
