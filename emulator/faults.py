"""Injected failures: server errors, hangs, slow answers and forced 429s, by method and chat."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["5xx", "timeout", "slow", "429"]
DEFAULT_HANG_SECONDS = 3600.0


@dataclass
class FaultRule:
    """Fail matching calls: always (rate=1.0), with a probability, or the next `count` times."""

    kind: FaultKind
    method: str | None = None
    chat_id: int | None = None
    rate: float = 1.0
    count: int | None = None
    delay: float = 0.0
    status: int = 500
    retry_after: int = 1

    def __post_init__(self) -> None:
        if self.kind not in ("5xx", "timeout", "slow", "429"):
            raise ValueError(f"unknown fault kind {self.kind!r}")
        if self.kind == "5xx" and self.status not in (500, 502, 503, 504):
            raise ValueError(f"a 5xx fault needs a 5xx status, got {self.status}")
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be within 0..1, got {self.rate}")

    def matches(self, method: str, chat_id: int | None) -> bool:
        """Whether the rule concerns this call (method names compare case-insensitively)."""
        if self.count is not None and self.count <= 0:
            return False
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id

    @property
    def hang_seconds(self) -> float:
        """How long a timeout fault holds the request."""
        return self.delay or DEFAULT_HANG_SECONDS


class Faults:
    """The active fault rules; deterministic for rate=1.0 or counts, seeded otherwise."""

    def __init__(self, seed: int = 0):
        self.rules: list[FaultRule] = []
        self._random = random.Random(seed)

    def add(self, rule: FaultRule) -> FaultRule:
        """Activate a rule; returns it so a test can remove it later."""
        self.rules.append(rule)
        return rule

    def remove(self, rule: FaultRule) -> None:
        """Deactivate one rule."""
        self.rules.remove(rule)

    def clear(self) -> None:
        """Deactivate every rule."""
        self.rules.clear()

    def pick(self, method: str, chat_id: int | None) -> FaultRule | None:
        """The first rule that fires for this call, spending one of its counts."""
        for rule in self.rules:
            if not rule.matches(method, chat_id):
                continue
            if rule.count is None and rule.rate < 1.0 and self._random.random() >= rule.rate:
                continue
            if rule.count is not None:
                rule.count -= 1
            return rule
        return None
