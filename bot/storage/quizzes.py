"""Repository for quiz results."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import QuizResult


async def latest_finished(session: AsyncSession, user_id: int) -> QuizResult | None:
    """The last quiz the runner finished (not one a red flag stopped)."""
    return await session.scalar(
        select(QuizResult)
        .where(QuizResult.user_id == user_id, QuizResult.red_flag.is_(None))
        .order_by(QuizResult.created_at.desc(), QuizResult.id.desc())
        .limit(1)
    )
