"""Queries behind /stats that need the knee-status history or several tables at once.

"On hold" means the runner's knee status at that moment was rest or see a clinician (the last
`knee_status_changes` row at or before it): a reminder left unanswered then, or a check-in poll
that closed unanswered, is nobody's lapse and is counted apart from "ignored".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, literal, select, union
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.domain.knee_status import RUNS_ON_HOLD
from bot.storage import checkins as checkin_store
from bot.storage import deliveries
from bot.storage.models import Checkin, Delivery, KneeStatusChange, Run

HOLD_STATUSES = tuple(status.value for status in RUNS_ON_HOLD)
CHECKIN_KINDS = ("checkin", "morning_checkin")
"""Reminders that are polls: their answers live in `checkins`, not in `deliveries.response`."""


def on_hold(user_id: Any, moment: Any) -> ColumnElement[bool]:
    """Whether the user's knee status at `moment` kept runs on hold (rest, see a clinician)."""
    latest = aliased(KneeStatusChange)
    later = aliased(KneeStatusChange)
    superseded = (
        exists()
        .where(later.user_id == latest.user_id, later.at > latest.at, later.at <= moment)
        .correlate_except(later)
    )
    return (
        exists()
        .where(
            latest.user_id == user_id, latest.at <= moment, latest.status.in_(HOLD_STATUSES),
            ~superseded,
        )
        .correlate_except(latest)
    )  # fmt: skip


async def unanswered_on_hold(session: AsyncSession, since: datetime) -> dict[str, int]:
    """Per kind: reminders sent since `since`, never answered, while runs were on hold."""
    rows = await session.execute(
        select(Delivery.kind, func.count())
        .where(
            Delivery.state == deliveries.SENT,
            Delivery.response.is_(None),
            Delivery.due_at >= since,
            on_hold(Delivery.user_id, Delivery.due_at),
        )
        .group_by(Delivery.kind)
    )
    return {kind: int(count) for kind, count in rows.all()}


async def poll_outcomes(session: AsyncSession, since: datetime) -> list[tuple[str, str, bool, int]]:
    """(kind, status, on hold, count) of check-in polls asked since `since` that have closed:
    answered, or missing (closed unanswered)."""
    held = on_hold(Checkin.user_id, Checkin.asked_at)
    closed = (checkin_store.ANSWERED, checkin_store.MISSING)
    result: list[tuple[str, str, bool, int]] = []
    for flag in (False, True):
        rows = await session.execute(
            select(Checkin.kind, Checkin.status, func.count())
            .where(
                Checkin.poll_id.is_not(None), Checkin.status.in_(closed),
                Checkin.asked_at >= since, held if flag else ~held,
            )
            .group_by(Checkin.kind, Checkin.status)
        )  # fmt: skip
        result += [(kind, status, flag, int(count)) for kind, status, count in rows.all()]
    return result


async def active_runners_per_window(
    session: AsyncSession, windows: Sequence[tuple[datetime, datetime]]
) -> list[int]:
    """Runners who did something in each [start, end): answered a check-in, pressed a reminder
    button or logged a run."""
    counts = []
    for start, end in windows:
        acts = union(
            select(Checkin.user_id.label("user_id")).where(
                and_(Checkin.answered_at >= start, Checkin.answered_at < end)
            ),
            select(Delivery.user_id.label("user_id")).where(
                and_(Delivery.responded_at >= start, Delivery.responded_at < end)
            ),
            select(Run.user_id.label("user_id")).where(
                and_(Run.created_at >= start, Run.created_at < end)
            ),
        ).subquery()
        total = await session.scalar(select(func.count(literal(1))).select_from(acts))
        counts.append(int(total or 0))
    return counts
