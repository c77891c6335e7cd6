"""Every row stored about one runner, table by table: export, erasure and its report."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import USER_TABLES, Base, User


def as_dict(row: Base) -> dict[str, Any]:
    """Every column of a row but secrets (`info={"secret": True}`: Strava tokens), keyed by its
    name in the model (users.training_mode holds the knee status since migration 0006 and is
    exported as `knee_status`)."""
    return {
        attribute.key: getattr(row, attribute.key)
        for attribute in inspect(row).mapper.column_attrs
        if not any(column.info.get("secret") for column in attribute.columns)
    }


async def user_row(session: AsyncSession, user_id: int) -> dict[str, Any] | None:
    user = await session.get(User, user_id)
    return as_dict(user) if user is not None else None


async def rows_by_table(session: AsyncSession, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Each user table's rows for the runner, in primary-key order."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in USER_TABLES:
        order = list(table.__table__.primary_key.columns)
        rows = await session.scalars(select(table).where(table.user_id == user_id).order_by(*order))
        tables[table.__tablename__] = [as_dict(row) for row in rows]
    return tables


async def count_by_table(session: AsyncSession, user_id: int) -> dict[str, int]:
    """How many rows each user table holds for the runner."""
    counts: dict[str, int] = {}
    for table in USER_TABLES:
        total = await session.scalar(
            select(func.count()).select_from(table).where(table.user_id == user_id)
        )
        counts[table.__tablename__] = int(total or 0)
    return counts


async def holds_any(session: AsyncSession, user_id: int) -> bool:
    """Whether anything at all is stored about the runner."""
    if await session.get(User, user_id) is not None:
        return True
    return any((await count_by_table(session, user_id)).values())


async def delete_all_but_user(session: AsyncSession, user_id: int) -> None:
    """Every row of every user table for the runner; the users row stays."""
    for table in USER_TABLES:
        await session.execute(delete(table).where(table.user_id == user_id))


async def delete_user(session: AsyncSession, user_id: int) -> None:
    """The users row itself (after `delete_all_but_user`)."""
    await session.execute(delete(User).where(User.id == user_id))
