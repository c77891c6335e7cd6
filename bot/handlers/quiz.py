"""/quiz: nine button questions in one message edited in place, with progress and Back."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.content import join_html
from bot.domain.knee_status import KneeStatus, Message, may_send
from bot.domain.quiz import QuizAnswerError, QuizQuestionExpired, QuizResult
from bot.domain.quiz_model import QuizOption
from bot.domain.units import Units
from bot.domain.vocabulary import RedFlagLevel
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    consenting_user,
    edit_or_send,
    keyboard,
    label,
    language,
    runtime,
    show_after_commit,
    text,
)
from bot.handlers.plan_render import shoe_bounds
from bot.handlers.text_steps import register_text_step
from bot.runtime import after_commit
from bot.services import knee, quiz_flow, quiz_result
from bot.services.quiz_flow import QuizStep
from bot.storage import flows, quizzes, users
from bot.storage.models import Flow

log = logging.getLogger(__name__)

PREFIX = "q"
PLAN_PREFIX = "p"


def render_question(
    update: Update, context: Context, step: QuizStep, units: Units = Units.KM
) -> tuple[str, InlineKeyboardMarkup]:
    """The question text with its progress header and one button per option, plus Back."""
    assert step.question is not None and step.flow is not None
    token = step.flow.token
    rows = [
        [button(_option_caption(context, update, step.question.id, option, units),
                Callback(PREFIX, token, "a", f"{step.question.id}.{option.id}"))]
        for option in step.question.options
    ]  # fmt: skip
    if step.can_go_back:
        rows.append(
            [button(label(context, update, "quiz.back_button"), Callback(PREFIX, token, "back"))]
        )
    header = text(context, update, "quiz.progress", index=step.index, total=step.total)
    return f"{header}\n{step.question.text}", keyboard(rows)


def result_buttons(update: Update, context: Context) -> InlineKeyboardMarkup:
    """Why?, Set up my plan, Take the quiz again."""
    presses = (
        ("quiz.result.why_button", Callback(PREFIX, "0", "why", "0")),
        ("quiz.result.plan_button", Callback(PLAN_PREFIX, "0", "setup")),
        ("quiz.result.retake_button", Callback(PREFIX, "0", "restart")),
    )
    return keyboard([[button(label(context, update, key), press)] for key, press in presses])


def reason_words(context: Context, update: Update, units: Units) -> dict[str, str]:
    """The answers' reasons that name a distance, in miles for a runner in miles."""
    if units is Units.KM:
        return {}
    content = runtime(context).content
    bounds = shoe_bounds(context, update, units)
    prefix = "quiz.miles_reasons."
    return {
        key.removeprefix(prefix): label(context, update, key, **bounds)
        for key in content.message_keys()
        if key.startswith(prefix)
    }


def render_result(
    update: Update, context: Context, result: QuizResult, units: Units = Units.KM
) -> tuple[str, InlineKeyboardMarkup]:
    """The short result: every cause that scored, with Why? beneath."""
    body = quiz_result.summary(
        runtime(context).content, language(update, context), result,
        reason_words(context, update, units),
    )  # fmt: skip
    return body, result_buttons(update, context)


def render_why(
    update: Update, context: Context, result: QuizResult, page: int, status: str | None,
    units: Units = Units.KM,
) -> tuple[str, InlineKeyboardMarkup]:  # fmt: skip
    """One "Why?" page with Back to the result and, while more causes follow, Next; the
    knee status decides whether its advice to build up stands (may_send, PROGRESSION)."""
    body = quiz_result.detail(
        runtime(context).content, language(update, context), result, page,
        progression_allowed=may_send(status or KneeStatus.OK, Message.PROGRESSION),
        words=reason_words(context, update, units),
    )  # fmt: skip
    row = [button(label(context, update, "quiz.result.back_button"), Callback(PREFIX, "0", "res"))]
    if page + 1 < quiz_result.page_count(result):
        caption = label(context, update, "quiz.result.next_button")
        row.append(button(caption, Callback(PREFIX, "0", "why", str(page + 1))))
    return body, keyboard([row])


async def result_pressed(update: Update, context: Context, parsed: Callback) -> None:
    """Why?, Next cause, Back to the result: the latest quiz's result edited in place."""
    rt = runtime(context)
    assert update.effective_user is not None and update.callback_query is not None
    async with rt.sessions_begin() as session:
        row = await quizzes.latest_finished(session, update.effective_user.id)
        user = await users.get(session, update.effective_user.id)
    if row is None or user is None:
        await answer(update, text(context, update, "quiz.expired"))
        return
    await answer(update)
    quiz = rt.content.quiz(language(update, context))
    result = quiz_result.from_stored(quiz, row.answers, row.ranking)
    if parsed.action == "why" and parsed.argument.isdigit():
        page = int(parsed.argument)
        body, markup = render_why(update, context, result, page, user.knee_status, user.units)
    else:
        body, markup = render_result(update, context, result, user.units)
    message = update.callback_query.message
    await edit_or_send(update, context, message.message_id if message else None, body, markup)


