"""Admin commands besides broadcasts: /stats (text and a chart) and /addtip."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.domain.vocabulary import Cause
from bot.handlers.admin_access import admin_only, is_admin, touch_admin
from bot.handlers.common import Context, language, runtime, say, text, uploading_photo
from bot.handlers.text_steps import register_text_step
from bot.render.charts_stats import chart_labels, stats_chart, stats_message
from bot.services import stats
from bot.storage import admin as admin_storage
from bot.storage import flows
from bot.storage.models import Flow

TIP_FLOW = "addtip"


MAX_TIP_CHARACTERS = 600
"""A tip is a line or two in a reminder; also far below Fluent's 2,500-character placeable."""
MAX_SOURCE_CHARACTERS = 200
"""The `tips.source` column's size."""


def parse_tip_lines(message: str) -> tuple[str, str, str] | None:
    """(cause, text, source) from three non-empty lines of sensible length, or None."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    if len(lines) != 3 or lines[0].upper() not in {cause.value for cause in Cause}:
        return None
    if len(lines[1]) > MAX_TIP_CHARACTERS or len(lines[2]) > MAX_SOURCE_CHARACTERS:
        return None
    return lines[0].upper(), lines[1], lines[2]


# ── /stats ────────────────────────────────────────────────────────────────────


async def stats_command(update: Update, context: Context) -> None:
    """Users, funnel, causes, adherence and weekly trends, as text and as a chart."""
    rt = runtime(context)
    assert update.effective_user is not None and update.effective_chat is not None
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        numbers = await stats.collect(session, now)
        await admin_storage.record(session, update.effective_user.id, "stats", now)
    lang = language(update, context)
    await say(update, stats_message(numbers, rt.content, lang))
    await uploading_photo(update)
    picture = await asyncio.to_thread(stats_chart, numbers, chart_labels(rt.content, lang))
    caption = rt.content.text(
        "admin.stats_report.chart_caption", lang, date=now.strftime("%Y-%m-%d")
    )
    await update.effective_chat.send_photo(picture, caption=caption)


# ── /addtip ───────────────────────────────────────────────────────────────────


async def addtip_command(update: Update, context: Context) -> None:
    """Add a tip given after the command, or ask for it (cause, text, source)."""
    message = update.effective_message
    assert message is not None and update.effective_user is not None
    parts = (message.text or "").split(maxsplit=1)
    typed = parts[1] if len(parts) == 2 else ""
    if typed.strip():
        await _add_tip(update, context, typed)
        return
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        await touch_admin(session, update, context)
        await flows.start(session, update.effective_user.id, TIP_FLOW, "text", rt.clock.now())
    await say(update, text(context, update, "admin.tips.prompt", causes=_cause_list()))


async def tip_text(update: Update, context: Context, flow: Flow) -> None:
    """The typed tip for /addtip."""
    message = update.effective_message
    if message is None or not is_admin(update, context):
        return
    if await _add_tip(update, context, message.text or ""):
        async with runtime(context).sessions_begin() as session:
            await flows.finish(session, flow.user_id)


async def _add_tip(update: Update, context: Context, typed: str) -> bool:
    parsed = parse_tip_lines(typed)
    if parsed is None:
        await say(update, text(context, update, "admin.tips.invalid", causes=_cause_list()))
        return False
    cause, tip, source = parsed
    rt = runtime(context)
    now = rt.clock.now()
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        written_in = rt.content.resolve_language(language(update, context))
        row = await admin_storage.add_tip(
            session, cause, tip, source, update.effective_user.id, now, written_in
        )
        await admin_storage.record(
            session,
            update.effective_user.id,
            "addtip",
            now,
            tip_id=row.id,
            cause=cause,
            source=source,
        )
    await say(update, text(context, update, "admin.tips.added", number=str(row.id), cause=cause))
    return True


def _cause_list() -> str:
    return ", ".join(cause.value for cause in Cause)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("stats", admin_only(stats_command), filters=private))
    application.add_handler(CommandHandler("addtip", admin_only(addtip_command), filters=private))
    register_text_step(TIP_FLOW, tip_text)
