"""Parse-mode checking like Telegram's: HTML and MarkdownV2 (and legacy Markdown) to text+entities.

Offsets and lengths of entities are counted in UTF-16 code units, as Telegram does; error
messages follow Telegram's "can't parse entities: ..." wording.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from emulator.errors import ApiError, bad_request

Entity = dict[str, Any]

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
MARKDOWN_V2_RESERVED = set("_*[]()~`>#+-=|{}.!")


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
class _OpenEntity:
    """An entity whose end has not been seen yet."""

    kind: str
    name: str
    start: int
    source_index: int
    extra: dict[str, Any] = field(default_factory=dict)


class _Builder:
    """Accumulates plain text and closed entities."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[Entity] = []

    def append(self, text: str) -> None:
        self.parts.append(text)
        self.length += utf16_length(text)

    def close(self, entity: _OpenEntity) -> None:
        length = self.length - entity.start
        if length > 0:
            self.entities.append(
                {"type": entity.kind, "offset": entity.start, "length": length, **entity.extra}
            )

    def result(self) -> tuple[str, list[Entity]]:
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self.parts), self.entities


def _html_attributes(raw: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for match in ATTRIBUTE_PATTERN.finditer(raw):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        attributes[match.group(1).lower()] = html.unescape(value)
    return attributes


def _html_open(name: str, raw: str, start: int, index: int, source: str) -> _OpenEntity:
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
    return _OpenEntity(kind, name, start, index, extra)


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Telegram's HTML parse mode: allowed tags only, balanced, with the four named entities."""
    builder = _Builder()
    stack: list[_OpenEntity] = []
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


def _close_html(builder: _Builder, entity: _OpenEntity, stack: list[_OpenEntity]) -> None:
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


MARKDOWN_V2_MARKERS = {
    "*": ("bold", "Bold"),
    "_": ("italic", "Italic"),
    "__": ("underline", "Underline"),
    "~": ("strikethrough", "Strikethrough"),
    "||": ("spoiler", "Spoiler"),
}


def parse_markdown_v2(source: str) -> tuple[str, list[Entity]]:
    """Telegram's MarkdownV2: reserved characters escaped, every entity closed."""
    builder = _Builder()
    stack: list[_OpenEntity] = []
    index = 0
    while index < len(source):
        char = source[index]
        at_line_start = index == 0 or source[index - 1] == "\n"
        if char == "\\" and index + 1 < len(source) and 0 < ord(source[index + 1]) < 127:
            builder.append(source[index + 1])
            index += 2
            continue
        if char == "`":
            index = _markdown_v2_code(source, index, builder)
            continue
        marker = "__" if source.startswith("__", index) else "||" if source.startswith(
            "||", index
        ) else char
        if marker in MARKDOWN_V2_MARKERS:
            kind, name = MARKDOWN_V2_MARKERS[marker]
            open_entity = next((item for item in stack if item.kind == kind), None)
            if open_entity is not None:
                stack.remove(open_entity)
                builder.close(open_entity)
            else:
                stack.append(_OpenEntity(kind, name, builder.length, index))
            index += len(marker)
            continue
        if char == "[":
            stack.append(_OpenEntity("text_link", "TextUrl", builder.length, index))
            index += 1
            continue
        if char == "]" and stack and stack[-1].kind == "text_link":
            index = _markdown_v2_link_end(source, index, builder, stack.pop())
            continue
        if char == ">" and at_line_start:
            end = source.find("\n", index)
            end = len(source) if end == -1 else end
            quote = _OpenEntity("blockquote", "Blockquote", builder.length, index)
            inner_text, inner_entities = parse_markdown_v2(source[index + 1 : end])
            for entity in inner_entities:
                builder.entities.append({**entity, "offset": entity["offset"] + quote.start})
            builder.append(inner_text)
            builder.close(quote)
            index = end
            continue
        if char in MARKDOWN_V2_RESERVED or char == "\\":
            raise parse_error(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        builder.append(char)
        index += 1
    if stack:
        entity = stack[0]
        raise parse_error(
            f"Can't find end of {entity.name} entity at byte offset "
            f"{byte_offset(source, entity.source_index)}"
        )
    return builder.result()


def _markdown_v2_code(source: str, index: int, builder: _Builder) -> int:
    """Inline `code` or a ```pre``` block; only ` and \\ are special inside."""
    is_pre = source.startswith("```", index)
    fence = "```" if is_pre else "`"
    start = index + len(fence)
    language = ""
    if is_pre:
        newline = source.find("\n", start)
        first_line = source[start:newline] if newline != -1 else ""
        if newline != -1 and first_line and not any(c.isspace() for c in first_line):
            language, start = first_line, newline + 1
    content: list[str] = []
    position = start
    while position < len(source):
        if source[position] == "\\" and position + 1 < len(source):
            content.append(source[position + 1])
            position += 2
            continue
        if source.startswith(fence, position):
            entity = _OpenEntity("pre" if is_pre else "code", "", builder.length, index)
            if language:
                entity.extra["language"] = language
            builder.append("".join(content))
            builder.close(entity)
            return position + len(fence)
        content.append(source[position])
        position += 1
    name = "Pre" if is_pre else "Code"
    raise parse_error(
        f"Can't find end of {name} entity at byte offset {byte_offset(source, index)}"
    )


def _markdown_v2_link_end(
    source: str, index: int, builder: _Builder, entity: _OpenEntity
) -> int:
    """After "]": "(url)" closes a text link."""
    if not source.startswith("(", index + 1):
        raise parse_error("Character ']' is reserved and must be escaped with the preceding '\\'")
    close = source.find(")", index + 2)
    if close == -1:
        raise parse_error(
            f"Can't find end of a url at byte offset {byte_offset(source, index + 1)}"
        )
    entity.extra["url"] = source[index + 2 : close].replace("\\)", ")").replace("\\\\", "\\")
    builder.close(entity)
    return close + 1


LEGACY_MARKDOWN_PATTERN = re.compile(
    r"\*(?P<bold>[^*]+)\*|_(?P<italic>[^_]+)_|```(?P<pre>.+?)```|`(?P<code>[^`]+)`"
    r"|\[(?P<link_text>[^\]]+)\]\((?P<url>[^)]+)\)",
    re.DOTALL,
)


def parse_legacy_markdown(source: str) -> tuple[str, list[Entity]]:
    """The legacy Markdown mode: paired *, _, `, ``` and [text](url); a lone marker is an error."""
    builder = _Builder()
    position = 0
    for match in LEGACY_MARKDOWN_PATTERN.finditer(source):
        _legacy_plain(source, position, match.start(), builder)
        kind = match.lastgroup or ""
        kind = "text_link" if kind == "url" else kind
        text = match.group("link_text") if kind == "text_link" else match.group(kind)
        entity = _OpenEntity(kind, kind, builder.length, match.start())
        if kind == "text_link":
            entity.extra["url"] = match.group("url")
        builder.append(text)
        builder.close(entity)
        position = match.end()
    _legacy_plain(source, position, len(source), builder)
    return builder.result()


def _legacy_plain(source: str, start: int, end: int, builder: _Builder) -> None:
    for index in range(start, end):
        if source[index] in "*_`[":
            raise parse_error(
                "Can't find end of the entity starting at byte offset "
                f"{byte_offset(source, index)}"
            )
    builder.append(source[start:end])


def parse_text(text: str, parse_mode: str | None) -> tuple[str, list[Entity]]:
    """Plain text and entities for a text or caption under the given parse mode."""
    mode = (parse_mode or "").lower()
    if mode == "":
        return text, []
    if mode == "html":
        return parse_html(text)
    if mode == "markdownv2":
        return parse_markdown_v2(text)
    if mode == "markdown":
        return parse_legacy_markdown(text)
    raise bad_request(f"unsupported parse_mode {parse_mode}")
