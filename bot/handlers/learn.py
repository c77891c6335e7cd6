"""/learn: short cards (soreness or pain, when to see a doctor, rest, surfaces, body weight,
painkillers, braces, shoes, cadence), one message edited in place with Back / Next / Done."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    edit_or_send,
    keyboard,
    label,
    language,
    runtime,
    say,
    text,
)
from bot.services import learn

PREFIX = "lrn"
DONE = "done"


def render(update: Update, context: Context, index: int) -> tuple[str, InlineKeyboardMarkup]:
    """A card with « Back (not on the first), Next » (not on the last) and Done (on the last)."""
    index = learn.clamp(index)
    row = []
    if index > 0:
        row.append(button(label(context, update, "learn.back_button"),
                          Callback(PREFIX, "0", str(index - 1))))  # fmt: skip
    if index + 1 < len(learn.CARDS):
        row.append(button(label(context, update, "learn.next_button"),
                          Callback(PREFIX, "0", str(index + 1))))  # fmt: skip
    else:
        row.append(button(label(context, update, "learn.done_button"), Callback(PREFIX, "0", DONE)))
    body = learn.card(runtime(context).content, language(update, context), index)
    return body, keyboard([row])


async def learn_command(update: Update, context: Context) -> None:
    """/learn: the first card."""
    body, markup = render(update, context, 0)
    await say(update, body, markup)


async def learn_pressed(update: Update, context: Context) -> None:
    """Back, Next or Done: the card changes in place (no data read or stored)."""
    query = update.callback_query
    assert query is not None
    parsed = Callback.parse(query.data)
    await answer(update)
    message_id = query.message.message_id if query.message is not None else None
    if parsed is not None and parsed.action == DONE:
        await edit_or_send(update, context, message_id, text(context, update, "learn.finished"))
        return
    index = int(parsed.action) if parsed is not None and parsed.action.isdigit() else 0
    body, markup = render(update, context, index)
    await edit_or_send(update, context, message_id, body, markup)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(
        CommandHandler("learn", learn_command, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(learn_pressed, pattern=rf"^{PREFIX}:"))
