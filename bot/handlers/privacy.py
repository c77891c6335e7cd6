"""/privacy, /export and /delete: what is stored, a copy of it, erasure, and withdrawing consent.

    /privacy ──[withdraw]──> decline_consent (health data erased, refusal kept)
    /export  ──> JSON document with the users row and every user table
    /delete  ──[yes]──> erase_everything (every table) ──> what was erased
             └─[keep]──> nothing changes

Withdrawing takes one press, like giving consent. The delete button expires after a while,
so an old confirmation message cannot erase anything by accident.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    edit_or_send,
    keyboard,
    label,
    runtime,
    say,
    text,
)
from bot.services import accounts, export
from bot.services import strava as strava_service
from bot.storage import users

log = logging.getLogger(__name__)

PRIVACY = "pv"
DELETE = "del"
WITHDRAW = "withdraw"
CONFIRM = "yes"
KEEP = "keep"
CONFIRMATION_LIFETIME = timedelta(minutes=15)
TOKEN_BASE = 36


def confirmation_token(now: datetime) -> str:
    """The minute the confirmation was asked, in base 36 (short enough for callback data)."""
    return _base36(int(now.timestamp()) // 60)


def confirmation_is_fresh(token: str, now: datetime) -> bool:
    """Whether a delete confirmation asked at `token` may still be used at `now`."""
    try:
        asked = datetime.fromtimestamp(int(token, TOKEN_BASE) * 60, UTC)
    except (ValueError, OverflowError, OSError):
        return False
    return timedelta(0) <= now - asked <= CONFIRMATION_LIFETIME


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    encoded = ""
    while True:
        number, remainder = divmod(number, TOKEN_BASE)
        encoded = digits[remainder] + encoded
        if number == 0:
            return encoded


async def privacy(update: Update, context: Context) -> None:
    """What is stored and why; consenting runners get a button to withdraw consent."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        consented = user is not None and user.consent == accounts.GIVEN
    body = text(context, update, "privacy.text")
    if not consented:
        await say(update, f"{body}\n\n{text(context, update, 'privacy.not_consented')}")
        return
    withdraw = button(
        label(context, update, "privacy.withdraw_button"), Callback(PRIVACY, "0", WITHDRAW)
    )
    await say(update, body, keyboard([[withdraw]]))


async def withdraw_pressed(update: Update, context: Context) -> None:
    """Withdraw consent: health data erased at once, only the refusal is kept."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    if parsed is None or parsed.action != WITHDRAW:
        await answer(update)
        return
    await answer(update)
    rt = runtime(context)
    now = rt.clock.now()
    if rt.strava is not None:  # the Strava access ends with the consent, at Strava too
        await strava_service.disconnect(rt.strava, update.effective_user.id)
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        withdrawn = user is not None and user.consent == accounts.GIVEN
        if user is not None and withdrawn:
            await accounts.decline_consent(session, user, now)
    key = "privacy.withdrawn" if withdrawn else "privacy.already_withdrawn"
    if withdrawn:
        log.info("a runner withdrew consent; their health data was erased")
    message_id = query.message.message_id if query.message else None
    await edit_or_send(update, context, message_id, text(context, update, key))


async def export_command(update: Update, context: Context) -> None:
    """A JSON file with everything stored about the runner."""
    rt = runtime(context)
    assert update.effective_user is not None and update.effective_chat is not None
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        data = await export.collect_user_data(session, update.effective_user.id, now)
    if data is None:
        await say(update, text(context, update, "export.empty"))
        return
    try:
        await update.effective_chat.send_document(
            export.export_json(data),
            filename=export.export_filename(update.effective_user.id, now),
            caption=text(context, update, "export.caption"),
        )
    except TelegramError as error:
        log.warning("sending a data export failed: %s", type(error).__name__)
        await say(update, text(context, update, "export.failed"))


async def delete_command(update: Update, context: Context) -> None:
    """Ask for confirmation before erasing everything."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        stored = await export.holds_data(session, update.effective_user.id)
    if not stored:
        await say(update, text(context, update, "delete.nothing"))
        return
    token = confirmation_token(rt.clock.now())
    markup = keyboard(
        [
            [
                button(
                    label(context, update, "delete.confirm_button"),
                    Callback(DELETE, token, CONFIRM),
                ),
                button(
                    label(context, update, "delete.cancel_button"), Callback(DELETE, token, KEEP)
                ),
            ]
        ]
    )
    await say(update, text(context, update, "delete.confirm_question"), markup)


async def delete_pressed(update: Update, context: Context) -> None:
    """Erase every row about the runner (stopping their reminders), or keep everything."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    await answer(update)
    message_id = query.message.message_id if query.message else None
    if parsed is None or parsed.action not in {CONFIRM, KEEP}:
        return
    if parsed.action == KEEP:
        await edit_or_send(update, context, message_id, text(context, update, "delete.cancelled"))
        return
    rt = runtime(context)
    if not confirmation_is_fresh(parsed.token, rt.clock.now()):
        await edit_or_send(update, context, message_id, text(context, update, "delete.expired"))
        return
    user_id = update.effective_user.id
    if rt.strava is not None:  # revoked at Strava first; the erasure below removes the rest
        await strava_service.disconnect(rt.strava, user_id)
    async with rt.sessions_begin() as session:
        counts = await export.count_user_rows(session, user_id)
        existed = await export.holds_data(session, user_id)
        await accounts.erase_everything(session, user_id)
    if not existed:
        await edit_or_send(update, context, message_id, text(context, update, "delete.nothing"))
        return
    log.info("a runner erased all their data")
    details = text(
        context,
        update,
        "delete.details",
        quiz=counts["quiz_results"],
        checkins=counts["checkins"],
        distances=counts["weekly_distances"],
        runs=counts["runs"],
        reminders=counts["deliveries"],
    )
    body = f"{text(context, update, 'delete.done')}\n\n{details}"
    await edit_or_send(update, context, message_id, body)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE  # group commands get the "talk privately" answer
    application.add_handler(CommandHandler("privacy", privacy, filters=private))
    application.add_handler(CommandHandler("export", export_command, filters=private))
    application.add_handler(CommandHandler("delete", delete_command, filters=private))
    application.add_handler(CallbackQueryHandler(withdraw_pressed, pattern=rf"^{PRIVACY}:"))
    application.add_handler(CallbackQueryHandler(delete_pressed, pattern=rf"^{DELETE}:"))
