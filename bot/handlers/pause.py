"""/pause with a choice of how long, /resume, and the buttons of the pause question.

    /pause ──> [1 day] [3 days] [1 week] [2 weeks] [until I resume] [Cancel]
         │        └─> paused (edited in place); a timed pause announces its own end
         └─ already paused ──> [Resume now] [Keep paused]
    /pause N ──> paused for N days at once (the typed form)
    /resume  ──> reminders back on, with when the next one comes
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    consenting_user,
    edit_or_send,
    keyboard,
    label,
    local_text,
    runtime,
    say,
    text,
)
from bot.render.locale_format import WEEKDAY_DATE_TIME, WEEKDAY_TIME
from bot.services import pausing
from bot.storage import deliveries
from bot.storage.models import User

PREFIX = "pz"
TOKEN = "0"
CHOOSE = "for"
CANCEL = "cancel"
RESUME = "resume"
KEEP = "keep"
LENGTH_LABELS = {
    "1d": "pause.buttons.one_day",
    "3d": "pause.buttons.three_days",
    "1w": "pause.buttons.one_week",
    "2w": "pause.buttons.two_weeks",
    "open": "pause.buttons.until_resumed",
}
LENGTH_ROWS = (("1d", "3d"), ("1w", "2w"), ("open",))


def _choice(context: Context, update: Update, length: str) -> InlineKeyboardButton:
    caption = label(context, update, LENGTH_LABELS[length])
    return button(caption, Callback(PREFIX, TOKEN, CHOOSE, length))


def _lengths_markup(update: Update, context: Context) -> InlineKeyboardMarkup:
    rows = [[_choice(context, update, length) for length in row] for row in LENGTH_ROWS]
    cancel_caption = label(context, update, "common.cancel_button")
    cancel = button(cancel_caption, Callback(PREFIX, TOKEN, CANCEL))
    return keyboard([*rows, [cancel]])


def _paused_markup(update: Update, context: Context) -> InlineKeyboardMarkup:
    resume_caption = label(context, update, "pause.buttons.resume_now")
    resume = button(resume_caption, Callback(PREFIX, TOKEN, RESUME))
    keep = button(label(context, update, "pause.buttons.keep"), Callback(PREFIX, TOKEN, KEEP))
    return keyboard([[resume, keep]])


def _paused_text(context: Context, update: Update, user: User, *, just_now: bool) -> str:
    """How the pause stands: until when, or until /resume."""
    if user.paused_indefinitely or user.paused_until is None:
        return text(context, update, "pause.done" if just_now else "pause.already")
    until = local_text(context, update, user.paused_until, user.timezone, WEEKDAY_DATE_TIME)
    key = "pause.done_until" if just_now else "pause.already_until"
    return text(context, update, key, until=until)


async def pause_command(update: Update, context: Context) -> None:
    """/pause: ask for how long (or /pause N: N days at once); paused already: offer resuming."""
    rt = runtime(context)
    now = rt.clock.now()
    typed_days = int(context.args[0]) if context.args and context.args[0].isdigit() else None
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        if pausing.is_paused(user, now):
            body = _paused_text(context, update, user, just_now=False)
            markup: InlineKeyboardMarkup | None = _paused_markup(update, context)
        elif typed_days is not None:
            await pausing.pause(session, user, now, typed_days)
            body, markup = _paused_text(context, update, user, just_now=True), None
        else:
            body, markup = text(context, update, "pause.question"), _lengths_markup(update, context)
    await say(update, body, markup)


async def pause_pressed(update: Update, context: Context) -> None:
    """A button of the pause question: pause for that long, resume, keep, or cancel (in place)."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    await answer(update)
    message_id = query.message.message_id if query.message else None
    if parsed is None:
        return
    if parsed.action == CANCEL:
        await edit_or_send(update, context, message_id, text(context, update, "pause.cancelled"))
        return
    rt = runtime(context)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        body = await _apply(session, user, parsed, now, context, update)
    if body is not None:
        await edit_or_send(update, context, message_id, body)


async def _apply(
    session: AsyncSession, user: User, parsed: Callback, now: datetime,
    context: Context, update: Update,
) -> str | None:  # fmt: skip
    """Carry out one pressed button; the text the question turns into, or None if unknown."""
    if parsed.action == CHOOSE and parsed.argument in pausing.PAUSE_LENGTHS:
        changed = await pausing.pause(session, user, now, pausing.PAUSE_LENGTHS[parsed.argument])
        return _paused_text(context, update, user, just_now=changed)
    if parsed.action == RESUME:
        if not await pausing.resume(session, user, now):
            return text(context, update, "resume.not_paused")
        return await _resumed_text(session, user, context, update)
    if parsed.action == KEEP:
        if pausing.is_paused(user, now):
            return _paused_text(context, update, user, just_now=False)
        return text(context, update, "resume.not_paused")
    return None


async def _resumed_text(session: AsyncSession, user: User, context: Context, update: Update) -> str:
    upcoming = pausing.next_reminder(await deliveries.pending_for_user(session, user.id))
    when = "—"
    if upcoming is not None:
        when = local_text(context, update, upcoming.due_at, user.timezone, WEEKDAY_TIME)
    return text(context, update, "resume.done", next_time=when)


async def resume_command(update: Update, context: Context) -> None:
    """/resume: reminders back on, with when the next one comes."""
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        if not await pausing.resume(session, user, rt.clock.now()):
            body = text(context, update, "resume.not_paused")
        else:
            body = await _resumed_text(session, user, context, update)
    await say(update, body)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("pause", pause_command, filters=private))
    application.add_handler(CommandHandler("resume", resume_command, filters=private))
    application.add_handler(CallbackQueryHandler(pause_pressed, pattern=rf"^{PREFIX}:"))
