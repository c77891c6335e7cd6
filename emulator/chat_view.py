"""Reading one chat as its members see it, and waiting for changes without sleeping."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from emulator.state import ChatRecord
from emulator.transcript import TranscriptEntry, entry_from_message

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

T = TypeVar("T")
DEFAULT_TIMEOUT = 5.0


class ChatView:
    """Reading one chat as its members see it, and waiting for changes without sleeping."""

    def __init__(self, emulator: BotApiEmulator, chat: ChatRecord):
        self.emulator = emulator
        self.chat = chat
        self._last_seen_message_id = 0
        self._observed_edits: dict[int, int] = {}

    @property
    def chat_id(self) -> int:
        """The chat's id."""
        return self.chat.id

    @property
    def transcript(self) -> list[TranscriptEntry]:
        """Every message still in the chat, oldest first, as it looks now."""
        state = self.emulator.state
        messages = (state.find_message(self.chat.id, message_id)
                    for message_id in self.chat.message_ids)
        return [entry_from_message(state, message) for message in messages if message]

    def bot_messages(self) -> list[TranscriptEntry]:
        """The bot's messages in the chat, oldest first."""
        return [entry for entry in self.transcript if entry.sender == "bot"]

    def last_bot_message(self) -> TranscriptEntry | None:
        """The bot's latest message (marks it as seen for next_bot_message)."""
        messages = self.bot_messages()
        if not messages:
            return None
        return self._observe(messages[-1])

    def message(self, message_id: int) -> TranscriptEntry | None:
        """One message as it looks now, or None if deleted or unknown."""
        stored = self.emulator.state.find_message(self.chat.id, message_id)
        return entry_from_message(self.emulator.state, stored) if stored else None

    @property
    def chat_actions(self) -> list[tuple[str, int]]:
        """The bot's chat actions here ("upload_photo" …), each with the id of the chat's last
        message when it was sent, oldest first."""
        return [
            (record.action, record.after_message_id)
            for record in self.emulator.state.chat_actions
            if record.chat_id == self.chat.id
        ]

    @property
    def reply_keyboard(self) -> dict[str, Any] | None:
        """The reply keyboard the bot left showing, if any."""
        return self.chat.reply_keyboard

    def note_observed(self, message_id: int, edit_count: int) -> None:
        """Remember which version of a message a member saw (the baseline of wait_for_edit)."""
        self._observed_edits[message_id] = edit_count

    def _observe(self, entry: TranscriptEntry) -> TranscriptEntry:
        self._last_seen_message_id = max(self._last_seen_message_id, entry.message_id)
        self._observed_edits[entry.message_id] = entry.edit_count
        return entry

    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - a deadline reads best in tests
    ) -> T:
        """Wait until predicate() is truthy (re-checked on every state change); return it."""
        return await self.emulator.state.signal.wait_for(predicate, timeout)

    async def next_bot_message(
        self,
        timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - a deadline reads best in tests
    ) -> TranscriptEntry:
        """The first bot message newer than the last one seen or returned."""

        def newer() -> TranscriptEntry | None:
            return next(
                (entry for entry in self.bot_messages()
                 if entry.message_id > self._last_seen_message_id),
                None,
            )

        entry = await self.emulator.state.signal.wait_for(newer, timeout, "a new bot message")
        return self._observe(entry)

    async def wait_for_edit(
        self,
        message: TranscriptEntry | int,
        timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - a deadline reads best in tests
    ) -> TranscriptEntry:
        """The message after an edit newer than what this member last observed of it."""
        message_id = message if isinstance(message, int) else message.message_id
        seen = self._observed_edits.get(message_id, 0)

        def edited() -> TranscriptEntry | None:
            entry = self.message(message_id)
            return entry if entry is not None and entry.edit_count > seen else None

        entry = await self.emulator.state.signal.wait_for(edited, timeout, "an edit")
        return self._observe(entry)
