"""The request budget over the database, shared by every instance (bot.storage.strava)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import strava
from bot.strava.client import BudgetSpent, Usage, window_end

log = logging.getLogger(__name__)


class _Spent(Exception):
    """Rolls the counting transaction back when one window is spent."""

    def __init__(self, span: str) -> None:
        self.span = span


class DatabaseBudget:
    """Counts each request in the current 15-minute window and UTC day, in its own short
    transaction (never inside one that waits on Strava)."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], limit_15min: int, limit_daily: int
    ) -> None:
        self.sessions = sessions
        self.limits = {strava.SHORT: limit_15min, strava.DAY: limit_daily}

    async def take(self, now: datetime) -> None:
        try:
            async with self.sessions.begin() as session:
                spent = await strava.take_request(session, now, self.limits)
                if spent is not None:
                    raise _Spent(spent)
        except _Spent as error:
            raise BudgetSpent(window_end(now, error.span), f"{error.span} budget spent") from None

    async def observe(self, now: datetime, usage: Usage, limited: bool) -> None:
        used = {strava.SHORT: usage.short, strava.DAY: usage.daily}
        if limited:
            # Strava said no: the window it counts as full is spent for us too (the 15 minutes
            # when its counts do not say which).
            span = strava.DAY if usage.daily >= usage.daily_limit else strava.SHORT
            used[span] = max(used[span], self.limits[span])
            log.warning("Strava answered 429; waiting for the %s window to end", span)
        async with self.sessions.begin() as session:
            await strava.record_usage(session, now, used)
