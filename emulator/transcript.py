"""What a person sees in a chat: messages with current text, keyboards, polls and files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from emulator.state import MessageKind, Sender, StoredMessage

if TYPE_CHECKING:
    from emulator.state import BotState


@dataclass(frozen=True)
class PollView:
    """A poll as shown: question, option texts, counts."""

    id: str
    question: str
    options: list[str]
    voter_counts: list[int]
    is_anonymous: bool
    is_closed: bool


@dataclass(frozen=True)
class TranscriptEntry:
    """One message in a chat as its members see it now (after edits)."""

    message_id: int
    sender: Sender
    kind: MessageKind
    date: int
    text: str | None
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    edit_count: int
    poll: PollView | None = None
    file_bytes: bytes | None = None
    file_name: str | None = None
    location: dict[str, float] | None = None

    @property
    def photo(self) -> bytes | None:
        """The photo's bytes, for photo messages."""
        return self.file_bytes if self.kind == "photo" else None

    @property
    def document(self) -> bytes | None:
        """The document's bytes, for document messages."""
        return self.file_bytes if self.kind == "document" else None

    @property
    def inline_buttons(self) -> list[list[dict[str, Any]]]:
        """Rows of inline buttons (empty when there is no inline keyboard)."""
        markup = self.reply_markup or {}
        rows: list[list[dict[str, Any]]] = markup.get("inline_keyboard", [])
        return rows

    @property
    def button_texts(self) -> list[str]:
        """Texts of every inline or reply button, row by row."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [button["text"] for row in rows for button in row]


def entry_from_message(state: BotState, message: StoredMessage) -> TranscriptEntry:
    """Render a stored message as a transcript entry."""
    content = message.content
    file_bytes, file_name = None, None
    if message.kind == "photo":
        stored = state.files.get(content["photo"][-1]["file_id"])
        file_bytes, file_name = (stored.content, stored.file_name) if stored else (None, None)
    elif message.kind == "document":
        stored = state.files.get(content["document"]["file_id"])
        file_bytes, file_name = (stored.content, stored.file_name) if stored else (None, None)
    poll_view = None
    if message.poll_id is not None:
        poll = state.polls[message.poll_id].to_json()
        poll_view = PollView(
            id=poll["id"],
            question=poll["question"],
            options=[option["text"] for option in poll["options"]],
            voter_counts=[option["voter_count"] for option in poll["options"]],
            is_anonymous=poll["is_anonymous"],
            is_closed=poll["is_closed"],
        )
    return TranscriptEntry(
        message_id=message.message_id,
        sender=message.sender,
        kind=message.kind,
        date=message.date,
        text=content.get("text", content.get("caption")),
        entities=list(content.get("entities", content.get("caption_entities", []))),
        reply_markup=message.reply_markup,
        edit_count=message.edit_count,
        poll=poll_view,
        file_bytes=file_bytes,
        file_name=file_name,
        location=content.get("location"),
    )
