"""The reminder engine end to end: the real bot, dispatcher and sender against the emulator.

Time is the harness's ManualClock; the rate limiter runs on simulated time (`FakeTime`), so a
429's retry_after or a 5xx backoff is waited for without a real sleep. Runners are enrolled
straight through the repositories (consent, zone, plan, schedules) as after onboarding.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.error import TimedOut

from bot.services import accounts, planner
from bot.services.composer import ReminderComposer
from bot.storage import deliveries, plans, users
from bot.storage.deliveries import NewDelivery
from bot.storage.engine import create_engine, create_session_factory
from bot.storage.models import Delivery, User
from emulator import EmulatedUser, FaultRule, TranscriptEntry
from scheduler.dispatcher import Dispatcher, upcoming_due
from scheduler.ratelimit import SendPermit, TelegramRateLimiter
from tests.e2e.harness import START, BotHarness
from tests.unit.scheduler.fake_telegram import FakeTime

MONDAY, TUESDAY = 0, 1
BERLIN = "Europe/Berlin"
WARMUP_MONDAY = ("warmup", MONDAY, time(7, 30))
# 2026-03-02 is a Monday; Berlin is UTC+1 until 29 March, so 07:30 local is 06:30 UTC.
WARMUP_DUE = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)
WARMUP_TEXT = "Your run is coming up"
STRENGTH_TEXT = "Strength day"
STRETCH_TEXT = "Run done?"
ESCALATION_TEXT = "Time to get your knee checked"
MAX_RETRIES = 3
BACKOFF_BASE = 0.5
CLIENT_READ_TIMEOUT = 0.3
RIVALS = 20  # runners due at once for two dispatchers
ScheduleSpec = tuple[str, int, time]
ApiCall = Callable[..., Coroutine[Any, Any, Any]]


@contextlib.asynccontextmanager
async def running_bot(
    tmp_path: Path,
    fake_time: FakeTime,
    limiter_class: type[TelegramRateLimiter] = TelegramRateLimiter,
    database_url: str | None = None,
) -> AsyncIterator[BotHarness]:
    """The bot whose rate limiter keeps production-like retries but waits on simulated time."""
    limiter = limiter_class(
        overall_max_rate=10_000, chat_per_second=10_000, chat_burst=1_000,
        max_retries=MAX_RETRIES, backoff_base=BACKOFF_BASE, backoff_max=8.0,
        monotonic=fake_time.monotonic, sleep=fake_time.sleep,
    )  # fmt: skip
    bot = await BotHarness.started(tmp_path, database_url=database_url, rate_limiter=limiter)
    try:
        yield bot
    finally:
        await bot.close()


@pytest.fixture
def fake_time() -> FakeTime:
    """The rate limiter's clock: it moves only when the limiter sleeps (and records each sleep)."""
    return FakeTime()


@pytest.fixture
async def harness(tmp_path: Path, fake_time: FakeTime) -> AsyncIterator[BotHarness]:
    """Overrides the e2e conftest's harness: same bot, limiter on simulated time."""
    async with running_bot(tmp_path, fake_time) as bot:
        yield bot


async def enrol(
    harness: BotHarness,
    user_id: int,
    schedules: Iterable[ScheduleSpec] = (WARMUP_MONDAY,),
    *,
    zone: str = BERLIN,
    full_plan: bool = False,
) -> EmulatedUser:
    """A consenting runner with a confirmed plan, as if they had finished onboarding.

    With `full_plan` the week comes from `planner.replan` (Monday runs at 08:00), otherwise the
    runner gets exactly `schedules` and their first due reminders.
    """
    runner = harness.user(user_id)
    runner.chat.known_to_bot = True  # as after the runner's first /start
    now = harness.clock.now()
    rules = harness.runtime.content.rules
    async with harness.runtime.sessions_begin() as session:
        user, _ = await users.touch(session, user_id, user_id, "en", now)
        await accounts.give_consent(session, user, now)
        user.timezone = zone
        user.plan_confirmed_at = now
        plan = await plans.get_or_create(session, user_id)
        plan.running_days, plan.run_time, plan.weekly_km = "0", time(8, 0), 20.0
        plan.confirmed_at = now
        if full_plan:
            await planner.replan(session, user, plan, rules, now)
            return runner
        created = await plans.replace_schedules(session, user_id, schedules)
        due = [
            NewDelivery(user_id, row.kind, when, schedule_id=row.id)
            for row in created
            if (when := upcoming_due(row, user, now, rules.reminders)) is not None
        ]
        await deliveries.add_many(session, due)
    return runner


