"""Bot API methods by lower-cased name (Telegram matches method names case-insensitively)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from emulator.methods import bot, media, messages, updates
from emulator.params import Params

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

MethodHandler = Callable[["BotApiEmulator", Params], Awaitable[Any]]

METHODS: dict[str, MethodHandler] = {
    name.lower(): handler
    for module in (bot, media, messages, updates)
    for name, handler in module.METHODS.items()
}
CANONICAL_NAMES: dict[str, str] = {
    name.lower(): name
    for module in (bot, media, messages, updates)
    for name in module.METHODS
}
