"""Group commit: many small writes (a delivery marked sending, an outcome) share one transaction.

Sending at Telegram's rate means a few dozen state changes a second; each in its own
transaction, they queue for SQLite's single write lock and can time out ("database is locked").
Here whoever needs a write hands it over and awaits it; the writer runs everything that has
gathered in one transaction, retries it when the database is busy, and answers each caller.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)

T = TypeVar("T")
Write = Callable[[AsyncSession], Awaitable[Any]]
MAX_BATCH = 500
BUSY_RETRIES = 6


class BatchWriter:
    """Runs writes in shared transactions; a writer task exists only while writes wait."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._sessions = sessions
        self._sleep = sleep
        self._queue: list[tuple[Write, asyncio.Future[Any]]] = []
        self._task: asyncio.Task[None] | None = None

    async def run(self, write: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `write(session)` in the next shared transaction and return its result."""
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._queue.append((write, future))
        if self._task is None:
            self._task = asyncio.create_task(self._work())
        return await future

    async def _work(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue[:MAX_BATCH], self._queue[MAX_BATCH:]
                await self._commit(batch)
        finally:
            self._task = None  # no await since the queue was seen empty: nothing is stranded

    async def _commit(self, batch: list[tuple[Write, asyncio.Future[Any]]]) -> None:
        for attempt in range(BUSY_RETRIES):
            try:
                async with self._sessions.begin() as session:
                    results = [await write(session) for write, _ in batch]
            except OperationalError:
                if attempt == BUSY_RETRIES - 1:
                    break
                log.warning("database busy; retrying %d writes", len(batch))
                await self._sleep(0.05 * 2**attempt)
                continue
            except Exception:
                await self._one_by_one(batch)  # isolate the write that failed
                return
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)
            return
        await self._one_by_one(batch)

    async def _one_by_one(self, batch: list[tuple[Write, asyncio.Future[Any]]]) -> None:
        for write, future in batch:
            try:
                async with self._sessions.begin() as session:
                    result = await write(session)
            except Exception as error:
                if not future.done():
                    future.set_exception(error)
            else:
                if not future.done():
                    future.set_result(result)
