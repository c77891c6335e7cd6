"""One rate budget for every request the bot makes, with retries for transient failures.

Pass a ``TelegramRateLimiter`` to ``ApplicationBuilder().rate_limiter(...)`` so handler replies
and bulk sends share the same budget. Compared with PTB's ``AIORateLimiter`` it adds per-chat
pacing for private chats, retries network failures with exponential backoff, and takes its
clock and sleep as parameters so tests run on simulated time.

Why not ``aiolimiter.AsyncLimiter``: it reads ``loop.time()`` and wakes waiters with
``loop.call_at``, so it cannot run on an injected clock. The two small limiters below (a token
bucket and a sliding window) are exact on any monotonic clock.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

_LOGGER = logging.getLogger(__name__)

# Endpoints that put something into a chat count against Telegram's flood limits.
_THROTTLED_PREFIXES = ("send", "forward", "copy", "editMessage", "stopPoll")
_UNTHROTTLED = frozenset({"sendChatAction"})
# Per-chat state is pruned once this many chats are tracked (idle chats only).
_PRUNE_THRESHOLD = 4096

ApiResult = bool | dict[str, Any] | list[dict[str, Any]]
BeforeRequest = Callable[[], Awaitable[bool]]


REPLY_PRIORITY = 3
"""Requests without a ``SendPermit`` (a handler answering a runner: replies, edits) go first;
the sender's own priorities (``scheduler.sender.Priority``: escalation 2, reminder 1,
broadcast 0) rank below them."""


@dataclass(frozen=True, slots=True)
class SendPermit:
    """``rate_limit_args`` for one send from the outbox: its `priority` (waiting sends get the
    budget most urgent first) and an optional `before_request` hook that runs once the budget
    allows the send, right before the first HTTP request, and may withdraw it (False).

    The dispatcher marks a delivery `sending` there, so a row waiting for its turn (pacing, a
    flood wait) is never in doubt after a crash: only requests that really left are.
    """

    before_request: BeforeRequest | None = None
    priority: int = REPLY_PRIORITY


class RequestWithdrawnError(Exception):
    """A send whose `before_request` said no: the request was never made."""

    def __init__(self, endpoint: str) -> None:
        super().__init__(f"{endpoint} withdrawn before its request was made")


class TokenBucket:
    """Allows `burst` events at once, refilled at `rate` events per second."""

    def __init__(self, rate: float, burst: int, now: float) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError(f"a token bucket needs rate > 0 and burst >= 1, got {rate}, {burst}")
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._updated = now

    def delay(self, now: float) -> float:
        """Return how long to wait (seconds, 0 if none) before one event is allowed."""
        self._refill(now)
        return 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.rate

    def take(self, now: float) -> None:
        """Spend one token (the caller has checked ``delay`` is 0)."""
        self._refill(now)
        self._tokens -= 1

    def idle(self, now: float) -> bool:
        """Return True if the bucket is full again, so forgetting it changes nothing."""
        self._refill(now)
        return self._tokens >= self.burst

    def _refill(self, now: float) -> None:
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate)
        self._updated = now


class SlidingWindow:
    """Allows at most `limit` events in any `period` seconds."""

    def __init__(self, limit: int, period: float) -> None:
        if limit < 1 or period <= 0:
            raise ValueError(f"a window needs limit >= 1 and period > 0, got {limit}, {period}")
        self.limit = limit
        self.period = period
        self._events: deque[float] = deque()

    def delay(self, now: float) -> float:
        """Return how long to wait (seconds, 0 if none) before one event is allowed."""
        self._expire(now)
        if len(self._events) < self.limit:
            return 0.0
        return self._events[0] + self.period - now

    def take(self, now: float) -> None:
        """Record one event (the caller has checked ``delay`` is 0)."""
        self._events.append(now)

    def idle(self, now: float) -> bool:
        """Return True if no event is inside the window any more."""
        self._expire(now)
        return not self._events

    def _expire(self, now: float) -> None:
        while self._events and self._events[0] <= now - self.period:
            self._events.popleft()


class TelegramRateLimiter(BaseRateLimiter[SendPermit]):
    """Throttles message-sending requests and retries flood waits and network failures.

    * Overall: at most `overall_max_rate` sends in any `overall_period` seconds, across chats.
    * Every chat: a token bucket of `chat_burst` refilled at `chat_per_second`.
    * Groups and channels (negative or ``@name`` chat ids): also `group_per_minute` per minute.
    * ``RetryAfter``: all throttled traffic pauses for ``retry_after`` seconds (Telegram's flood
      control may apply bot-wide), then the request is retried, up to `max_flood_waits` times.
    * ``NetworkError`` (timeouts and 5xx, which PTB raises as ``NetworkError``): retried after
      `backoff_base` · 2ⁿ seconds (capped at `backoff_max`) up to `max_retries` times, then
      re-raised. A send that timed out after the request went out may have been delivered, so
      it is not retried (``TimedOut`` is raised): a reminder is never shown twice.
      ``BadRequest`` (a ``NetworkError`` subclass in PTB), ``Forbidden`` and the rest are
      raised at once.

    Endpoints that do not post into a chat (getMe, answerCallbackQuery, setMyCommands,
    sendChatAction, …) are not throttled but still get the retries. ``rate_limit_args`` may be
    a ``SendPermit``: its hook runs once the send may go, before the first attempt.

    Waiting sends are ordered: when the overall budget frees a slot, it goes to the most urgent
    send whose chat may receive now (FIFO within a priority). A runner's reply (no permit) goes
    ahead of escalations, reminders and broadcasts waiting in the same budget, so a wave of
    reminders does not delay the answer to a button press or a command.
    """

    __slots__ = (
        "_backoff_base",
        "_backoff_max",
        "_chat_burst",
        "_chat_per_second",
        "_chats",
        "_group_per_minute",
        "_groups",
        "_max_flood_waits",
        "_max_retries",
        "_monotonic",
        "_overall",
        "_paused_until",
        "_sequence",
        "_sleep",
        "_waiting",
    )

    def __init__(
        self,
        *,
        overall_max_rate: int | None = 30,
        overall_period: float = 1.0,
        chat_per_second: float = 1.0,
        chat_burst: int = 3,
        group_per_minute: int = 20,
        max_retries: int = 3,
        max_flood_waits: int = 5,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if max_retries < 0 or max_flood_waits < 0:
            raise ValueError(f"retry counts must be >= 0, got {max_retries}, {max_flood_waits}")
        self._overall = (
            SlidingWindow(overall_max_rate, overall_period) if overall_max_rate else None
        )
        self._chat_per_second = chat_per_second
        self._chat_burst = chat_burst
        self._group_per_minute = group_per_minute
        self._max_retries = max_retries
        self._max_flood_waits = max_flood_waits
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._monotonic = monotonic
        self._sleep = sleep
        self._chats: dict[int | str, TokenBucket] = {}
        self._groups: dict[int | str, SlidingWindow] = {}
        self._paused_until = -math.inf
        self._waiting: list[_Waiter] = []
        self._sequence = itertools.count()

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, ApiResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: SendPermit | None,
    ) -> ApiResult:
        """Wait for the budget, make the request, and retry it as the class docstring says."""
        throttled = _is_throttled(endpoint)
        chat_key = _chat_key(data.get("chat_id"))
        failures = 0
        flood_waits = 0
        priority = REPLY_PRIORITY if rate_limit_args is None else rate_limit_args.priority
        hook = None if rate_limit_args is None else rate_limit_args.before_request
        while True:
            if throttled:
                await self._wait_for_slot(chat_key, priority)
            if hook is not None:
                if not await hook():
                    raise RequestWithdrawnError(endpoint)
                hook = None  # once: a retry is the same send
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if flood_waits >= self._max_flood_waits:
                    raise
                flood_waits += 1
                wait = _retry_after_seconds(error)
                _LOGGER.warning("flood control on %s: pausing sends for %.1f s", endpoint, wait)
                self._paused_until = max(self._paused_until, self._monotonic() + wait)
                await self._sleep(wait)
            except BadRequest:
                raise
            except NetworkError as error:
                if failures >= self._max_retries or (
                    _posts_a_message(endpoint) and _may_have_arrived(error)
                ):
                    raise
                wait = min(self._backoff_base * 2**failures, self._backoff_max)
                failures += 1
                _LOGGER.info("%s failed (%s); retry %d in %.1f s", endpoint, error, failures, wait)
                await self._sleep(wait)

    async def _wait_for_slot(self, chat_key: int | str | None, priority: int) -> None:
        """Sleep until the chat's budgets allow a send and, most urgent first, the pause and the
        overall budget do too; then spend one of each."""
        waiter = _Waiter(-priority, next(self._sequence))
        try:
            while True:
                now = self._monotonic()
                chat_limits = self._limits_for(chat_key, now)
                chat_delay = max((limit.delay(now) for limit in chat_limits), default=0.0)
                if chat_delay > 0:  # the chat is not ready: let others have the budget meanwhile
                    self._leave(waiter)
                    await self._sleep(chat_delay)
                    continue
                ahead = any(other.key < waiter.key for other in self._waiting)
                delay = self._overall_delay(now)
                if not ahead and delay <= 0:
                    for limit in (*chat_limits, *([self._overall] if self._overall else [])):
                        limit.take(now)
                    return
                if waiter not in self._waiting:
                    self._waiting.append(waiter)
                if ahead and delay <= 0:  # a slot is free, but someone more urgent takes it:
                    waiter.turn = asyncio.get_running_loop().create_future()
                    await waiter.turn  # they wake the next in line when they are done
                else:
                    await self._sleep(delay)
        finally:
            self._leave(waiter)

    def _overall_delay(self, now: float) -> float:
        overall = self._overall.delay(now) if self._overall is not None else 0.0
        return max(self._paused_until - now, overall)

    def _leave(self, waiter: _Waiter) -> None:
        """Take `waiter` out of the line and wake whoever now stands first."""
        if waiter not in self._waiting:
            return
        self._waiting.remove(waiter)
        if self._waiting:
            first = min(self._waiting, key=lambda other: other.key)
            if first.turn is not None and not first.turn.done():
                first.turn.set_result(None)

    def _limits_for(
        self, chat_key: int | str | None, now: float
    ) -> list[TokenBucket | SlidingWindow]:
        """Return the chat's own limiters (the overall one apart), creating them lazily."""
        if len(self._chats) > _PRUNE_THRESHOLD:
            self._prune(now)
        limits: list[TokenBucket | SlidingWindow] = []
        if chat_key is None:  # e.g. editing an inline message: only the overall budget applies
            return limits
        bucket = self._chats.get(chat_key)
        if bucket is None:
            bucket = self._chats[chat_key] = TokenBucket(
                self._chat_per_second, self._chat_burst, now
            )
        limits.append(bucket)
        if _is_group(chat_key) and self._group_per_minute:
            window = self._groups.get(chat_key)
            if window is None:
                window = self._groups[chat_key] = SlidingWindow(self._group_per_minute, 60.0)
            limits.append(window)
        return limits

    def _prune(self, now: float) -> None:
        """Forget chats whose limiters are back to their initial state."""
        self._chats = {key: bucket for key, bucket in self._chats.items() if not bucket.idle(now)}
        self._groups = {key: window for key, window in self._groups.items() if not window.idle(now)}


