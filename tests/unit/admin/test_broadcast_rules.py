"""Broadcast rules: Telegram HTML checking, send times, due times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.services import broadcasts
from bot.services.broadcasts import BroadcastHtmlError, SendTimeError
from bot.storage.models import Broadcast

NOW = datetime(2026, 3, 4, 12, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "body",
    [
        "Plain words",
        "<b>Bold</b>, <i>italic</i>, <u>under</u>, <s>gone</s> and <code>x = 1</code>",
        '<a href="https://example.org">a link</a> &amp; &lt;tags&gt; &#128512;',
        '<span class="tg-spoiler">hidden</span> <tg-spoiler>also</tg-spoiler>',
        '<pre><code class="language-python">print(1)</code></pre>',
        "<blockquote expandable>quoted</blockquote>",
        "<b>bold <i>and italic</i></b>",
        "a > b",
    ],
)
def test_html_telegram_accepts_passes(body: str) -> None:
    broadcasts.check_html(body)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("<div>block</div>", "unsupported tag <div>"),
        ("<b>never closed", "<b> is never closed"),
        ("<b><i>crossed</b></i>", "unexpected </b>"),
        ("stray </i>", "unexpected </i>"),
        ('<b class="x">x</b>', "unsupported attribute 'class' in <b>"),
        ('<span class="red">x</span>', 'class="tg-spoiler"'),
        ("<a>no target</a>", "<a> needs an href"),
        ("Tom & Jerry", "&amp;"),
        ("&nbsp;space", "unsupported entity &nbsp;"),
        ("1 < 2", "&lt;"),
        ("   ", "empty"),
        ("<b></b>", "empty"),
        ("x" * 4097, "more than 4096"),
        ("<br/>line", "self-closing"),
    ],
)
def test_html_telegram_rejects_is_refused_with_a_reason(body: str, problem: str) -> None:
    with pytest.raises(BroadcastHtmlError, match=problem.replace("(", r"\(")) as raised:
        broadcasts.check_html(body)
    assert problem in str(raised.value)


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("R&D, 5 < 10 km & <b>bold</b>", "R&amp;D, 5 &lt; 10 km &amp; <b>bold</b>"),
        ("&amp; &lt; &#128512; &#x1F600; &nbsp;", "&amp; &lt; &#128512; &#x1F600; &nbsp;"),
        ('<a href="https://x.org/?a=1&b=2">go</a>', '<a href="https://x.org/?a=1&amp;b=2">go</a>'),
        ("a&", "a&amp;"),
        ("</i> <3", "</i> &lt;3"),
    ],
)
def test_a_plain_ampersand_or_less_than_is_escaped_and_markup_kept(typed: str, sent: str) -> None:
    assert broadcasts.escape_stray_markup(typed) == sent


@pytest.mark.parametrize(
    "typed", ["Tom & Jerry", "Hills & stairs: <i>easy</i> & short", "5 < 10 km", "a&b&amp;c"]
)
def test_escaped_typed_text_passes_the_html_check(typed: str) -> None:
    broadcasts.check_html(broadcasts.escape_stray_markup(typed))


def test_invalid_markup_is_still_refused_after_escaping() -> None:
    with pytest.raises(BroadcastHtmlError, match="never closed"):
        broadcasts.check_html(broadcasts.escape_stray_markup("Tom & <b>Jerry"))
    with pytest.raises(BroadcastHtmlError, match="unsupported entity"):
        broadcasts.check_html(broadcasts.escape_stray_markup("A&nbsp;B"))


def test_length_counts_visible_characters_not_tags() -> None:
    broadcasts.check_html("<b>" + "x" * 4096 + "</b>")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-03-05 09:30", datetime(2026, 3, 5, 9, 30, tzinfo=UTC)),
        (" 2026-03-05T09:30 UTC ", datetime(2026, 3, 5, 9, 30, tzinfo=UTC)),
        ("2026-03-04 12:00", datetime(2026, 3, 4, 12, 0, tzinfo=UTC)),
    ],
)
def test_typed_future_times_are_read_as_utc(typed: str, expected: datetime) -> None:
    assert broadcasts.parse_send_time(typed, NOW) == expected


@pytest.mark.parametrize(
    "typed", ["2026-03-04 11:59", "tomorrow", "2026-02-30 10:00", "2026-03-05 25:00", ""]
)
def test_past_or_malformed_times_are_refused(typed: str) -> None:
    with pytest.raises(SendTimeError):
        broadcasts.parse_send_time(typed, NOW)


def test_quick_choices_count_from_now() -> None:
    assert broadcasts.quick_send_time("now", NOW) == NOW
    assert broadcasts.quick_send_time("3h", NOW) == NOW + timedelta(hours=3)
    with pytest.raises(KeyError):
        broadcasts.quick_send_time("2h", NOW)


def test_due_times_of_two_broadcasts_for_the_same_minute_differ() -> None:
    send_at = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    first = Broadcast(id=7, send_at=send_at)
    second = Broadcast(id=8, send_at=send_at)
    assert broadcasts.due_time(first) != broadcasts.due_time(second)
    assert send_at - timedelta(seconds=1) < broadcasts.due_time(first) <= send_at
