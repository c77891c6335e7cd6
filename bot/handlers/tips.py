"""/tip: one tip now, for the runner's top causes, never the same one twice in a row.

With consent, the tip shown is remembered as a `deliveries` row (kind "tip", state "sent",
content_id = tip id), so the rotation continues from it. Without consent nothing is stored:
the tip changes with the hour instead.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.content import Content, SafeHtml
from bot.domain.vocabulary import Cause
from bot.handlers.common import Context, language, runtime, say
from bot.services.tips import TIP_KIND, TipChoice, next_tip, tip_of_the_hour, tip_pool
from bot.storage import admin as admin_storage
from bot.storage import deliveries, users

log = logging.getLogger(__name__)


def render(content: Content, lang: str | None, tip: TipChoice) -> SafeHtml:
    return content.text("tip.text", lang, tip=tip.text, source=tip.source)


async def tip_command(update: Update, context: Context) -> None:
    """/tip: one tip now, rendered with its source."""
    rt = runtime(context)
    assert update.effective_user is not None
    lang = language(update, context)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        consented = user is not None and user.consent == "given"
        top = user.top_causes.split(",") if consented and user is not None else []
        served_in = rt.content.resolve_language(lang)
        admin_tips = {
            cause: await admin_storage.tips_for(session, cause, served_in) for cause in Cause
        }
        pool = tip_pool(rt.content, lang, [cause.strip() for cause in top], admin_tips)
        if not consented or user is None:
            tip = tip_of_the_hour(pool, now)
        else:
            tip = next_tip(pool, await deliveries.last_content_id(session, user.id, TIP_KIND))
            await deliveries.remember_sent(session, user.id, TIP_KIND, tip.id, now)
    await say(update, render(rt.content, lang, tip))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(CommandHandler("tip", tip_command, filters=filters.ChatType.PRIVATE))
