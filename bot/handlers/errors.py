"""One error handler: known harmless Telegram errors are ignored, the user always gets an answer."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError, StatementError
from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application

from bot.handlers.common import Context, answer, language, runtime, say

log = logging.getLogger(__name__)
HARMLESS = ("message is not modified", "query is too old")
# What drivers say about a database error besides its message, naming no stored value.
SAFE_ERROR_CODES = ("sqlite_errorname", "sqlstate", "constraint_name")


async def on_error(update: object, context: Context) -> None:
    """Log with context (never message texts), then tell the user nothing was lost."""
    error = context.error
    if isinstance(error, BadRequest) and any(part in str(error) for part in HARMLESS):
        return
    if isinstance(error, Forbidden):
        log.info("a user blocked the bot while we answered: %s", error)
        return
    kind = "update" if isinstance(update, Update) else "job"
    if error is not None and _involves_the_database(error):
        log.error("database error while handling an %s:\n%s", kind, _without_messages(error))
    else:
        log.error("error while handling an %s: %r", kind, error, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    busy = isinstance(error, OperationalError | DBAPIError | ConnectionError | OSError)
    key = "errors.busy" if busy else "errors.internal"
    lang = language(update, context)
    try:
        notice = runtime(context).content.text(key, lang)
        await answer(update, notice)
        if update.callback_query is None:
            await say(update, notice)
    except TelegramError:
        log.warning("could not tell the user about the error")


def _chain(error: BaseException) -> list[BaseException]:
    """`error` and the exceptions it was raised from or while handling, outermost first."""
    chain: list[BaseException] = []
    link: BaseException | None = error
    while link is not None and all(link is not seen for seen in chain):
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    return chain


def _involves_the_database(error: BaseException) -> bool:
    return any(isinstance(link, StatementError) for link in _chain(error))


def _without_messages(error: BaseException) -> str:
    """The traceback with every exception message left out, the SQL statement kept.

    A database error's message can carry stored values even with hide_parameters: PostgreSQL's
    DETAIL repeats the duplicate key or the whole failing row.
    """
    blocks = []
    for link in reversed(_chain(error)):
        name = f"{type(link).__module__}.{type(link).__qualname__}"
        codes = [f"{a}={v}" for a in SAFE_ERROR_CODES if (v := getattr(link, a, None)) is not None]
        summary = f"{name} (message withheld{''.join(f'; {code}' for code in codes)})"
        if isinstance(link, StatementError):
            summary += f"\n[SQL: {link.statement}]"
        frames = "".join(traceback.format_tb(link.__traceback__))
        blocks.append(f"Traceback (most recent call last):\n{frames}{summary}")
    return "\n\nwhich led to:\n\n".join(blocks)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_error_handler(on_error)
