"""Housekeeping jobs: delivery records older than the retention period are deleted."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.storage import deliveries

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

PRUNE_INTERVAL_SECONDS = 6 * 60 * 60
PRUNE_BATCH = 5_000
"""Rows per transaction: SQLite's write lock is held for milliseconds, not for a whole day's
records (a million runners finish about three million deliveries a day)."""


async def prune_old_deliveries(runtime: Runtime, batch: int = PRUNE_BATCH) -> int:
    """Delete finished delivery records due before now − DELIVERY_RETENTION_DAYS; returns count.

    In batches, each its own short transaction, so reminders and button presses are written
    between them instead of waiting for the whole prune.
    """
    cutoff = runtime.clock.now() - timedelta(days=runtime.settings.delivery_retention_days)
    removed = 0
    while True:
        async with runtime.sessions_begin() as session:
            pruned = await deliveries.prune_before(session, cutoff, batch)
        removed += pruned
        if pruned < batch:
            break
        await asyncio.sleep(0)  # let waiting writers in between batches
    if removed:
        log.info("pruned %d delivery records due before %s", removed, cutoff.date().isoformat())
    return removed
