"""What a person sees of the bot before pressing Start: its description and short description.

Both come from content (`profile.description`, `profile.short_description`), the default ones
from English and a dedicated one for every other language that words them itself. Set at
start-up next to the command menu, and only when they changed, so restarts of several replicas
do not spend Telegram's limits on the same texts.
"""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError

from bot.content import DEFAULT_LANGUAGE, Content

log = logging.getLogger(__name__)

DESCRIPTION_KEY = "profile.description"
SHORT_DESCRIPTION_KEY = "profile.short_description"
MAX_DESCRIPTION = 512
MAX_SHORT_DESCRIPTION = 120
"""Telegram's limits (telegram.constants.BotDescriptionLimit)."""


def profile_languages(content: Content) -> list[str | None]:
    """None (everyone) for the default language, then every language with its own wording."""
    own = [
        code
        for code in content.languages
        if code != DEFAULT_LANGUAGE and DESCRIPTION_KEY in content.message_keys(code)
    ]
    return [None, *own]


async def publish_profile(bot: Bot, content: Content) -> int:
    """Set the descriptions where they differ from what Telegram shows; returns how many were
    set. A refusal is logged and start-up goes on: the profile is not worth an outage."""
    changed = 0
    for code in profile_languages(content):
        description = content.plain(DESCRIPTION_KEY, code)[:MAX_DESCRIPTION]
        short = content.plain(SHORT_DESCRIPTION_KEY, code)[:MAX_SHORT_DESCRIPTION]
        try:
            if (await bot.get_my_description(code)).description != description:
                await bot.set_my_description(description, code)
                changed += 1
            if (await bot.get_my_short_description(code)).short_description != short:
                await bot.set_my_short_description(short, code)
                changed += 1
        except TelegramError as error:
            log.warning("could not set the bot's description (%s): %s", code or "default", error)
    return changed
