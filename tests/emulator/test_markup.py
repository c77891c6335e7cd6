"""Parse modes: Telegram's HTML and MarkdownV2 rules, entities in UTF-16 units."""

from __future__ import annotations

import pytest

from emulator.errors import ApiError
from emulator.markup import parse_html, parse_markdown_v2, parse_text


def test_html_allowed_tags_become_entities() -> None:
    text, entities = parse_html('<b>Run</b> <a href="https://x.org">far</a> &amp; <i>easy</i>')

    assert text == "Run far & easy"
    assert entities == [
        {"type": "bold", "offset": 0, "length": 3},
        {"type": "text_link", "offset": 4, "length": 3, "url": "https://x.org"},
        {"type": "italic", "offset": 10, "length": 4},
    ]


def test_html_offsets_count_utf16_units() -> None:
    text, entities = parse_html("🏃 <b>go</b>")

    assert text == "🏃 go"
    assert entities == [{"type": "bold", "offset": 3, "length": 2}]


def test_html_entities_and_spoiler_and_pre_language() -> None:
    source = '&lt;x&gt; &quot;q&quot; <span class="tg-spoiler">s</span>' \
        '<pre><code class="language-python">p</code></pre>'
    text, entities = parse_html(source)

    assert text == '<x> "q" sp'
    assert {"type": "spoiler", "offset": 8, "length": 1} in entities
    assert {"type": "pre", "offset": 9, "length": 1, "language": "python"} in entities


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("<b>x</i>", "Unmatched end tag at byte offset 4"),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("a < b", "Unclosed start tag at byte offset 2"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
    ],
)
def test_html_malformed_markup_is_refused_like_telegram(source: str, reason: str) -> None:
    with pytest.raises(ApiError) as caught:
        parse_html(source)

    assert caught.value.error_code == 400
    assert caught.value.description.startswith("Bad Request: can't parse entities: ")
    assert reason in caught.value.description


def test_markdown_v2_entities_and_escapes() -> None:
    text, entities = parse_markdown_v2(r"*bold* _it_ __u__ ~s~ ||sp|| `c\`` [l](http://a.b) 1\.5")

    assert text == "bold it u s sp c` l 1.5"
    kinds = [entity["type"] for entity in entities]
    assert kinds == [
        "bold", "italic", "underline", "strikethrough", "spoiler", "code", "text_link"
    ]  # fmt: skip
    assert entities[-1]["url"] == "http://a.b"


def test_markdown_v2_unescaped_reserved_character_is_refused() -> None:
    with pytest.raises(ApiError) as caught:
        parse_markdown_v2("Done.")

    assert "Character '.' is reserved" in caught.value.description


def test_markdown_v2_unclosed_entity_is_refused() -> None:
    with pytest.raises(ApiError) as caught:
        parse_markdown_v2("*bold")

    assert "Can't find end of Bold entity at byte offset 0" in caught.value.description


def test_plain_text_keeps_everything_and_unknown_mode_is_refused() -> None:
    assert parse_text("<b>as is</b>.", None) == ("<b>as is</b>.", [])
    with pytest.raises(ApiError):
        parse_text("x", "BBCode")
