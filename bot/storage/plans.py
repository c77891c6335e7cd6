"""Repository for plans and their reminder schedules."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import time

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Plan, Schedule


async def get(session: AsyncSession, user_id: int) -> Plan | None:
    return await session.get(Plan, user_id)


async def get_or_create(session: AsyncSession, user_id: int) -> Plan:
    plan = await session.get(Plan, user_id)
    if plan is None:
        plan = Plan(
            user_id=user_id, running_days="", run_minutes=60, shoe_km=0.0,
            shoe_limit_km=600, disabled_kinds="",
        )  # fmt: skip
        session.add(plan)
        await session.flush()
    return plan


async def schedules_of(session: AsyncSession, user_id: int) -> list[Schedule]:
    rows = await session.scalars(
        select(Schedule).where(Schedule.user_id == user_id).order_by(Schedule.id)
    )
    return list(rows)


async def replace_schedules(
    session: AsyncSession, user_id: int, items: Iterable[tuple[str, int, time]]
) -> list[Schedule]:
    """Swap the user's schedules for new (kind, weekday, local time) rules."""
    await session.execute(delete(Schedule).where(Schedule.user_id == user_id))
    created = [
        Schedule(user_id=user_id, kind=kind, weekday=weekday, local_time=local_time)
        for kind, weekday, local_time in items
    ]
    session.add_all(created)
    await session.flush()
    return created
