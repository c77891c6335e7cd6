"""Repository for logged runs: add one, find the same run again, the runs around a date."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.runs import SAME_START, is_same_run
from bot.storage.models import Run

FILE = "file"
TYPED = "typed"
STRAVA = "strava"


async def add(
    session: AsyncSession, user_id: int, *, started_at: datetime, distance_m: float,
    moving_s: float, elevation_gain_m: float | None, source: str, fingerprint: str,
    now: datetime,
) -> Run:  # fmt: skip
    """Store a run (the caller checked it is not a duplicate)."""
    run = Run(
        user_id=user_id, started_at=started_at, distance_m=distance_m, moving_s=moving_s,
        elevation_gain_m=elevation_gain_m, source=source, fingerprint=fingerprint,
        created_at=now,
    )  # fmt: skip
    session.add(run)
    await session.flush()
    return run


async def find_same(
    session: AsyncSession, user_id: int, fingerprint: str, started_at: datetime, distance_m: float
) -> Run | None:
    """A stored run this one duplicates: the same content, or the same run from another source
    (start within 5 minutes and distance within 3 %, `bot.domain.runs.is_same_run`)."""
    rows = await session.scalars(
        select(Run)
        .where(
            Run.user_id == user_id,
            (Run.fingerprint == fingerprint)
            | Run.started_at.between(started_at - SAME_START, started_at + SAME_START),
        )
        .order_by(Run.started_at)
    )
    return next(
        (
            run
            for run in rows
            if run.fingerprint == fingerprint
            or is_same_run(started_at, distance_m, run.started_at, run.distance_m)
        ),
        None,
    )


async def distances_between(
    session: AsyncSession, user_id: int, first: datetime, before: datetime
) -> list[float]:
    """Distances (m) of the runs that started in [first, before)."""
    rows = await session.scalars(
        select(Run.distance_m).where(
            Run.user_id == user_id, Run.started_at >= first, Run.started_at < before
        )
    )
    return list(rows)


async def latest(session: AsyncSession, user_id: int, limit: int) -> list[Run]:
    """The runner's most recent runs, newest first."""
    rows = await session.scalars(
        select(Run).where(Run.user_id == user_id).order_by(Run.started_at.desc()).limit(limit)
    )
    return list(rows)


def strava_fingerprint(activity_id: int) -> str:
    """A Strava run's fingerprint: its activity id, so update and delete events find it."""
    return f"strava:{activity_id}"


async def by_fingerprint(session: AsyncSession, user_id: int, fingerprint: str) -> Run | None:
    return await session.scalar(
        select(Run).where(Run.user_id == user_id, Run.fingerprint == fingerprint)
    )


async def delete_by_fingerprint(session: AsyncSession, user_id: int, fingerprint: str) -> bool:
    """Remove the run with this fingerprint; whether there was one."""
    result = await session.execute(
        delete(Run).where(Run.user_id == user_id, Run.fingerprint == fingerprint)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def started_between(
    session: AsyncSession, user_id: int, first: datetime, last: datetime
) -> list[Run]:
    """The runner's runs that started in [first, last], oldest first."""
    rows = await session.scalars(
        select(Run)
        .where(Run.user_id == user_id, Run.started_at >= first, Run.started_at <= last)
        .order_by(Run.started_at, Run.id)
    )
    return list(rows)
