"""Claims due deliveries in batches and hands them to the one rate-limited sender.

There are no per-user jobs in memory: a tick asks the database what is due, so start-up time
and memory do not grow with the number of users.

Crash semantics (kill -9 in the middle of dispatching):
* `claimed` rows were never handed to Telegram: at start they go back to `pending` and are sent
  if still within their grace window, else recorded as `missed`.
* `sending` rows were handed to Telegram and may or may not have arrived: they become
  `in_doubt` and are not sent again (a duplicate reminder is worse than a lost one), except
  escalations, which are sent again (a "see a doctor" message must never be lost).
A row becomes `sending` only once the rate limiter lets its message go, right before the HTTP
request (not while it waits for its turn), so what a crash leaves in doubt is what was really
in flight: at most `in_flight` rows, and only those whose request had left.
A send that times out after the request left is in doubt too (the rate limiter does not retry
it): recorded `in_doubt`, never sent twice; an escalation is queued again.
A row is marked `sending` only while this instance still holds its claim, so a claim taken
back from an instance thought dead is never sent by both.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.domain.rules import ReminderRules
from bot.domain.vocabulary import ReminderKind
from bot.domain.weekly_card import WEEKLY_CARD_KIND
from bot.ops import metrics
from bot.storage import deliveries, instances, users
from bot.storage.deliveries import Claimed, NewDelivery
from bot.storage.models import Plan, Schedule, User
from scheduler.batch_writer import BatchWriter
from scheduler.occurrences import Quiet, ScheduleRule, next_occurrence
from scheduler.planning import DeliveryVerdict, apply_quiet_hours, judge_late, next_due
from scheduler.priority_gate import PriorityGate
from scheduler.sender import Outgoing, Sender, SendResult, SendStatus

log = logging.getLogger(__name__)

AfterSent = Callable[[AsyncSession, "SendResult"], Awaitable[None]]


class Composer(Protocol):
    """Turns due rows into messages; `prepare` may fetch what a whole batch needs at once."""

    async def prepare(self, session: AsyncSession, rows: Sequence[Claimed]) -> None: ...

    async def __call__(
        self, session: AsyncSession, row: Claimed, user: User, plan: Plan | None
    ) -> Composed | None: ...


BATCH_SIZE = 500
YIELD_EVERY = 25
"""Composing a batch gives the event loop back every this many rows: a batch of 500 composed
in one go held a runner's /help or Done for a few hundred milliseconds (issue 17)."""
ALWAYS_DELIVERED = frozenset({"escalation", "escalation_followup"})
"""Kinds never skipped for a pause, never judged too late, and resent when in doubt."""
BROADCAST_GRACE = timedelta(days=2)
HEARTBEAT_INTERVAL = timedelta(seconds=10)
"""How often each instance on a shared database records that it is alive (`heartbeat` job)."""
SILENCE_LIMIT = timedelta(seconds=30)
"""An instance silent this long (three beats missed) is taken for dead and its claims come
back: with recovery every HEARTBEAT_INTERVAL, within about 40 s of its death."""
CLAIM_LEASE = timedelta(minutes=15)
"""The last fallback: a claim older than this belongs to an instance that died without a
heartbeat row (at most ~70 s of backlog is held, so a live claim never gets this old)."""


def claim_horizon(messages_per_second: float, tick_seconds: float, minimum: int = 16) -> int:
    """How many rows one instance may hold on a shared database: two ticks' worth of sending.

    Enough that its sender never idles between ticks, little enough that when a backlog (a
    broadcast, a busy minute) is due, the other instances claim their share of it instead of
    waiting while one instance works through everything at its per-instance rate.
    """
    return max(minimum, math.ceil(messages_per_second * tick_seconds * 2))


@dataclass(frozen=True, slots=True)
class Composed:
    """What to send for one delivery, and which tip it used (for rotation)."""

    outgoing: Outgoing
    content_id: str | None = None
    after_sent: AfterSent | None = None


@dataclass
class TickReport:
    """What one tick did, for logs, tests and benchmarks."""

    claimed: int = 0
    handed_over: int = 0
    missed: int = 0
    skipped: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)


