"""Several instances on one PostgreSQL database: the claims of one that dies are sent by another
within a minute (its heartbeat stops), still exactly once (issue 17).

An instance "dies" holding claims: its dispatcher claimed rows and handed them to a sender that
never runs (a frozen process). The clock is the harness's ManualClock; nothing sleeps.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.composer import ReminderComposer
from bot.storage import deliveries
from bot.storage.engine import create_engine, create_session_factory
from bot.storage.models import Delivery, Instance
from scheduler.dispatcher import SILENCE_LIMIT, Dispatcher
from scheduler.sender import Sender
from tests.e2e.harness import BotHarness
from tests.e2e.test_delivery import WARMUP_DUE, WARMUP_TEXT, enrol, received

RUNNERS = 5
DEAD_HOLDS, BUSY_HOLDS = 3, 2


@pytest.fixture
async def harness(tmp_path: Path, postgres_url: str) -> AsyncIterator[BotHarness]:
    """The bot on a throwaway PostgreSQL database (skips without a server)."""
    bot = await BotHarness.started(tmp_path, database_url=postgres_url)
    try:
        yield bot
    finally:
        await bot.close()


@pytest.fixture
async def other_sessions(postgres_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a second engine with its own connections, as another instance has."""
    engine = create_engine(postgres_url)
    try:
        yield create_session_factory(engine)
    finally:
        await engine.dispose()


def instance(
    harness: BotHarness, sessions: async_sessionmaker[AsyncSession], name: str, sender: Sender,
    max_held: int | None = None,
) -> Dispatcher:  # fmt: skip
    runtime = harness.runtime
    composer = ReminderComposer(runtime.content, harness.clock)
    return Dispatcher(
        sessions, harness.clock, sender, composer, runtime.content.rules.reminders,
        claimer=name, max_held=max_held,
    )  # fmt: skip


async def claims(harness: BotHarness) -> dict[str, list[str]]:
    """State and claimer of the due rows, by claimer."""
    async with harness.session() as session:
        rows = await session.execute(
            select(Delivery.claimed_by, Delivery.state).where(Delivery.due_at == WARMUP_DUE)
        )
    found: dict[str, list[str]] = {}
    for claimer, state in rows.all():
        found.setdefault(claimer or "", []).append(state)
    return found


async def test_a_dead_instance_s_claims_are_sent_by_another_within_a_minute_and_only_once(
    harness: BotHarness, other_sessions: async_sessionmaker[AsyncSession]
) -> None:
    runtime = harness.runtime
    assert runtime.sessions is not None and runtime.sender is not None
    assert harness.application is not None
    bot = harness.application.bot  # one Bot API connection serves every instance here
    frozen = {name: Sender(bot) for name in ("dead", "busy")}  # never started: frozen in time
    dead = instance(harness, runtime.sessions, "dead", frozen["dead"], max_held=DEAD_HOLDS)
    busy = instance(harness, other_sessions, "busy", frozen["busy"], max_held=BUSY_HOLDS)
    alive = instance(harness, other_sessions, "alive", runtime.sender)
    runners = [await enrol(harness, 7200 + number) for number in range(RUNNERS)]
    harness.clock.set(WARMUP_DUE)
    for each in (dead, busy, alive):
        await each.beat()
    await dead.tick()
    await busy.tick()
    assert (dead.report.handed_over, busy.report.handed_over) == (DEAD_HOLDS, BUSY_HOLDS)

    harness.clock.advance(SILENCE_LIMIT - timedelta(seconds=10))  # "dead" stops beating
    for each in (busy, alive):
        await each.beat()
    too_early = await alive.recover_abandoned()
    harness.clock.advance(timedelta(seconds=15))  # 35 s after dead's last beat
    for each in (busy, alive):
        await each.beat()
    taken_back = await alive.recover_abandoned()
    await alive.tick()
    await alive.drain()
    sent_by_the_living = [len(received(runner, WARMUP_TEXT)) for runner in runners]
    for sender in frozen.values():  # both wake up: "busy" sends its own, "dead" finds none
        await sender.start()
    await dead.drain()
    await busy.drain()
    for sender in frozen.values():
        await sender.stop()

    assert too_early == (0, 0)
    assert taken_back == (DEAD_HOLDS, 0)
    assert sorted(sent_by_the_living) == [0] * BUSY_HOLDS + [1] * DEAD_HOLDS
    assert [len(received(runner, WARMUP_TEXT)) for runner in runners] == [1] * RUNNERS
    assert await claims(harness) == {
        "alive": [deliveries.SENT] * DEAD_HOLDS, "busy": [deliveries.SENT] * BUSY_HOLDS,
    }  # fmt: skip


async def test_a_running_bot_beats_with_its_periodic_jobs(harness: BotHarness) -> None:
    harness.clock.advance(timedelta(minutes=5))

    await harness.tick()

    async with harness.session() as session:
        beats = {row.id: row.last_seen for row in await session.scalars(select(Instance))}
    assert beats == {harness.settings.instance_id: harness.clock.now()}
