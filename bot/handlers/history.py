"""/history: the last four weeks as a chart, plus adherence and an injury-friendly streak."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.content import Content, SafeHtml, join_html
from bot.handlers.common import Context, language, runtime, say, text, uploading_photo
from bot.render.history_chart import chart_labels, history_chart
from bot.services import history as history_service
from bot.services.history import History
from bot.storage import users


def history_text(history: History, content: Content, lang: str | None) -> SafeHtml:
    """Heading, reminders done of sent (per kind), check-ins answered, and the streak."""
    figures = history.adherence
    lines = [content.text("history.heading", lang, days=history_service.WINDOW_DAYS)]
    if figures.sent:
        lines.append(content.text("history.adherence", lang, done=figures.done, sent=figures.sent))
        lines += [
            content.text(
                "history.adherence_kind", lang, kind=content.plain(f"plan.items.{row.kind}", lang),
                done=row.done, sent=row.sent,
            )
            for row in figures.kinds
        ]  # fmt: skip
    else:
        lines.append(content.text("history.no_reminders", lang))
    lines.append(
        content.text(
            "history.checkins", lang,
            answered=figures.checkins_answered, asked=figures.checkins_asked,
        )
    )  # fmt: skip
    lines.append(content.text("history.streak", lang, days=history.streak))
    return join_html(lines)


async def history_command(update: Update, context: Context) -> None:
    """/history: a PNG chart of pain, missing check-ins, runs and km, then the figures."""
    rt = runtime(context)
    assert update.effective_user is not None and update.effective_chat is not None
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        if user is None or user.consent != "given":
            await say(update, text(context, update, "errors.need_consent"))
            return
        history = await history_service.load(session, user, now, rt.content.rules)
    if not history.has_checkins:
        await say(update, text(context, update, "history.empty"))
        return
    lang = language(update, context)
    await uploading_photo(update)
    picture = await asyncio.to_thread(history_chart, history.chart, chart_labels(rt.content, lang))
    caption = rt.content.text("history.chart_caption", lang)
    await update.effective_chat.send_photo(picture, caption=caption)
    await say(update, history_text(history, rt.content, lang))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(
        CommandHandler("history", history_command, filters=filters.ChatType.PRIVATE)
    )
