"""Shared checks for sending methods: text and entities, keyboards, limits, storing the message."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from emulator.errors import ApiError, bad_request
from emulator.markup import parse_text, utf16_length
from emulator.params import Params
from emulator.state import ChatRecord, MessageKind, StoredMessage

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
INLINE_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def message_text(params: Params) -> dict[str, Any]:
    """The text and entities of sendMessage/editMessageText, checked like Telegram."""
    raw = params.get_str("text")
    if not raw:
        raise bad_request("message text is empty")
    text, entities = parse_text(raw, params.get_str("parse_mode"))
    if not params.get_str("parse_mode") and params.has("entities"):
        entities = params.get_json("entities") or []
    if not text.strip():
        raise bad_request("message text is empty")
    if utf16_length(text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    content: dict[str, Any] = {"text": text}
    if entities:
        content["entities"] = entities
    return content


def caption(params: Params) -> dict[str, Any]:
    """The optional caption and its entities, at most 1024 characters."""
    raw = params.get_str("caption")
    if not raw:
        return {}
    text, entities = parse_text(raw, params.get_str("parse_mode"))
    if not params.get_str("parse_mode") and params.has("caption_entities"):
        entities = params.get_json("caption_entities") or []
    if utf16_length(text) > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")
    content: dict[str, Any] = {"caption": text}
    if entities:
        content["caption_entities"] = entities
    return content


def reply_markup(params: Params) -> dict[str, Any] | None:
    """The reply_markup parameter, validated and normalised (string buttons become objects)."""
    markup = params.get_json("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        return {"inline_keyboard": [_inline_row(row) for row in _rows(markup["inline_keyboard"])]}
    if "keyboard" in markup:
        rows = [
            [{"text": button} if isinstance(button, str) else button for button in row]
            for row in _rows(markup["keyboard"])
        ]
        if any(not button.get("text") for row in rows for button in row):
            raise bad_request("keyboard button text must be non-empty")
        return {**markup, "keyboard": rows}
    if markup.get("remove_keyboard") or markup.get("force_reply"):
        return markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def _rows(rows: Any) -> list[list[Any]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array")
    return rows


def _inline_row(row: list[Any]) -> list[dict[str, Any]]:
    for button in row:
        if not isinstance(button, dict) or not button.get("text"):
            raise bad_request("text buttons are unallowed in the inline keyboard")
        if not any(action in button for action in INLINE_BUTTON_ACTIONS):
            raise bad_request("text buttons are unallowed in the inline keyboard")
        if "callback_data" in button:
            data = str(button["callback_data"]).encode("utf-8")
            if not 1 <= len(data) <= MAX_CALLBACK_DATA_BYTES:
                raise bad_request("BUTTON_DATA_INVALID")
    return row


def admit(emulator: BotApiEmulator, chat: ChatRecord) -> None:
    """Apply the flood limits to one more message in the chat, counting refusals."""
    try:
        emulator.limiter.check(chat.id)
    except ApiError:
        emulator.stats.rate_limited += 1
        emulator.stats.rate_limited_by_chat[chat.id] += 1
        raise


def deliver(
    emulator: BotApiEmulator,
    method: str,
    chat: ChatRecord,
    kind: MessageKind,
    content: dict[str, Any],
    markup: dict[str, Any] | None,
    poll_id: str | None = None,
) -> StoredMessage:
    """Store a bot message (after the limits) and count it."""
    admit(emulator, chat)
    message = emulator.state.add_message(
        chat,
        "bot",
        emulator.bot_sender,
        emulator.now_seconds(),
        kind,
        content,
        markup,
        poll_id,
    )
    emulator.stats.sent[method] += 1
    return message


def target_message(emulator: BotApiEmulator, params: Params, missing: str) -> StoredMessage:
    """The message addressed by chat_id and message_id, or the given "not found" error."""
    if params.has("inline_message_id"):
        raise bad_request("inline messages are not supported by the emulator")
    chat = emulator.state.chat_for_bot(params.chat_id())
    message_id = params.get_int("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    message = emulator.state.find_message(chat.id, message_id)
    if message is None:
        raise bad_request(missing)
    return message
