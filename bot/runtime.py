"""What every handler and job needs, built once per application and kept in `bot_data`."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.ext import Application

from bot.clock import Clock
from bot.config import Settings
from bot.domain.rules import Rules

if TYPE_CHECKING:
    from bot.content import Content
    from bot.services.strava import StravaLink
    from scheduler.dispatcher import Dispatcher
    from scheduler.sender import Sender

RUNTIME_KEY = "runtime"
AFTER_COMMIT = "after_commit"
SENDER_WORKERS = 8
"""Concurrent Bot API calls; also how many deliveries can be `sending` (in doubt) at once."""
log = logging.getLogger(__name__)

PeriodicJob = Callable[["Runtime"], Awaitable[Any]]


@dataclass
class Runtime:
    """The application's resources; opened in post_init, closed in post_shutdown."""

    settings: Settings
    clock: Clock
    content: Content
    start_jobs: bool = True
    engine: AsyncEngine | None = None
    sessions: async_sessionmaker[AsyncSession] | None = None
    sender: Sender | None = None
    dispatcher: Dispatcher | None = None
    scheduler: AsyncIOScheduler | None = None
    bot: Bot | None = None
    periodic_jobs: dict[str, tuple[float, PeriodicJob]] = field(default_factory=dict)
    strava: StravaLink | None = None
    """Set when STRAVA_CLIENT_ID is (bot.strava); None means no Strava button anywhere."""

    def session(self) -> AsyncSession:
        if self.sessions is None:
            raise RuntimeError("the database is not open yet")
        return self.sessions()

    @contextlib.asynccontextmanager
    async def sessions_begin(self) -> AsyncIterator[AsyncSession]:
        """A session in one transaction; what was queued with `after_commit` runs once committed.

        Replies go out after the commit, so a runner never sees a change that was not saved,
        and the next button press always finds the state the reply shows.
        """
        if self.sessions is None:
            raise RuntimeError("the database is not open yet")
        async with self.sessions.begin() as session:
            yield session
        for action in session.info.pop(AFTER_COMMIT, []):
            await action()

    async def start_services(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Start the outbox and dispatcher, recover from a crash, start the few periodic jobs."""
        from bot.services.composer import ReminderComposer
        from scheduler.dispatcher import Dispatcher, claim_horizon
        from scheduler.jobs import standard_jobs
        from scheduler.sender import Sender

        assert self.sessions is not None
        self.bot = application.bot
        self.sender = Sender(application.bot, workers=SENDER_WORKERS)
        await self.sender.start()
        composer = ReminderComposer(self.content, self.clock)
        shared = not self.settings.is_sqlite  # other instances may claim from the same table
        held = claim_horizon(
            self.settings.messages_per_second, self.settings.dispatch_interval_seconds
        )
        self.dispatcher = Dispatcher(
            self.sessions, self.clock, self.sender, composer, self.content.rules.reminders,
            claimer=self.settings.instance_id, in_flight=SENDER_WORKERS,
            max_held=held if shared else None,
        )  # fmt: skip
        await self.dispatcher.recover(all_claimers=self.settings.is_sqlite)
        self.strava = open_strava(self.settings, self.sessions, self.clock, self.content.rules)
        self.periodic_jobs.update(standard_jobs(self.settings))
        if self.start_jobs:
            self.scheduler = AsyncIOScheduler(timezone="UTC")
            for name, (seconds, job) in self.periodic_jobs.items():
                self.scheduler.add_job(
                    job, "interval", seconds=seconds, args=[self], id=name, name=name,
                    max_instances=1, coalesce=True, misfire_grace_time=None,
                    replace_existing=True,
                )  # fmt: skip
            self.scheduler.start()

    async def run_periodic_jobs(self) -> None:
        """Run every periodic job once, now (tests and the playground drive time this way)."""
        for _seconds, job in self.periodic_jobs.values():
            await job(self)
        if self.dispatcher is not None:
            await self.dispatcher.drain()

    async def stop_services(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        if self.dispatcher is not None:
            await self.dispatcher.drain()
        if self.sender is not None:
            await self.sender.stop(drain=True)
        if self.strava is not None:
            await self.strava.client.close()
            self.strava = None


def open_strava(
    settings: Settings, sessions: async_sessionmaker[AsyncSession], clock: Clock,
    rules: Rules | None = None,
) -> StravaLink | None:  # fmt: skip
    """Strava's client, cipher and OAuth bits when STRAVA_CLIENT_ID is set."""
    from bot.services.strava import StravaLink
    from bot.strava.budget import DatabaseBudget
    from bot.strava.client import StravaClient
    from bot.strava.tokens import TokenCipher

    if not settings.strava_enabled:
        return None
    assert settings.strava_client_id and settings.strava_client_secret and settings.public_url
    assert settings.token_encryption_key is not None
    key = settings.token_encryption_key.get_secret_value()
    budget = DatabaseBudget(sessions, settings.strava_limit_15min, settings.strava_limit_daily)
    client = StravaClient(
        settings.strava_base_url, settings.strava_client_id,
        settings.strava_client_secret.get_secret_value(), budget, clock,
    )  # fmt: skip
    return StravaLink(
        client=client, cipher=TokenCipher(key), sessions=sessions, state_secret=key,
        redirect_uri=settings.public_url.rstrip("/") + "/strava/callback",
        subscription_id=settings.strava_subscription_id, rules=rules or Rules(),
    )  # fmt: skip


def after_commit(session: AsyncSession, action: Callable[[], Awaitable[Any]]) -> None:
    """Run `action` (a reply, an edit) once the session's transaction has committed."""
    session.info.setdefault(AFTER_COMMIT, []).append(action)


def runtime_of(holder: Any) -> Runtime:
    """The Runtime stored on the application (pass an Application or a callback context)."""
    runtime = holder.bot_data[RUNTIME_KEY]
    if not isinstance(runtime, Runtime):
        raise TypeError(f"bot_data[{RUNTIME_KEY!r}] is {type(runtime).__name__}, not Runtime")
    return runtime
