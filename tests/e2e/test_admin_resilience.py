"""Admin broadcasts under stress: a restart mid-delivery, blocked recipients, priority, cancel.

The real bot against the emulator on the harness's manual clock; nothing sleeps. Where a story
needs delivery caught half way, `HeldSends` (the bot's own rate limiter with a gate in front)
holds the runners' messages until the test opens it, so "part was sent" is exact. A crash is
emulated the way `test_delivery` does it: the rows are put in the states a killed process
leaves behind (`claimed`, `sending`) and the bot is restarted on the same database.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.services import accounts
from bot.storage import deliveries, users
from bot.storage.models import Delivery, User
from emulator import EmulatedUser, TranscriptEntry
from scheduler.dispatcher import Dispatcher
from scheduler.ratelimit import SendPermit, TelegramRateLimiter
from tests.e2e.harness import BotHarness

ADMIN = 999
FIRST_RUNNER = 6001
BODY = "Spring clinic: free knee checks on Saturday"
ESCALATION_OPENING = "Time to get your knee checked"
CRASHED_INSTANCE = "crashed-instance"
IN_FLIGHT = 32
"""The dispatcher's default window of deliveries handed to the sender at once."""
SENDER_WORKERS = 8
"""The sender's concurrent requests: what the gate holds once the backlog has formed."""
ApiCall = Callable[..., Coroutine[Any, Any, Any]]


class HeldSends(TelegramRateLimiter):
    """The harness's fast limiter; while held, runners' messages wait once `passes` are spent.

    Messages to the admin (status edits, the report) are never held. `accepted` lists the text
    of every runner message in the order Telegram accepted it.
    """

    def __init__(self) -> None:
        super().__init__(
            overall_max_rate=10_000, chat_per_second=10_000, chat_burst=1_000, max_retries=2,
            backoff_base=0.01, backoff_max=0.05,
        )  # fmt: skip
        self.passes: int | None = None
        self.opened = asyncio.Event()
        self.accepted: list[str] = []
        self.waiting = 0
        self._arrived = asyncio.Event()

    def hold(self, after: int = 0) -> None:
        """Let `after` more runner messages through, then hold the rest."""
        self.passes = after
        self.opened.clear()

    async def until_waiting(self, count: int = SENDER_WORKERS) -> None:
        """Wait until `count` runner messages are held (by default one per sender worker)."""
        async with asyncio.timeout(5):
            while self.waiting < count:
                self._arrived.clear()
                await self._arrived.wait()

    def release(self) -> None:
        """Let every held and future message through."""
        self.passes = None
        self.opened.set()

    async def process_request(
        self,
        callback: ApiCall,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: SendPermit | None,
    ) -> Any:
        to_runner = endpoint == "sendMessage" and str(data.get("chat_id")) != str(ADMIN)
        if to_runner:
            while self.passes is not None and self.passes <= 0:
                self.waiting += 1
                self._arrived.set()
                await self.opened.wait()
                self.waiting -= 1
            if self.passes is not None:
                self.passes -= 1
        result = await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )
        if to_runner:
            self.accepted.append(str(data.get("text", "")))
        return result


@pytest.fixture
def held() -> HeldSends:
    return HeldSends()


@pytest.fixture
async def harness(tmp_path: Path, held: HeldSends) -> AsyncIterator[BotHarness]:
    """Overrides the e2e conftest's harness: same bot and admin, the holding limiter."""
    bot = await BotHarness.started(tmp_path, admin_ids=str(ADMIN), rate_limiter=held)
    try:
        yield bot
    finally:
        held.release()  # a held send would keep the dispatcher from draining at stop
        await bot.close()


async def enrol(harness: BotHarness, count: int) -> list[EmulatedUser]:
    """Consenting runners who wrote to the bot once (so it may write to them)."""
    runners = [harness.user(FIRST_RUNNER + number) for number in range(count)]
    now = harness.clock.now()
    async with harness.runtime.sessions_begin() as session:
        for runner in runners:
            runner.chat.known_to_bot = True  # as after the runner's first /start
            user, _ = await users.touch(session, runner.user_id, runner.user_id, "en", now)
            await accounts.give_consent(session, user, now)
    return runners


async def confirm_broadcast(harness: BotHarness, audience: int) -> tuple[EmulatedUser, int]:
    """The admin sends BODY to all active users now; returns the admin and the status message."""
    admin = harness.user(ADMIN)
    await admin.send_command("/broadcast")
    await admin.next_bot_message()
    await admin.send_text(BODY)
    menu = await admin.next_bot_message()
    await admin.press_button(menu, text="All active users")
    await admin.next_bot_message()  # the preview: the broadcast itself
    when = await admin.next_bot_message()
    assert f"{audience} users right now" in (when.text or "")
    await admin.press_button(when, text="Now")
    confirm = await admin.wait_for_edit(when)
    await admin.press_button(confirm, text="Send it")
    status = await admin.wait_for_edit(confirm)
    assert f"{audience} recipients" in (status.text or "")
    return admin, status.message_id


