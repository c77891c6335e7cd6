"""One error handler: known harmless Telegram errors are ignored, the user always gets an answer."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application

from bot.handlers.common import Context, answer, runtime, say

log = logging.getLogger(__name__)
HARMLESS = ("message is not modified", "query is too old")


async def on_error(update: object, context: Context) -> None:
    """Log with context (never message texts), then tell the user nothing was lost."""
    error = context.error
    if isinstance(error, BadRequest) and any(part in str(error) for part in HARMLESS):
        return
    if isinstance(error, Forbidden):
        log.info("a user blocked the bot while we answered: %s", error)
        return
    kind = "update" if isinstance(update, Update) else "job"
    log.error("error while handling an %s: %r", kind, error, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    busy = isinstance(error, OperationalError | DBAPIError | ConnectionError | OSError)
    key = "errors.busy" if busy else "errors.internal"
    lang = update.effective_user.language_code if update.effective_user else None
    try:
        notice = runtime(context).content.text(key, lang)
        await answer(update, notice)
        if update.callback_query is None:
            await say(update, notice)
    except TelegramError:
        log.warning("could not tell the user about the error")


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_error_handler(on_error)
