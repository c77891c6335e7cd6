"""Handler registration: each feature module ends in `register(application)`.

Order matters: feature handlers sit in group 0; the free-text router and the unknown-command
answer sit in group 1, so they only see what no feature claimed.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application

FEATURE_MODULES = (
    "start",
    "quiz",
    "plan",
    "settings",
    "reminders",
    "checkin",
    "history",
    "tips",
    "admin",
    "privacy",
    "fallback",
    "errors",
)


def register_all(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Register every feature's handlers (a missing feature module is skipped)."""
    import importlib

    for name in FEATURE_MODULES:
        try:
            module = importlib.import_module(f"bot.handlers.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"bot.handlers.{name}":
                raise
            continue
        module.register(application)