def received(runner: EmulatedUser) -> int:
    """How many times the runner's chat shows the broadcast."""
    return sum(entry.text == BODY for entry in runner.bot_messages())


def status_text(admin: EmulatedUser, status_id: int) -> str:
    entry = admin.message(status_id)
    assert entry is not None
    return entry.text or ""


def dispatcher_of(harness: BotHarness) -> Dispatcher:
    dispatcher = harness.runtime.dispatcher
    assert dispatcher is not None
    return dispatcher


async def set_rows(harness: BotHarness, runners: Sequence[EmulatedUser], **values: Any) -> None:
    """Overwrite the broadcast rows of these runners (to stage what a crash leaves behind)."""
    async with harness.runtime.sessions_begin() as session:
        await session.execute(
            update(Delivery)
            .where(
                Delivery.kind == "broadcast",
                Delivery.user_id.in_([runner.user_id for runner in runners]),
            )
            .values(**values)
        )


async def broadcast_states(harness: BotHarness) -> Counter[str]:
    async with harness.session() as session:
        states = await session.scalars(select(Delivery.state).where(Delivery.kind == "broadcast"))
        return Counter(states)


async def user_status(harness: BotHarness, user_id: int) -> str:
    async with harness.session() as session:
        user = await session.get(User, user_id)
    assert user is not None
    return user.status


async def updates_handled(harness: BotHarness) -> None:
    """Wait until the bot fetched, confirmed and finished handling every pending update."""
    await harness.emulator.wait_until_delivered(confirmed=True)
    assert harness.application is not None
    await asyncio.wait_for(harness.application.update_queue.join(), 5)


async def finished_report(admin: EmulatedUser) -> str:
    report = await admin.next_bot_message()
    assert "finished" in (report.text or "")
    return report.text or ""


# a restart in the middle ----------------------------------------------------------------------


async def test_a_restart_in_the_middle_resumes_and_nobody_gets_it_twice(
    harness: BotHarness,
) -> None:
    runners = await enrol(harness, 30)
    admin, status_id = await confirm_broadcast(harness, 30)
    first, rest = runners[:10], runners[10:]
    # The dispatcher of an instance about to die has claimed the other twenty, not sent them.
    now = harness.clock.now()
    await set_rows(
        harness, rest, state=deliveries.CLAIMED, claimed_by=CRASHED_INSTANCE, claimed_at=now
    )
    await harness.tick()
    await harness.tick()
    assert [received(runner) for runner in runners] == [1] * 10 + [0] * 20
    assert "10/30 done – 10 delivered, 0 blocked, 0 failed" in status_text(admin, status_id)
    # The last of the ten reached Telegram, but the process died before storing the outcome.
    await set_rows(harness, first[-1:], state=deliveries.SENDING, claimed_by=CRASHED_INSTANCE)

    await harness.restart()
    await harness.tick()
    await harness.tick()

    assert [received(runner) for runner in runners] == [1] * 30
    # The one in doubt is never sent again (a duplicate is worse than a loss): counted failed.
    assert await broadcast_states(harness) == {deliveries.SENT: 29, deliveries.IN_DOUBT: 1}
    report = await finished_report(admin)
    assert "29 delivered, 0 blocked the bot (marked inactive), 1 failed, 0 skipped" in report
    final = admin.message(status_id)
    assert final is not None and "30/30 done – 29 delivered, 0 blocked, 1 failed" in (
        final.text or ""
    )
    assert final.inline_buttons == []  # nothing left to cancel


# blocked recipients ---------------------------------------------------------------------------


async def test_a_403_at_send_time_counts_blocked_marks_inactive_and_spares_the_rest(
    harness: BotHarness,
) -> None:
    runners = await enrol(harness, 10)
    gone_before, silently_gone, others = runners[0], runners[1], runners[2:]
    await gone_before.block()  # the bot hears of it (my_chat_member): not in the audience
    await updates_handled(harness)
    silently_gone.chat.blocked = True  # the bot never heard: the 403 comes at send time
    admin, _ = await confirm_broadcast(harness, 9)

    await harness.tick()
    await harness.tick()

    assert received(gone_before) == received(silently_gone) == 0
    assert [received(runner) for runner in others] == [1] * 8
    assert harness.emulator.stats.errors[403] == 1  # only the one the bot did not know about
    assert await user_status(harness, silently_gone.user_id) == "blocked"
    assert await user_status(harness, gone_before.user_id) == "blocked"
    report = await finished_report(admin)
    assert "8 delivered, 1 blocked the bot (marked inactive), 0 failed, 0 skipped" in report


