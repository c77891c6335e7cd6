"""Logging the sessions of an activity file: runs stored once, other sports left out, spikes.

No Telegram here; the handler renders the outcomes. The caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.activities import ActivitySession
from bot.domain.runs import SPIKE_WINDOW, Spike, spike
from bot.storage import runs


class Verdict(StrEnum):
    LOGGED = "logged"
    DUPLICATE = "duplicate"
    NOT_RUN = "not_run"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one session of a file."""

    verdict: Verdict
    session: ActivitySession
    spike: Spike = Spike.NONE
    longest_before_m: float = 0.0


async def log_sessions(
    session: AsyncSession, user_id: int, sessions: Sequence[ActivitySession], now: datetime,
    source: str = runs.FILE,
) -> list[Outcome]:  # fmt: skip
    """Store each running session unless it is already logged; the others are only named."""
    return [
        await log_one(session, user_id, activity, now, source)
        for activity in sorted(sessions, key=lambda item: item.started_at)
    ]


async def log_one(
    session: AsyncSession, user_id: int, activity: ActivitySession, now: datetime,
    source: str = runs.FILE, fingerprint: str | None = None,
) -> Outcome:  # fmt: skip
    """One session: stored when it is a run not logged before (by `fingerprint`, default the
    content's, or the same-run rule across sources), with its spike against the 30 days."""
    if not activity.is_run:
        return Outcome(Verdict.NOT_RUN, activity)
    fingerprint = fingerprint or activity.fingerprint
    same = await runs.find_same(
        session, user_id, fingerprint, activity.started_at, activity.distance_m
    )
    if same is not None:
        return Outcome(Verdict.DUPLICATE, activity)
    earlier = await runs.distances_between(
        session, user_id, activity.started_at - SPIKE_WINDOW, activity.started_at
    )
    await runs.add(
        session, user_id, started_at=activity.started_at, distance_m=activity.distance_m,
        moving_s=activity.moving_s, elevation_gain_m=activity.elevation_gain_m,
        source=source, fingerprint=fingerprint, now=now,
    )  # fmt: skip
    return Outcome(
        Verdict.LOGGED, activity, spike(activity.distance_m, earlier), max(earlier, default=0.0)
    )