@dataclass(eq=False, slots=True)
class _Waiter:
    """One send waiting for the overall budget; the lowest `key` (most urgent, oldest) goes
    first, and `turn` wakes it when it becomes first."""

    urgency: int
    order: int
    turn: asyncio.Future[None] | None = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.urgency, self.order)


def _posts_a_message(endpoint: str) -> bool:
    """Sending twice would show the runner two messages (edits and answers are harmless)."""
    return endpoint.startswith(("send", "forward", "copy"))


def _may_have_arrived(error: NetworkError) -> bool:
    """A timeout after the request went out: Telegram may have stored the message already.

    Only a connect or pool timeout proves the request never left, so only those are retried;
    for the rest the caller decides (the dispatcher records the delivery as in doubt).
    """
    if not isinstance(error, TimedOut):
        return False
    return not isinstance(error.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout)


def _is_throttled(endpoint: str) -> bool:
    """Return True if `endpoint` posts into a chat and so counts against flood limits."""
    return endpoint.startswith(_THROTTLED_PREFIXES) and endpoint not in _UNTHROTTLED


def _chat_key(chat_id: object) -> int | str | None:
    """Normalise a chat id (int, numeric string or @username) to a dictionary key."""
    if chat_id is None:
        return None
    try:
        return int(chat_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return str(chat_id)


def _is_group(chat_key: int | str) -> bool:
    """Return True for groups, supergroups and channels (negative ids or @usernames)."""
    return isinstance(chat_key, str) or chat_key < 0


def _retry_after_seconds(error: RetryAfter) -> float:
    """Return the flood wait in seconds without PTB's int-vs-timedelta deprecation warning."""
    value = getattr(error, "_retry_after", None)  # what PTB's own AIORateLimiter reads
    if not isinstance(value, timedelta):
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
