"""Reminder buttons (Done, Snooze, Skip, new shoes), /pause and /resume."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.handlers.common import Callback, Context, answer, runtime, say, text
from bot.services import reminder_answers
from bot.services.composer import REMINDER_PREFIX, SHOES_PREFIX
from bot.services.reminder_answers import StaleReminderError
from bot.storage import plans, users


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
            zone = ZoneInfo((user.timezone if user else None) or "UTC")
    except StaleReminderError:
        await answer(update, text(context, update, "reminders.ack.too_late"))
        return
    if again is not None:
        notice = text(
            context, update, "reminders.ack.snoozed", time=again.astimezone(zone).strftime("%H:%M")
        )
    else:
        notice = text(context, update, f"reminders.ack.{response}")
    await answer(update, notice)
    if query.message is not None:
        await query.edit_message_reply_markup(None)
        await say(update, notice)


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
        plan.shoe_since = rt.clock.now().date()
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
        user = await users.get(session, update.effective_user.id)
        if user is None or user.consent != "given":
            await say(update, text(context, update, "errors.need_consent"))
            return
        changed = reminder_answers.pause(user, rt.clock.now(), days)
    await say(update, text(context, update, "pause.done" if changed else "pause.already"))


async def resume_command(update: Update, context: Context) -> None:
    """/resume: reminders back on."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        if user is None or user.consent != "given":
            await say(update, text(context, update, "errors.need_consent"))
            return
        was_paused = reminder_answers.resume(user, rt.clock.now())
    key = "resume.done" if was_paused else "resume.not_paused"
    await say(
        update,
        text(context, update, key, next_time="—") if was_paused else text(context, update, key),
    )


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CallbackQueryHandler(reminder_pressed, pattern=rf"^{REMINDER_PREFIX}:"))
    application.add_handler(CallbackQueryHandler(new_shoes_pressed, pattern=rf"^{SHOES_PREFIX}:"))
    application.add_handler(CommandHandler("pause", pause_command, filters=private))
    application.add_handler(CommandHandler("resume", resume_command, filters=private))
