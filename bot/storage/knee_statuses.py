"""Repository for the knee status: the runner's current state and the history of its moves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.knee_status import KneeState, KneeStatus, Trigger
from bot.domain.vocabulary import RedFlagLevel
from bot.storage.models import KneeStatusChange, User


def state_of(user: User) -> KneeState:
    """The domain's view of the status stored on the runner's row."""
    return KneeState(
        status=KneeStatus(user.knee_status or KneeStatus.OK),
        since=user.knee_status_since,
        reason=Trigger(user.knee_status_reason) if user.knee_status_reason else None,
        urgency=RedFlagLevel(user.knee_urgency) if user.knee_urgency else None,
        episode_since=user.knee_episode_since,
        return_km=user.knee_return_km,
    )


def store(session: AsyncSession, user: User, state: KneeState, now: datetime) -> None:
    """Write a new state on the runner's row and add it to the history."""
    user.knee_status = state.status.value
    user.knee_status_since = state.since or now
    user.knee_status_reason = state.reason.value if state.reason else None
    user.knee_urgency = state.urgency.value if state.urgency else None
    user.knee_episode_since = state.episode_since
    user.knee_return_km = state.return_km
    session.add(
        KneeStatusChange(
            user_id=user.id,
            status=state.status.value,
            reason=user.knee_status_reason,
            urgency=user.knee_urgency,
            return_km=state.return_km,
            at=state.since or now,
        )
    )


async def changes_since(
    session: AsyncSession, user_id: int, since: datetime | None = None
) -> list[KneeStatusChange]:
    """The runner's status moves in time order (all of them without `since`)."""
    query = select(KneeStatusChange).where(KneeStatusChange.user_id == user_id)
    if since is not None:
        query = query.where(KneeStatusChange.at >= since)
    rows = await session.scalars(query.order_by(KneeStatusChange.at, KneeStatusChange.id))
    return list(rows)


async def last_checked_by_professional(
    session: AsyncSession, user_id: int, reasons: tuple[str, ...]
) -> datetime | None:
    """When the runner last said a professional saw them (a move for one of `reasons`)."""
    return await session.scalar(
        select(func.max(KneeStatusChange.at)).where(
            KneeStatusChange.user_id == user_id, KneeStatusChange.reason.in_(reasons)
        )
    )


async def status_before(
    session: AsyncSession, user_id: int, moment: datetime
) -> KneeStatusChange | None:
    """The last move at or before `moment` (what the status was then)."""
    return await session.scalar(
        select(KneeStatusChange)
        .where(KneeStatusChange.user_id == user_id, KneeStatusChange.at <= moment)
        .order_by(KneeStatusChange.at.desc(), KneeStatusChange.id.desc())
        .limit(1)
    )
