"""Everything stored about one runner, as plain data and as a JSON file (GDPR Art. 20)."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import USER_TABLES, Base, User

EXPORT_FORMAT_VERSION = 1


def row_as_dict(row: Base) -> dict[str, Any]:
    """Every column of a row, keyed by column name."""
    return {column.name: getattr(row, column.key) for column in row.__table__.columns}


async def collect_user_data(
    session: AsyncSession, user_id: int, now: datetime
) -> dict[str, Any] | None:
    """The users row and every row of every user table, or None when nothing is stored."""
    user = await session.get(User, user_id)
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in USER_TABLES:
        order = list(table.__table__.primary_key.columns)
        rows = await session.scalars(select(table).where(table.user_id == user_id).order_by(*order))
        tables[table.__tablename__] = [row_as_dict(row) for row in rows]
    if user is None and not any(tables.values()):
        return None
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": now,
        "user_id": user_id,
        "user": row_as_dict(user) if user is not None else None,
        "tables": tables,
    }


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(f"cannot export a value of type {type(value).__name__}")


def export_json(data: dict[str, Any]) -> bytes:
    """The export as indented UTF-8 JSON; dates and times in ISO 8601."""
    text = json.dumps(data, default=_json_value, ensure_ascii=False, indent=2, sort_keys=False)
    return text.encode("utf-8")


def export_filename(user_id: int, now: datetime) -> str:
    return f"kneeguard-export-{user_id}-{now:%Y%m%d}.json"


async def count_user_rows(session: AsyncSession, user_id: int) -> dict[str, int]:
    """How many rows each user table holds for the user (to say what an erasure removed)."""
    counts: dict[str, int] = {}
    for table in USER_TABLES:
        total = await session.scalar(
            select(func.count()).select_from(table).where(table.user_id == user_id)
        )
        counts[table.__tablename__] = int(total or 0)
    return counts


async def holds_data(session: AsyncSession, user_id: int) -> bool:
    """Whether anything at all is stored about the user."""
    if await session.get(User, user_id) is not None:
        return True
    counts = await count_user_rows(session, user_id)
    return any(counts.values())
