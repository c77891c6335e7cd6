"""Repository for deliveries: the queue of what is due and the log of what was sent.

States: pending → claimed → sending → sent | failed | blocked, or pending → missed | skipped.
A row is claimed by one dispatcher (FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite has one
writer), marked `sending` just before its one API call, and given its outcome right after.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Integer, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Delivery, User

_TABLE = Delivery.metadata.tables["deliveries"]

PENDING = "pending"
CLAIMED = "claimed"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
BLOCKED = "blocked"
MISSED = "missed"
SKIPPED = "skipped"
IN_DOUBT = "in_doubt"
FINAL_STATES = (SENT, FAILED, BLOCKED, MISSED, SKIPPED, IN_DOUBT)
PRIORITY_LEVELS = (2, 1, 0)
"""Delivery priorities, most urgent first: escalation, reminder, broadcast (as
`scheduler.sender.Priority`); claims take them in this order."""


@dataclass(frozen=True, slots=True)
class NewDelivery:
    """A message to owe: unique by (user, kind, due_at)."""

    user_id: int
    kind: str
    due_at: datetime
    priority: int = 1
    schedule_id: int | None = None
    broadcast_id: int | None = None
    payload: dict[str, Any] | None = None


def _insert_for(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


async def add_many(
    session: AsyncSession, items: Sequence[NewDelivery], *, count: bool = True
) -> int:
    """Insert deliveries, ignoring any whose (user, kind, due_at) already exists; returns how
    many were new, or with `count=False` (faster) how many were given."""
    if not items:
        return 0
    insert = _insert_for(session)
    rows = [
        {
            "user_id": item.user_id, "kind": item.kind, "due_at": item.due_at,
            "priority": item.priority, "schedule_id": item.schedule_id,
            "broadcast_id": item.broadcast_id, "payload": item.payload,
            "state": PENDING, "attempts": 0,
        }
        for item in items
    ]  # fmt: skip
    if not count:  # one cached statement run with the driver's executemany: far less to build
        statement = insert(Delivery).on_conflict_do_nothing()
        await (await session.connection()).execute(statement, rows)
        return len(rows)
    total = 0
    for start in range(0, len(rows), 2000):
        statement = insert(Delivery).values(rows[start : start + 2000]).on_conflict_do_nothing()
        result = await session.execute(statement)
        total += result.rowcount or 0
    return total


async def planned_due_between(
    session: AsyncSession, user_id: int, kind: str, start: datetime, end: datetime
) -> bool:
    """Whether a scheduled (not extra) delivery of this kind is pending for [start, end]."""
    found = await session.scalar(
        select(Delivery.id)
        .where(Delivery.user_id == user_id, Delivery.kind == kind, Delivery.state == PENDING)
        .where(Delivery.schedule_id.is_not(None), Delivery.due_at.between(start, end))
        .limit(1)
    )
    return found is not None


@dataclass(frozen=True, slots=True)
class Claimed:
    """A claimed delivery as plain data: what the dispatcher and the composers read of it.

    Claims return these instead of `Delivery` objects: an ORM object per row (identity map,
    instance state, attribute instrumentation) cost more than the UPDATE that claimed it."""

    id: int
    user_id: int
    kind: str
    due_at: datetime
    priority: int
    schedule_id: int | None
    broadcast_id: int | None
    payload: dict[str, Any] | None
    attempts: int
    response: str | None
    """Already answered before it went out (a logged run answers that day's "Run done?")."""


def _claim_statement(*, skip_locked: bool) -> Any:
    due_ids = (
        select(_TABLE.c.id)
        .where(
            _TABLE.c.state == PENDING,
            _TABLE.c.priority == bindparam("level", type_=_TABLE.c.priority.type),
            _TABLE.c.due_at <= bindparam("horizon", type_=_TABLE.c.due_at.type),
        )
        .order_by(_TABLE.c.due_at)
        .limit(bindparam("room", type_=Integer()))
    )
    if skip_locked:
        due_ids = due_ids.with_for_update(skip_locked=True)
    return (
        update(_TABLE)
        .where(_TABLE.c.id.in_(due_ids.scalar_subquery()))
        .values(
            state=CLAIMED,
            claimed_by=bindparam("claimer", type_=_TABLE.c.claimed_by.type),
            claimed_at=bindparam("claimed_when", type_=_TABLE.c.claimed_at.type),
        )
        .returning(*(_TABLE.c[name] for name in Claimed.__slots__))
    )


_CLAIM = _claim_statement(skip_locked=False)
_CLAIM_SKIP_LOCKED = _claim_statement(skip_locked=True)


async def claim_due(
    session: AsyncSession, now: datetime, claimer: str, limit: int
) -> list[Claimed]:
    """Claim up to `limit` pending deliveries due by `now`, the most urgent first: escalations,
    then reminders, then broadcasts (a backlog of 100,000 broadcast rows due earlier never holds
    back a reminder or an escalation); other claimers skip these rows.

    One range scan of the (priority, due_at) index per level, oldest first within a level,
    so a large backlog is never sorted. One prebuilt Core statement per level, rows back as
    `Claimed` (no ORM objects).
    """
    connection = await session.connection()
    statement = _CLAIM_SKIP_LOCKED if connection.dialect.name == "postgresql" else _CLAIM
    claimed: list[Claimed] = []
    for priority in PRIORITY_LEVELS:
        if len(claimed) >= limit:
            break
        result = await connection.execute(
            statement,
            {"level": priority, "horizon": now, "room": limit - len(claimed),
             "claimer": claimer, "claimed_when": now},
        )  # fmt: skip
        claimed.extend(sorted((Claimed(*row) for row in result), key=_due_order))
    return claimed


def _due_order(row: Claimed) -> tuple[datetime, int]:
    return row.due_at, row.id


async def set_state(
    session: AsyncSession, delivery_ids: Sequence[int], state: str, **values: Any
) -> None:
    if not delivery_ids:
        return
    await session.execute(
        update(Delivery).where(Delivery.id.in_(delivery_ids)).values(state=state, **values),
        execution_options={"synchronize_session": False},
    )


# The two writes made for every message, built once and run on the Core connection: building
# an ORM UPDATE per message (coercions, cache key, the ORM bulk-update plugin) cost more CPU
# than the rest of recording it.
_START_SENDING = (
    update(_TABLE)
    .where(
        _TABLE.c.id == bindparam("delivery_id"),
        _TABLE.c.state == CLAIMED,
        _TABLE.c.claimed_by == bindparam("claimer"),
    )
    .values(state=SENDING)
)
_OUTCOME_VALUES: dict[str, Any] = {
    "state": bindparam("new_state"),
    "sent_at": bindparam("when_sent", type_=_TABLE.c.sent_at.type),
    "message_id": bindparam("telegram_message_id", type_=_TABLE.c.message_id.type),
    "content_id": bindparam("tip_id", type_=_TABLE.c.content_id.type),
    "error": bindparam("error_text", type_=_TABLE.c.error.type),
    "attempts": _TABLE.c.attempts + 1,
}
_ONE_ROW = update(_TABLE).where(_TABLE.c.id == bindparam("delivery_id"))
_RECORD_OUTCOME = _ONE_ROW.values(**_OUTCOME_VALUES)
_RECORD_RETRY = _ONE_ROW.values(
    due_at=bindparam("retry_at", type_=_TABLE.c.due_at.type), **_OUTCOME_VALUES
)
"""An outcome that also moves the due time (an escalation tried again). Only then is due_at
in the SET list: SQLite rewrites every index holding a column named there, changed or not
(the unique (user, kind, due_at) index and the due_at index, for every message sent)."""


@dataclass(frozen=True, slots=True)
class Answered:
    """A reminder just answered, with what the reply needs of its runner (read in the same
    statement): the knee status rules the praise, the zone and quiet hours a snooze."""

    kind: str
    knee_status: str | None
    preferred_language: str | None
    timezone: str | None
    quiet_start: time | None
    quiet_end: time | None


_RUNNER_COLUMNS = ("training_mode", "preferred_language", "timezone", "quiet_start", "quiet_end")
"""What `answer` reads of the runner, as `Answered` names it (training_mode: the knee status)."""


def _of_runner(column: str) -> Any:
    users = User.metadata.tables["users"]
    return select(users.c[column]).where(users.c.id == _TABLE.c.user_id).scalar_subquery()


_ANSWER = (
    update(_TABLE)
    .where(
        _TABLE.c.id == bindparam("delivery_id"),
        _TABLE.c.user_id == bindparam("runner_id"),
        _TABLE.c.kind.in_(bindparam("answerable", expanding=True)),
        _TABLE.c.response.is_(None),
    )
    .values(response=bindparam("answer"), responded_at=bindparam("answered_at"))
    .returning(_TABLE.c.kind, *(_of_runner(name) for name in _RUNNER_COLUMNS))
)


async def answer(
    session: AsyncSession, delivery_id: int, user_id: int, response: str, now: datetime,
    kinds: Collection[str],
) -> Answered | None:  # fmt: skip
    """Record the runner's answer to one of their reminders of `kinds`, once: one statement,
    which also reads what the reply needs of the runner. None if there is no such unanswered
    reminder (another user's id, another kind, answered already)."""
    connection = await session.connection()
    result = await connection.execute(
        _ANSWER,
        {
            "delivery_id": delivery_id, "runner_id": user_id, "answerable": sorted(kinds),
            "answer": response, "answered_at": now,
        },
    )  # fmt: skip
    row = result.first()
    return None if row is None else Answered(*row)


async def start_sending(session: AsyncSession, delivery_id: int, claimer: str) -> bool:
    """Mark a claimed row `sending` just before its API call; False if the claim was lost."""
    connection = await session.connection()
    result = await connection.execute(
        _START_SENDING, {"delivery_id": delivery_id, "claimer": claimer}
    )
    return (result.rowcount or 0) == 1


async def record_outcome(
    session: AsyncSession, delivery_id: int, state: str, *, retry_at: datetime | None = None,
    sent_at: datetime | None = None, message_id: int | None = None,
    content_id: str | None = None, error: str | None = None,
) -> None:  # fmt: skip
    """Store what became of one send (one more attempt); `retry_at` moves its due time."""
    connection = await session.connection()
    parameters = {} if retry_at is None else {"retry_at": retry_at}
    await connection.execute(
        _RECORD_OUTCOME if retry_at is None else _RECORD_RETRY,
        {
            **parameters, "delivery_id": delivery_id, "new_state": state,
            "when_sent": sent_at, "telegram_message_id": message_id, "tip_id": content_id,
            "error_text": error,
        },
    )  # fmt: skip


async def recover_interrupted(
    session: AsyncSession, *, claimer: str | None = None, stale_before: datetime | None = None,
    claimers: Collection[str] = (), resend_kinds: frozenset[str] = frozenset(),
) -> tuple[int, int]:  # fmt: skip
    """After a crash: claimed-but-untried rows go back to pending; `sending` rows are in doubt,
    except the `resend_kinds` (escalations), which are queued again.

    Which rows: those of `claimer` (this instance, restarting), those of `claimers` (instances
    whose heartbeat stopped), and those claimed before `stale_before` (the lease: an instance
    that died without a heartbeat row); with none of them, every row (SQLite has only one
    instance). Each update finds its rows through a partial index. Returns (requeued, in_doubt).
    """
    owners = []
    if claimer is not None:
        owners.append(Delivery.claimed_by == claimer)
    if claimers:
        owners.append(Delivery.claimed_by.in_(sorted(claimers)))
    if stale_before is not None:
        owners.append(Delivery.claimed_at < stale_before)
    scope = [or_(*owners)] if owners else []
    requeued = await session.execute(
        update(Delivery).where(Delivery.state == CLAIMED, *scope).values(state=PENDING)
    )
    resent = await session.execute(
        update(Delivery)
        .where(Delivery.state == SENDING, Delivery.kind.in_(resend_kinds), *scope)
        .values(state=PENDING)
    )
    doubtful = await session.execute(
        update(Delivery).where(Delivery.state == SENDING, *scope).values(state=IN_DOUBT)
    )
    return (requeued.rowcount or 0) + (resent.rowcount or 0), doubtful.rowcount or 0


async def get(session: AsyncSession, delivery_id: int) -> Delivery | None:
    return await session.get(Delivery, delivery_id)


async def sent_to_user(
    session: AsyncSession, delivery_id: int, user_id: int, kind: str
) -> Delivery | None:
    """The delivery if it is a message of `kind` sent to this user (a button's id, checked)."""
    return await session.scalar(
        select(Delivery).where(
            Delivery.id == delivery_id,
            Delivery.user_id == user_id,
            Delivery.kind == kind,
            Delivery.state == SENT,
        )
    )


async def pending_for_user(session: AsyncSession, user_id: int) -> list[Delivery]:
    rows = await session.scalars(
        select(Delivery)
        .where(Delivery.user_id == user_id, Delivery.state == PENDING)
        .order_by(Delivery.due_at)
    )
    return list(rows)


async def drop_scheduled_pending(session: AsyncSession, user_id: int) -> None:
    """Forget the user's pending scheduled reminders (before re-planning)."""
    await session.execute(
        delete(Delivery).where(
            Delivery.user_id == user_id,
            Delivery.state == PENDING,
            Delivery.schedule_id.is_not(None),
        )
    )


async def drop_pending_of_kind(session: AsyncSession, user_id: int, kind: str) -> None:
    """Forget the user's pending rows of one kind (a pause announcement no longer owed)."""
    await session.execute(
        delete(Delivery).where(
            Delivery.user_id == user_id, Delivery.kind == kind, Delivery.state == PENDING
        )
    )


async def last_sent(session: AsyncSession, user_id: int, kind: str) -> Delivery | None:
    return await session.scalar(
        select(Delivery)
        .where(Delivery.user_id == user_id, Delivery.kind == kind, Delivery.state == SENT)
        .order_by(Delivery.sent_at.desc(), Delivery.id.desc())
        .limit(1)
    )


async def last_content_id(session: AsyncSession, user_id: int, kind: str) -> str | None:
    """The tip last sent to the user for this kind, so the next one differs."""
    row = await last_sent(session, user_id, kind)
    return row.content_id if row is not None else None


async def last_content_ids(
    session: AsyncSession, keys: set[tuple[int, str]]
) -> dict[tuple[int, str], str | None]:
    """The last tip sent for each (user, kind) in one query, for a whole batch."""
    if not keys:
        return {}
    user_ids = {user_id for user_id, _ in keys}
    kinds = {kind for _, kind in keys}
    latest = (
        select(Delivery.user_id, Delivery.kind, func.max(Delivery.sent_at).label("sent_at"))
        .where(Delivery.user_id.in_(user_ids), Delivery.kind.in_(kinds), Delivery.state == SENT)
        .group_by(Delivery.user_id, Delivery.kind)
        .subquery()
    )
    rows = await session.execute(
        select(Delivery.user_id, Delivery.kind, Delivery.content_id).join(
            latest,
            (Delivery.user_id == latest.c.user_id)
            & (Delivery.kind == latest.c.kind)
            & (Delivery.sent_at == latest.c.sent_at),
        )
    )
    found = {(user_id, kind): content_id for user_id, kind, content_id in rows.all()}
    return {key: found.get(key) for key in keys}


async def remember_sent(
    session: AsyncSession, user_id: int, kind: str, content_id: str, now: datetime
) -> None:
    """Log a message sent outside the queue (a /tip), so rotation and stats see it."""
    last = await last_sent(session, user_id, kind)
    # Due times are unique per user and kind: two in one instant are kept 1 µs apart.
    moment = max(now, last.due_at + timedelta(microseconds=1)) if last else now
    session.add(
        Delivery(
            user_id=user_id, kind=kind, due_at=moment, priority=0, state=SENT,
            sent_at=moment, content_id=content_id, attempts=1,
        )
    )  # fmt: skip
    await session.flush()


async def unanswered(
    session: AsyncSession, user_id: int, kind: str, sent_since: datetime
) -> Delivery | None:
    """The latest message of this kind sent since then that has no answer yet."""
    return await session.scalar(
        select(Delivery)
        .where(
            Delivery.user_id == user_id,
            Delivery.kind == kind,
            Delivery.state == SENT,
            Delivery.response.is_(None),
            Delivery.due_at >= sent_since,
        )
        .order_by(Delivery.due_at.desc())
        .limit(1)
    )


async def for_user_since(session: AsyncSession, user_id: int, since: datetime) -> list[Delivery]:
    rows = await session.scalars(
        select(Delivery).where(Delivery.user_id == user_id, Delivery.due_at >= since)
    )
    return list(rows)


async def due_backlog(session: AsyncSession, now: datetime) -> int:
    """Pending deliveries already due, at the levels claims take: one range of the claims'
    (priority, due_at) index per level."""
    count = await session.scalar(
        select(func.count()).where(
            Delivery.state == PENDING,
            Delivery.priority.in_(PRIORITY_LEVELS),
            Delivery.due_at <= now,
        )
    )
    return int(count or 0)


async def count_by_state(session: AsyncSession) -> dict[str, int]:
    rows = await session.execute(select(Delivery.state, func.count()).group_by(Delivery.state))
    return {state: count for state, count in rows.all()}


async def prune_before(session: AsyncSession, cutoff: datetime, limit: int) -> int:
    """Delete up to `limit` finished records due before `cutoff` (found by the due_at index)."""
    oldest = (
        select(Delivery.id)
        .where(Delivery.due_at < cutoff, Delivery.state.in_(FINAL_STATES))
        .limit(limit)
        .scalar_subquery()
    )
    result = await session.execute(
        delete(Delivery).where(Delivery.id.in_(oldest)),
        execution_options={"synchronize_session": False},
    )
    return result.rowcount or 0


async def unanswered_between(
    session: AsyncSession, user_id: int, kind: str, start: datetime, end: datetime
) -> Delivery | None:
    """The message of this kind due in [start, end] (sent or still to come) with no answer."""
    return await session.scalar(
        select(Delivery)
        .where(
            Delivery.user_id == user_id,
            Delivery.kind == kind,
            Delivery.state.in_((SENT, PENDING)),
            Delivery.response.is_(None),
            Delivery.due_at.between(start, end),
        )
        .order_by(Delivery.due_at)
        .limit(1)
    )


async def recently_answered(
    session: AsyncSession, user_id: int, kind: str, response: str, since: datetime
) -> Delivery | None:
    """The latest message of this kind the runner answered with `response` since then."""
    return await session.scalar(
        select(Delivery)
        .where(
            Delivery.user_id == user_id,
            Delivery.kind == kind,
            Delivery.response == response,
            Delivery.responded_at >= since,
        )
        .order_by(Delivery.responded_at.desc())
        .limit(1)
    )