async def at(harness: BotHarness, moment: datetime) -> None:
    """Move the clock to `moment` and run the periodic jobs there (waiting for the sends)."""
    harness.clock.set(moment)
    await harness.tick()


async def rows(harness: BotHarness, user_id: int, kind: str | None = None) -> list[Delivery]:
    """The user's delivery rows (of one kind), by due time."""
    query = select(Delivery).where(Delivery.user_id == user_id)
    if kind is not None:
        query = query.where(Delivery.kind == kind)
    async with harness.session() as session:
        return list(await session.scalars(query.order_by(Delivery.due_at, Delivery.id)))


async def due_row(harness: BotHarness, user_id: int, due: datetime = WARMUP_DUE) -> Delivery:
    """The user's one delivery row due at `due`."""
    [row] = [row for row in await rows(harness, user_id) if row.due_at == due]
    return row


async def user_row(harness: BotHarness, user_id: int) -> User:
    async with harness.session() as session:
        user = await session.get(User, user_id)
    assert user is not None
    return user


def received(runner: EmulatedUser, starting: str) -> list[TranscriptEntry]:
    """The bot messages in the runner's chat whose text starts with `starting`."""
    return [m for m in runner.bot_messages() if (m.text or "").startswith(starting)]


async def updates_handled(harness: BotHarness) -> None:
    """Wait until the bot fetched, confirmed and finished handling every pending update."""
    await harness.emulator.wait_until_delivered(confirmed=True)
    assert harness.application is not None
    await asyncio.wait_for(harness.application.update_queue.join(), 5)


# 429, 5xx, timeouts ------------------------------------------------------------------------


async def test_a_429_is_waited_out_and_the_reminder_arrives_once(
    harness: BotHarness, fake_time: FakeTime
) -> None:
    runner = await enrol(harness, 4001)
    harness.emulator.faults.add(FaultRule("429", method="sendMessage", count=1, retry_after=7))

    await at(harness, WARMUP_DUE)

    assert len(received(runner, WARMUP_TEXT)) == 1
    assert harness.emulator.stats.faults["429"] == 1
    assert 7.0 in fake_time.sleeps  # retry_after honoured, on simulated time
    assert (await due_row(harness, 4001)).state == deliveries.SENT


async def test_two_5xx_are_retried_and_the_reminder_arrives_once(
    harness: BotHarness, fake_time: FakeTime
) -> None:
    runner = await enrol(harness, 4002)
    harness.emulator.faults.add(FaultRule("5xx", method="sendMessage", count=2, status=502))

    await at(harness, WARMUP_DUE)

    assert len(received(runner, WARMUP_TEXT)) == 1
    assert harness.emulator.stats.faults["5xx"] == 2
    assert fake_time.sleeps[:2] == [BACKOFF_BASE, 2 * BACKOFF_BASE]  # exponential backoff
    assert (await due_row(harness, 4002)).state == deliveries.SENT


async def test_5xx_forever_fails_one_chat_after_the_retry_limit_and_spares_the_others(
    harness: BotHarness,
) -> None:
    broken, fine, also_fine = [await enrol(harness, uid) for uid in (4003, 4004, 4005)]
    harness.emulator.faults.add(FaultRule("5xx", method="sendMessage", chat_id=4003))

    await at(harness, WARMUP_DUE)

    assert received(broken, WARMUP_TEXT) == []
    assert harness.emulator.stats.faults["5xx"] == MAX_RETRIES + 1
    failed = await due_row(harness, 4003)
    assert failed.state == deliveries.FAILED and failed.error
    for runner in (fine, also_fine):
        assert len(received(runner, WARMUP_TEXT)) == 1
        assert (await due_row(harness, runner.user_id)).state == deliveries.SENT


