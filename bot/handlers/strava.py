"""/connect and /disconnect: Strava linked in two taps (the link, then "Authorize" at Strava).

The OAuth answer and push events arrive at the bot's web server (bot.strava.web); the runner
hears "Strava connected" there. Without STRAVA_CLIENT_ID both commands say Strava is not set up.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CommandHandler, filters

from bot.handlers.common import Context, consenting_user, label, runtime, say, text
from bot.services import strava as strava_service


async def connect_command(update: Update, context: Context) -> None:
    """/connect: a "Connect Strava" button with a signed, expiring OAuth link."""
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        connected = user is not None and await strava_service.is_connected(session, user.id)
    if user is None:
        return
    if rt.strava is None:
        await say(update, text(context, update, "strava.not_available"))
        return
    if connected:
        await say(update, text(context, update, "strava.already_connected"))
        return
    url = strava_service.connect_url(rt.strava, user.id, rt.clock.now())
    button = InlineKeyboardButton(label(context, update, "strava.connect_button"), url=url)
    await say(update, text(context, update, "strava.offer"), InlineKeyboardMarkup([[button]]))


async def disconnect_command(update: Update, context: Context) -> None:
    """/disconnect: access revoked at Strava, tokens deleted here; logged runs stay."""
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
    if user is None:
        return
    if rt.strava is None:
        await say(update, text(context, update, "strava.not_available"))
        return
    removed = await strava_service.disconnect(rt.strava, user.id)
    await say(update, text(context, update, "strava.disconnected" if removed else
                           "strava.not_connected"))  # fmt: skip


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("connect", connect_command, filters=private))
    application.add_handler(CommandHandler("disconnect", disconnect_command, filters=private))
