"""What no feature claimed: typed answers inside flows, unknown commands, stray text, photos,
stickers and files other than activity files, and buttons no feature knows."""

from __future__ import annotations

import logging
from typing import Any

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import Application, MessageHandler, filters

from bot.commands import ALL_COMMANDS
from bot.handlers import location_keyboard
from bot.handlers.activities import ACTIVITY_DOCUMENT
from bot.handlers.common import Context, answer, is_private, runtime, say, text
from bot.handlers.distance import typed_distance, typed_run_distance
from bot.handlers.text_steps import text_step_for
from bot.storage import flows

log = logging.getLogger(__name__)
FALLBACK_GROUP = 1


async def typed_text(update: Update, context: Context) -> None:
    """Route typed text (or a shared location) to the active flow; otherwise a friendly hint."""
    if not is_private(update) or update.effective_user is None:
        return
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        flow = await flows.get(session, update.effective_user.id)
    pin = update.effective_message.location if update.effective_message else None
    if pin is not None and not location_keyboard.is_asked(flow):
        # A pin outside the time-zone step (say, the location keyboard of a step left for
        # another flow): the keyboard goes, and the runner learns where a location is used.
        body = text(context, update, "plan.timezone.location_elsewhere")
        await say(update, body, ReplyKeyboardRemove())
        return
    step = text_step_for(flow.name) if flow is not None else None
    if flow is not None and step is not None:
        await step(update, context, flow)  # the step reloads and saves what it changes
        return
    async with rt.sessions_begin() as session:
        reply = await typed_distance(update, context, session) or await typed_run_distance(
            update, context, session
        )
    await say(update, reply or text(context, update, "errors.free_text"))  # after the commit


KNOWN_COMMANDS = frozenset(command.name for command in ALL_COMMANDS)


async def unknown_command(update: Update, context: Context) -> None:
    """Any /command no feature knows (admin commands are answered by the admin module)."""
    message = update.effective_message
    if not is_private(update) or message is None or not message.text:
        return
    name = message.text.split()[0].lstrip("/").split("@")[0].lower()
    if name not in KNOWN_COMMANDS:
        await say(update, text(context, update, "errors.unknown_command"))


async def not_text(update: Update, context: Context) -> None:
    """A photo, voice message, sticker or file: what the bot understands instead."""
    await say(update, text(context, update, "errors.not_text"))


async def unknown_button(update: Update, context: Context) -> None:
    """A press no feature's pattern matched (an old or forged button): answered, nothing changes.

    Registered last in group 0 by `bot.handlers.register_all`, so it sees only unclaimed presses.
    """
    log.info("answered a button press no feature claims")  # never the data: it is client input
    await answer(update, text(context, update, "errors.unknown_button_press"))


async def group_message(update: Update, context: Context) -> None:
    """Commands in groups: knee questions are personal, so ask for a private chat."""
    await say(update, text(context, update, "errors.group_chat"))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(
        MessageHandler(private & (filters.TEXT | filters.LOCATION) & ~filters.COMMAND, typed_text),
        group=FALLBACK_GROUP,
    )
    application.add_handler(
        MessageHandler(private & filters.COMMAND, unknown_command), group=FALLBACK_GROUP
    )
    application.add_handler(
        MessageHandler(filters.ChatType.GROUPS & filters.COMMAND, group_message),
        group=FALLBACK_GROUP,
    )
    # New messages only (not edits), and not service messages such as a pinned message; activity
    # files are answered by bot.handlers.activities, every other document here.
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & private & ~filters.TEXT & ~filters.LOCATION
            & ~filters.StatusUpdate.ALL & ~ACTIVITY_DOCUMENT,
            not_text,
        ),
        group=FALLBACK_GROUP,
    )  # fmt: skip
