"""A version counter that wakes every waiter on change: waiting without sleeping."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class ChangeSignal:
    """Every state change bumps `version`; waiters re-check their predicate after each bump.

    Works like an asyncio.Condition whose notify_all can be called from synchronous code: each
    bump sets the current event and replaces it, so a waiter never misses a change.
    """

    def __init__(self) -> None:
        self.version = 0
        self._event = asyncio.Event()

    def bump(self) -> None:
        """Record a change and wake everyone waiting."""
        self.version += 1
        event, self._event = self._event, asyncio.Event()
        event.set()

    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        timeout: float,  # noqa: ASYNC109 - callers pass a deadline, as tests read best
        what: str = "",
    ) -> T:
        """Return the predicate's first truthy value, or raise TimeoutError after `timeout`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"timed out after {timeout}s waiting for {what or predicate}")
            event = self._event
            try:
                async with asyncio.timeout(remaining):
                    await event.wait()
            except TimeoutError:
                continue
