"""Who may use admin commands: `ADMIN_IDS` only; everyone else learns nothing."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update

from bot.handlers.common import Context, runtime, say, text
from bot.storage import users

Handler = Callable[[Update, Context], Awaitable[None]]


def is_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    return user is not None and user.id in runtime(context).settings.admin_ids


def admin_only(command: Handler) -> Handler:
    """Run the command for admins; anyone else gets the ordinary unknown-command answer."""

    @functools.wraps(command)
    async def guarded(update: Update, context: Context) -> None:
        if not is_admin(update, context):
            await say(update, text(context, update, "errors.unknown_command"))
            return
        await command(update, context)

    return guarded


async def touch_admin(session: Any, update: Update, context: Context) -> None:
    """Flows belong to a user row: an admin who never sent /start gets one (no consent)."""
    tg_user, chat = update.effective_user, update.effective_chat
    assert tg_user is not None and chat is not None
    now = runtime(context).clock.now()
    await users.touch(session, tg_user.id, chat.id, tg_user.language_code, now)
