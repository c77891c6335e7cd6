"""Repository for admin tools: the audit log, chat-added tips, audiences and broadcast rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.vocabulary import CAME_FROM_SHARE, PAUSE_END_KIND
from bot.domain.weekly_card import WEEKLY_CARD_KIND
from bot.storage import deliveries
from bot.storage.deliveries import NewDelivery
from bot.storage.models import AuditEntry, Broadcast, Checkin, Delivery, Escalation, Tip, User

BROADCAST_KIND = "broadcast"
BROADCAST_PRIORITY = 0
DRAFT = "draft"
QUEUED = "queued"
FINISHED = "finished"
CANCELLED = "cancelled"
UNFINISHED_DELIVERY_STATES = (deliveries.PENDING, deliveries.CLAIMED, deliveries.SENDING)

ALL = "all"
CAUSE = "cause"
LANGUAGE = "language"
REGION = "region"
INACTIVE = "inactive"
SEGMENTS = (ALL, CAUSE, LANGUAGE, REGION, INACTIVE)


class AudienceError(ValueError):
    """An audience description names an unknown segment or a bad value."""

    def __init__(self, segment: str, value: str) -> None:
        super().__init__(f"bad audience: segment {segment!r} with value {value!r}")


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a broadcast goes to: active consented users, narrowed by one segment."""

    segment: str = ALL
    value: str = ""

    def __post_init__(self) -> None:
        if self.segment not in SEGMENTS or (self.segment != ALL and not self.value):
            raise AudienceError(self.segment, self.value)
        if self.segment == INACTIVE and not (self.value.isdigit() and int(self.value) > 0):
            raise AudienceError(self.segment, self.value)

    def as_dict(self) -> dict[str, Any]:
        return {"segment": self.segment, "value": self.value}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Audience:
        return cls(str(raw.get("segment", ALL)), str(raw.get("value", "")))


@dataclass(frozen=True, slots=True)
class BroadcastCounts:
    """Where a broadcast's recipients stand."""

    total: int = 0
    waiting: int = 0
    delivered: int = 0
    blocked: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def done(self) -> int:
        return self.total - self.waiting


def _audience_filter(audience: Audience, now: datetime) -> ColumnElement[bool]:
    base = and_(User.status == "active", User.consent == "given")
    if audience.segment == CAUSE:
        padded = literal(",") + User.top_causes + literal(",")
        return and_(base, padded.contains(f",{audience.value.upper()},", autoescape=True))
    if audience.segment == LANGUAGE:
        code = audience.value.lower()
        language = func.lower(User.language_code)
        return and_(base, or_(language == code, language.startswith(f"{code}-", autoescape=True)))
    if audience.segment == REGION:
        return and_(base, User.timezone.startswith(f"{audience.value}/", autoescape=True))
    if audience.segment == INACTIVE:
        return and_(base, User.last_seen_at < now - timedelta(days=int(audience.value)))
    return base


async def audience_count(session: AsyncSession, audience: Audience, now: datetime) -> int:
    """How many users the audience holds right now."""
    count = await session.scalar(
        select(func.count()).select_from(User).where(_audience_filter(audience, now))
    )
    return int(count or 0)


async def audience_ids(session: AsyncSession, audience: Audience, now: datetime) -> list[int]:
    """The ids of the users in the audience, in id order."""
    rows = await session.scalars(
        select(User.id).where(_audience_filter(audience, now)).order_by(User.id)
    )
    return list(rows)


async def languages_in_use(session: AsyncSession, limit: int = 8) -> list[str]:
    """The most common base language codes of active consented users ("de-AT" counts as "de")."""
    rows = await session.scalars(
        select(User.language_code).where(
            User.status == "active", User.consent == "given", User.language_code.is_not(None)
        )
    )
    counts: dict[str, int] = {}
    for code in rows:
        base = code.lower().split("-")[0]
        counts[base] = counts.get(base, 0) + 1
    return sorted(counts, key=lambda code: (-counts[code], code))[:limit]


async def regions_in_use(session: AsyncSession, limit: int = 8) -> list[str]:
    """The most common time-zone regions ("Europe") of active consented users."""
    rows = await session.scalars(
        select(User.timezone).where(
            User.status == "active", User.consent == "given", User.timezone.contains("/")
        )
    )
    counts: dict[str, int] = {}
    for zone in rows:
        region = zone.split("/")[0]
        counts[region] = counts.get(region, 0) + 1
    return sorted(counts, key=lambda region: (-counts[region], region))[:limit]