class ShortReadTimeout(TelegramRateLimiter):
    """Sends give up waiting for an answer after CLIENT_READ_TIMEOUT seconds (real time)."""

    async def process_request(
        self,
        callback: ApiCall,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: SendPermit | None,
    ) -> Any:
        if endpoint == "sendMessage":
            kwargs = {**kwargs, "read_timeout": CLIENT_READ_TIMEOUT}
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )


async def test_a_send_that_times_out_after_leaving_is_in_doubt_and_not_retried(
    tmp_path: Path, fake_time: FakeTime
) -> None:
    """The emulator holds the request until the bot's HTTP client gives up (a real TimedOut).

    The request went out, so Telegram may have stored it: it is not sent again.
    """
    async with running_bot(tmp_path, fake_time, ShortReadTimeout) as harness:
        runner = await enrol(harness, 4006)
        harness.emulator.faults.add(FaultRule("timeout", method="sendMessage", count=1))

        await at(harness, WARMUP_DUE)

        assert harness.emulator.stats.faults["timeout"] == 1
        assert BACKOFF_BASE not in fake_time.sleeps  # no retry
        assert received(runner, WARMUP_TEXT) == []
        assert (await due_row(harness, 4006)).state == deliveries.IN_DOUBT


class FirstSendFails(TelegramRateLimiter):
    """The first sendMessage goes wrong in a way `fail(call)` decides; later ones go through."""

    failed = False

    async def fail(self, call: Callable[[], Awaitable[Any]]) -> Any:
        raise NotImplementedError

    async def process_request(
        self,
        callback: ApiCall,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: SendPermit | None,
    ) -> Any:
        async def first_fails(*call_args: Any, **call_kwargs: Any) -> Any:
            if endpoint == "sendMessage" and not self.failed:
                self.failed = True
                return await self.fail(lambda: callback(*call_args, **call_kwargs))
            return await callback(*call_args, **call_kwargs)

        return await super().process_request(
            first_fails, args, kwargs, endpoint, data, rate_limit_args
        )


class ConnectTimeoutOnce(FirstSendFails):
    """The first sendMessage cannot even connect: it never left, so it is retried."""

    async def fail(self, call: Callable[[], Awaitable[Any]]) -> Any:
        raise TimedOut("could not connect") from httpx.ConnectTimeout("connect")


async def test_a_connect_timeout_is_retried_and_arrives_once(
    tmp_path: Path, fake_time: FakeTime
) -> None:
    async with running_bot(tmp_path, fake_time, ConnectTimeoutOnce) as harness:
        runner = await enrol(harness, 4008)

        await at(harness, WARMUP_DUE)

        assert fake_time.sleeps[:1] == [BACKOFF_BASE]  # one retry
        assert len(received(runner, WARMUP_TEXT)) == 1
        assert (await due_row(harness, 4008)).state == deliveries.SENT


class AnswerLostOnce(FirstSendFails):
    """The first sendMessage reaches Telegram, but its answer is lost: the client times out."""

    async def fail(self, call: Callable[[], Awaitable[Any]]) -> Any:
        await call()
        raise TimedOut("answer lost after Telegram stored the message")


async def test_a_timeout_after_telegram_stored_the_message_never_duplicates_it(
    tmp_path: Path, fake_time: FakeTime
) -> None:
    """Telegram stored the message but its answer was lost: the runner sees it once, and the
    delivery is recorded as in doubt (the emulator's "timeout" fault fails before storing).
    """
    async with running_bot(tmp_path, fake_time, AnswerLostOnce) as harness:
        runner = await enrol(harness, 4007)

        await at(harness, WARMUP_DUE)

        assert len(received(runner, WARMUP_TEXT)) == 1
        assert (await due_row(harness, 4007)).state == deliveries.IN_DOUBT


# 403: the runner blocked the bot -----------------------------------------------------------


