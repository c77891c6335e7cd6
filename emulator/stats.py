"""Counters of what the emulator saw: calls, messages sent, errors, limit violations, faults."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Stats:
    """Everything counted since start (or the last reset)."""

    calls: Counter[str] = field(default_factory=Counter)
    sent: Counter[str] = field(default_factory=Counter)
    errors: Counter[int] = field(default_factory=Counter)
    rate_limited: int = 0
    rate_limited_by_chat: Counter[int] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    updates_created: int = 0
    webhook_deliveries: int = 0
    webhook_failures: int = 0

    @property
    def messages_sent(self) -> int:
        """All messages the bot sent successfully, over every sending method."""
        return sum(self.sent.values())

    def reset(self) -> None:
        """Start counting from zero."""
        fresh = Stats()
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(fresh, name))
