"""Photos, documents and polls: uploads kept as bytes, polls with per-user votes."""

from __future__ import annotations

import hashlib
import struct
from typing import TYPE_CHECKING, Any

from emulator.errors import bad_request
from emulator.markup import parse_text
from emulator.methods.common import caption, deliver, reply_markup, target_message
from emulator.methods.messages import apply_edit
from emulator.params import Params
from emulator.state import PollRecord, StoredFile

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

MAX_QUESTION_LENGTH = 300
MAX_OPTION_LENGTH = 100
MIN_OPTIONS = 2
MAX_OPTIONS = 12
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _stored_file(emulator: BotApiEmulator, params: Params, name: str) -> StoredFile:
    """The uploaded part, an attach:// reference, a known file_id or a URL."""
    upload = params.files.get(name)
    reference = params.get_str(name) or ""
    if upload is None and reference.startswith("attach://"):
        upload = params.files.get(reference.removeprefix("attach://"))
    if upload is not None:
        content, file_name, mime_type = upload.content, upload.file_name, upload.mime_type
    elif reference in emulator.state.files:
        return emulator.state.files[reference]
    elif reference.startswith(("http://", "https://")):
        content, mime_type = b"", "application/octet-stream"
        file_name = reference.rsplit("/", 1)[-1] or "file"
    else:
        raise bad_request(f"there is no {name} in the request" if not reference else
                          "wrong file identifier/HTTP URL specified")
    unique_id = hashlib.sha1(content + file_name.encode()).hexdigest()[:16]
    stored = StoredFile(emulator.state.new_id("file"), unique_id, content, file_name, mime_type)
    emulator.state.files[stored.file_id] = stored
    return stored


def _image_size(content: bytes) -> tuple[int, int]:
    """Width and height of a PNG; zero for anything else."""
    if content.startswith(PNG_SIGNATURE) and len(content) >= 24:
        width, height = struct.unpack(">II", content[16:24])
        return width, height
    return 0, 0


async def send_photo(emulator: BotApiEmulator, params: Params) -> Any:
    """sendPhoto: the bytes are kept and readable by tests and through getFile."""
    chat = emulator.state.chat_to_send(params.chat_id())
    stored = _stored_file(emulator, params, "photo")
    width, height = _image_size(stored.content)
    size = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "width": width,
        "height": height,
        "file_size": len(stored.content),
    }
    content = {"photo": [size], **caption(params)}
    message = deliver(emulator, "sendPhoto", chat, "photo", content, reply_markup(params))
    return emulator.state.message_json(message)


async def send_document(emulator: BotApiEmulator, params: Params) -> Any:
    """sendDocument: any file, kept with its name and type."""
    chat = emulator.state.chat_to_send(params.chat_id())
    stored = _stored_file(emulator, params, "document")
    document = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_name": stored.file_name,
        "mime_type": stored.mime_type,
        "file_size": len(stored.content),
    }
    content = {"document": document, **caption(params)}
    message = deliver(emulator, "sendDocument", chat, "document", content, reply_markup(params))
    return emulator.state.message_json(message)


async def edit_message_media(emulator: BotApiEmulator, params: Params) -> Any:
    """editMessageMedia: a photo replaced by another photo (new bytes, caption and keyboard)."""
    message = target_message(emulator, params, "message to edit not found")
    media = params.get_json("media")
    if not isinstance(media, dict) or media.get("type") != "photo":
        raise bad_request("can't parse InputMedia: only photos are emulated")
    if message.kind != "photo":
        raise bad_request("there is no media in the message to edit")
    reference = str(media.get("media", ""))
    stored = _stored_file(emulator, Params({"photo": reference}, params.files), "photo")
    width, height = _image_size(stored.content)
    size = {
        "file_id": stored.file_id, "file_unique_id": stored.file_unique_id, "width": width,
        "height": height, "file_size": len(stored.content),
    }  # fmt: skip
    caption_params = {key: media[key] for key in ("caption", "parse_mode") if key in media}
    content = {"photo": [size], "caption": None, "caption_entities": None,
               **caption(Params(caption_params))}  # fmt: skip
    return apply_edit(emulator, message, content, reply_markup(params))


def _poll_options(params: Params) -> list[str]:
    raw = params.get_json("options")
    if not isinstance(raw, list):
        raise bad_request("poll options must be an Array")
    texts = [item.get("text", "") if isinstance(item, dict) else str(item) for item in raw]
    if len(texts) < MIN_OPTIONS:
        raise bad_request("poll must have at least 2 option")
    if len(texts) > MAX_OPTIONS:
        raise bad_request(f"poll can't have more than {MAX_OPTIONS} options")
    for text in texts:
        if not text.strip():
            raise bad_request("poll options must be non-empty")
        if len(text) > MAX_OPTION_LENGTH:
            raise bad_request(f"poll options length must not exceed {MAX_OPTION_LENGTH}")
    return texts


async def send_poll(emulator: BotApiEmulator, params: Params) -> Any:
    """sendPoll: regular or quiz, anonymous unless is_anonymous=false."""
    chat = emulator.state.chat_to_send(params.chat_id())
    raw_question = params.get_str("question") or ""
    question, _ = parse_text(raw_question, params.get_str("question_parse_mode"))
    if not question.strip():
        raise bad_request("poll question must be non-empty")
    if len(question) > MAX_QUESTION_LENGTH:
        raise bad_request(f"poll question length must not exceed {MAX_QUESTION_LENGTH}")
    texts = _poll_options(params)
    poll_id = emulator.state.new_id("poll")
    poll = PollRecord(
        id=poll_id,
        chat_id=chat.id,
        message_id=0,
        question=question,
        options=[
            {"text": text, "persistent_id": f"{poll_id}-{index}"}
            for index, text in enumerate(texts)
        ],
        is_anonymous=params.get_bool("is_anonymous", default=True),
        allows_multiple_answers=params.get_bool("allows_multiple_answers"),
        poll_type=params.get_str("type", "regular") or "regular",
        is_closed=params.get_bool("is_closed"),
    )
    emulator.state.polls[poll_id] = poll
    message = deliver(emulator, "sendPoll", chat, "poll", {}, reply_markup(params), poll_id)
    poll.message_id = message.message_id
    return emulator.state.message_json(message)


async def stop_poll(emulator: BotApiEmulator, params: Params) -> Any:
    """stopPoll: close the poll and return its final state."""
    message = target_message(emulator, params, "message with poll to stop not found")
    if message.poll_id is None or message.sender != "bot":
        raise bad_request("message with poll to stop not found")
    poll = emulator.state.polls[message.poll_id]
    if poll.is_closed:
        raise bad_request("poll has already been closed")
    poll.is_closed = True
    if params.has("reply_markup"):
        message.reply_markup = reply_markup(params)
    emulator.state.changed()
    emulator.queue.push("poll", poll.to_json())
    return poll.to_json()


METHODS = {
    "sendPhoto": send_photo,
    "editMessageMedia": edit_message_media,
    "sendDocument": send_document,
    "sendPoll": send_poll,
    "stopPoll": stop_poll,
}
