"""/start with consent, /help, /cancel, and blocking or unblocking the bot."""

from __future__ import annotations

from typing import Any

from telegram import ChatMemberUpdated, InlineKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.constants import ChatMemberStatus
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    filters,
)

from bot.handlers import location_keyboard
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    edit_or_send,
    keyboard,
    label,
    language,
    runtime,
    say,
    text,
)
from bot.handlers.share import share_markup
from bot.render.reminder_markup import ReminderMarkup
from bot.services import accounts
from bot.storage import flows, users

CONSENT = "c"


async def start(update: Update, context: Context) -> None:
    """New users get what the bot does and a consent question; returning users their plan.
    `/start share` (the shared link) notes on a newcomer that they came from a share."""
    rt = runtime(context)
    tg_user = update.effective_user
    assert tg_user is not None and update.effective_chat is not None
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user, created = await users.touch(
            session, tg_user.id, update.effective_chat.id, tg_user.language_code, now
        )
        if created:  # only a newcomer's first /start says how they came (never who shared)
            user.came_from = accounts.arrival(context.args or [])
        if user.status == "blocked":
            user.status = "active"
            user.blocked_at = None
        consent = user.consent
        plan_confirmed = user.plan_confirmed_at is not None
        quiz_done = user.quiz_completed_at is not None
    if consent == accounts.GIVEN:
        key = "start.welcome_back" if plan_confirmed or quiz_done else "start.consent_given"
        await say(update, text(context, update, key))
        return
    body = "\n\n".join(
        [
            text(context, update, "start.welcome_new"),  # ends with the disclaimer
            text(context, update, "start.consent_question"),
        ]
    )
    markup = keyboard(
        [
            [
                button(
                    label(context, update, "start.consent_yes_button"),
                    Callback(CONSENT, "0", "yes"),
                ),
                button(
                    label(context, update, "start.consent_no_button"), Callback(CONSENT, "0", "no")
                ),
            ]
        ]
    )
    await say(update, body, markup)


async def consent_pressed(update: Update, context: Context) -> None:
    """Record consent or refusal; pressing twice counts once."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    if parsed is None or parsed.action not in {"yes", "no"}:
        await answer(update, text(context, update, "start.consent_expired"))
        return
    rt = runtime(context)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user, _ = await users.touch(
            session,
            update.effective_user.id,
            query.message.chat.id if query.message else update.effective_user.id,
            update.effective_user.language_code,
            now,
        )
        # An old welcome's "No, thanks" after consenting would erase the quiz, plan and
        # check-ins without a word: withdrawing is /privacy's button, which says what it erases.
        keeps_consent = parsed.action == "no" and user.consent == accounts.GIVEN
        if parsed.action == "yes":
            await accounts.give_consent(session, user, now)
        elif not keeps_consent:
            await accounts.decline_consent(session, user, now)
    if keeps_consent:
        await answer(update, text(context, update, "start.withdraw_in_privacy"), alert=True)
        return
    await answer(update)
    key = "start.consent_given" if parsed.action == "yes" else "start.consent_declined"
    message_id = query.message.message_id if query.message else None
    await edit_or_send(update, context, message_id, text(context, update, key))


async def help_command(update: Update, context: Context) -> None:
    """Every command, and the admin ones for admins."""
    rt = runtime(context)
    body = text(context, update, "help.text")
    if update.effective_user and update.effective_user.id in rt.settings.admin_ids:
        body = f"{body}\n\n{text(context, update, 'help.admin')}"
    worry = ReminderMarkup(rt.content).worry_button(language(update, context))
    shared = share_markup(update, context)
    await say(update, body, InlineKeyboardMarkup([[worry], *shared.inline_keyboard]))


async def cancel(update: Update, context: Context) -> None:
    """Leave whatever flow is running; nothing else changes."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        flow = await flows.get(session, update.effective_user.id)
        if flow is not None:
            await flows.finish(session, update.effective_user.id)
    key = "errors.cancelled" if flow is not None else "errors.nothing_to_cancel"
    keyboard_gone = ReplyKeyboardRemove() if location_keyboard.is_shown(flow) else None
    await say(update, text(context, update, key), keyboard_gone)


async def membership_changed(update: Update, context: Context) -> None:
    """A runner blocked the bot (stop their reminders) or unblocked it."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    rt = runtime(context)
    now = rt.clock.now()
    status = change.new_chat_member.status
    async with rt.sessions_begin() as session:
        if status in {ChatMemberStatus.BANNED, ChatMemberStatus.LEFT}:
            await accounts.note_blocked(session, change.chat.id, now)
        elif await users.get(session, change.from_user.id) is not None:
            await accounts.note_unblocked(session, change.from_user.id)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE  # group commands get the "talk privately" answer
    application.add_handler(CommandHandler("start", start, filters=private))
    application.add_handler(CommandHandler("help", help_command, filters=private))
    application.add_handler(CommandHandler("cancel", cancel, filters=private))
    application.add_handler(CallbackQueryHandler(consent_pressed, pattern=rf"^{CONSENT}:"))
    application.add_handler(ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))
