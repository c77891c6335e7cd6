"""Heartbeats of running bot instances (PostgreSQL, several instances on one database)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Instance


async def beat(session: AsyncSession, instance_id: str, now: datetime) -> None:
    """Record that `instance_id` is alive at `now` (one row per instance, updated in place)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Instance).values(id=instance_id, last_seen=now)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[Instance.id], set_={"last_seen": statement.excluded.last_seen}
        )
    )


async def silent_since(session: AsyncSession, cutoff: datetime) -> list[str]:
    """Instances whose last heartbeat is older than `cutoff`: dead, or cut off from the database."""
    return list(await session.scalars(select(Instance.id).where(Instance.last_seen < cutoff)))


async def forget_silent_since(session: AsyncSession, cutoff: datetime) -> int:
    """Drop heartbeats older than `cutoff` (instances long gone); returns how many."""
    result = await session.execute(delete(Instance).where(Instance.last_seen < cutoff))
    return result.rowcount or 0