async def record(
    session: AsyncSession, admin_id: int, action: str, now: datetime, **details: Any
) -> None:
    """Write one audit entry."""
    session.add(AuditEntry(admin_id=admin_id, action=action, details=details, created_at=now))
    await session.flush()


async def audit_entries(session: AsyncSession, admin_id: int | None = None) -> list[AuditEntry]:
    statement = select(AuditEntry).order_by(AuditEntry.id)
    if admin_id is not None:
        statement = statement.where(AuditEntry.admin_id == admin_id)
    return list(await session.scalars(statement))


async def add_tip(
    session: AsyncSession, cause: str, body: str, source: str, admin_id: int, now: datetime,
    language: str = "en",
) -> Tip:  # fmt: skip
    tip = Tip(cause=cause, text=body, source=source, language=language, created_by=admin_id,
              created_at=now)  # fmt: skip
    session.add(tip)
    await session.flush()
    return tip


async def tips_for(session: AsyncSession, cause: str, language: str = "en") -> list[Tip]:
    """The admins' tips for a cause written in `language` (a runner never reads another)."""
    statement = select(Tip).where(Tip.cause == cause, Tip.language == language).order_by(Tip.id)
    return list(await session.scalars(statement))


async def create_broadcast(
    session: AsyncSession, admin_id: int, body: str, audience: Audience,
    send_at: datetime, now: datetime,
) -> Broadcast:  # fmt: skip
    broadcast = Broadcast(
        admin_id=admin_id, text=body, audience=audience.as_dict(), state=DRAFT,
        send_at=send_at, created_at=now,
    )  # fmt: skip
    session.add(broadcast)
    await session.flush()
    return broadcast


async def get_broadcast(session: AsyncSession, broadcast_id: int) -> Broadcast | None:
    return await session.get(Broadcast, broadcast_id)


async def change_state(
    session: AsyncSession, broadcast_id: int, from_states: Sequence[str], to_state: str,
    **values: Any,
) -> bool:  # fmt: skip
    """Move a broadcast between states atomically; False when it was not in `from_states`."""
    result = await session.execute(
        update(Broadcast)
        .where(Broadcast.id == broadcast_id, Broadcast.state.in_(from_states))
        .values(state=to_state, **values),
        execution_options={"synchronize_session": False},
    )
    return (result.rowcount or 0) == 1


async def queue_recipients(
    session: AsyncSession, broadcast_id: int, user_ids: Sequence[int], due_at: datetime
) -> int:
    """One lowest-priority delivery row per recipient (batched); existing rows are kept."""
    rows = [
        NewDelivery(
            user_id=user_id, kind=BROADCAST_KIND, due_at=due_at,
            priority=BROADCAST_PRIORITY, broadcast_id=broadcast_id, payload=None,
        )
        for user_id in user_ids
    ]  # fmt: skip
    return await deliveries.add_many(session, rows)


async def skip_pending(session: AsyncSession, broadcast_id: int) -> int:
    """Mark the broadcast's rows not sent yet skipped; returns how many.

    Claimed rows waiting for the rate limit count too: the dispatcher only sends a row it can
    still move from claimed to sending.
    """
    result = await session.execute(
        update(Delivery)
        .where(
            Delivery.broadcast_id == broadcast_id,
            Delivery.state.in_((deliveries.PENDING, deliveries.CLAIMED)),
        )
        .values(state=deliveries.SKIPPED),
        execution_options={"synchronize_session": False},
    )
    return result.rowcount or 0


async def set_status_message(
    session: AsyncSession, broadcast_id: int, chat_id: int, message_id: int
) -> None:
    await session.execute(
        update(Broadcast)
        .where(Broadcast.id == broadcast_id)
        .values(status_chat_id=chat_id, status_message_id=message_id),
        execution_options={"synchronize_session": False},
    )


async def queued_broadcasts(session: AsyncSession) -> list[Broadcast]:
    """Broadcasts confirmed and not yet finished or cancelled."""
    return list(
        await session.scalars(
            select(Broadcast).where(Broadcast.state == QUEUED).order_by(Broadcast.id)
        )
    )


