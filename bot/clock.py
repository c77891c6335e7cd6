"""Injectable clocks: the real one for production, a manual one for tests and the playground."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class ManualClock:
    """A clock that only moves when told to; tests and the playground drive it."""

    current: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 6, 0, tzinfo=UTC))

    def __post_init__(self) -> None:
        if self.current.tzinfo is None:
            raise ValueError(f"ManualClock needs an aware datetime, got {self.current!r}")
        self.current = self.current.astimezone(UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> datetime:
        if delta < timedelta(0):
            raise ValueError(f"a clock cannot go backwards: {delta}")
        self.current += delta
        return self.current

    def set(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError(f"ManualClock needs an aware datetime, got {moment!r}")
        self.current = moment.astimezone(UTC)
        return self.current
