"""/share (and a button under /help): a t.me link to KneeGuard to pass on to a running friend."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CommandHandler, filters

from bot.domain.vocabulary import SHARE_PAYLOAD
from bot.handlers.common import Context, keyboard, label, say, text

SHARE_DIALOG = "https://t.me/share/url"
"""Telegram's own "forward to a chat" page: opens the chat picker with the link and a text."""


def bot_link(username: str) -> str:
    """The link that opens a chat with the bot; its Start sends `/start share`, the same for
    every sharer, so the newcomer is counted as come from a share and the sharer stays unknown."""
    return f"https://t.me/{username}?{urlencode({'start': SHARE_PAYLOAD})}"


def share_url(link: str, invite: str) -> str:
    """A t.me/share link that lets the runner pick a chat to send `link` and `invite` to."""
    return f"{SHARE_DIALOG}?{urlencode({'url': link, 'text': invite})}"


def share_markup(update: Update, context: Context) -> InlineKeyboardMarkup:
    """One URL button that opens Telegram's chat picker with the bot's link."""
    link = bot_link(context.bot.username)
    invite = label(context, update, "profile.share_invite")
    caption = label(context, update, "share.share_button")
    return keyboard([[InlineKeyboardButton(caption, url=share_url(link, invite))]])


async def share_command(update: Update, context: Context) -> None:
    """/share: the bot's link to copy, and a button to send it to a chat."""
    body = text(context, update, "share.text", link=bot_link(context.bot.username))
    await say(update, body, share_markup(update, context))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(
        CommandHandler("share", share_command, filters=filters.ChatType.PRIVATE)
    )
