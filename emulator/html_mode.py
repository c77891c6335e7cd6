"""Telegram's HTML parse mode: allowed tags only, balanced, with the four named entities."""

from __future__ import annotations

import html
import re
from typing import Any

from emulator.entities import Entity, EntityBuilder, OpenEntity, byte_offset, parse_error

HTML_TAG_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
HTML_NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"'}
TAG_PATTERN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
ATTRIBUTE_PATTERN = re.compile(r"\s*([a-zA-Z_-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")
ENTITY_PATTERN = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);")


def _html_attributes(raw: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for match in ATTRIBUTE_PATTERN.finditer(raw):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        attributes[match.group(1).lower()] = html.unescape(value)
    return attributes


def _html_open(name: str, raw: str, start: int, index: int, source: str) -> OpenEntity:
    attributes = _html_attributes(raw)
    kind = HTML_TAG_TYPES[name]
    extra: dict[str, Any] = {}
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise parse_error(
            f'Tag "span" must have class "tg-spoiler" at byte offset {byte_offset(source, index)}'
        )
    if name == "a":
        extra["url"] = attributes.get("href", "")
    elif name == "tg-emoji":
        extra["custom_emoji_id"] = attributes.get("emoji-id", "")
    elif name == "blockquote" and "expandable" in attributes:
        kind = "expandable_blockquote"
    elif name == "code" and attributes.get("class", "").startswith("language-"):
        extra["language"] = attributes["class"].removeprefix("language-")
    return OpenEntity(kind, name, start, index, extra)


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Telegram's HTML parse mode: allowed tags only, balanced, with the four named entities."""
    builder = EntityBuilder()
    stack: list[OpenEntity] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "&":
            match = ENTITY_PATTERN.match(source, index)
            if match is not None:
                decoded = _decode_html_entity(match.group(1))
                if decoded is not None:
                    builder.append(decoded)
                    index = match.end()
                    continue
            builder.append(char)
            index += 1
            continue
        if char != "<":
            builder.append(char)
            index += 1
            continue
        match = TAG_PATTERN.match(source, index)
        if match is None:
            raise parse_error(f"Unclosed start tag at byte offset {byte_offset(source, index)}")
        closing, name = match.group(1) == "/", match.group(2).lower()
        if not closing:
            if name not in HTML_TAG_TYPES:
                raise parse_error(
                    f'Unsupported start tag "{name}" at byte offset {byte_offset(source, index)}'
                )
            stack.append(_html_open(name, match.group(3), builder.length, index, source))
        else:
            if not stack:
                raise parse_error(f"Unexpected end tag at byte offset {byte_offset(source, index)}")
            top = stack.pop()
            if top.name != name:
                raise parse_error(
                    f"Unmatched end tag at byte offset {byte_offset(source, index)}, "
                    f'expected "</{top.name}>", found "</{name}>"'
                )
            _close_html(builder, top, stack)
        index = match.end()
    if stack:
        raise parse_error(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return builder.result()


def _close_html(builder: EntityBuilder, entity: OpenEntity, stack: list[OpenEntity]) -> None:
    """Close a tag; a <code class="language-x"> inside <pre> only names the pre's language."""
    if entity.name == "code" and stack and stack[-1].name == "pre" and "language" in entity.extra:
        stack[-1].extra["language"] = entity.extra["language"]
        return
    if entity.name == "code":
        entity.extra.pop("language", None)
    builder.close(entity)


def _decode_html_entity(body: str) -> str | None:
    if body.startswith(("#x", "#X")):
        return chr(int(body[2:], 16)) if int(body[2:], 16) <= 0x10FFFF else None
    if body.startswith("#"):
        return chr(int(body[1:])) if int(body[1:]) <= 0x10FFFF else None
    return HTML_NAMED_ENTITIES.get(body.lower())
