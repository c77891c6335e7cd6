"""Parse modes like Telegram's: HTML, MarkdownV2 and legacy Markdown to plain text + entities.

Offsets and lengths of entities are counted in UTF-16 code units, as Telegram does; error
messages follow Telegram's "can't parse entities: ..." wording.
"""

from __future__ import annotations

from emulator.entities import Entity, utf16_length
from emulator.errors import bad_request
from emulator.html_mode import parse_html
from emulator.markdown_mode import parse_legacy_markdown, parse_markdown_v2

__all__ = ["Entity", "parse_html", "parse_legacy_markdown", "parse_markdown_v2", "parse_text",
           "utf16_length"]


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
