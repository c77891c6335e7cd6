"""Freed slots go to the most urgent waiter, first come first served within a priority."""

from __future__ import annotations

import asyncio

import pytest

from scheduler.priority_gate import PriorityGate


async def test_freed_slot_goes_to_the_most_urgent_waiter() -> None:
    gate = PriorityGate(1)
    order: list[str] = []
    release = asyncio.Event()

    async def use(name: str, priority: int, hold: asyncio.Event | None = None) -> None:
        async with gate.slot(priority):
            order.append(name)
            if hold is not None:
                await hold.wait()

    first = asyncio.create_task(use("broadcast-1", 0, release))
    await asyncio.sleep(0)  # let it take the only slot
    waiting = [
        asyncio.create_task(use("broadcast-2", 0)),
        asyncio.create_task(use("broadcast-3", 0)),
        asyncio.create_task(use("escalation", 2)),
        asyncio.create_task(use("reminder", 1)),
    ]
    for _ in range(3):
        await asyncio.sleep(0)
    assert order == ["broadcast-1"]
    release.set()
    await asyncio.gather(first, *waiting)
    assert order == ["broadcast-1", "escalation", "reminder", "broadcast-2", "broadcast-3"]


async def test_a_cancelled_waiter_does_not_lose_the_slot() -> None:
    gate = PriorityGate(1)
    holder_done = asyncio.Event()

    async def hold() -> None:
        async with gate.slot(0):
            await holder_done.wait()

    holder = asyncio.create_task(hold())
    await asyncio.sleep(0)
    cancelled = asyncio.create_task(gate._acquire(1))
    await asyncio.sleep(0)
    cancelled.cancel()
    holder_done.set()
    await holder
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    async with asyncio.timeout(1):
        async with gate.slot(0):
            pass
