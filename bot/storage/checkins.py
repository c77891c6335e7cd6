"""Repository for knee check-ins and escalations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Checkin, Escalation

OPEN = "open"
ANSWERED = "answered"
MISSING = "missing"


async def open_poll(
    session: AsyncSession, user_id: int, kind: str, poll_id: str | None,
    message_id: int | None, now: datetime,
) -> Checkin:  # fmt: skip
    checkin = Checkin(
        user_id=user_id, kind=kind, asked_at=now, poll_id=poll_id, message_id=message_id,
        status=OPEN, red_flag=False,
    )  # fmt: skip
    session.add(checkin)
    await session.flush()
    return checkin


async def by_poll(session: AsyncSession, poll_id: str) -> Checkin | None:
    return await session.scalar(select(Checkin).where(Checkin.poll_id == poll_id))


async def record(
    session: AsyncSession, user_id: int, kind: str, now: datetime, *, pain: str | None = None,
    trend: str | None = None, red_flag: bool = False, zone: str | None = None,
) -> Checkin:  # fmt: skip
    """A check-in answered outside a poll (buttons, /checkin, the red-flag button)."""
    checkin = Checkin(
        user_id=user_id, kind=kind, asked_at=now, status=ANSWERED, pain=pain, trend=trend,
        red_flag=red_flag, zone=zone, answered_at=now,
    )  # fmt: skip
    session.add(checkin)
    await session.flush()
    return checkin


async def answered_since(session: AsyncSession, user_id: int, since: datetime) -> list[Checkin]:
    rows = await session.scalars(
        select(Checkin)
        .where(Checkin.user_id == user_id, Checkin.asked_at >= since)
        .order_by(Checkin.asked_at, Checkin.id)
    )
    return list(rows)


async def polled_since(session: AsyncSession, user_id: int, kind: str, since: datetime) -> bool:
    """Whether a check-in poll of this kind was sent to the runner at or after `since`."""
    found = await session.scalar(
        select(Checkin.id)
        .where(Checkin.user_id == user_id, Checkin.kind == kind, Checkin.asked_at >= since)
        .where(Checkin.poll_id.is_not(None))
        .limit(1)
    )
    return found is not None


async def expired_open(session: AsyncSession, asked_before: datetime) -> list[Checkin]:
    rows = await session.scalars(
        select(Checkin).where(Checkin.status == OPEN, Checkin.asked_at < asked_before)
    )
    return list(rows)


async def mark_missing(session: AsyncSession, checkin_ids: list[int]) -> None:
    if checkin_ids:
        await session.execute(
            update(Checkin).where(Checkin.id.in_(checkin_ids)).values(status=MISSING)
        )


async def latest_zone(session: AsyncSession, user_id: int) -> str | None:
    """The zone of the runner's last answered check-in."""
    return await session.scalar(
        select(Checkin.zone)
        .where(Checkin.user_id == user_id, Checkin.status == ANSWERED, Checkin.zone.is_not(None))
        .order_by(Checkin.answered_at.desc(), Checkin.id.desc())
        .limit(1)
    )


async def add_escalation(
    session: AsyncSession, user_id: int, reasons: list[str], now: datetime
) -> Escalation:
    escalation = Escalation(user_id=user_id, reasons=reasons, created_at=now)
    session.add(escalation)
    await session.flush()
    return escalation


async def last_escalation(session: AsyncSession, user_id: int) -> Escalation | None:
    return await session.scalar(
        select(Escalation)
        .where(Escalation.user_id == user_id)
        .order_by(Escalation.created_at.desc())
        .limit(1)
    )
