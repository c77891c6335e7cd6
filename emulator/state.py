"""What the emulated Telegram remembers: users, chats, messages, polls, callback queries, files."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any, Literal

from emulator.changes import ChangeSignal
from emulator.errors import CHAT_NOT_FOUND, bad_request, forbidden

Sender = Literal["bot", "user"]
MessageKind = Literal["text", "photo", "document", "poll", "location"]


@dataclass
class ChatRecord:
    """A private chat (id == user id) or a group."""

    id: int
    type: str
    title: str | None = None
    known_to_bot: bool = False
    blocked: bool = False
    message_ids: list[int] = field(default_factory=list)
    next_message_id: int = 1
    reply_keyboard: dict[str, Any] | None = None

    def allocate_message_id(self) -> int:
        """The next message id in this chat."""
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass(frozen=True)
class ChatActionRecord:
    """A sendChatAction ("upload_photo" …) and the last message of the chat at that moment."""

    chat_id: int
    action: str
    after_message_id: int


@dataclass
class StoredMessage:
    """One message as Telegram keeps it; `content` holds the kind-specific JSON fields."""

    chat_id: int
    message_id: int
    sender: Sender
    from_user: dict[str, Any]
    date: int
    kind: MessageKind
    content: dict[str, Any]
    reply_markup: dict[str, Any] | None = None
    poll_id: str | None = None
    edit_count: int = 0
    edit_date: int | None = None
    deleted: bool = False


@dataclass
class PollRecord:
    """A poll the bot sent, with votes by user."""

    id: str
    chat_id: int
    message_id: int
    question: str
    options: list[dict[str, Any]]
    is_anonymous: bool
    allows_multiple_answers: bool
    poll_type: str
    is_closed: bool = False
    votes: dict[int, list[int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Telegram's Poll object with current counts."""
        counts = [0] * len(self.options)
        for option_ids in self.votes.values():
            for option_id in option_ids:
                counts[option_id] += 1
        return {
            "id": self.id,
            "question": self.question,
            "options": [
                {**option, "voter_count": count}
                for option, count in zip(self.options, counts, strict=True)
            ],
            "total_voter_count": sum(1 for option_ids in self.votes.values() if option_ids),
            "is_closed": self.is_closed,
            "is_anonymous": self.is_anonymous,
            "type": self.poll_type,
            "allows_multiple_answers": self.allows_multiple_answers,
            "allows_revoting": True,
            "members_only": False,
        }


@dataclass
class CallbackQueryRecord:
    """A button press waiting for the bot's answerCallbackQuery."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    answered: bool = False
    text: str | None = None
    show_alert: bool = False
    url: str | None = None


@dataclass(frozen=True)
class StoredFile:
    """Bytes the bot uploaded, downloadable through the file URL."""

    file_id: str
    file_unique_id: str
    content: bytes
    file_name: str
    mime_type: str

    @property
    def file_path(self) -> str:
        """Where getFile says the file lives."""
        return f"files/{self.file_unique_id}/{self.file_name}"


class BotState:
    """All emulated Telegram state for one bot; every change goes through `changed()`."""

    def __init__(self, bot_user: dict[str, Any]):
        self.bot_user = bot_user
        self.signal = ChangeSignal()
        self.users: dict[int, dict[str, Any]] = {}
        self.chats: dict[int, ChatRecord] = {}
        self.messages: dict[tuple[int, int], StoredMessage] = {}
        self.polls: dict[str, PollRecord] = {}
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self.files: dict[str, StoredFile] = {}
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.descriptions: dict[str, str] = {}
        """setMyDescription by language code ("" for everyone without a dedicated one)."""
        self.short_descriptions: dict[str, str] = {}
        self.chat_actions: list[ChatActionRecord] = []
        self._ids = itertools.count(1)

    def changed(self) -> None:
        """Bump the version and wake waiters."""
        self.signal.bump()

    def new_id(self, prefix: str) -> str:
        """A unique string id (polls, callback queries, files)."""
        return f"{prefix}{next(self._ids):08d}"

    def chat_json(self, chat: ChatRecord) -> dict[str, Any]:
        """Telegram's Chat object."""
        if chat.type == "private":
            user = self.users[chat.id]
            result = {"id": chat.id, "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                result["username"] = user["username"]
            return result
        return {"id": chat.id, "type": chat.type, "title": chat.title or ""}

    def message_json(self, message: StoredMessage) -> dict[str, Any]:
        """Telegram's Message object, current after edits and votes."""
        result: dict[str, Any] = {
            "message_id": message.message_id,
            "from": message.from_user,
            "chat": self.chat_json(self.chats[message.chat_id]),
            "date": message.date,
            **message.content,
        }
        if message.poll_id is not None:
            result["poll"] = self.polls[message.poll_id].to_json()
        if message.reply_markup is not None and "inline_keyboard" in message.reply_markup:
            result["reply_markup"] = message.reply_markup
        if message.edit_date is not None:
            result["edit_date"] = message.edit_date
        return result

    def chat_for_bot(self, chat_id: int | str) -> ChatRecord:
        """The chat the bot addresses, or Telegram's "chat not found"."""
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None or not chat.known_to_bot:
            raise bad_request(CHAT_NOT_FOUND)
        return chat

    def chat_to_send(self, chat_id: int | str) -> ChatRecord:
        """A chat the bot may send to: known and not blocked."""
        chat = self.chat_for_bot(chat_id)
        if chat.blocked:
            raise forbidden("bot was blocked by the user")
        return chat

    def add_message(
        self,
        chat: ChatRecord,
        sender: Sender,
        from_user: dict[str, Any],
        date: int,
        kind: MessageKind,
        content: dict[str, Any],
        reply_markup: dict[str, Any] | None = None,
        poll_id: str | None = None,
    ) -> StoredMessage:
        """Store a new message at the end of the chat."""
        message = StoredMessage(
            chat_id=chat.id,
            message_id=chat.allocate_message_id(),
            sender=sender,
            from_user=from_user,
            date=date,
            kind=kind,
            content=content,
            reply_markup=reply_markup,
            poll_id=poll_id,
        )
        self.messages[(chat.id, message.message_id)] = message
        chat.message_ids.append(message.message_id)
        if sender == "bot" and reply_markup is not None:
            if "keyboard" in reply_markup:
                chat.reply_keyboard = reply_markup
            elif reply_markup.get("remove_keyboard"):
                chat.reply_keyboard = None
        self.changed()
        return message

    def find_message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        """A message that still exists."""
        message = self.messages.get((chat_id, message_id))
        return None if message is None or message.deleted else message