async def broadcast_counts(session: AsyncSession, broadcast_id: int) -> BroadcastCounts:
    rows = await session.execute(
        select(Delivery.state, func.count())
        .where(Delivery.broadcast_id == broadcast_id)
        .group_by(Delivery.state)
    )
    by_state = {state: int(count) for state, count in rows.all()}
    return BroadcastCounts(
        total=sum(by_state.values()),
        waiting=sum(by_state.get(state, 0) for state in UNFINISHED_DELIVERY_STATES),
        delivered=by_state.get(deliveries.SENT, 0),
        blocked=by_state.get(deliveries.BLOCKED, 0),
        failed=sum(
            by_state.get(state, 0)
            for state in (deliveries.FAILED, deliveries.MISSED, deliveries.IN_DOUBT)
        ),
        skipped=by_state.get(deliveries.SKIPPED, 0),
    )


async def user_counts(session: AsyncSession, now: datetime) -> dict[str, int]:
    """Users in total and by standing: blocked, paused (not blocked), active (the rest, consented).

    Keys: total, created, consented, quiz_finished, plan_confirmed, blocked, paused, active,
    from_share (came through a shared link).
    """
    blocked = User.status == "blocked"
    paused = and_(
        ~blocked,
        or_(
            User.paused_indefinitely.is_(True),
            and_(User.paused_until.is_not(None), User.paused_until > now),
        ),
    )
    active = and_(~blocked, ~paused, User.consent == "given")

    def tally(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    row = (
        await session.execute(
            select(
                func.count(),
                tally(User.consent == "given"),
                tally(User.quiz_completed_at.is_not(None)),
                tally(User.plan_confirmed_at.is_not(None)),
                tally(blocked),
                tally(paused),
                tally(active),
                tally(User.came_from == CAME_FROM_SHARE),
            ).select_from(User)
        )
    ).one()
    names = (
        "total", "consented", "quiz_finished", "plan_confirmed", "blocked", "paused", "active",
        "from_share",
    )  # fmt: skip
    counts = {name: int(value) for name, value in zip(names, row, strict=True)}
    counts["created"] = counts["total"]
    return counts


async def cause_lists(session: AsyncSession) -> list[str]:
    """Every non-empty `top_causes` value ("LOAD,STRENGTH")."""
    return list(await session.scalars(select(User.top_causes).where(User.top_causes != "")))


TIP_KIND = "tip"
"""/tip on request is logged as a delivery, but it is no reminder."""


async def reminder_responses(
    session: AsyncSession, since: datetime
) -> list[tuple[str, str | None, int]]:
    """(kind, response, count) of reminders sent since `since` (broadcasts excluded)."""
    rows = await session.execute(
        select(Delivery.kind, Delivery.response, func.count())
        .where(
            Delivery.state == deliveries.SENT,
            Delivery.broadcast_id.is_(None),
            Delivery.kind.not_in((BROADCAST_KIND, TIP_KIND, PAUSE_END_KIND, WEEKLY_CARD_KIND)),
            Delivery.due_at >= since,
        )
        .group_by(Delivery.kind, Delivery.response)
    )
    return [(kind, response, int(count)) for kind, response, count in rows.all()]


def _per_window(column: Any, windows: Sequence[tuple[datetime, datetime]]) -> list[Any]:
    return [
        func.coalesce(func.sum(case((and_(column >= start, column < end), 1), else_=0)), 0)
        for start, end in windows
    ]


async def checkins_per_window(
    session: AsyncSession, windows: Sequence[tuple[datetime, datetime]]
) -> dict[str, list[int]]:
    """Answered check-ins per zone, counted in each [start, end) window of `asked_at`."""
    if not windows:
        return {}
    rows = await session.execute(
        select(Checkin.zone, *_per_window(Checkin.asked_at, windows))
        .where(Checkin.zone.is_not(None), Checkin.asked_at >= windows[0][0])
        .group_by(Checkin.zone)
    )
    return {zone: [int(value) for value in counts] for zone, *counts in rows.all()}


async def escalations_per_window(
    session: AsyncSession, windows: Sequence[tuple[datetime, datetime]]
) -> list[int]:
    """Escalations created in each [start, end) window."""
    if not windows:
        return []
    row = (
        await session.execute(
            select(*_per_window(Escalation.created_at, windows)).where(
                Escalation.created_at >= windows[0][0]
            )
        )
    ).one()
    return [int(value) for value in row]
