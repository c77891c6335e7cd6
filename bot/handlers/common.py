"""What every handler shares: who is talking, their language, texts, buttons, callback data."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.domain.units import Units
from bot.render.locale_format import TIME, local_moment
from bot.render.units import distance_text
from bot.runtime import Runtime, after_commit, runtime_of
from bot.storage import flows, users
from bot.storage.models import Flow, User

Context = ContextTypes.DEFAULT_TYPE
CALLBACK_SEPARATOR = ":"
REMINDER_ANSWER_PREFIX = "r:"
"""Callback data of a reminder's Done / Skip / Snooze (bot.render.reminder_markup)."""


@dataclass(frozen=True, slots=True)
class Callback:
    """Parsed callback data: `prefix:token:action[:argument]`; anything else is None."""

    prefix: str
    token: str
    action: str
    argument: str = ""

    @classmethod
    def parse(cls, data: str | None) -> Callback | None:
        if not data or len(data.encode()) > 64:
            return None
        parts = data.split(CALLBACK_SEPARATOR, 3)
        if len(parts) < 3:
            return None
        return cls(*parts)  # type: ignore[arg-type]

    def encode(self) -> str:
        parts = [self.prefix, self.token, self.action] + ([self.argument] if self.argument else [])
        data = CALLBACK_SEPARATOR.join(parts)
        if len(data.encode()) > 64:
            raise ValueError(f"callback data over 64 bytes: {data!r}")
        return data


def runtime(context: Context) -> Runtime:
    return runtime_of(context)


PREFERRED_LANGUAGE = "preferred_language"
STORED_APP_LANGUAGE = "stored_app_language"
"""The Telegram language_code as the database holds it (None: no runner row yet)."""


def language(update: Update, context: Context) -> str | None:
    """The runner's language: chosen in /settings (see `remember_language`), else Telegram's."""
    chosen = context.user_data.get(PREFERRED_LANGUAGE) if context.user_data is not None else None
    if chosen:
        return str(chosen)
    user = update.effective_user
    return user.language_code if user else None


def remember_chosen_language(context: Context, chosen: str | None) -> None:
    """After /settings: replies switch language at once."""
    if context.user_data is not None:
        context.user_data[PREFERRED_LANGUAGE] = chosen


async def remember_language(update: Update, context: Context) -> None:
    """Before any handler: load the runner's chosen language once per process (group -1), and
    store the language their Telegram app reports when it changed, so reminders (sent without
    an update to read it from) follow it too: a dict lookup per update, a write only on a change.
    """
    tg_user = update.effective_user
    if tg_user is None or context.user_data is None:
        return
    query = update.callback_query
    if query is not None and (query.data or "").startswith(REMINDER_ANSWER_PREFIX):
        return  # Done / Skip / Snooze read the language with the answer, in one statement
    data, rt = context.user_data, runtime(context)
    if PREFERRED_LANGUAGE not in data or data.get(STORED_APP_LANGUAGE) is None:
        # once per process, and again while there is no runner row (until /start makes one)
        async with rt.session() as session:  # one read, no transaction to commit
            data[PREFERRED_LANGUAGE], data[STORED_APP_LANGUAGE] = await users.languages(
                session, tg_user.id
            )
    stored, reported = data.get(STORED_APP_LANGUAGE), tg_user.language_code
    if stored is not None and reported and reported != stored:
        async with rt.sessions_begin() as session:
            await users.refresh_language_code(session, tg_user.id, reported)
        data[STORED_APP_LANGUAGE] = reported


def text(context: Context, update: Update, key: str, **params: object) -> str:
    """A text from content in the user's language."""
    return runtime(context).content.text(key, language(update, context), **params)


def label(context: Context, update: Update, key: str, **params: object) -> str:
    """A button or poll label from content (plain text)."""
    return runtime(context).content.plain(key, language(update, context), **params)


def distance(
    context: Context, update: Update, km: float, units: Units, digits: int = 1
) -> str:
    """A distance in the runner's unit and language: "24 km", "15 mi" (bot.render.units)."""
    return distance_text(runtime(context).content, language(update, context), km, units, digits)


