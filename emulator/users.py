"""The people on the other side: emulated users and groups that write, press and vote."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from emulator.chat_view import DEFAULT_TIMEOUT, ChatView
from emulator.state import CallbackQueryRecord, ChatRecord, StoredFile, StoredMessage
from emulator.transcript import TranscriptEntry, entry_from_message

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

COMMAND_PATTERN = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")


class EmulatorUsageError(Exception):
    """A test asked an emulated user for something a real client could not do."""


@dataclass(frozen=True)
class CallbackAnswer:
    """What the bot showed for a button press (answerCallbackQuery)."""

    query_id: str
    text: str | None
    show_alert: bool
    url: str | None


class EmulatedGroup(ChatView):
    """A group chat the bot is in; members write with `user.send_text(..., chat=group)`."""

    def __init__(self, emulator: BotApiEmulator, chat_id: int, title: str):
        chat = emulator.state.chats.setdefault(
            chat_id, ChatRecord(chat_id, "group", title=title, known_to_bot=True)
        )
        super().__init__(emulator, chat)


class EmulatedUser(ChatView):
    """A Telegram user in a private chat with the bot (chat id == user id)."""

    def __init__(
        self,
        emulator: BotApiEmulator,
        user_id: int,
        first_name: str,
        language_code: str,
        username: str | None,
    ):
        self.profile: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }
        if username:
            self.profile["username"] = username
        emulator.state.users[user_id] = self.profile
        chat = emulator.state.chats.setdefault(user_id, ChatRecord(user_id, "private"))
        super().__init__(emulator, chat)

    @property
    def user_id(self) -> int:
        """The user's id."""
        user_id: int = self.profile["id"]
        return user_id

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        """What the bot answered to this user's button presses so far, oldest first."""
        return [
            _answer_of(query)
            for query in self.emulator.state.callback_queries.values()
            if query.user_id == self.user_id and query.answered
        ]

    # writing

    async def send_text(
        self, text: str, *, chat: EmulatedGroup | None = None
    ) -> TranscriptEntry:
        """Write a message (a leading /command gets its bot_command entity, as clients do)."""
        content: dict[str, Any] = {"text": text}
        command = COMMAND_PATTERN.match(text)
        if command is not None:
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": command.end()}
            ]
        return self._write(content, "text", chat)

    async def send_command(
        self, command: str = "/start", args: str = "", *, chat: EmulatedGroup | None = None
    ) -> TranscriptEntry:
        """Send /command with optional arguments, like tapping it in the menu."""
        command = command if command.startswith("/") else f"/{command}"
        return await self.send_text(f"{command} {args}".strip(), chat=chat)

    async def share_location(self, latitude: float, longitude: float) -> TranscriptEntry:
        """Send a location pin."""
        location = {"latitude": latitude, "longitude": longitude}
        return self._write({"location": location}, "location", None)

    async def send_document(
        self, content: bytes, file_name: str, *, mime_type: str = "application/octet-stream",
        caption: str | None = None,
    ) -> TranscriptEntry:  # fmt: skip
        """Send (or forward) a file; the bot can fetch it with getFile and the file URL."""
        state = self.emulator.state
        unique_id = hashlib.sha1(content + file_name.encode()).hexdigest()[:16]
        stored = StoredFile(state.new_id("file"), unique_id, content, file_name, mime_type)
        state.files[stored.file_id] = stored
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        message: dict[str, Any] = {"document": document}
        if caption:
            message["caption"] = caption
        return self._write(message, "document", None)

    async def tap_reply_button(self, text: str) -> TranscriptEntry:
        """Tap a button of the reply keyboard the bot is showing (sends its text)."""
        button = self._reply_button(text)
        if button.get("request_location"):
            raise EmulatorUsageError(
                f"reply button {text!r} shares a location: use tap_location_button"
            )
        return await self.send_text(text)

    async def tap_location_button(
        self, text: str, latitude: float, longitude: float
    ) -> TranscriptEntry:
        """Tap a reply button made with request_location: the client sends a location pin."""
        if not self._reply_button(text).get("request_location"):
            raise EmulatorUsageError(f"reply button {text!r} does not request a location")
        return await self.share_location(latitude, longitude)

    def _reply_button(self, text: str) -> dict[str, Any]:
        keyboard = self.chat.reply_keyboard or {}
        buttons = [button for row in keyboard.get("keyboard", []) for button in row]
        found: dict[str, Any] | None = next(
            (button for button in buttons if button["text"] == text), None
        )
        if found is None:
            shown = [button["text"] for button in buttons]
            raise EmulatorUsageError(f"no reply button {text!r}; showing {shown}")
        return found

    def _write(
        self, content: dict[str, Any], kind: Any, group: EmulatedGroup | None
    ) -> TranscriptEntry:
        if self.chat.blocked and group is None:
            raise EmulatorUsageError(f"user {self.user_id} blocked the bot; unblock() first")
        chat = group.chat if group is not None else self.chat
        state = self.emulator.state
        chat.known_to_bot = True
        message = state.add_message(
            chat, "user", self.profile, self.emulator.now_seconds(), kind, content
        )
        self.emulator.queue.push("message", state.message_json(message))
        return entry_from_message(state, message)

    # buttons and polls

    def _stored(self, message: TranscriptEntry | int, chat: ChatView) -> StoredMessage:
        message_id = message if isinstance(message, int) else message.message_id
        stored = self.emulator.state.find_message(chat.chat_id, message_id)
        if stored is None:
            raise EmulatorUsageError(f"no message {message_id} in chat {chat.chat_id}")
        return stored

    async def press_button(
        self,
        message: TranscriptEntry | int,
        *,
        text: str | None = None,
        data: str | None = None,
        chat: EmulatedGroup | None = None,
    ) -> str:
        """Press an inline button (found by text or callback data); returns the query id."""
        view: ChatView = chat or self
        stored = self._stored(message, view)
        rows = (stored.reply_markup or {}).get("inline_keyboard", [])
        button = next(
            (
                button
                for row in rows
                for button in row
                if "callback_data" in button
                and (text is None or button["text"] == text)
                and (data is None or button["callback_data"] == data)
            ),
            None,
        )
        if button is None:
            shown = [button.get("text") for row in rows for button in row]
            raise EmulatorUsageError(f"no button text={text!r} data={data!r}; showing {shown}")
        view.note_observed(stored.message_id, stored.edit_count)
        state = self.emulator.state
        query = CallbackQueryRecord(
            id=state.new_id("cbq"),
            user_id=self.user_id,
            chat_id=view.chat_id,
            message_id=stored.message_id,
            data=button["callback_data"],
        )
        state.callback_queries[query.id] = query
        self.emulator.queue.push(
            "callback_query",
            {
                "id": query.id,
                "from": self.profile,
                "message": state.message_json(stored),
                "chat_instance": f"instance{view.chat_id}",
                "data": query.data,
            },
        )
        return query.id

    async def wait_callback_answered(
        self,
        query_id: str,
        timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - a deadline reads best in tests
    ) -> CallbackAnswer:
        """Wait for the bot's answerCallbackQuery to this press; return what it showed."""
        query = self.emulator.state.callback_queries[query_id]
        await self.wait_for(lambda: query.answered, timeout)
        return _answer_of(query)

    async def answer_poll(
        self, poll_message: TranscriptEntry | int, option_ids: list[int]
    ) -> None:
        """Vote (an empty list retracts); non-anonymous polls send the bot a poll_answer."""
        stored = self._stored(poll_message, self)
        if stored.poll_id is None:
            raise EmulatorUsageError(f"message {stored.message_id} is not a poll")
        poll = self.emulator.state.polls[stored.poll_id]
        if poll.is_closed:
            raise EmulatorUsageError(f"poll {poll.id} is closed")
        if any(not 0 <= option < len(poll.options) for option in option_ids):
            raise EmulatorUsageError(f"options {option_ids} out of range")
        if len(option_ids) > 1 and not poll.allows_multiple_answers:
            raise EmulatorUsageError("this poll allows one answer only")
        poll.votes[self.user_id] = list(option_ids)
        self.emulator.state.changed()
        if not poll.is_anonymous:
            self.emulator.queue.push(
                "poll_answer",
                {
                    "poll_id": poll.id,
                    "user": self.profile,
                    "option_ids": list(option_ids),
                    "option_persistent_ids": [
                        poll.options[option]["persistent_id"] for option in option_ids
                    ],
                },
            )
        self.emulator.queue.push("poll", poll.to_json())

    # blocking

    async def block(self) -> None:
        """Block the bot: sends become 403 and the bot gets my_chat_member (member → kicked)."""
        self._set_blocked(True)

    async def unblock(self) -> None:
        """Unblock the bot: my_chat_member (kicked → member)."""
        self._set_blocked(False)

    def _set_blocked(self, blocked: bool) -> None:
        if self.chat.blocked == blocked:
            return
        bot = self.emulator.bot_sender
        member = {"status": "member", "user": bot}
        kicked = {"status": "kicked", "user": bot, "until_date": 0}
        self.chat.blocked = blocked
        self.emulator.state.changed()
        self.emulator.queue.push(
            "my_chat_member",
            {
                "chat": self.emulator.state.chat_json(self.chat),
                "from": self.profile,
                "date": self.emulator.now_seconds(),
                "old_chat_member": member if blocked else kicked,
                "new_chat_member": kicked if blocked else member,
            },
        )


def _answer_of(query: CallbackQueryRecord) -> CallbackAnswer:
    return CallbackAnswer(query.id, query.text, query.show_alert, query.url)
