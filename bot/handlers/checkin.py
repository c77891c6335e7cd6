"""Check-ins: poll answers, /checkin, and the red-flag and walking-pain buttons."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    PollAnswerHandler,
    filters,
)

from bot.domain.units import Units
from bot.domain.vocabulary import ReminderKind
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    consenting_user,
    language,
    runtime,
    say,
    text,
)
from bot.handlers.status import show_worry_list
from bot.render.reminder_markup import CHECKIN_PREFIX, ESCALATION_PREFIX
from bot.render.units import distance_text
from bot.services import checkins as checkin_service
from bot.services.checkins import CheckinOutcome, PollOptionError
from bot.services.composer import ReminderComposer
from bot.storage import checkins as store
from bot.storage import users
from scheduler.sender import Priority, SendStatus

log = logging.getLogger(__name__)


async def _after(
    update: Update, context: Context, outcome: CheckinOutcome, chat_id: int, units: Units
) -> None:
    """An owed escalation goes out through the queue at once and speaks for itself (no zone
    reply beside it); otherwise a few words on the zone as the knee status sees it."""
    rt = runtime(context)
    if outcome.escalated:
        if rt.dispatcher is not None:
            await rt.dispatcher.tick()
        return
    key = outcome.reply_key
    lang = language(update, context)
    if key is not None:
        km = outcome.transition.after.return_km
        shown = distance_text(rt.content, lang, km, units) if km else "—"
        body = rt.content.text(f"{key}.text", lang, km=shown)
        await context.bot.send_message(chat_id, body)
    else:
        await context.bot.send_message(chat_id, rt.content.text("checkin.thanks", lang))


async def poll_answered(update: Update, context: Context) -> None:
    """A check-in poll answer, mapped to the runner and stored. A changed vote replaces the
    first (a runner who corrects 1-3 to 8-10 must hear about it); a retraction alone changes
    nothing; an answer to a poll we have no open record of gets the "closed, use /checkin" hint;
    an option the poll does not have is ignored with the same hint.
    """
    poll_answer = update.poll_answer
    if poll_answer is None or poll_answer.user is None or not poll_answer.option_ids:
        return
    rt = runtime(context)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        row = await store.by_poll(session, poll_answer.poll_id)
        user = await users.get(session, poll_answer.user.id)
        if user is None or user.consent != "given":
            return
        chat_id, units = user.chat_id, user.units
        closed = rt.content.text("checkin.expired", language(update, context))
        outcome = None
        if row is not None and row.user_id == user.id and checkin_service.takes_answer(row, now):
            try:
                outcome = await checkin_service.answer_poll(
                    session, row, user, poll_answer.option_ids[0], now, rt.content.rules
                )
            except PollOptionError:
                log.warning("poll answer with an option the poll does not have; ignored")
    if outcome is None:
        await context.bot.send_message(chat_id, closed)
        return
    await _after(update, context, outcome, chat_id, units)


async def checkin_command(update: Update, context: Context) -> None:
    """/checkin: the pain poll now, whenever the runner wants to report."""
    rt = runtime(context)
    assert update.effective_user is not None and update.effective_chat is not None
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
    composed = ReminderComposer(rt.content, rt.clock).checkin_poll(
        user.id, user.chat_id, ReminderKind.CHECKIN, language(update, context), "manual"
    )
    assert rt.sender is not None and composed.after_sent is not None
    # The one outbox, like every poll; it answers the runner, so it goes ahead of reminders.
    result = await rt.sender.send(replace(composed.outgoing, priority=Priority.REPLY))
    if result.status is not SendStatus.SENT:
        await say(update, text(context, update, "errors.internal"))
        return
    async with rt.sessions_begin() as session:
        await composed.after_sent(session, result)


async def flag_pressed(update: Update, context: Context) -> None:
    """Under a check-in: "something worries me" opens the red-flag list; "it hurts when I
    walk" is a red check-in."""
    query = update.callback_query
    assert query is not None
    rt = runtime(context)
    if query.data == f"{CHECKIN_PREFIX}:0:redflag":  # the button's older name, still in chats
        await answer(update)
        await show_worry_list(update, context)
        return
    if query.data != f"{CHECKIN_PREFIX}:0:walking" or update.effective_user is None:
        await answer(update, text(context, update, "reminders.ack.too_late"))
        return
    with contextlib.suppress(TelegramError):
        await answer(update)
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        if user is None or user.consent != "given":
            return
        outcome = await checkin_service.report_walking_pain(
            session, user, rt.clock.now(), rt.content.rules
        )
        chat_id, units = user.chat_id, user.units
    await _after(update, context, outcome, chat_id, units)


async def follow_up_pressed(update: Update, context: Context) -> None:
    """The follow-up's Yes or Not yet; an old or repeated press changes nothing."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    rt = runtime(context)
    if parsed is None or not parsed.token.isdigit() or parsed.action not in {"yes", "no"}:
        await answer(update, text(context, update, "reminders.ack.too_late"))
        return
    checked = parsed.action == "yes"
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        recorded = user is not None and await checkin_service.answer_follow_up(
            session, user, int(parsed.token), checked, rt.clock.now()
        )
    if not recorded:
        await answer(update, text(context, update, "reminders.ack.too_late"))
        return
    await answer(update)
    await query.edit_message_reply_markup(None)
    await say(
        update,
        text(context, update, "escalation.follow_up_yes" if checked else "escalation.follow_up_no"),
    )


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(PollAnswerHandler(poll_answered))
    application.add_handler(
        CommandHandler("checkin", checkin_command, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(flag_pressed, pattern=rf"^{CHECKIN_PREFIX}:"))
    application.add_handler(
        CallbackQueryHandler(follow_up_pressed, pattern=rf"^{ESCALATION_PREFIX}:")
    )