def unit_name(context: Context, update: Update, units: Units) -> str:
    """The unit's name for prompts: "kilometres" or "miles"."""
    return label(context, update, f"units.names.{units.value}")


def button(caption: str, callback: Callback) -> InlineKeyboardButton:
    return InlineKeyboardButton(caption, callback_data=callback.encode())


def keyboard(rows: Sequence[Sequence[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([list(row) for row in rows])


def local_text(
    context: Context, update: Update, moment: datetime, zone: str | None, pattern: str = TIME
) -> str:
    """A UTC moment as the runner's wall-clock time in their language ("07:30", or with
    WEEKDAY_TIME "Mon 07:30" / "пн 07:30"); dates follow the language the texts are in."""
    lang = runtime(context).content.resolve_language(language(update, context))
    return local_moment(moment, zone, lang, pattern)


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


AnyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove


async def say(update: Update, body: str, markup: AnyMarkup | None = None) -> Message:
    """Send a new message to the chat the update came from (inline buttons or a reply keyboard)."""
    chat = update.effective_chat
    assert chat is not None
    return await chat.send_message(body, reply_markup=markup)


async def uploading_photo(update: Update) -> None:
    """Show "sending a photo…" while a chart renders (a cosmetic hint: a refusal is ignored,
    the photo itself reports any real problem)."""
    chat = update.effective_chat
    if chat is not None:
        with contextlib.suppress(TelegramError):
            await chat.send_action(ChatAction.UPLOAD_PHOTO)


async def edit_or_send(
    update: Update, context: Context, message_id: int | None, body: str,
    markup: InlineKeyboardMarkup | None = None,
) -> int:  # fmt: skip
    """Edit the flow's message in place, or send a new one; returns the message id."""
    chat = update.effective_chat
    assert chat is not None
    if message_id is not None:
        try:
            await context.bot.edit_message_text(
                body, chat_id=chat.id, message_id=message_id, reply_markup=markup
            )
            return message_id
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return message_id
            if "not found" not in str(error).lower() and "can't be edited" not in str(error):
                raise
    message = await chat.send_message(body, reply_markup=markup)
    return message.message_id


async def drop_buttons(update: Update, context: Context, message_id: int) -> None:
    """Take the keyboard off an older copy of a question asked again further down."""
    chat = update.effective_chat
    if chat is None:
        return
    with contextlib.suppress(BadRequest):  # already gone, too old, or not ours to edit
        await context.bot.edit_message_reply_markup(chat.id, message_id, reply_markup=None)


def reply_after_commit(
    session: AsyncSession, update: Update, body: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send a new message once the transaction has committed."""

    async def send() -> None:
        await say(update, body, markup)

    after_commit(session, send)


def show_after_commit(
    session: AsyncSession, update: Update, context: Context, flow: Flow, body: str,
    markup: InlineKeyboardMarkup | None = None, *, new: bool = False,
) -> None:  # fmt: skip
    """Edit the flow's message (or send one) once committed; a new message id is remembered."""
    shown_id = None if new else flow.message_id
    replaced_id = flow.message_id if new else None
    user_id, token = flow.user_id, flow.token

    async def show() -> None:
        if replaced_id is not None:
            await drop_buttons(update, context, replaced_id)  # one live copy of a question
        message_id = await edit_or_send(update, context, shown_id, body, markup)
        if message_id != shown_id:
            async with runtime(context).sessions_begin() as session:
                await flows.remember_message(session, user_id, token, message_id)

    after_commit(session, show)


async def answer(update: Update, notice: str | None = None, *, alert: bool = False) -> None:
    """Answer the callback query (always, so the button stops spinning)."""
    query = update.callback_query
    if query is not None:
        # Answered already or too old: there is nothing the user could see anyway.
        with contextlib.suppress(BadRequest):
            await query.answer(notice, show_alert=alert)


async def consenting_user(update: Update, context: Context, session: AsyncSession) -> User | None:
    """The user if they consented; otherwise they are told to /start first (None)."""
    tg_user = update.effective_user
    user = await users.get(session, tg_user.id) if tg_user is not None else None
    if user is None or user.consent != "given":
        await say(update, text(context, update, "errors.need_consent"))
        return None
    return user
