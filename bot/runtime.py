"""What every handler and job needs, built once per application and kept in `bot_data`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.ext import Application, ContextTypes

from bot.clock import Clock
from bot.config import Settings

if TYPE_CHECKING:
    from bot.content import Content

RUNTIME_KEY = "runtime"


@dataclass
class Runtime:
    """The application's resources; opened in post_init, closed in post_shutdown."""

    settings: Settings
    clock: Clock
    content: Content
    engine: AsyncEngine | None = None
    sessions: async_sessionmaker[AsyncSession] | None = None
    services: dict[str, Any] = field(default_factory=dict)

    def session(self) -> AsyncSession:
        if self.sessions is None:
            raise RuntimeError("the database is not open yet")
        return self.sessions()


def runtime_of(context: ContextTypes.DEFAULT_TYPE | Application[Any, Any, Any, Any, Any, Any]) -> Runtime:
    """The Runtime stored on the application."""
    bot_data = context.bot_data
    runtime = bot_data[RUNTIME_KEY]
    if not isinstance(runtime, Runtime):
        raise TypeError(f"bot_data[{RUNTIME_KEY!r}] is {type(runtime).__name__}, not Runtime")
    return runtime
