"""Building Telegram entities: UTF-16 offsets, byte offsets in errors, open and closed entities."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from emulator.errors import ApiError, bad_request

Entity = dict[str, Any]


def utf16_length(text: str) -> int:
    """How many UTF-16 code units Telegram counts for the text."""
    return len(text.encode("utf-16-le")) // 2


def parse_error(reason: str) -> ApiError:
    """Telegram's 400 for malformed markup."""
    return bad_request(f"can't parse entities: {reason}")


def byte_offset(source: str, index: int) -> int:
    """The UTF-8 byte offset Telegram reports for a position in the source."""
    return len(source[:index].encode("utf-8"))


@dataclass
class OpenEntity:
    """An entity whose end has not been seen yet."""

    kind: str
    name: str
    start: int
    source_index: int
    extra: dict[str, Any] = field(default_factory=dict)


class EntityBuilder:
    """Accumulates plain text and closed entities."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[Entity] = []

    def append(self, text: str) -> None:
        self.parts.append(text)
        self.length += utf16_length(text)

    def close(self, entity: OpenEntity) -> None:
        length = self.length - entity.start
        if length > 0:
            self.entities.append(
                {"type": entity.kind, "offset": entity.start, "length": length, **entity.extra}
            )

    def result(self) -> tuple[str, list[Entity]]:
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self.parts), self.entities
