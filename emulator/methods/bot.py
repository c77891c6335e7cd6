"""The bot itself and its chats: getMe, getChat, commands, descriptions, chat actions, files,
close/logOut."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from emulator.errors import bad_request
from emulator.params import Params
from emulator.state import ChatActionRecord

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

COMMAND_PATTERN = re.compile(r"^[a-z0-9_]{1,32}$")
MAX_COMMANDS = 100
MAX_DESCRIPTION_LENGTH = 256
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
"""Bots download files of at most 20 MB through getFile (larger ones: "file is too big")."""
"""Of a command's description."""
MAX_BOT_DESCRIPTION = 512
MAX_BOT_SHORT_DESCRIPTION = 120
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
NO_GIFTS = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}


async def get_me(emulator: BotApiEmulator, params: Params) -> Any:
    """getMe: the bot's User with the bot-only flags."""
    return emulator.bot_profile


async def get_chat(emulator: BotApiEmulator, params: Params) -> Any:
    """getChat: a ChatFullInfo with the fields PTB requires."""
    chat = emulator.state.chat_for_bot(params.chat_id())
    return {
        **emulator.state.chat_json(chat),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": NO_GIFTS,
    }


def _scope_key(params: Params) -> str:
    scope = params.get_json("scope") or {"type": "default"}
    return f"{json.dumps(scope, sort_keys=True)}|{params.get_str('language_code', '')}"


async def set_my_commands(emulator: BotApiEmulator, params: Params) -> Any:
    """setMyCommands: 1–32 lowercase characters per command, 1–256 per description."""
    commands = params.get_json("commands")
    if not isinstance(commands, list) or len(commands) > MAX_COMMANDS:
        raise bad_request("commands must be an Array of at most 100 BotCommand")
    cleaned = []
    for command in commands:
        name = str(command.get("command", "")) if isinstance(command, dict) else ""
        description = str(command.get("description", "")) if isinstance(command, dict) else ""
        if not COMMAND_PATTERN.match(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(description) <= MAX_DESCRIPTION_LENGTH:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID" if description else
                              "command description is empty")
        cleaned.append({"command": name, "description": description})
    emulator.state.commands[_scope_key(params)] = cleaned
    emulator.state.changed()
    return True


async def get_my_commands(emulator: BotApiEmulator, params: Params) -> Any:
    """getMyCommands: what was set for the scope and language."""
    return emulator.state.commands.get(_scope_key(params), [])


async def delete_my_commands(emulator: BotApiEmulator, params: Params) -> Any:
    """deleteMyCommands: forget the scope's commands."""
    emulator.state.commands.pop(_scope_key(params), None)
    emulator.state.changed()
    return True


async def set_my_description(emulator: BotApiEmulator, params: Params) -> Any:
    """setMyDescription: 0–512 characters, shown in an empty chat; "" removes it."""
    return _set_description(emulator, params, "description", MAX_BOT_DESCRIPTION)


async def set_my_short_description(emulator: BotApiEmulator, params: Params) -> Any:
    """setMyShortDescription: 0–120 characters, on the profile page and with shared links."""
    return _set_description(emulator, params, "short_description", MAX_BOT_SHORT_DESCRIPTION)


async def get_my_description(emulator: BotApiEmulator, params: Params) -> Any:
    """getMyDescription: the language's own description, else the default one."""
    return {"description": _description_for(emulator.state.descriptions, params)}


async def get_my_short_description(emulator: BotApiEmulator, params: Params) -> Any:
    """getMyShortDescription: the language's own short description, else the default one."""
    return {"short_description": _description_for(emulator.state.short_descriptions, params)}


def _set_description(emulator: BotApiEmulator, params: Params, field: str, limit: int) -> bool:
    text = params.get_str(field) or ""
    if len(text) > limit:
        raise bad_request(f"{field} is too long")
    store = (
        emulator.state.descriptions if field == "description"
        else emulator.state.short_descriptions
    )  # fmt: skip
    language = params.get_str("language_code") or ""
    if text:
        store[language] = text
    else:
        store.pop(language, None)
    emulator.state.changed()
    return True


def _description_for(store: dict[str, str], params: Params) -> str:
    language = params.get_str("language_code") or ""
    return store.get(language, store.get("", ""))


async def send_chat_action(emulator: BotApiEmulator, params: Params) -> Any:
    """sendChatAction: checked, then recorded (with the chat's last message at that moment)."""
    chat = emulator.state.chat_to_send(params.chat_id())
    action = params.get_str("action")
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    last = chat.message_ids[-1] if chat.message_ids else 0
    emulator.state.chat_actions.append(ChatActionRecord(chat.id, action, last))
    emulator.state.changed()
    return True


async def get_file(emulator: BotApiEmulator, params: Params) -> Any:
    """getFile: where a file can be downloaded; like Telegram, bots get at most 20 MB."""
    stored = emulator.state.files.get(params.get_str("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    if len(stored.content) > MAX_DOWNLOAD_BYTES:
        raise bad_request("file is too big")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.content),
        "file_path": stored.file_path,
    }


async def close_or_log_out(emulator: BotApiEmulator, params: Params) -> Any:
    """close / logOut: nothing to release in the emulator."""
    return True


METHODS = {
    "getMe": get_me,
    "getChat": get_chat,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setMyDescription": set_my_description,
    "getMyDescription": get_my_description,
    "setMyShortDescription": set_my_short_description,
    "getMyShortDescription": get_my_short_description,
    "sendChatAction": send_chat_action,
    "getFile": get_file,
    "close": close_or_log_out,
    "logOut": close_or_log_out,
}
