"""Everything stored about one runner, as plain data and as a JSON file (GDPR Art. 20)."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import user_rows

EXPORT_FORMAT_VERSION = 1


async def collect_user_data(
    session: AsyncSession, user_id: int, now: datetime
) -> dict[str, Any] | None:
    """The users row and every row of every user table, or None when nothing is stored."""
    user = await user_rows.user_row(session, user_id)
    tables = await user_rows.rows_by_table(session, user_id)
    if user is None and not any(tables.values()):
        return None
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": now,
        "user_id": user_id,
        "user": user,
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
    return await user_rows.count_by_table(session, user_id)


async def holds_data(session: AsyncSession, user_id: int) -> bool:
    """Whether anything at all is stored about the user."""
    return await user_rows.holds_any(session, user_id)
