"""Repository for weekly distances (weeks start on Monday, the runner's local calendar)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import WeeklyDistance


async def set_week(session: AsyncSession, user_id: int, week_start: date, km: float) -> float:
    """Store a week's kilometres (replacing what was typed before); returns the old value."""
    row = await session.scalar(
        select(WeeklyDistance).where(
            WeeklyDistance.user_id == user_id, WeeklyDistance.week_start == week_start
        )
    )
    if row is None:
        session.add(WeeklyDistance(user_id=user_id, week_start=week_start, km=km))
        await session.flush()
        return 0.0
    previous, row.km = row.km, km
    return previous


async def km_by_week(
    session: AsyncSession, user_id: int, weeks: Sequence[date]
) -> dict[date, float]:
    rows = await session.execute(
        select(WeeklyDistance.week_start, WeeklyDistance.km).where(
            WeeklyDistance.user_id == user_id, WeeklyDistance.week_start.in_(weeks)
        )
    )
    return dict(rows.all())


async def weeks_since(session: AsyncSession, user_id: int, first: date) -> list[WeeklyDistance]:
    rows = await session.scalars(
        select(WeeklyDistance)
        .where(WeeklyDistance.user_id == user_id, WeeklyDistance.week_start >= first)
        .order_by(WeeklyDistance.week_start)
    )
    return list(rows)


async def latest_positive(session: AsyncSession, user_id: int) -> float | None:
    """The most recent week with any distance, or None."""
    return await session.scalar(
        select(WeeklyDistance.km)
        .where(WeeklyDistance.user_id == user_id, WeeklyDistance.km > 0)
        .order_by(WeeklyDistance.week_start.desc())
        .limit(1)
    )
