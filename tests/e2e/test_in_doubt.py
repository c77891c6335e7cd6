"""After a kill mid-wave, only messages whose request had left are in doubt (issue 17).

A row waiting for its turn in the rate limiter was never sent: it must still be `claimed` (sent
after the restart), not `sending` (in doubt, never sent). `PacedSends` is the bot's own limiter
at one message per second on a clock that never moves: the first message goes and hangs at the
emulator, the others wait for a slot until the test kills the bot by stopping its sender.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.storage import deliveries
from bot.storage.models import Delivery
from emulator import FaultRule
from scheduler.ratelimit import SendPermit, TelegramRateLimiter
from tests.e2e.harness import BotHarness
from tests.e2e.test_delivery import WARMUP_DUE, enrol

RUNNERS = 6  # fewer than the sender's workers: every message is handed to the limiter at once
ApiCall = Callable[..., Coroutine[Any, Any, Any]]


class PacedSends(TelegramRateLimiter):
    """One message per second on a standing clock; counts requests in flight and waiters."""

    def __init__(self) -> None:
        super().__init__(
            overall_max_rate=1, chat_per_second=10_000, chat_burst=1_000,
            monotonic=lambda: 1000.0, sleep=self._wait_forever,
        )  # fmt: skip
        self.waiting = 0
        self.in_flight = 0
        self._changed = asyncio.Event()

    async def _wait_forever(self, _seconds: float) -> None:
        self.waiting += 1
        self._changed.set()
        await asyncio.Event().wait()  # the clock never reaches the next slot

    async def until(self, *, waiting: int, in_flight: int) -> None:
        async with asyncio.timeout(5):
            while (self.waiting, self.in_flight) != (waiting, in_flight):
                self._changed.clear()
                await self._changed.wait()

    async def process_request(
        self,
        callback: ApiCall,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: SendPermit | None,
    ) -> Any:
        async def counted(*call_args: Any, **call_kwargs: Any) -> Any:
            self.in_flight += 1
            self._changed.set()
            try:
                return await callback(*call_args, **call_kwargs)
            finally:
                self.in_flight -= 1

        return await super().process_request(
            counted, args, kwargs, endpoint, data, rate_limit_args
        )


@pytest.fixture
def paced() -> PacedSends:
    return PacedSends()


@pytest.fixture
async def harness(tmp_path: Path, paced: PacedSends) -> AsyncIterator[BotHarness]:
    bot = await BotHarness.started(tmp_path, rate_limiter=paced)
    try:
        yield bot
    finally:
        await bot.close()


async def states(harness: BotHarness) -> Counter[str]:
    async with harness.session() as session:
        return Counter(
            await session.scalars(select(Delivery.state).where(Delivery.due_at == WARMUP_DUE))
        )


async def test_a_kill_mid_wave_leaves_in_doubt_only_the_request_in_flight(
    harness: BotHarness, paced: PacedSends
) -> None:
    for number in range(RUNNERS):
        await enrol(harness, 7100 + number)
    harness.emulator.faults.add(FaultRule("timeout", method="sendMessage", count=1, delay=60))
    runtime = harness.runtime
    assert runtime.dispatcher is not None and runtime.sender is not None
    harness.clock.set(WARMUP_DUE)

    await runtime.dispatcher.tick()  # hands all six over; returns at hand-off
    await paced.until(waiting=RUNNERS - 1, in_flight=1)
    emulator = harness.emulator
    await emulator.state.signal.wait_for(lambda: emulator.stats.faults["timeout"], 5, "the hold")
    await runtime.sender.stop(drain=False)  # the kill: every send in progress ends here
    await runtime.dispatcher.drain()
    at_the_kill = await states(harness)
    requeued, in_doubt = await runtime.dispatcher.recover(all_claimers=True)

    assert emulator.stats.calls["sendMessage"] == 1  # the one request that left
    assert at_the_kill == {deliveries.SENDING: 1, deliveries.CLAIMED: RUNNERS - 1}
    assert (requeued, in_doubt) == (RUNNERS - 1, 1)
    assert await states(harness) == {deliveries.IN_DOUBT: 1, deliveries.PENDING: RUNNERS - 1}
