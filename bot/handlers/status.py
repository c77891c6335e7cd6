"""/status and its buttons: where the knee stands, since when, why, and what brings runs back;
"something worries me" opens the one red-flag list, whose advice never waits for the database.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.content import join_html
from bot.domain.knee_status import (
    KneeState,
    KneeStatus,
    RedFlagReported,
    RunnerAnswer,
    RunnerSaid,
)
from bot.domain.units import Units
from bot.domain.vocabulary import RedFlagLevel
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    consenting_user,
    distance,
    keyboard,
    label,
    language,
    local_text,
    runtime,
    say,
    text,
)
from bot.render.locale_format import WEEKDAY_DATE
from bot.render.reminder_markup import STATUS_PREFIX, WORRY_PREFIX, ReminderMarkup
from bot.runtime import after_commit
from bot.services import checkins as checkin_service
from bot.services import knee
from bot.storage import users
from bot.storage.models import User

log = logging.getLogger(__name__)

QUIZ_RED_FLAG_QUESTION = "red_flags"
WAITING_ANSWERS = ("hurts", "better", "cleared", "rest")


def status_card(context: Context, update: Update, user: User) -> str:
    """Where the knee stands, since when, why, and exactly what brings runs back."""
    state = knee.current(user)
    parts = [text(context, update, f"status.card.{state.status.value}")]
    if state.since is not None and state.status is not KneeStatus.OK:
        since = local_text(context, update, state.since, user.timezone, WEEKDAY_DATE)
        why = _why(context, update, state)
        parts.append(text(context, update, "status.since", since=since, why=why))
    if state.status is KneeStatus.RETURNING and state.return_km:
        km = distance(context, update, state.return_km, user.units)
        parts.append(text(context, update, "status.return_km", km=km))
    parts.append(text(context, update, f"status.leave.{state.status.value}"))
    parts.append(text(context, update, "status.footer"))
    return join_html(parts, "\n\n")


def _why(context: Context, update: Update, state: KneeState) -> str:
    reason = state.reason.value if state.reason else "migrated"
    return label(context, update, f"status.why.{reason}")


def status_markup(context: Context, update: Update, user: User) -> InlineKeyboardMarkup:
    """The buttons that move this status on, and always "something worries me"."""
    markup = ReminderMarkup(runtime(context).content)
    lang = language(update, context)
    if knee.current(user).status is KneeStatus.SEE_CLINICIAN:
        return markup.status_answers(lang, answers=WAITING_ANSWERS)
    return markup.status_answers(lang, answers=(), with_worry=True)


async def status_command(update: Update, context: Context) -> None:
    """/status: the knee status card with the buttons that move it on."""
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        await knee.catch_up(session, user, rt.clock.now(), rt.content.rules)
        body = status_card(context, update, user)
        markup = status_markup(context, update, user)
    await say(update, body, markup)


def worry_list(context: Context, update: Update) -> tuple[str, InlineKeyboardMarkup]:
    """The one red-flag list (the quiz's question), "get help today" items first."""
    question = runtime(context).content.quiz(language(update, context)).question(
        QUIZ_RED_FLAG_QUESTION
    )
    assert question is not None
    flagged = [option for option in question.options if option.red_flag]
    flagged.sort(key=lambda option: option.red_flag != RedFlagLevel.URGENT)
    rows = [[button(option.label, Callback(WORRY_PREFIX, "0", option.id))] for option in flagged]
    rows.append([button(label(context, update, "status.worry.none_button"),
                        Callback(WORRY_PREFIX, "0", "none"))])  # fmt: skip
    return text(context, update, "status.worry.prompt"), keyboard(rows)


async def show_worry_list(update: Update, context: Context) -> None:
    body, markup = worry_list(context, update)
    await say(update, body, markup)


async def worry_pressed(update: Update, context: Context) -> None:
    """A symptom from the red-flag list: the advice at its urgency in place of the list, then
    the status moves. Shown even to someone who has no data here: safety first."""
    query = update.callback_query
    assert query is not None
    parsed = Callback.parse(query.data)
    rt = runtime(context)
    question = rt.content.quiz(language(update, context)).question(QUIZ_RED_FLAG_QUESTION)
    assert question is not None
    option = question.option(parsed.action) if parsed is not None else None
    with contextlib.suppress(TelegramError):
        await answer(update)
    if parsed is not None and parsed.action == "none":
        with contextlib.suppress(TelegramError):
            await query.edit_message_text(text(context, update, "status.worry.none"))
        return
    if option is None or option.red_flag is None or update.effective_user is None:
        await say(update, text(context, update, "errors.unknown_button_press"))
        return
    level = RedFlagLevel(option.red_flag)
    symptom = label(context, update, f"red_flag.symptoms.{option.id}")
    advice = join_html(
        [
            text(context, update, f"red_flag.{level.value}.text", symptom=symptom),
            text(context, update, "status.runs_on_hold_footer"),
        ],
        "\n\n",
    )
    shown = True
    try:
        await query.edit_message_text(advice)
    except TelegramError as error:
        shown = False
        log.warning("red-flag advice not shown (%s); queued instead", type(error).__name__)
    await _record_red_flag(update, context, level, option.id, shown)


async def _record_red_flag(
    update: Update, context: Context, level: RedFlagLevel, symptom: str, shown: bool
) -> None:
    rt = runtime(context)
    assert update.effective_user is not None
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        if user is None or user.consent != "given":
            return
        await checkin_service.report_red_flag(session, user, now)
        await knee.apply(
            session, user, RedFlagReported(now, level, symptom), now, rt.content.rules,
            advice_shown=shown, always_owe_advice=not shown,
        )  # fmt: skip
    if not shown and rt.dispatcher is not None:
        await rt.dispatcher.tick()  # the queued advice goes first, retried until it arrives


async def status_pressed(update: Update, context: Context) -> None:
    """Still hurts / Better / Cleared / Told to rest / Something worries me."""
    query = update.callback_query
    assert query is not None
    parsed = Callback.parse(query.data)
    rt = runtime(context)
    if parsed is not None and parsed.action == "worry":
        await answer(update)
        await show_worry_list(update, context)
        return
    if parsed is None or parsed.action not in WAITING_ANSWERS or update.effective_user is None:
        await answer(update, text(context, update, "errors.unknown_button_press"))
        return
    answer_ = RunnerAnswer(parsed.action)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        foreign = (
            user is not None and query.message is not None and query.message.chat.id != user.chat_id
        )
        if user is None or user.consent != "given" or foreign:
            await answer(update, text(context, update, "status.reply.stale"), alert=True)
            return
        if knee.current(user).status is not KneeStatus.SEE_CLINICIAN:
            await answer(update, text(context, update, "status.reply.not_waiting"), alert=True)
            return
        said = RunnerSaid(now, answer_)
        transition = await knee.apply(session, user, said, now, rt.content.rules)
        reply = _reply_to(context, update, answer_, transition.after, user.units)
        markup = None if transition.changed else status_markup(context, update, user)

        async def show() -> None:
            await answer(update)
            with contextlib.suppress(TelegramError):
                await query.edit_message_text(reply, reply_markup=markup)

        after_commit(session, show)


def _reply_to(
    context: Context, update: Update, said: RunnerAnswer, state: KneeState, units: Units
) -> str:
    if said is RunnerAnswer.CLEARED and state.return_km:
        km = distance(context, update, state.return_km, units)
        return text(context, update, "status.reply.cleared_km", km=km)
    return text(context, update, f"status.reply.{said.value}")


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(
        CommandHandler("status", status_command, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(status_pressed, pattern=rf"^{STATUS_PREFIX}:"))
    application.add_handler(CallbackQueryHandler(worry_pressed, pattern=rf"^{WORRY_PREFIX}:"))
