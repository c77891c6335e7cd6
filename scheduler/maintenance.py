"""Housekeeping jobs: delivery records older than the retention period are deleted."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.storage import deliveries

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

PRUNE_INTERVAL_SECONDS = 6 * 60 * 60


async def prune_old_deliveries(runtime: Runtime) -> int:
    """Delete finished delivery records due before now − DELIVERY_RETENTION_DAYS; returns count."""
    cutoff = runtime.clock.now() - timedelta(days=runtime.settings.delivery_retention_days)
    async with runtime.sessions_begin() as session:
        removed = await deliveries.prune_before(session, cutoff)
    if removed:
        log.info("pruned %d delivery records due before %s", removed, cutoff.date().isoformat())
    return removed
