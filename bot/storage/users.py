"""Repository for runners: find, create, consent, status."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import User


async def get(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def languages(session: AsyncSession, user_id: int) -> tuple[str | None, str | None]:
    """(chosen in /settings, Telegram's language_code as last stored); (None, None) if unknown."""
    row = (
        await session.execute(
            select(User.preferred_language, User.language_code).where(User.id == user_id)
        )
    ).first()
    return (row[0], row[1]) if row is not None else (None, None)


async def refresh_language_code(session: AsyncSession, user_id: int, language_code: str) -> None:
    """Store the language the runner's Telegram app now reports (reminders follow it)."""
    await session.execute(
        update(User).where(User.id == user_id).values(language_code=language_code)
    )


async def touch(
    session: AsyncSession, user_id: int, chat_id: int, language_code: str | None, now: datetime
) -> tuple[User, bool]:
    """The user's row, created on first contact; returns (user, created)."""
    user = await session.get(User, user_id)
    if user is None:
        user = User(
            id=user_id,
            chat_id=chat_id,
            language_code=language_code,
            consent="pending",
            status="active",
            created_at=now,
            last_seen_at=now,
            top_causes="",
            paused_indefinitely=False,
            knee_status="ok",
        )
        session.add(user)
        await session.flush()
        return user, True
    user.last_seen_at = now
    if language_code:
        user.language_code = language_code
    return user, False


async def mark_blocked(session: AsyncSession, chat_id: int, now: datetime) -> int:
    """Mark the user behind a private chat as having blocked the bot; returns rows changed."""
    result = await session.execute(
        update(User)
        .where(User.chat_id == chat_id, User.status != "blocked")
        .values(status="blocked", blocked_at=now)
    )
    return result.rowcount or 0


async def mark_active(session: AsyncSession, user_id: int) -> None:
    await session.execute(
        update(User).where(User.id == user_id).values(status="active", blocked_at=None)
    )


async def chat_ids_of(session: AsyncSession, user_ids: set[int]) -> dict[int, int]:
    """user id → private chat id."""
    if not user_ids:
        return {}
    rows = await session.execute(select(User.id, User.chat_id).where(User.id.in_(user_ids)))
    return {user_id: chat_id for user_id, chat_id in rows.all()}
