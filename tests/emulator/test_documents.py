"""A user sends a file; the bot finds it with getFile and downloads it, as from Telegram."""

from __future__ import annotations

import pytest
from telegram import Bot, Update
from telegram.error import BadRequest

from emulator import BotApiEmulator
from emulator.methods.bot import MAX_DOWNLOAD_BYTES

USER_ID = 42


async def test_a_sent_document_reaches_the_bot_and_downloads_byte_for_byte(
    emulator: BotApiEmulator, bot: Bot
) -> None:
    runner = emulator.user(USER_ID)
    content = bytes(range(256)) * 40

    sent = await runner.send_document(
        content, "morning.fit", mime_type="application/vnd.ant.fit", caption="today"
    )
    updates = await bot.get_updates(timeout=0)
    document = updates[-1].message.document if updates[-1].message else None
    assert isinstance(updates[-1], Update) and document is not None
    downloaded = await (await bot.get_file(document.file_id)).download_as_bytearray()

    assert (document.file_name, document.mime_type) == ("morning.fit", "application/vnd.ant.fit")
    assert document.file_size == len(content)
    assert updates[-1].message is not None and updates[-1].message.caption == "today"
    assert bytes(downloaded) == content
    assert sent.kind == "document" and sent.sender == "user"


async def test_a_file_over_20_mb_cannot_be_fetched(emulator: BotApiEmulator, bot: Bot) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_document(b"\0" * (MAX_DOWNLOAD_BYTES + 1), "huge.gpx")
    updates = await bot.get_updates(timeout=0)
    document = updates[-1].message.document if updates[-1].message else None
    assert document is not None and document.file_size == MAX_DOWNLOAD_BYTES + 1

    with pytest.raises(BadRequest, match="too big"):
        await bot.get_file(document.file_id)
