"""Telegram's flood limits on real monotonic time: overall, per chat (with a burst), per group."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from emulator.errors import too_many_requests


@dataclass(frozen=True)
class RateLimits:
    """How fast the bot may send; `monotonic` is the time source (real time by default)."""

    global_per_second: float = 30.0
    per_chat_per_second: float = 1.0
    per_chat_burst: int = 3
    per_group_per_minute: float = 20.0
    enabled: bool = True
    monotonic: Callable[[], float] = field(default=time.monotonic, compare=False)

    def scaled(self, factor: float) -> RateLimits:
        """The same limits, `factor` times faster (benchmarks on a quick clock)."""
        return RateLimits(
            global_per_second=self.global_per_second * factor,
            per_chat_per_second=self.per_chat_per_second * factor,
            per_chat_burst=self.per_chat_burst,
            per_group_per_minute=self.per_group_per_minute * factor,
            enabled=self.enabled,
            monotonic=self.monotonic,
        )


@dataclass
class TokenBucket:
    """A bucket refilled at `rate` tokens a second, holding at most `capacity`."""

    rate: float
    capacity: float
    tokens: float
    updated: float

    def seconds_until_available(self, now: float) -> float:
        """Refill up to now; zero when a token is there, else how long until one is."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.rate

    def take(self) -> None:
        """Spend one token (after checking availability)."""
        self.tokens -= 1.0


class RateLimiter:
    """Checks each sending call against the limits; a refused call spends nothing."""

    def __init__(self, limits: RateLimits):
        self.limits = limits
        now = limits.monotonic()
        self._global = TokenBucket(
            limits.global_per_second, limits.global_per_second, limits.global_per_second, now
        )
        self._chats: dict[int, TokenBucket] = {}

    def _bucket_for(self, chat_id: int, now: float) -> TokenBucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if chat_id < 0:
                rate = self.limits.per_group_per_minute / 60.0
                capacity = self.limits.per_group_per_minute
            else:
                rate = self.limits.per_chat_per_second
                capacity = float(self.limits.per_chat_burst)
            bucket = TokenBucket(rate, capacity, capacity, now)
            self._chats[chat_id] = bucket
        return bucket

    def check(self, chat_id: int) -> None:
        """Admit one message to the chat or raise Telegram's 429 with retry_after."""
        if not self.limits.enabled:
            return
        now = self.limits.monotonic()
        chat_bucket = self._bucket_for(chat_id, now)
        wait = max(
            self._global.seconds_until_available(now),
            chat_bucket.seconds_until_available(now),
        )
        if wait > 0:
            raise too_many_requests(max(1, math.ceil(wait)))
        self._global.take()
        chat_bucket.take()
