"""Broadcast rules: checking an admin's HTML, when to send, and the draft → queued → done life.

A broadcast is a row in `broadcasts` plus one `deliveries` row per recipient (kind
"broadcast", lowest priority). The dispatcher sends those rows through the one rate-limited
sender, so delivery is persisted per recipient and resumes after a restart; the unique
(user, kind, due_at) key and the atomic draft → queued step keep anyone from getting it twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import admin as admin_storage
from bot.storage.admin import Audience, BroadcastCounts
from bot.storage.models import Broadcast

MAX_TEXT_LENGTH = 4096
"""Telegram's limit on a message's text after entity parsing (Bot API, sendMessage)."""
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    "b": frozenset(), "strong": frozenset(), "i": frozenset(), "em": frozenset(),
    "u": frozenset(), "ins": frozenset(), "s": frozenset(), "strike": frozenset(),
    "del": frozenset(), "tg-spoiler": frozenset(), "span": frozenset({"class"}),
    "a": frozenset({"href"}), "tg-emoji": frozenset({"emoji-id"}), "code": frozenset({"class"}),
    "pre": frozenset(), "blockquote": frozenset({"expandable"}),
}  # fmt: skip
"""Tags and attributes Telegram's HTML parse mode accepts (Bot API, "HTML style")."""
ALLOWED_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})
QUICK_DELAYS: dict[str, timedelta] = {
    "now": timedelta(0),
    "1h": timedelta(hours=1),
    "3h": timedelta(hours=3),
    "24h": timedelta(hours=24),
}
TIME_FORMAT = "%Y-%m-%d %H:%M"
TIME_PATTERN = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})\s*(?:UTC)?\s*$", re.I)


class BroadcastHtmlError(ValueError):
    """The text is not HTML Telegram accepts; the message says where."""


class SendTimeError(ValueError):
    """A typed send time is not `YYYY-MM-DD HH:MM` or lies in the past."""

    def __init__(self, typed: str) -> None:
        super().__init__(f"not a future UTC time as YYYY-MM-DD HH:MM: {typed!r}")


class _TelegramHtmlChecker(HTMLParser):
    """Walks the text like Telegram's parser would and remembers the first problem."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open_tags: list[str] = []
        self.visible = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise BroadcastHtmlError(f"unsupported tag <{tag}>")
        for name, _value in attrs:
            if name not in ALLOWED_TAGS[tag]:
                raise BroadcastHtmlError(f"unsupported attribute {name!r} in <{tag}>")
        if tag == "span" and dict(attrs).get("class") != "tg-spoiler":
            raise BroadcastHtmlError('<span> needs class="tg-spoiler"')
        if tag == "a" and not dict(attrs).get("href"):
            raise BroadcastHtmlError("<a> needs an href")
        self.open_tags.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise BroadcastHtmlError(f"self-closing <{tag}/> is not supported")

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags or self.open_tags[-1] != tag:
            raise BroadcastHtmlError(f"unexpected </{tag}>")
        self.open_tags.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or "&" in data:
            raise BroadcastHtmlError("write < and & as &lt; and &amp;")
        self.visible += len(data)

    def handle_entityref(self, name: str) -> None:
        if name not in ALLOWED_ENTITIES:
            raise BroadcastHtmlError(f"unsupported entity &{name};")
        self.visible += 1

    def handle_charref(self, name: str) -> None:
        self.visible += 1

    def handle_comment(self, data: str) -> None:
        raise BroadcastHtmlError("comments are not supported")

    def handle_decl(self, decl: str) -> None:
        raise BroadcastHtmlError("declarations are not supported")

    def unknown_decl(self, data: str) -> None:
        raise BroadcastHtmlError("declarations are not supported")


ENTITY_START = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]*);")
"""What Telegram's HTML mode could read as an entity at an `&` (supported or not)."""
TAG_START = re.compile(r"</?[a-zA-Z]")
"""What Telegram's HTML mode reads as a tag at a `<`."""


def escape_stray_markup(body: str) -> str:
    """An admin's typed HTML with a plain `&` or `<` escaped, so "Tom & Jerry" or "5 < 10 km"
    goes out as written. An `&` that starts an entity (`&amp;`, `&#128512;`, even an unsupported
    `&nbsp;`) and a `<` that starts a tag are left for `check_html` to judge."""
    parts: list[str] = []
    for index, char in enumerate(body):
        if char == "&" and not ENTITY_START.match(body, index):
            parts.append("&amp;")
        elif char == "<" and not TAG_START.match(body, index):
            parts.append("&lt;")
        else:
            parts.append(char)
    return "".join(parts)