class Dispatcher:
    """Turns due rows into messages, exactly once per (user, kind, due time)."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        sender: Sender,
        compose: Composer,
        rules: ReminderRules,
        *,
        claimer: str = "main",
        batch_size: int = BATCH_SIZE,
        in_flight: int = 8,
        max_held: int | None = None,
    ) -> None:
        """`max_held` bounds the rows handed to the sender and not yet finished. On a shared
        database each instance should hold only what it can send before its next ticks (see
        `claim_horizon`), so the other instances get the rest; alone, it may take everything.
        """
        self._sessions = sessions
        self._clock = clock
        self._sender = sender
        self._compose = compose
        self._rules = rules
        self._claimer = claimer
        self._batch_size = batch_size
        self._max_held = max_held if max_held is not None else 4 * batch_size
        self._window = PriorityGate(in_flight)
        self._writer = BatchWriter(sessions)
        self._tasks: set[asyncio.Task[None]] = set()
        self._lock = asyncio.Lock()
        self.report = TickReport()

    async def recover(self, *, all_claimers: bool) -> tuple[int, int]:
        """At start: resolve rows a crash left behind (see the module docstring).

        With `all_claimers` (SQLite, one instance) every interrupted row; otherwise (a shared
        database) this instance first says it is alive, then takes back its own rows and
        those abandoned by instances that died (see `recover_abandoned`).
        """
        if all_claimers:
            return await self._recover()
        await self.beat()
        return await self._recover(claimer=self._claimer, abandoned=True)

    async def beat(self) -> None:
        """Record that this instance is alive (every HEARTBEAT_INTERVAL on a shared database)."""
        async with self._sessions.begin() as session:
            await instances.beat(session, self._claimer, self._clock.now())

    async def recover_abandoned(self) -> tuple[int, int]:
        """Periodically (PostgreSQL): rows claimed by instances silent for SILENCE_LIMIT, and,
        as the last fallback, rows claimed before the lease by an instance without a heartbeat.

        Still exactly once: an instance thought dead that wakes up finds its claim gone when
        it marks a row `sending`, and does not send it.
        """
        return await self._recover(abandoned=True)

    async def _recover(
        self, *, claimer: str | None = None, abandoned: bool = False
    ) -> tuple[int, int]:
        now = self._clock.now()
        async with self._sessions.begin() as session:
            silent: list[str] = []
            if abandoned:
                silent = await instances.silent_since(session, now - SILENCE_LIMIT)
                silent = [instance for instance in silent if instance != self._claimer]
            requeued, in_doubt = await deliveries.recover_interrupted(
                session, claimer=claimer, claimers=silent,
                stale_before=now - CLAIM_LEASE if abandoned else None,
                resend_kinds=ALWAYS_DELIVERED,
            )  # fmt: skip
            if abandoned:  # long gone: the lease covers whatever they could still hold
                await instances.forget_silent_since(session, now - CLAIM_LEASE)
        if requeued or in_doubt:
            log.warning(
                "recovered interrupted deliveries: %s requeued, %s in doubt", requeued, in_doubt
            )
        return requeued, in_doubt

    async def tick(self) -> TickReport:
        """Claim everything due now (in batches) and hand it to the sender; returns at hand-off."""
        async with self._lock:
            report = TickReport()
            while (room := self._max_held - len(self._tasks)) > 0:
                wanted = min(self._batch_size, room)
                claimed = await self._claim_batch(report, wanted)
                if len(claimed) < wanted:
                    break
            self.report = report
            return report

    async def drain(self) -> None:
        """Wait until every handed-over delivery has its outcome recorded."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _claim_batch(self, report: TickReport, limit: int) -> list[Claimed]:
        """Claim in one short write transaction (the UPDATE alone); read the runners and plan
        each schedule's next reminder outside it (the cron maths no longer hold SQLite's write
        lock); then one short write (the batch writer's) stores the next reminders and the rows
        not to send.

        A row leaves `claimed` only in that second write, together with its schedule's next
        reminder: after a crash between the two the batch is still claimed, recovery puts it
        back to pending, and claiming it again plans again (a reminder planned twice is kept
        once, by its (user, kind, due_at) key). So no schedule loses its next reminder.
        Compose outside both; hand over to the sender.
        """
        now = self._clock.now()
        async with self._sessions.begin() as session:
            claimed = await deliveries.claim_due(session, now, self._claimer, limit)
        if not claimed:
            return []
        async with self._sessions() as session:  # reads only: the write lock is free meanwhile
            user_ids = {row.user_id for row in claimed}
            users_by_id = await _load_users(session, user_ids)
            plans = await _load_plans(session, user_ids)
            upcoming = await self._next_occurrences(session, claimed, now)
        verdicts: dict[str, list[int]] = {}
        sendable: list[Claimed] = []
        for row in claimed:
            verdict = self._verdict(row, users_by_id.get(row.user_id), plans.get(row.user_id), now)
            if verdict == deliveries.PENDING:
                sendable.append(row)
            else:
                verdicts.setdefault(verdict, []).append(row.id)

        async def settle(session: AsyncSession) -> None:
            await deliveries.add_many(session, upcoming, count=False)
            for state, ids in verdicts.items():
                await deliveries.set_state(session, ids, state)

        await self._writer.run(settle)  # with the other writes waiting; retried when busy
        report.claimed += len(claimed)
        report.missed += len(verdicts.get(deliveries.MISSED, []))
        to_send: list[tuple[Claimed, Composed]] = []
        nothing_to_say: list[int] = []
        async with self._sessions() as session:  # reads only: the write lock is free meanwhile
            await self._compose.prepare(session, sendable)
            for number, row in enumerate(sendable, 1):
                if number % YIELD_EVERY == 0:  # let a runner's reply through between rows
                    await asyncio.sleep(0)
                composed = await self._compose(
                    session, row, users_by_id[row.user_id], plans.get(row.user_id)
                )
                if composed is None:
                    nothing_to_say.append(row.id)
                else:
                    to_send.append((row, composed))
        if nothing_to_say:
            await self._writer.run(
                lambda session: deliveries.set_state(session, nothing_to_say, deliveries.SKIPPED)
            )
        report.skipped += len(verdicts.get(deliveries.SKIPPED, [])) + len(nothing_to_say)
        for row, composed in to_send:
            task = asyncio.create_task(
                self._deliver(row.id, row.kind, row.attempts, composed, report)
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        report.handed_over += len(to_send)
        return claimed

    def _verdict(self, row: Claimed, user: User | None, plan: Plan | None, now: datetime) -> str:
        if user is not None and user.status == "blocked":
            return deliveries.BLOCKED  # they blocked the bot: nothing is tried
        if user is None or user.consent != "given":
            return deliveries.SKIPPED
        if row.kind in ALWAYS_DELIVERED:
            return deliveries.PENDING
        if row.response is not None:
            return deliveries.SKIPPED  # answered before it went out: asking would be stale
        if row.broadcast_id is None:
            if user.paused_indefinitely or (user.paused_until and user.paused_until > now):
                return deliveries.SKIPPED
            if plan is not None and row.kind in plan.muted:
                return deliveries.SKIPPED
        if judge_late(row.due_at, now, self._grace(row.kind)) is DeliveryVerdict.MISSED:
            return deliveries.MISSED
        return deliveries.PENDING

    def _grace(self, kind: str) -> timedelta:
        if kind == "broadcast":
            return BROADCAST_GRACE
        try:
            return timedelta(minutes=self._rules.grace_for(ReminderKind(kind)))
        except ValueError:
            return timedelta(hours=6)

    async def _next_occurrences(
        self, session: AsyncSession, claimed: list[Claimed], now: datetime
    ) -> list[NewDelivery]:
        """The next reminder of each claimed row's schedule (read in `session`, not stored)."""
        schedule_ids = {row.schedule_id for row in claimed if row.schedule_id is not None}
        if not schedule_ids:
            return []
        rows = await session.execute(  # columns, not entities: no ORM objects to build
            select(
                Schedule.id, Schedule.user_id, Schedule.kind, Schedule.weekday,
                Schedule.local_time, User.timezone, User.quiet_start, User.quiet_end,
            )
            .join(User, User.id == Schedule.user_id)
            .where(Schedule.id.in_(schedule_ids))
        )  # fmt: skip
        due_by_schedule = {row.schedule_id: row.due_at for row in claimed if row.schedule_id}
        return [
            delivery
            for row in rows.all()
            if (delivery := next_delivery(row, row, max(due_by_schedule[row.id], now), self._rules))
        ]

    async def _deliver(
        self, delivery_id: int, kind: str, attempts: int, composed: Composed, report: TickReport
    ) -> None:
        async def still_ours() -> bool:
            """Once the limiter lets it go: mark it `sending`, unless the claim was taken back
            (a cancelled broadcast, an instance thought dead): then it is not sent at all."""
            return await self._writer.run(
                lambda session: deliveries.start_sending(session, delivery_id, self._claimer)
            )

        async with self._window.slot(composed.outgoing.priority):
            result = await self._sender.send(composed.outgoing, before_request=still_ours)
        if result.status is SendStatus.WITHDRAWN:
            return
        state = outcome_state(result.status, kind)
        now = self._clock.now()
        retry_at = escalation_retry_at(kind, state, attempts, now)
        if retry_at is not None:
            state = deliveries.PENDING
        report.outcomes[state] = report.outcomes.get(state, 0) + 1
        metrics.count_message(kind, "retry" if retry_at is not None else state)

        async def record(session: AsyncSession) -> None:
            await deliveries.record_outcome(
                session, delivery_id, state, retry_at=retry_at,
                sent_at=now if state == deliveries.SENT else None,
                message_id=result.message_id, content_id=composed.content_id,
                error=(result.error or "")[:200] or None,
            )  # fmt: skip
            if composed.after_sent is not None and state == deliveries.SENT:
                await composed.after_sent(session, result)
            if state == deliveries.BLOCKED:
                await users.mark_blocked(session, composed.outgoing.chat_id, now)

        await self._writer.run(record)


ESCALATION_ATTEMPTS = 20
ESCALATION_RETRY_CAP = timedelta(minutes=30)


def escalation_retry_at(kind: str, state: str, attempts: int, now: datetime) -> datetime | None:
    """When to try a "see a doctor" message again after it failed (a Telegram outage, 5xx
    beyond the sender's own retries), or None: never for other kinds, and not after
    ESCALATION_ATTEMPTS tries. Pauses grow 1, 2, 4 … minutes up to 30: about 8 hours in all.
    `attempts` counts the tries before this one."""
    if kind not in ALWAYS_DELIVERED or state != deliveries.FAILED:
        return None
    if attempts + 1 >= ESCALATION_ATTEMPTS:
        return None
    return now + min(timedelta(minutes=2**attempts), ESCALATION_RETRY_CAP)


def outcome_state(status: SendStatus, kind: str) -> str:
    """The delivery state for a send result; an escalation in doubt is queued again."""
    if status is SendStatus.IN_DOUBT:
        return deliveries.PENDING if kind in ALWAYS_DELIVERED else deliveries.IN_DOUBT
    return {
        SendStatus.SENT: deliveries.SENT,
        SendStatus.BLOCKED: deliveries.BLOCKED,
    }.get(status, deliveries.FAILED)


class ScheduleFields(Protocol):
    """What planning reads of a schedule: a `Schedule` or a row of the same columns."""

    @property
    def id(self) -> int: ...
    @property
    def user_id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def weekday(self) -> int: ...
    @property
    def local_time(self) -> time: ...


class QuietFields(Protocol):
    """What planning reads of a runner: a `User` or a row of the same columns."""

    @property
    def timezone(self) -> str | None: ...
    @property
    def quiet_start(self) -> time | None: ...
    @property
    def quiet_end(self) -> time | None: ...


def upcoming_due(
    schedule: ScheduleFields, user: QuietFields, after: datetime, rules: ReminderRules
) -> datetime | None:
    """The next due time of a schedule for this user, outside their quiet hours."""
    if schedule.kind == WEEKLY_CARD_KIND:  # no reminder: its own time, moved out of quiet hours
        due = next_due(schedule.weekday, schedule.local_time, user.timezone or "UTC", after)
        start, end = user.quiet_start or time(0), user.quiet_end or time(0)
        return apply_quiet_hours(due, user.timezone or "UTC", start, end, latest_useful=None)
    rule = ScheduleRule(ReminderKind(schedule.kind), schedule.weekday, schedule.local_time)
    quiet = Quiet(user.timezone or "UTC", user.quiet_start, user.quiet_end)
    return next_occurrence(rule, quiet, after, rules)


def next_delivery(
    schedule: ScheduleFields, user: QuietFields, after: datetime, rules: ReminderRules
) -> NewDelivery | None:
    """The schedule's next reminder for its runner as a row to queue, or None."""
    due = upcoming_due(schedule, user, after, rules)
    if due is None:
        return None
    return NewDelivery(
        user_id=schedule.user_id, kind=schedule.kind, due_at=due, schedule_id=schedule.id
    )


async def _load_users(session: AsyncSession, ids: set[int]) -> dict[int, User]:
    rows = await session.scalars(select(User).where(User.id.in_(ids)))
    return {row.id: row for row in rows}


async def _load_plans(session: AsyncSession, ids: set[int]) -> dict[int, Plan]:
    rows = await session.scalars(select(Plan).where(Plan.user_id.in_(ids)))
    return {row.user_id: row for row in rows}
