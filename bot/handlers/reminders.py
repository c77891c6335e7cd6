"""Reminder buttons (Done, Snooze, Skip, new shoes), /pause and /resume."""

from __future__ import annotations

from typing import Any

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.handlers.common import (
    Callback,
    Context,
    answer,
    consenting_user,
    local_text,
    runtime,
    say,
    text,
)
from bot.render.reminder_markup import REMINDER_PREFIX, SHOES_PREFIX
from bot.services import reminder_answers
from bot.services.reminder_answers import StaleReminderError
from bot.storage import deliveries, plans, users
from scheduler.planning import local_date


async def reminder_pressed(update: Update, context: Context) -> None:
    """Done / Snooze / Skip: recorded once, acknowledged in a toast and under the reminder."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    rt = runtime(context)
    now = rt.clock.now()
    try:
        if parsed is None or not parsed.token.isdigit():
            raise StaleReminderError(0)
        async with rt.sessions_begin() as session:
            user = await users.get(session, update.effective_user.id)
            response, again = await reminder_answers.answer_reminder(
                session, update.effective_user.id, int(parsed.token), parsed.action, now
            )
            zone = user.timezone if user else None
    except StaleReminderError:
        await answer(update, text(context, update, "reminders.ack.too_late"))
        return
    if again is not None:
        notice = text(context, update, "reminders.ack.snoozed", time=local_text(again, zone))
    else:
        notice = text(context, update, f"reminders.ack.{response}")
    await answer(update, notice)
    if isinstance(query.message, Message) and query.message.text is not None:
        # The answer goes under the reminder, whose buttons go: one edit, no extra message.
        await query.edit_message_text(f"{query.message.text_html}\n\n{notice}", reply_markup=None)


async def new_shoes_pressed(update: Update, context: Context) -> None:
    """ "I got new shoes": reset the distance and age count."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        plan = await plans.get(session, update.effective_user.id)
        if plan is None:
            await answer(update, text(context, update, "reminders.ack.too_late"))
            return
        plan.shoe_km = 0.0
        user = await users.get(session, update.effective_user.id)
        plan.shoe_since = local_date(rt.clock.now(), (user.timezone if user else None) or "UTC")
    await answer(update)
    await say(update, text(context, update, "shoes.reset_done"))


async def pause_command(update: Update, context: Context) -> None:
    """/pause [days]: stop reminders for N days or until /resume."""
    rt = runtime(context)
    assert update.effective_user is not None
    days = None
    if context.args and context.args[0].isdigit():
        days = max(1, min(int(context.args[0]), 365))
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        changed = reminder_answers.pause(user, rt.clock.now(), days)
    await say(update, text(context, update, "pause.done" if changed else "pause.already"))


async def resume_command(update: Update, context: Context) -> None:
    """/resume: reminders back on, with when the next one comes."""
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        if not reminder_answers.resume(user, rt.clock.now()):
            await say(update, text(context, update, "resume.not_paused"))
            return
        upcoming = await deliveries.pending_for_user(session, user.id)
    when = local_text(upcoming[0].due_at, user.timezone, "%a %H:%M") if upcoming else "—"
    await say(update, text(context, update, "resume.done", next_time=when))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CallbackQueryHandler(reminder_pressed, pattern=rf"^{REMINDER_PREFIX}:"))
    application.add_handler(CallbackQueryHandler(new_shoes_pressed, pattern=rf"^{SHOES_PREFIX}:"))
    application.add_handler(CommandHandler("pause", pause_command, filters=private))
    application.add_handler(CommandHandler("resume", resume_command, filters=private))
