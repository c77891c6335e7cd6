"""Telegram's MarkdownV2 (reserved characters escaped, entities closed) and legacy Markdown."""

from __future__ import annotations

import re

from emulator.entities import Entity, EntityBuilder, OpenEntity, byte_offset, parse_error

MARKDOWN_V2_RESERVED = set("_*[]()~`>#+-=|{}.!")
MARKDOWN_V2_MARKERS = {
    "*": ("bold", "Bold"),
    "_": ("italic", "Italic"),
    "__": ("underline", "Underline"),
    "~": ("strikethrough", "Strikethrough"),
    "||": ("spoiler", "Spoiler"),
}


def parse_markdown_v2(source: str) -> tuple[str, list[Entity]]:
    """Telegram's MarkdownV2: reserved characters escaped, every entity closed."""
    builder = EntityBuilder()
    stack: list[OpenEntity] = []
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
                stack.append(OpenEntity(kind, name, builder.length, index))
            index += len(marker)
            continue
        if char == "[":
            stack.append(OpenEntity("text_link", "TextUrl", builder.length, index))
            index += 1
            continue
        if char == "]" and stack and stack[-1].kind == "text_link":
            index = _markdown_v2_link_end(source, index, builder, stack.pop())
            continue
        if char == ">" and at_line_start:
            end = source.find("\n", index)
            end = len(source) if end == -1 else end
            quote = OpenEntity("blockquote", "Blockquote", builder.length, index)
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
        unclosed = stack[0]
        raise parse_error(
            f"Can't find end of {unclosed.name} entity at byte offset "
            f"{byte_offset(source, unclosed.source_index)}"
        )
    return builder.result()


def _markdown_v2_code(source: str, index: int, builder: EntityBuilder) -> int:
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
            entity = OpenEntity("pre" if is_pre else "code", "", builder.length, index)
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
    source: str, index: int, builder: EntityBuilder, entity: OpenEntity
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
    builder = EntityBuilder()
    position = 0
    for match in LEGACY_MARKDOWN_PATTERN.finditer(source):
        _legacy_plain(source, position, match.start(), builder)
        kind = match.lastgroup or ""
        kind = "text_link" if kind == "url" else kind
        text = match.group("link_text") if kind == "text_link" else match.group(kind)
        entity = OpenEntity(kind, kind, builder.length, match.start())
        if kind == "text_link":
            entity.extra["url"] = match.group("url")
        builder.append(text)
        builder.close(entity)
        position = match.end()
    _legacy_plain(source, position, len(source), builder)
    return builder.result()


def _legacy_plain(source: str, start: int, end: int, builder: EntityBuilder) -> None:
    for index in range(start, end):
        if source[index] in "*_`[":
            raise parse_error(
                "Can't find end of the entity starting at byte offset "
                f"{byte_offset(source, index)}"
            )
    builder.append(source[start:end])
