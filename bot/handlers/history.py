"""/history: the runner's days as a chart, plus adherence and an injury-friendly streak.

    /history ──> chart (from the first data point, up to 4 weeks) + figures
                  └─ [✓ 4 weeks] [12 weeks] (once there is older data) ──> chart redrawn in place
"""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import InlineKeyboardMarkup, InputMediaPhoto, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.content import Content, SafeHtml, join_html
from bot.domain.units import Units
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    consenting_user,
    keyboard,
    label,
    language,
    runtime,
    say,
    text,
    uploading_photo,
)
from bot.render.history_chart import chart_labels, history_chart
from bot.services import history as history_service
from bot.services.chart_data import WINDOWS, ChartData
from bot.services.history import History
from bot.storage import users

PREFIX = "hi"
TOKEN = "0"
SPAN = "span"
SPAN_BUTTONS = {28: "history.span_4w_button", 84: "history.span_12w_button"}


def history_text(history: History, content: Content, lang: str | None) -> SafeHtml:
    """Heading, reminders done of sent (per kind), check-ins answered, and the streak."""
    figures = history.adherence
    lines = [content.text("history.heading", lang, days=history.chart.days)]
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


def _span_markup(update: Update, context: Context, data: ChartData) -> InlineKeyboardMarkup | None:
    """4 weeks / 12 weeks, the one shown ticked; none while all data fits in 4 weeks."""
    if not data.has_older:
        return None
    buttons = []
    for window, key in SPAN_BUTTONS.items():
        caption = label(context, update, key)
        if window == data.window:
            caption = label(context, update, "history.span_shown_button", span=caption)
        buttons.append(button(caption, Callback(PREFIX, TOKEN, SPAN, str(window))))
    return keyboard([buttons])


async def _chart(
    update: Update, context: Context, history: History, units: Units
) -> tuple[bytes, str]:
    """The chart PNG (rendered off the event loop, "sending a photo…" meanwhile) and caption."""
    rt = runtime(context)
    lang = language(update, context)
    await uploading_photo(update)
    labels = chart_labels(rt.content, lang, units)
    picture = await asyncio.to_thread(history_chart, history.chart, labels)
    caption = rt.content.text("history.chart_caption", lang, days=history.chart.days)
    return picture, caption


async def history_command(update: Update, context: Context) -> None:
    """/history: a PNG chart of every answer, runs and knee status, then the figures."""
    rt = runtime(context)
    assert update.effective_user is not None and update.effective_chat is not None
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        history = await history_service.load(session, user, now)
        units = user.units
    if not history.has_data:
        await say(update, text(context, update, "history.empty"))
        return
    picture, caption = await _chart(update, context, history, units)
    markup = _span_markup(update, context, history.chart)
    await update.effective_chat.send_photo(picture, caption=caption, reply_markup=markup)
    await say(update, history_text(history, rt.content, language(update, context)))


async def span_pressed(update: Update, context: Context) -> None:
    """4 weeks / 12 weeks under the chart: the chart redrawn over that span, in place."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    window = int(parsed.argument) if parsed and parsed.argument.isdigit() else None
    if parsed is None or parsed.action != SPAN or window not in WINDOWS or query.message is None:
        await answer(update, text(context, update, "errors.unknown_button_press"))
        return
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        if user is None or user.consent != "given":
            await answer(update, text(context, update, "errors.need_consent"), alert=True)
            return
        history = await history_service.load(session, user, rt.clock.now(), window)
        units = user.units
    await answer(update)
    if not history.has_data:
        return
    picture, caption = await _chart(update, context, history, units)
    markup = _span_markup(update, context, history.chart)
    try:
        media = InputMediaPhoto(picture, caption=caption)
        await query.edit_message_media(media, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(
        CommandHandler("history", history_command, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(span_pressed, pattern=rf"^{PREFIX}:"))
