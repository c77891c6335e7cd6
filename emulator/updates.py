"""The bot's update queue: long polling with offsets, allowed_updates, and webhook delivery."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from emulator.changes import ChangeSignal
from emulator.stats import Stats

logger = logging.getLogger(__name__)

DEFAULT_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
WEBHOOK_RETRY_SECONDS = 0.05
WEBHOOK_TIMEOUT_SECONDS = 10.0


@dataclass
class WebhookConfig:
    """What setWebhook configured."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None


class UpdateQueue:
    """Updates waiting for the bot, numbered from 1, kept until confirmed by a higher offset."""

    def __init__(self, signal: ChangeSignal, stats: Stats):
        self.signal = signal
        self.stats = stats
        self.pending: list[dict[str, Any]] = []
        self.last_update_id = 0
        self.fetched_through = 0
        self.confirmed_through = 0
        self.allowed_updates: frozenset[str] | None = None
        self.webhook: WebhookConfig | None = None
        self.poller_generation = 0
        self.active_polls = 0
        self.closing = False

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Add an update of the given kind ("message", "callback_query", ...)."""
        self.last_update_id += 1
        update = {"update_id": self.last_update_id, kind: payload}
        self.pending.append(update)
        self.stats.updates_created += 1
        self.signal.bump()
        return update

    def confirm(self, offset: int) -> None:
        """Forget updates below a positive offset; a negative one keeps only the last -offset."""
        if offset > 0:
            kept = [update for update in self.pending if update["update_id"] >= offset]
        elif offset < 0:
            kept = self.pending[offset:]
        else:
            return
        dropped = self.pending[: len(self.pending) - len(kept)]
        if dropped:
            self.confirmed_through = max(self.confirmed_through, dropped[-1]["update_id"])
            self.fetched_through = max(self.fetched_through, self.confirmed_through)
        self.pending = kept
        self.signal.bump()

    def drop_all(self) -> None:
        """drop_pending_updates: forget everything waiting."""
        self.confirm(self.last_update_id + 1)

    def set_allowed(self, allowed: list[str] | None) -> None:
        """Remember allowed_updates; an empty list means Telegram's default set."""
        if allowed is not None:
            self.allowed_updates = frozenset(allowed) if allowed else None

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        kind = next(key for key in update if key != "update_id")
        if self.allowed_updates is None:
            return kind not in DEFAULT_EXCLUDED
        return kind in self.allowed_updates

    def available(self, limit: int) -> list[dict[str, Any]]:
        """Up to `limit` allowed updates; disallowed ones are dropped, never sent."""
        self.pending = [update for update in self.pending if self._is_allowed(update)]
        return self.pending[:limit]

    def mark_fetched(self, updates: list[dict[str, Any]]) -> None:
        """Note that the bot received these updates."""
        if updates:
            self.fetched_through = max(self.fetched_through, updates[-1]["update_id"])
            self.signal.bump()

    def all_fetched(self) -> bool:
        """Whether the bot has received every update created so far."""
        self.available(len(self.pending))
        return not self.pending or self.fetched_through >= self.pending[-1]["update_id"]

    def all_confirmed(self) -> bool:
        """Whether every update was confirmed (by offset or webhook 2xx)."""
        self.available(len(self.pending))
        return not self.pending

    def start_poller(self) -> int:
        """A new getUpdates call supersedes any earlier one still waiting."""
        self.poller_generation += 1
        self.signal.bump()
        return self.poller_generation


class WebhookDeliverer:
    """POSTs pending updates one by one to the webhook, confirming them on a 2xx answer."""

    def __init__(self, queue: UpdateQueue, clock_seconds: Callable[[], int]):
        self.queue = queue
        self.clock_seconds = clock_seconds
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start the delivery loop."""
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Stop delivering."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def _next(self) -> tuple[WebhookConfig, dict[str, Any]] | None:
        queue = self.queue
        updates = queue.available(1) if queue.webhook is not None else []
        return (queue.webhook, updates[0]) if queue.webhook is not None and updates else None

    async def _run(self) -> None:
        timeout = aiohttp.ClientTimeout(total=WEBHOOK_TIMEOUT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while True:
                try:
                    webhook, update = await self.queue.signal.wait_for(
                        self._next, timeout=3600.0, what="a webhook update"
                    )
                except TimeoutError:
                    continue
                delivered = await self._post(session, webhook, update)
                if delivered:
                    self.queue.mark_fetched([update])
                    self.queue.confirm(update["update_id"] + 1)
                else:
                    with contextlib.suppress(TimeoutError):
                        await self.queue.signal.wait_for(
                            lambda: False, WEBHOOK_RETRY_SECONDS, "webhook retry"
                        )

    async def _post(
        self, session: aiohttp.ClientSession, webhook: WebhookConfig, update: dict[str, Any]
    ) -> bool:
        headers = {}
        if webhook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook.secret_token
        stats = self.queue.stats
        try:
            async with session.post(webhook.url, json=update, headers=headers) as response:
                if 200 <= response.status < 300:
                    stats.webhook_deliveries += 1
                    return True
                error = f"Wrong response from the webhook: {response.status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exception:
            error = f"Connection failed: {exception.__class__.__name__}"
        stats.webhook_failures += 1
        webhook.last_error_date = self.clock_seconds()
        webhook.last_error_message = error
        logger.debug("webhook delivery failed: %s", error)
        return False