async def test_runners_who_block_while_it_is_queued_are_reported_as_blocked(
    harness: BotHarness,
) -> None:
    runners = await enrol(harness, 6)
    admin, _ = await confirm_broadcast(harness, 6)
    await runners[0].block()
    await runners[1].block()
    await updates_handled(harness)

    await harness.tick()
    await harness.tick()

    assert [received(runner) for runner in runners] == [0, 0, 1, 1, 1, 1]
    report = await finished_report(admin)
    assert "4 delivered, 2 blocked the bot (marked inactive), 0 failed, 0 skipped" in report


# priority over a running broadcast ------------------------------------------------------------


async def queue_escalation(harness: BotHarness, runner: EmulatedUser) -> None:
    """A "see a doctor" message due now, as the check-in rules queue it."""
    now = harness.clock.now()
    async with harness.runtime.sessions_begin() as session:
        session.add(
            Delivery(
                user_id=runner.user_id, kind="escalation", due_at=now, priority=2,
                state=deliveries.PENDING, attempts=0,
                payload={"reasons": ["escalation.reasons.red_flag"]},
            )
        )  # fmt: skip


def escalation_position(held: HeldSends) -> int:
    [position] = [index for index, text in enumerate(held.accepted) if ESCALATION_OPENING in text]
    return position


async def test_an_escalation_due_with_a_broadcast_goes_before_it(
    harness: BotHarness, held: HeldSends
) -> None:
    runners = await enrol(harness, 200)
    await confirm_broadcast(harness, 200)
    await queue_escalation(harness, runners[-1])
    held.hold()  # Telegram's limit: a backlog builds up

    await dispatcher_of(harness).tick()
    await held.until_waiting()
    held.release()
    await dispatcher_of(harness).drain()

    assert len(held.accepted) == 201
    assert escalation_position(held) <= SENDER_WORKERS  # at most the requests already out


async def test_an_escalation_due_during_a_running_broadcast_jumps_the_queue(
    harness: BotHarness, held: HeldSends
) -> None:
    runners = await enrol(harness, 200)
    await confirm_broadcast(harness, 200)
    held.hold()  # Telegram's limit: the broadcast is still going out
    await dispatcher_of(harness).tick()
    await held.until_waiting()

    await queue_escalation(harness, runners[-1])
    await dispatcher_of(harness).tick()
    held.release()
    await dispatcher_of(harness).drain()

    assert len(held.accepted) == 201
    # At most one in-flight window of broadcast messages may be ahead of it.
    assert escalation_position(held) <= IN_FLIGHT


# cancel during delivery -----------------------------------------------------------------------


async def test_cancel_after_part_was_sent_stops_the_rest_and_says_how_many(
    harness: BotHarness,
) -> None:
    runners = await enrol(harness, 30)
    admin, status_id = await confirm_broadcast(harness, 30)
    first, rest = runners[:10], runners[10:]
    # The dispatcher has not reached these yet (a large broadcast is claimed tick by tick).
    due = harness.clock.now() + timedelta(minutes=1)
    await set_rows(harness, rest, due_at=due)
    await harness.tick()
    await harness.tick()
    assert "10/30 done" in status_text(admin, status_id)

    await admin.press_button(status_id, text="Cancel broadcast")
    stopped = await admin.wait_for_edit(status_id)
    harness.clock.advance(timedelta(minutes=5))
    await harness.tick()
    await harness.tick()

    assert "Broadcast #1 cancelled; 20 recipients will not get it." in (stopped.text or "")
    assert stopped.inline_buttons == []
    assert [received(runner) for runner in first] == [1] * 10
    assert [received(runner) for runner in rest] == [0] * 20
    assert await broadcast_states(harness) == {deliveries.SENT: 10, deliveries.SKIPPED: 20}
    assert status_text(admin, status_id) == stopped.text  # the progress job leaves it alone


async def test_cancel_while_claimed_messages_wait_for_the_rate_limit_stops_them(
    harness: BotHarness, held: HeldSends
) -> None:
    runners = await enrol(harness, 60)
    admin, status_id = await confirm_broadcast(harness, 60)
    held.hold(after=10)
    await dispatcher_of(harness).tick()
    await admin.wait_for(lambda: sum(received(runner) for runner in runners) == 10)
    await held.until_waiting()

    await admin.press_button(status_id, text="Cancel broadcast")
    stopped: TranscriptEntry = await admin.wait_for_edit(status_id)
    held.release()
    await dispatcher_of(harness).drain()
    await harness.tick()

    delivered = sum(received(runner) for runner in runners)
    told = re.search(r"cancelled; (\d+) recipients will not get it", stopped.text or "")
    assert told is not None, stopped.text
    # The eight requests already at Telegram's door may still go; nobody after them.
    assert delivered <= 10 + SENDER_WORKERS
    assert delivered + int(told[1]) == 60  # and the admin is told the truth
