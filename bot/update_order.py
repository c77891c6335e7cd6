"""Updates of one person are handled one at a time, in order; different people in parallel.

A flow (quiz, plan, settings) saves its state when its handler's transaction commits. A fast
second button press must see that state, so updates of the same user wait for each other;
updates of other users never do.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.ops.metrics import UPDATE_SECONDS

MAX_CONCURRENT_UPDATES = 64


def _person_of(update: object) -> int | None:
    if isinstance(update, Update) and update.effective_user is not None:
        return update.effective_user.id
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Serialises updates per user; up to `max_concurrent_updates` users at once."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        with UPDATE_SECONDS.time():
            await self._in_order(update, coroutine)

    async def _in_order(self, update: object, coroutine: Awaitable[Any]) -> None:
        person = _person_of(update)
        if person is None:
            await coroutine
            return
        lock = self._locks.setdefault(person, asyncio.Lock())
        self._waiting[person] = self._waiting.get(person, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[person] -= 1
            if self._waiting[person] == 0:
                del self._waiting[person]
                del self._locks[person]

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""
