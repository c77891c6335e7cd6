"""Before every feature: updates that name no person are dropped, silently and without a trace.

Every handler serves a person (`update.effective_user`): a message, a button press, a poll
answer, a block. Telegram may still send such an update without one: a private message
without `from` (a self-hosted or older Bot API server), a group message from an anonymous admin
or a channel, a poll answer by a chat, and the bare `{"update_id": N}` that stands in for an
update python-telegram-bot could not read (see `bot.incoming`). Nothing could be answered to
them on the person's behalf, so they stop here, in group -2, before any handler or the language
loader runs.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.handlers.common import Context

log = logging.getLogger(__name__)
GUARD_GROUP = -2


async def drop_without_person(update: Update, _context: Context) -> None:
    """Stop an update that names no person; everything else goes on to the features."""
    if update.effective_user is None:
        log.debug("update %s names no sender: skipped", update.update_id)
        raise ApplicationHandlerStop


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(TypeHandler(Update, drop_without_person), group=GUARD_GROUP)
