"""Repositories for Strava: connections (encrypted tokens), the push-event queue, the budget.

The event queue follows the deliveries: a row per event, claimed by one instance (FOR UPDATE
SKIP LOCKED on PostgreSQL; SQLite has one writer) and given its outcome after processing. A
claim older than CLAIM_LEASE is taken back, so an instance that crashed mid-way loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import StravaBudget, StravaConnection, StravaEvent

PENDING = "pending"
CLAIMED = "claimed"
DONE = "done"
IGNORED = "ignored"
FAILED = "failed"
CLAIM_LEASE = timedelta(minutes=5)
"""Processing one event takes seconds; a claim this old belongs to an instance that died."""
SHORT = "15min"
DAY = "day"


def _insert_for(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


# --- connections -------------------------------------------------------------------------------


async def connection(session: AsyncSession, user_id: int) -> StravaConnection | None:
    return await session.get(StravaConnection, user_id)


async def connection_of_athlete(session: AsyncSession, athlete_id: int) -> StravaConnection | None:
    return await session.scalar(
        select(StravaConnection).where(StravaConnection.athlete_id == athlete_id)
    )


async def nonce_used(session: AsyncSession, user_id: int, nonce: str) -> bool:
    """Whether this state's nonce already connected this runner (a reused link)."""
    row = await connection(session, user_id)
    return row is not None and row.state_nonce == nonce


async def save_connection(
    session: AsyncSession, user_id: int, *, athlete_id: int, scope: str, access_token: str,
    refresh_token: str, expires_at: datetime, nonce: str, now: datetime,
) -> None:  # fmt: skip
    """Store (or replace) the runner's connection; tokens arrive already encrypted. An athlete
    connected to another Telegram account before moves to this one."""
    await session.execute(
        delete(StravaConnection).where(
            or_(StravaConnection.user_id == user_id, StravaConnection.athlete_id == athlete_id)
        )
    )
    session.add(
        StravaConnection(
            user_id=user_id, athlete_id=athlete_id, scope=scope, access_token=access_token,
            refresh_token=refresh_token, expires_at=expires_at, state_nonce=nonce,
            connected_at=now,
        )
    )  # fmt: skip
    await session.flush()


async def store_tokens(
    session: AsyncSession, user_id: int, access_token: str, refresh_token: str,
    expires_at: datetime,
) -> None:  # fmt: skip
    await session.execute(
        update(StravaConnection)
        .where(StravaConnection.user_id == user_id)
        .values(access_token=access_token, refresh_token=refresh_token, expires_at=expires_at)
    )


async def store_gear(
    session: AsyncSession, user_id: int, gear_id: str, name: str, km: float, now: datetime
) -> None:
    """The pair the runner's latest Strava run was in, and Strava's distance on it."""
    await session.execute(
        update(StravaConnection)
        .where(StravaConnection.user_id == user_id)
        .values(gear_id=gear_id, gear_name=name, gear_km=km, gear_seen_at=now)
    )


async def delete_connection(session: AsyncSession, user_id: int) -> int | None:
    """Remove the connection and the athlete's queued events; the athlete id, if any."""
    row = await connection(session, user_id)
    if row is None:
        return None
    athlete_id = row.athlete_id
    await session.delete(row)
    await session.execute(delete(StravaEvent).where(StravaEvent.owner_id == athlete_id))
    await session.flush()
    return athlete_id


# --- events ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Event:
    """A push event as the queue holds it."""

    id: int
    owner_id: int
    object_type: str
    object_id: int
    aspect_type: str
    updates: dict[str, Any]
    attempts: int


async def add_event(
    session: AsyncSession, *, owner_id: int, object_type: str, object_id: int,
    aspect_type: str, event_time: int, updates: dict[str, Any], now: datetime,
) -> bool:  # fmt: skip
    """Queue an event; False when the very same event was queued before (a replay)."""
    statement = (
        _insert_for(session)(StravaEvent)
        .values(
            owner_id=owner_id, object_type=object_type, object_id=object_id,
            aspect_type=aspect_type, event_time=event_time, updates=updates, state=PENDING,
            not_before=now, attempts=0, received_at=now,
        )
        .on_conflict_do_nothing()
    )  # fmt: skip
    result = await session.execute(statement)
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def claim_events(
    session: AsyncSession, claimer: str, now: datetime, limit: int
) -> list[Event]:
    """Claim up to `limit` due events, oldest first (and those a dead instance left claimed)."""
    due = or_(
        (StravaEvent.state == PENDING) & (StravaEvent.not_before <= now),
        (StravaEvent.state == CLAIMED) & (StravaEvent.claimed_at < now - CLAIM_LEASE),
    )
    query = select(StravaEvent).where(due).order_by(StravaEvent.id).limit(limit)
    if session.get_bind().dialect.name != "postgresql":
        return await _claim_in_one_statement(session, claimer, now, limit, due)
    query = query.with_for_update(skip_locked=True)
    rows = list(await session.scalars(query))
    for row in rows:
        row.state, row.claimed_by, row.claimed_at = CLAIMED, claimer, now
    await session.flush()
    return [
        Event(row.id, row.owner_id, row.object_type, row.object_id, row.aspect_type,
              dict(row.updates or {}), row.attempts)
        for row in rows
    ]  # fmt: skip