def check_html(body: str) -> None:
    """Raise BroadcastHtmlError unless Telegram's HTML parse mode would accept `body`."""
    checker = _TelegramHtmlChecker()
    checker.feed(body)
    checker.close()
    if checker.rawdata:  # an unfinished tag such as "<b" at the end
        raise BroadcastHtmlError(f"unfinished tag at {checker.rawdata[:20]!r}")
    if checker.open_tags:
        raise BroadcastHtmlError(f"<{checker.open_tags[-1]}> is never closed")
    if not body.strip() or checker.visible == 0:
        raise BroadcastHtmlError("the message is empty")
    if checker.visible > MAX_TEXT_LENGTH:
        raise BroadcastHtmlError(f"{checker.visible} characters, more than {MAX_TEXT_LENGTH}")


def parse_send_time(typed: str, now: datetime) -> datetime:
    """A typed `YYYY-MM-DD HH:MM` (UTC) that is not in the past."""
    match = TIME_PATTERN.match(typed)
    if match is None:
        raise SendTimeError(typed)
    try:
        moment = datetime.strptime(f"{match[1]} {match[2]}", TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError as error:
        raise SendTimeError(typed) from error
    if moment < now.replace(second=0, microsecond=0):
        raise SendTimeError(typed)
    return moment


def quick_send_time(choice: str, now: datetime) -> datetime:
    """The send time for a button such as "in 1 h"; KeyError for an unknown choice."""
    return now + QUICK_DELAYS[choice]


def due_time(broadcast: Broadcast) -> datetime:
    """The recipients' due time: the send time less the id in microseconds (never later).

    Two broadcasts scheduled for the same minute would otherwise share (user, kind, due_at)
    and the second would silently reach nobody who got the first.
    """
    assert broadcast.send_at is not None
    return broadcast.send_at - timedelta(microseconds=broadcast.id % 1_000_000)


@dataclass(frozen=True, slots=True)
class Confirmation:
    """What confirming did: whether this call queued it, and how many recipients it has."""

    queued_now: bool
    recipients: int
    state: str


async def draft(
    session: AsyncSession, admin_id: int, body: str, audience: Audience,
    send_at: datetime, now: datetime,
) -> Broadcast:  # fmt: skip
    """Store a checked broadcast awaiting confirmation (audited)."""
    check_html(body)
    broadcast = await admin_storage.create_broadcast(
        session, admin_id, body, audience, send_at, now
    )
    await admin_storage.record(
        session, admin_id, "broadcast_draft", now, broadcast_id=broadcast.id,
        audience=audience.as_dict(), send_at=send_at.isoformat(),
    )  # fmt: skip
    return broadcast


async def confirm(
    session: AsyncSession, broadcast_id: int, admin_id: int, now: datetime
) -> Confirmation:
    """Queue one delivery per recipient, once: a second confirmation changes nothing."""
    broadcast = await admin_storage.get_broadcast(session, broadcast_id)
    if broadcast is None:
        raise LookupError(f"no broadcast with id {broadcast_id}")
    send_at = max(broadcast.send_at or now, now)
    if not await admin_storage.change_state(
        session, broadcast_id, [admin_storage.DRAFT], admin_storage.QUEUED, send_at=send_at
    ):
        await session.refresh(broadcast)
        counts = await admin_storage.broadcast_counts(session, broadcast_id)
        return Confirmation(False, counts.total, broadcast.state)
    await session.refresh(broadcast)
    audience = Audience.from_dict(broadcast.audience)
    recipients = await admin_storage.audience_ids(session, audience, now)
    added = await admin_storage.queue_recipients(
        session, broadcast_id, recipients, due_time(broadcast)
    )
    await admin_storage.record(
        session, admin_id, "broadcast_confirm", now, broadcast_id=broadcast_id, recipients=added
    )
    return Confirmation(True, added, admin_storage.QUEUED)


async def cancel(session: AsyncSession, broadcast_id: int, admin_id: int, now: datetime) -> int:
    """Cancel a draft or running broadcast; returns how many pending recipients were skipped.

    Raises LookupError when the broadcast does not exist or has already ended.
    """
    if not await admin_storage.change_state(
        session, broadcast_id, [admin_storage.DRAFT, admin_storage.QUEUED],
        admin_storage.CANCELLED, finished_at=now,
    ):  # fmt: skip
        raise LookupError(f"broadcast {broadcast_id} is not running")
    skipped = await admin_storage.skip_pending(session, broadcast_id)
    await admin_storage.record(
        session, admin_id, "broadcast_cancel", now, broadcast_id=broadcast_id, skipped=skipped
    )
    return skipped


async def settle(
    session: AsyncSession, broadcast: Broadcast, now: datetime
) -> tuple[BroadcastCounts, bool]:
    """The broadcast's counts, marking it finished once no recipient is waiting.

    Returns (counts, finished_now).
    """
    counts = await admin_storage.broadcast_counts(session, broadcast.id)
    if counts.waiting:
        return counts, False
    finished = await admin_storage.change_state(
        session, broadcast.id, [admin_storage.QUEUED], admin_storage.FINISHED, finished_at=now
    )
    return counts, finished