async def test_blocking_the_bot_stops_reminders_before_any_send(harness: BotHarness) -> None:
    runner = await enrol(harness, 4010)

    await runner.block()
    await updates_handled(harness)
    await at(harness, WARMUP_DUE)

    assert (await user_row(harness, 4010)).status == "blocked"
    assert received(runner, WARMUP_TEXT) == []
    assert harness.emulator.stats.errors[403] == 0  # my_chat_member came first: nothing tried
    row = await due_row(harness, 4010)
    assert row.state == deliveries.BLOCKED


async def test_a_403_marks_the_user_blocked_and_start_brings_reminders_back(
    harness: BotHarness,
) -> None:
    runner = await enrol(harness, 4011)
    runner.chat.blocked = True  # blocked, but the my_chat_member update never reached the bot

    await at(harness, WARMUP_DUE)

    assert harness.emulator.stats.errors[403] == 1
    row = await due_row(harness, 4011)
    assert row.state == deliveries.BLOCKED
    assert (await user_row(harness, 4011)).status == "blocked"

    next_week = WARMUP_DUE + timedelta(weeks=1)
    await at(harness, next_week)  # while blocked nothing is even tried
    assert harness.emulator.stats.errors[403] == 1
    assert (await due_row(harness, 4011, next_week)).state == deliveries.BLOCKED

    runner.chat.blocked = False
    await runner.send_command("/start")
    await runner.next_bot_message()
    assert (await user_row(harness, 4011)).status == "active"
    await at(harness, WARMUP_DUE + timedelta(weeks=2))
    assert len(received(runner, WARMUP_TEXT)) == 1


# downtime and crashes ----------------------------------------------------------------------


async def test_a_reminder_due_during_downtime_is_sent_at_start_within_grace(
    harness: BotHarness,
) -> None:
    runner = await enrol(harness, 4020)
    await harness.stop()
    harness.clock.set(WARMUP_DUE + timedelta(minutes=15))  # warm-up grace is 20 minutes

    await harness.start()
    await harness.tick()

    assert len(received(runner, WARMUP_TEXT)) == 1
    row = await due_row(harness, 4020)
    assert row.state == deliveries.SENT


async def test_a_reminder_due_long_before_the_start_is_missed_not_sent_late(
    harness: BotHarness,
) -> None:
    runner = await enrol(harness, 4021)
    await harness.stop()
    harness.clock.set(WARMUP_DUE + timedelta(minutes=21))

    await harness.start()
    await harness.tick()

    assert received(runner, WARMUP_TEXT) == []
    [missed, upcoming] = await rows(harness, 4021)
    assert (missed.due_at, missed.state) == (WARMUP_DUE, deliveries.MISSED)
    assert (upcoming.due_at, upcoming.state) == (WARMUP_DUE + timedelta(weeks=1), "pending")


async def test_after_a_kill_claimed_rows_are_sent_once_and_sending_ones_only_if_escalations(
    harness: BotHarness,
) -> None:
    runner = await enrol(harness, 4030, schedules=())
    due = harness.clock.now() - timedelta(minutes=5)
    claimer = "killed-instance"  # SQLite is single-instance: every claimer's rows recover
    left_behind = {  # what a process killed mid-dispatch leaves in the table
        "warmup": deliveries.CLAIMED,
        "strength": deliveries.CLAIMED,
        "stretch": deliveries.SENDING,
        "escalation": deliveries.SENDING,
    }
    async with harness.runtime.sessions_begin() as session:
        session.add_all(
            Delivery(
                user_id=4030, kind=kind, due_at=due, state=state, claimed_by=claimer,
                claimed_at=due, priority=2 if kind == "escalation" else 1, attempts=0,
                payload={"reasons": ["escalation.reasons.red_flag"]} if kind == "escalation"
                else None,
            )
            for kind, state in left_behind.items()
        )  # fmt: skip

    await harness.restart()
    await harness.tick()
    await harness.tick()

    for text in (WARMUP_TEXT, STRENGTH_TEXT, ESCALATION_TEXT):
        assert len(received(runner, text)) == 1, text
    assert received(runner, STRETCH_TEXT) == []
    states = {row.kind: row.state for row in await rows(harness, 4030)}
    assert states == {
        "warmup": deliveries.SENT, "strength": deliveries.SENT,
        "stretch": deliveries.IN_DOUBT, "escalation": deliveries.SENT,
    }  # fmt: skip


