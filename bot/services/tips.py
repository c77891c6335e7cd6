"""Tips: which one to show next, for the runner's top causes, never the same twice in a row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import zip_longest
from typing import Protocol, TypeVar

from bot.content import Content
from bot.domain.vocabulary import Cause
from bot.storage.models import Tip


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)

TIP_KIND = "tip"
ADMIN_TIP_PREFIX = "admin:"
ADMIN_SOURCE_SEPARATOR = "\n— "
"""How tips added before the `source` column (migration 0003) kept their source."""


@dataclass(frozen=True, slots=True)
class TipChoice:
    """A tip from content or added by an admin, with its source."""

    id: str
    text: str
    source: str


def from_admin(row: Tip) -> TipChoice:
    """An admin-added tip with its source (older rows kept it inside the text)."""
    if row.source:
        return TipChoice(f"{ADMIN_TIP_PREFIX}{row.id}", row.text, row.source)
    body, _, source = row.text.rpartition(ADMIN_SOURCE_SEPARATOR)
    if not body:
        body, source = row.text, "—"
    return TipChoice(f"{ADMIN_TIP_PREFIX}{row.id}", body, source)


def tip_pool(
    content: Content, lang: str | None, causes: Sequence[str],
    admin_tips: Mapping[str, Sequence[Tip]],
) -> list[TipChoice]:  # fmt: skip
    """Tips for the causes, taking turns between causes; all causes when fewer than two tips."""
    known = [cause for cause in causes if cause in Cause.__members__]
    chosen = known or list(Cause)
    pool = _interleaved(content, lang, chosen, admin_tips)
    if len(pool) < 2:
        pool = _interleaved(content, lang, list(Cause), admin_tips)
    return pool


def _interleaved(
    content: Content, lang: str | None, causes: Sequence[str],
    admin_tips: Mapping[str, Sequence[Tip]],
) -> list[TipChoice]:  # fmt: skip
    per_cause = [
        [TipChoice(tip.id, tip.text, tip.source) for tip in content.tips(cause, lang)]
        + [from_admin(row) for row in admin_tips.get(cause, ())]
        for cause in causes
    ]
    return [tip for turn in zip_longest(*per_cause) for tip in turn if tip is not None]


def next_tip(pool: Sequence[T], last_id: str | None) -> T:
    """The tip after the last one shown (the first when it is unknown): never twice in a row."""
    ids = [tip.id for tip in pool]
    return pool[(ids.index(last_id) + 1) % len(pool) if last_id in ids else 0]


def tip_of_the_hour(pool: Sequence[TipChoice], now: datetime) -> TipChoice:
    """A tip that changes every hour, for runners about whom nothing is stored."""
    return pool[int(now.timestamp() // 3600) % len(pool)]
