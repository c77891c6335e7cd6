"""Handler registration: each feature module ends in `register(application)`.

Order matters: feature handlers sit in group 0; the free-text router and the unknown-command
answer sit in group 1, so they only see what no feature claimed. Every group gets each update,
so the answer to unknown buttons is the last handler of group 0: a group runs only its first
matching handler, so it sees exactly the presses no feature's pattern matched.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, TypeHandler

from bot.handlers import (
    activities,
    admin,
    admin_tools,
    checkin,
    errors,
    fallback,
    guards,
    history,
    learn,
    pause,
    plan,
    privacy,
    quiz,
    reminders,
    settings,
    share,
    start,
    status,
    strava,
    tips,
)
from bot.handlers.common import remember_language

FEATURES = (
    start, quiz, plan, settings, reminders, pause, checkin, status, history, activities, strava,
    tips, learn, admin, admin_tools, privacy, share, fallback, errors,
)  # fmt: skip


def register_all(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Register every feature's handlers, in order (the chosen language is loaded first)."""
    guards.register(application)  # group -2: updates naming no person stop here
    application.add_handler(TypeHandler(Update, remember_language), group=-1)
    for feature in FEATURES:
        feature.register(application)
    # Last in group 0: old or forged buttons no feature claims still stop spinning.
    application.add_handler(CallbackQueryHandler(fallback.unknown_button))
