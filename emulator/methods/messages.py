"""Text messages: send, edit text or keyboard, delete, and answer callback queries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from emulator.errors import MESSAGE_NOT_MODIFIED, QUERY_TOO_OLD, bad_request
from emulator.methods.common import caption, deliver, message_text, reply_markup, target_message
from emulator.params import Params
from emulator.state import StoredMessage

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

MAX_CALLBACK_ANSWER_LENGTH = 200


async def send_message(emulator: BotApiEmulator, params: Params) -> Any:
    """sendMessage: text with parse mode or entities, optional keyboard."""
    chat = emulator.state.chat_to_send(params.chat_id())
    content = message_text(params)
    message = deliver(emulator, "sendMessage", chat, "text", content, reply_markup(params))
    return emulator.state.message_json(message)


def apply_edit(
    emulator: BotApiEmulator,
    message: StoredMessage,
    content: dict[str, Any],
    markup: dict[str, Any] | None,
) -> Any:
    """Replace content and markup, refusing an edit that changes nothing."""
    if message.sender != "bot":
        raise bad_request("message can't be edited")
    current_markup = message.reply_markup
    if current_markup is not None and "inline_keyboard" not in current_markup:
        current_markup = None
    if content == {key: message.content.get(key) for key in content} and markup == current_markup:
        raise bad_request(MESSAGE_NOT_MODIFIED)
    for key, value in content.items():
        if value is None:
            message.content.pop(key, None)
        else:
            message.content[key] = value
    message.reply_markup = markup
    message.edit_count += 1
    message.edit_date = emulator.now_seconds()
    emulator.state.changed()
    return emulator.state.message_json(message)


async def edit_message_text(emulator: BotApiEmulator, params: Params) -> Any:
    """editMessageText: new text; the keyboard is kept only when sent again."""
    message = target_message(emulator, params, "message to edit not found")
    content = message_text(params)
    if message.kind != "text":
        raise bad_request("there is no text in the message to edit")
    content.setdefault("entities", None)
    return apply_edit(emulator, message, content, reply_markup(params))


async def edit_message_caption(emulator: BotApiEmulator, params: Params) -> Any:
    """editMessageCaption: new caption of a photo or document."""
    message = target_message(emulator, params, "message to edit not found")
    if message.kind not in ("photo", "document"):
        raise bad_request("there is no caption in the message to edit")
    content = {"caption": None, "caption_entities": None, **caption(params)}
    return apply_edit(emulator, message, content, reply_markup(params))


async def edit_message_reply_markup(emulator: BotApiEmulator, params: Params) -> Any:
    """editMessageReplyMarkup: replace or remove the inline keyboard."""
    message = target_message(emulator, params, "message to edit not found")
    markup = reply_markup(params)
    if markup is not None and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    return apply_edit(emulator, message, {}, markup)


async def delete_message(emulator: BotApiEmulator, params: Params) -> Any:
    """deleteMessage: the message disappears from the chat."""
    message = target_message(emulator, params, "message to delete not found")
    message.deleted = True
    emulator.state.changed()
    return True


async def answer_callback_query(emulator: BotApiEmulator, params: Params) -> Any:
    """answerCallbackQuery: once per query; a second answer or unknown id is "too old"."""
    query_id = params.get_str("callback_query_id")
    query = emulator.state.callback_queries.get(query_id or "")
    if query is None or query.answered:
        raise bad_request(QUERY_TOO_OLD)
    text = params.get_str("text")
    if text is not None and len(text) > MAX_CALLBACK_ANSWER_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")
    query.answered = True
    query.text = text
    query.show_alert = params.get_bool("show_alert")
    query.url = params.get_str("url")
    emulator.state.changed()
    return True


METHODS = {
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageCaption": edit_message_caption,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "answerCallbackQuery": answer_callback_query,
}
