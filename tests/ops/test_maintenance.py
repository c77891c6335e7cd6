"""Pruning: finished delivery records older than the retention period go, the rest stay."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

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