async def test_a_crash_between_the_claim_and_the_next_reminder_loses_no_schedule(
    harness: BotHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planning runs after the claim's commit: killed in between, the batch is still claimed,
    so at start it goes back to pending, is sent once and the schedule's next week is planned."""
    runner = await enrol(harness, 4035)
    dispatcher = harness.runtime.dispatcher
    assert dispatcher is not None
    harness.clock.set(WARMUP_DUE)

    async def killed(*_: object, **__: object) -> int:
        raise RuntimeError("killed before the next reminder was stored")

    with monkeypatch.context() as patch:
        patch.setattr(deliveries, "add_many", killed)
        with pytest.raises(RuntimeError):
            await dispatcher.tick()
    assert (await due_row(harness, 4035)).state == deliveries.CLAIMED
    assert [row.due_at for row in await rows(harness, 4035)] == [WARMUP_DUE]

    await harness.restart()
    await harness.tick()

    assert len(received(runner, WARMUP_TEXT)) == 1
    assert (await due_row(harness, 4035)).state == deliveries.SENT
    next_week = await due_row(harness, 4035, WARMUP_DUE + timedelta(weeks=1))
    assert next_week.state == deliveries.PENDING


async def test_a_restart_at_the_same_moment_sends_nothing_twice(harness: BotHarness) -> None:
    """A week of full plans (New York switches to DST on 8 March); at some due moments the bot
    ticks, restarts and ticks again at the same clock: nothing arrives twice."""
    runners = [
        await enrol(harness, 4040, zone=BERLIN, full_plan=True),
        await enrol(harness, 4041, zone="America/New_York", full_plan=True),
    ]
    week_end = START + timedelta(weeks=1)
    for step in itertools.count():
        async with harness.session() as session:
            due = await session.scalar(
                select(Delivery.due_at).where(Delivery.state == deliveries.PENDING)
                .order_by(Delivery.due_at).limit(1)
            )  # fmt: skip
        if due is None or due > week_end:
            break
        await at(harness, due)
        before = [len(runner.bot_messages()) for runner in runners]
        if step % 10 == 0:
            await harness.restart()
        await harness.tick()
        assert [len(runner.bot_messages()) for runner in runners] == before, due

    assert step > 15  # the week really ran, with restarts along the way
    for runner in runners:
        week = [row for row in await rows(harness, runner.user_id) if row.due_at <= week_end]
        assert {row.state for row in week} <= {deliveries.SENT, deliveries.SKIPPED}
        sent = [row for row in week if row.state == deliveries.SENT]
        assert len(runner.bot_messages()) == len(sent) >= 5
        assert len({row.message_id for row in sent}) == len(sent)


# the runner's answers: snooze, skip, pause; quiet hours -----------------------------------


async def press_on_reminder(runner: EmulatedUser, caption: str) -> TranscriptEntry:
    """Press a button on the last warm-up and return it with the acknowledgement under it."""
    reminder = received(runner, WARMUP_TEXT)[-1]
    await runner.press_button(reminder, text=caption)
    return await runner.wait_for_edit(reminder)


async def test_snooze_brings_the_reminder_back_once_and_keeps_next_week(
    harness: BotHarness,
) -> None:
    runner = await enrol(harness, 4050)
    await at(harness, WARMUP_DUE)
    ack = await press_on_reminder(runner, "Snooze 30 min")
    assert "08:00" in (ack.text or "")  # Berlin time 30 minutes after 06:30 UTC

    await at(harness, WARMUP_DUE + timedelta(minutes=29))
    assert len(received(runner, WARMUP_TEXT)) == 1
    await at(harness, WARMUP_DUE + timedelta(minutes=30))
    assert len(received(runner, WARMUP_TEXT)) == 2
    await at(harness, WARMUP_DUE + timedelta(hours=3))
    assert len(received(runner, WARMUP_TEXT)) == 2

    regular = [r for r in await rows(harness, 4050) if r.schedule_id is not None]
    assert [r.due_at for r in regular] == [WARMUP_DUE, WARMUP_DUE + timedelta(weeks=1)]
    await at(harness, WARMUP_DUE + timedelta(weeks=1))
    assert len(received(runner, WARMUP_TEXT)) == 3


async def test_a_snooze_into_quiet_hours_waits_for_their_end(harness: BotHarness) -> None:
    runner = await enrol(harness, 4056, schedules=[("strength", TUESDAY, time(21, 0))])
    evening = datetime(2026, 3, 3, 20, 0, tzinfo=UTC)  # Tuesday 21:00 in Berlin
    morning = datetime(2026, 3, 4, 6, 0, tzinfo=UTC)  # Wednesday 07:00, when quiet hours end
    await at(harness, evening)
    [reminder] = received(runner, STRENGTH_TEXT)
    await runner.press_button(reminder, text="Snooze 2 h")
    ack = await runner.wait_for_edit(reminder)
    assert "07:00" in (ack.text or "")  # not 23:00, inside the runner's night

    await at(harness, evening + timedelta(hours=2))
    assert len(received(runner, STRENGTH_TEXT)) == 1
    await at(harness, morning)
    assert len(received(runner, STRENGTH_TEXT)) == 2


async def test_skip_today_sends_nothing_again(harness: BotHarness) -> None:
    runner = await enrol(harness, 4051)
    await at(harness, WARMUP_DUE)

    ack = await press_on_reminder(runner, "Skip today")

    assert "Skipped for today" in (ack.text or "") and ack.inline_buttons == []
    await at(harness, WARMUP_DUE + timedelta(hours=6))
    assert len(received(runner, WARMUP_TEXT)) == 1
    answered = await due_row(harness, 4051)
    assert answered.response == "skipped"


async def test_pause_holds_reminders_until_resume(harness: BotHarness) -> None:
    runner = await enrol(harness, 4052)
    await runner.send_command("/pause")
    question = await runner.next_bot_message()
    await runner.press_button(question, text="Until I resume")
    assert (await runner.wait_for_edit(question)).text == (
        "Reminders paused. Your data stays; send /resume to switch them back on."
    )

    await at(harness, WARMUP_DUE)
    assert received(runner, WARMUP_TEXT) == []
    paused = await due_row(harness, 4052)
    assert paused.state == deliveries.SKIPPED

    await runner.send_command("/resume")
    assert "back on" in ((await runner.next_bot_message()).text or "")
    await at(harness, WARMUP_DUE + timedelta(weeks=1))
    assert len(received(runner, WARMUP_TEXT)) == 1


async def test_a_reminder_due_in_quiet_hours_arrives_when_they_end(harness: BotHarness) -> None:
    runner = await enrol(harness, 4053, schedules=[("strength", TUESDAY, time(6, 0))])
    quiet_end = datetime(2026, 3, 3, 6, 0, tzinfo=UTC)  # Tuesday 07:00 in Berlin

    await at(harness, quiet_end - timedelta(hours=1))  # 06:00 local, the scheduled time
    assert received(runner, STRENGTH_TEXT) == []
    await at(harness, quiet_end - timedelta(minutes=1))
    assert received(runner, STRENGTH_TEXT) == []
    await at(harness, quiet_end)

    [reminder] = received(runner, STRENGTH_TEXT)
    assert reminder.date == int(quiet_end.timestamp())


# several instances on PostgreSQL -----------------------------------------------------------


@pytest.fixture
async def postgres_harness(
    tmp_path: Path, fake_time: FakeTime, postgres_url: str
) -> AsyncIterator[BotHarness]:
    """The bot on a throwaway PostgreSQL database (skips without a server)."""
    async with running_bot(tmp_path, fake_time, database_url=postgres_url) as bot:
        yield bot


@pytest.fixture
async def other_instance_sessions(
    postgres_url: str,
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a second engine with its own connections, as another bot instance has."""
    engine = create_engine(postgres_url)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


def dispatcher_on(
    harness: BotHarness,
    sessions: async_sessionmaker[AsyncSession],
    claimer: str,
    batch_size: int = 500,
    max_held: int | None = None,
) -> Dispatcher:
    """A dispatcher on `sessions` sharing the bot's sender (one emulator, one outbox)."""
    runtime = harness.runtime
    assert runtime.sender is not None
    composer = ReminderComposer(runtime.content, harness.clock)
    rules = runtime.content.rules.reminders
    return Dispatcher(
        sessions, harness.clock, runtime.sender, composer, rules,
        claimer=claimer, batch_size=batch_size, max_held=max_held,
    )  # fmt: skip


async def test_two_dispatchers_on_postgresql_never_send_the_same_reminder(
    postgres_harness: BotHarness, other_instance_sessions: async_sessionmaker[AsyncSession]
) -> None:
    harness = postgres_harness
    assert harness.runtime.sessions is not None
    # Each holds at most 6 at a time, so however the two ticks interleave neither can take
    # all 20 before the other claims (a run under load once saw one dispatcher take them all).
    first = dispatcher_on(harness, harness.runtime.sessions, "first", batch_size=3, max_held=6)
    second = dispatcher_on(harness, other_instance_sessions, "second", batch_size=3, max_held=6)
    runners = [await enrol(harness, 5000 + number) for number in range(RIVALS)]
    harness.clock.set(WARMUP_DUE)

    for _ in range(20):
        await asyncio.gather(first.tick(), second.tick())
        await asyncio.gather(first.drain(), second.drain())
        if first.report.claimed == second.report.claimed == 0:
            break

    assert [len(received(runner, WARMUP_TEXT)) for runner in runners] == [1] * RIVALS
    async with harness.session() as session:
        due = list(await session.scalars(select(Delivery).where(Delivery.due_at == WARMUP_DUE)))
    assert len(due) == RIVALS and {row.state for row in due} == {deliveries.SENT}
    assert {row.claimed_by for row in due} == {"first", "second"}  # they really competed


async def test_an_instance_holds_only_its_horizon_and_leaves_the_backlog_to_the_others(
    postgres_harness: BotHarness, other_instance_sessions: async_sessionmaker[AsyncSession]
) -> None:
    harness = postgres_harness
    assert harness.runtime.sessions is not None
    first = dispatcher_on(harness, harness.runtime.sessions, "first", max_held=6)
    second = dispatcher_on(harness, other_instance_sessions, "second", max_held=6)
    runners = [await enrol(harness, 5200 + number) for number in range(RIVALS)]
    harness.clock.set(WARMUP_DUE)

    await first.tick()  # alone, it would once have claimed all 20 at this tick
    await second.tick()
    assert (first.report.claimed, second.report.claimed) == (6, 6)
    await asyncio.gather(first.drain(), second.drain())
    for _ in range(5):
        await asyncio.gather(first.tick(), second.tick())
        await asyncio.gather(first.drain(), second.drain())

    assert [len(received(runner, WARMUP_TEXT)) for runner in runners] == [1] * RIVALS
    async with harness.session() as session:
        shares = Counter(await session.scalars(
            select(Delivery.claimed_by).where(Delivery.due_at == WARMUP_DUE)
        ))  # fmt: skip
    assert sum(shares.values()) == RIVALS and min(shares.values()) >= 6


async def test_a_locked_row_is_skipped_by_the_other_dispatcher_on_postgresql(
    postgres_harness: BotHarness, other_instance_sessions: async_sessionmaker[AsyncSession]
) -> None:
    harness = postgres_harness
    other = dispatcher_on(harness, other_instance_sessions, "other")
    held, free = await enrol(harness, 5100), await enrol(harness, 5101)
    harness.clock.set(WARMUP_DUE)

    async with harness.runtime.sessions_begin() as session:  # an instance mid-claim holds 5100
        await session.execute(select(Delivery).where(Delivery.user_id == 5100).with_for_update())
        await asyncio.wait_for(other.tick(), 5)  # would wait for the lock without SKIP LOCKED
        await other.drain()

    assert len(received(free, WARMUP_TEXT)) == 1
    assert received(held, WARMUP_TEXT) == []
    await harness.tick()
    assert len(received(held, WARMUP_TEXT)) == 1
    assert len(received(free, WARMUP_TEXT)) == 1