async def _claim_in_one_statement(
    session: AsyncSession, claimer: str, now: datetime, limit: int, due: Any
) -> list[Event]:
    """SQLite: one UPDATE … RETURNING, so the write lock is taken at once (a read-then-write
    transaction racing another writer would fail with "database is locked")."""
    chosen = select(StravaEvent.id).where(due).order_by(StravaEvent.id).limit(limit)
    result = await session.execute(
        update(StravaEvent)
        .where(StravaEvent.id.in_(chosen.scalar_subquery()))
        .values(state=CLAIMED, claimed_by=claimer, claimed_at=now)
        .returning(
            StravaEvent.id, StravaEvent.owner_id, StravaEvent.object_type,
            StravaEvent.object_id, StravaEvent.aspect_type, StravaEvent.updates,
            StravaEvent.attempts,
        )
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    rows = sorted(result.all(), key=lambda row: row[0])
    return [
        Event(row_id, owner, object_type, object_id, aspect, dict(updates or {}), attempts)
        for row_id, owner, object_type, object_id, aspect, updates, attempts in rows
    ]


async def finish_event(session: AsyncSession, event_id: int, state: str) -> None:
    await session.execute(
        update(StravaEvent).where(StravaEvent.id == event_id).values(state=state)
    )


async def postpone_events(
    session: AsyncSession, event_ids: list[int], until: datetime, *, failed_attempt: bool
) -> None:
    """Back to the queue, due at `until` (a spent budget, or a retry after a failure)."""
    if not event_ids:
        return
    values: dict[str, Any] = {"state": PENDING, "not_before": until, "claimed_by": None}
    if failed_attempt:
        values["attempts"] = StravaEvent.attempts + 1
    await session.execute(update(StravaEvent).where(StravaEvent.id.in_(event_ids)).values(values))


async def prune_events(session: AsyncSession, before: datetime) -> int:
    """Forget handled events received before `before` (failed ones stay for a look)."""
    result = await session.execute(
        delete(StravaEvent).where(
            StravaEvent.state.in_((DONE, IGNORED)), StravaEvent.received_at < before
        )
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def events_by_state(session: AsyncSession) -> dict[str, int]:
    """How many events are in each state (tests, metrics)."""
    rows = await session.execute(select(StravaEvent.state, StravaEvent.id))
    counts: dict[str, int] = {}
    for state, _ in rows:
        counts[state] = counts.get(state, 0) + 1
    return counts


# --- the shared request budget -----------------------------------------------------------------


def window_start(now: datetime, span: str) -> datetime:
    now = now.astimezone(UTC)
    if span == DAY:
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    return now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)


async def take_request(session: AsyncSession, now: datetime, limits: dict[str, int]) -> str | None:
    """Count one request in both windows; the span that is spent (nothing counted) or None.

    One conditional upsert per window, so instances racing for the last request cannot both
    get it; the caller rolls the transaction back when a span is spent.
    """
    for span, limit in limits.items():
        insert = _insert_for(session)
        statement = insert(StravaBudget).values(
            span=span, window_start=window_start(now, span), used=1
        )
        statement = statement.on_conflict_do_update(
            index_elements=["span", "window_start"],
            set_={"used": StravaBudget.used + 1},
            where=StravaBudget.used < limit,
        ).returning(StravaBudget.used)
        if (await session.execute(statement)).first() is None:
            return span
    return None


async def record_usage(session: AsyncSession, now: datetime, used: dict[str, int]) -> None:
    """Raise the windows' counts to what Strava reports (never lower them)."""
    for span, count in used.items():
        insert = _insert_for(session)
        statement = insert(StravaBudget).values(
            span=span, window_start=window_start(now, span), used=count
        )
        statement = statement.on_conflict_do_update(
            index_elements=["span", "window_start"],
            set_={"used": case((StravaBudget.used < count, count), else_=StravaBudget.used)},
        )
        await session.execute(statement)


async def used_in_window(session: AsyncSession, now: datetime, span: str) -> int:
    used = await session.scalar(
        select(StravaBudget.used).where(
            StravaBudget.span == span, StravaBudget.window_start == window_start(now, span)
        )
    )
    return int(used or 0)
