"""A tiny real PTB Application polling the emulator: /start, a button, an answer and an edit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)

from emulator import BotApiEmulator

from .conftest import TOKEN

USER_ID = 42
AnyApplication = Application[Any, Any, Any, Any, Any, Any]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets with one button."""
    assert update.message is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Knees OK", callback_data="ok")]])
    await update.message.reply_text("hello", reply_markup=keyboard)


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers the press and edits the message."""
    query = update.callback_query
    assert query is not None
    await query.answer("Glad to hear")
    await query.edit_message_text(f"You said: {query.data}")


@pytest.fixture
async def application(emulator: BotApiEmulator) -> AsyncIterator[AnyApplication]:
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(emulator.base_url)
        .base_file_url(emulator.file_base_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        yield app
        await app.updater.stop()
        await app.stop()


async def test_start_then_button_press(
    emulator: BotApiEmulator, application: AnyApplication
) -> None:
    runner = emulator.user(USER_ID, first_name="Ana")

    await runner.send_command("/start")
    greeting = await runner.next_bot_message()
    query_id = await runner.press_button(greeting, text="Knees OK")
    answer = await runner.wait_callback_answered(query_id)
    edited = await runner.wait_for_edit(greeting)

    assert greeting.text == "hello"
    assert greeting.button_texts == ["Knees OK"]
    assert answer.text == "Glad to hear"
    assert edited.text == "You said: ok" and edited.reply_markup is None
    assert [(entry.sender, entry.text) for entry in runner.transcript] == [
        ("user", "/start"), ("bot", "You said: ok")
    ]  # fmt: skip