def red_flag_text(update: Update, context: Context, result: QuizResult) -> str:
    """The see-a-doctor message that stops the quiz: urgent (today) or soon (within days)."""
    symptom = label(context, update, f"red_flag.symptoms.{result.red_flag_option}")
    level = result.red_flag or RedFlagLevel.URGENT
    body = text(context, update, f"red_flag.{level.value}.text", symptom=symptom)
    return join_html(
        [body, text(context, update, "status.runs_on_hold_footer"),
         text(context, update, "red_flag.quiz_stopped")],
        "\n\n",
    )  # fmt: skip


def _option_caption(
    context: Context, update: Update, question_id: str, option: QuizOption, units: Units
) -> str:
    """The option's label; in miles, a distance range comes from `quiz.miles_options`."""
    key = f"quiz.miles_options.{question_id}.{option.id}"
    content = runtime(context).content
    if units is Units.KM or not content.has(key):
        return option.label
    return label(context, update, key, **shoe_bounds(context, update, units))


async def quiz_command(update: Update, context: Context) -> None:
    """Start (or restart) the quiz; consent comes first."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        step = await quiz_flow.start(
            session, rt.content.quiz(language(update, context)), user.id, rt.clock.now()
        )
        assert step.flow is not None
        body, markup = render_question(update, context, step, user.units)
        intro = text(context, update, "quiz.intro")
        show_after_commit(
            session, update, context, step.flow, f"{intro}\n\n{body}", markup, new=True
        )


async def quiz_pressed(update: Update, context: Context) -> None:
    """An answer, Back, or retake; stale or forged buttons are told they expired."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    rt = runtime(context)
    if parsed is not None and parsed.action == "restart":
        await answer(update)
        await quiz_command(update, context)
        return
    if parsed is not None and parsed.action in ("why", "res"):
        await result_pressed(update, context, parsed)
        return
    quiz = rt.content.quiz(language(update, context))
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        flow = await flows.get(session, update.effective_user.id)
        user = await users.get(session, update.effective_user.id)
        if (
            parsed is None
            or flow is None
            or user is None
            or flow.name != quiz_flow.FLOW
            or parsed.token != flow.token
        ):
            await answer(update, text(context, update, "quiz.expired"))
            return
        try:
            if parsed.action == "back":
                step = quiz_flow.back(quiz, flow, now)
            elif parsed.action == "a" and "." in parsed.argument:
                question_id, option_id = parsed.argument.split(".", 1)
                step = await quiz_flow.choose(
                    session, quiz, user, flow, question_id, option_id, now, rt.content.rules
                )
            else:
                raise QuizAnswerError(parsed.action)
        except (QuizAnswerError, QuizQuestionExpired):
            await answer(update, text(context, update, "quiz.expired"))
            return
        await answer(update)
        if query.message is not None and step.result is None:  # a finished flow is deleted
            flow.message_id = query.message.message_id
        if step.result is None:
            body, markup = render_question(update, context, step, user.units)
        elif step.result.red_flag is not None:  # urgent: the advice alone; soon: on the result
            if step.result.stopped:
                advice, flag_markup = red_flag_text(update, context, step.result), None
            else:
                advice, flag_markup = render_result(update, context, step.result, user.units)
            shown_id, user_id = flow.message_id, user.id
            level, symptom = step.result.red_flag, step.result.red_flag_option
            after_commit(
                session,
                lambda: show_red_flag(
                    update, context, shown_id, advice, user_id, level, symptom, flag_markup
                ),
            )
            return
        else:
            body, markup = render_result(update, context, step.result, user.units)
        show_after_commit(session, update, context, flow, body, markup)


async def show_red_flag(
    update: Update, context: Context, message_id: int | None, advice: str, user_id: int,
    level: RedFlagLevel, symptom: str | None, markup: InlineKeyboardMarkup | None = None,
) -> None:  # fmt: skip
    """The quiz's see-a-doctor advice in place of the question (alone when urgent, on top of
    the result when soon). If Telegram fails to take it, the advice is queued as an
    escalation, which the dispatcher retries until it arrives."""
    try:
        await edit_or_send(update, context, message_id, advice, markup)
    except TelegramError as error:
        log.warning("quiz red-flag advice not shown (%s); queued instead", type(error).__name__)
        rt = runtime(context)
        async with rt.sessions_begin() as session:
            await knee.owe_red_flag_advice(session, user_id, level, symptom, rt.clock.now())
        if rt.dispatcher is not None:
            await rt.dispatcher.tick()


async def quiz_text(update: Update, context: Context, flow: Flow) -> None:
    """Typed text during the quiz: a hint, and the current question again."""
    rt = runtime(context)
    step = quiz_flow.current_step(rt.content.quiz(language(update, context)), flow)
    if step.question is None:
        return
    async with rt.sessions_begin() as session:
        user = await users.get(session, flow.user_id)
        units = user.units if user is not None else Units.KM
        body, markup = render_question(update, context, step, units)
        hint = f"{text(context, update, 'quiz.use_buttons')}\n\n{body}"
        show_after_commit(session, update, context, flow, hint, markup, new=True)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(CommandHandler("quiz", quiz_command, filters=filters.ChatType.PRIVATE))
    application.add_handler(CallbackQueryHandler(quiz_pressed, pattern=rf"^{PREFIX}:"))
    register_text_step(quiz_flow.FLOW, quiz_text)
