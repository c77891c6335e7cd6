"""Reminder buttons (Done, Snooze, Skip, new shoes); /pause and /resume live in pause.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler

from bot.domain.knee_status import KneeStatus, may_send
from bot.domain.knee_status import Message as KneeMessage
from bot.domain.vocabulary import ReminderKind
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    local_text,
    remember_chosen_language,
    remember_language,
    runtime,
    say,
    text,
)
from bot.render.reminder_markup import REMINDER_PREFIX, SHOES_PREFIX
from bot.services import reminder_answers
from bot.services.reminder_answers import StaleReminderError
from bot.storage import deliveries, plans, users
from bot.storage.models import Delivery
from scheduler.planning import local_date

LARGEST_DELIVERY_ID = 2**31 - 1
"""deliveries.id is a 32-bit INTEGER on PostgreSQL: a larger number names no delivery."""


def delivery_id(parsed: Callback | None) -> int | None:
    """The delivery id a reminder button carries, or None if no delivery could have it."""
    if parsed is None or not (parsed.token.isascii() and parsed.token.isdigit()):
        return None
    number = int(parsed.token)
    return number if number <= LARGEST_DELIVERY_ID else None


def shoes_reset_since(nudge: Delivery, shoe_since: date | None, zone: str) -> bool:
    """Whether new shoes were noted on or after the day this nudge came (its button is old)."""
    sent = nudge.sent_at or nudge.due_at
    return shoe_since is not None and shoe_since >= local_date(sent, zone)


async def reminder_pressed(update: Update, context: Context) -> None:
    """Done / Snooze / Skip: recorded once, acknowledged in a toast and under the reminder."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    reminder_id = delivery_id(parsed)
    rt = runtime(context)
    now = rt.clock.now()
    try:
        if parsed is None or reminder_id is None:
            raise StaleReminderError(0)
        async with rt.sessions_begin() as session:  # one UPDATE … RETURNING (and a snooze's row)
            answered = await reminder_answers.answer_reminder(
                session, update.effective_user.id, reminder_id, parsed.action, now
            )
    except StaleReminderError:
        await remember_language(update, context)
        await answer(update, text(context, update, "reminders.ack.too_late"))
        return
    remember_chosen_language(context, answered.preferred_language)
    praise = may_send(answered.knee_status or KneeStatus.OK, KneeMessage.PRAISE)
    if answered.again is not None:
        notice = text(
            context, update, "reminders.ack.snoozed",
            time=local_text(context, update, answered.again, answered.timezone),
        )  # fmt: skip
    elif answered.response == "done" and not praise:
        notice = text(context, update, "reminders.ack.noted")  # no "nice work" while runs rest
    else:
        notice = text(context, update, f"reminders.ack.{answered.response}")
    await answer(update, notice)
    if answered.kind == ReminderKind.STRETCH.value and answered.response == "done":
        # "Run done?" → Done: the run's distance may follow as a typed number (optional)
        notice = f"{notice}\n{text(context, update, 'reminders.ack.run_distance')}"
    if isinstance(query.message, Message) and query.message.text is not None:
        # The answer goes under the reminder, whose buttons go: one edit, no extra message.
        await query.edit_message_text(f"{query.message.text_html}\n\n{notice}", reply_markup=None)


async def new_shoes_pressed(update: Update, context: Context) -> None:
    """ "I got new shoes" under a shoe nudge: reset the distance and age count, once per nudge.

    A button of another user's message, of another kind of message, or of a nudge the shoes
    were already reset after is stale: answered, nothing changes.
    """
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    rt = runtime(context)
    user_id = update.effective_user.id
    nudge_id = delivery_id(Callback.parse(query.data))
    async with rt.sessions_begin() as session:
        plan = await plans.get(session, user_id)
        user = await users.get(session, user_id)
        nudge = (
            await deliveries.sent_to_user(session, nudge_id, user_id, ReminderKind.SHOES.value)
            if nudge_id is not None
            else None
        )
        zone = (user.timezone if user else None) or "UTC"
        if plan is None or nudge is None or shoes_reset_since(nudge, plan.shoe_since, zone):
            await answer(update, text(context, update, "reminders.ack.too_late"))
            return
        plan.shoe_km = 0.0
        plan.shoe_since = local_date(rt.clock.now(), zone)
    await answer(update)
    await say(update, text(context, update, "shoes.reset_done"))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(CallbackQueryHandler(reminder_pressed, pattern=rf"^{REMINDER_PREFIX}:"))
    application.add_handler(CallbackQueryHandler(new_shoes_pressed, pattern=rf"^{SHOES_PREFIX}:"))
