"""The composition root: build the Application from the settings, open and close resources."""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.clock import Clock, SystemClock
from bot.commands import ADMIN_COMMANDS, RUNNER_COMMANDS
from bot.config import Settings
from bot.content import DEFAULT_LANGUAGE, Content, default_content
from bot.handlers import register_all
from bot.incoming import UpdatesRequest
from bot.profile import publish_profile
from bot.runtime import RUNTIME_KEY, Runtime, runtime_of
from bot.storage import migrate
from bot.storage.engine import create_engine, create_session_factory
from bot.telegram_http import DEFAULT_POOL_SIZE, AiohttpRequest
from bot.update_order import PerUserUpdateProcessor
from scheduler.ratelimit import TelegramRateLimiter

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 15.0


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    content: Content | None = None,
    rate_limiter: TelegramRateLimiter | None = None,
    start_jobs: bool = True,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """One builder chain; resources open in post_init and close in post_shutdown."""
    if settings.bot_token is None:
        raise ValueError("build_application needs BOT_TOKEN")
    runtime = Runtime(
        settings=settings,
        clock=clock or SystemClock(),
        content=content or default_content(),
        start_jobs=start_jobs,
    )
    application = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_url.removesuffix("/bot") + "/file/bot")
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(
            rate_limiter or TelegramRateLimiter(overall_max_rate=settings.messages_per_second)
        )
        .request(bot_request(settings))
        .get_updates_request(UpdatesRequest(read_timeout=READ_TIMEOUT + 30))
        .concurrent_updates(PerUserUpdateProcessor())
        .post_init(on_startup)
        .post_shutdown(on_shutdown)
        .build()
    )
    application.bot_data[RUNTIME_KEY] = runtime
    register_all(application)
    return application


def bot_request(settings: Settings) -> BaseRequest:
    """The transport of the bot's own Bot API calls: aiohttp by default, httpx on request."""
    if settings.telegram_http_client == "httpx":
        return HTTPXRequest(connect_timeout=CONNECT_TIMEOUT, read_timeout=READ_TIMEOUT,
                            connection_pool_size=DEFAULT_POOL_SIZE)  # fmt: skip
    return AiohttpRequest(connect_timeout=CONNECT_TIMEOUT, read_timeout=READ_TIMEOUT)


async def on_startup(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Open the database, apply migrations, start the outbox and the scheduler, set commands."""
    runtime = runtime_of(application)
    runtime.engine = create_engine(runtime.settings.database_url)
    await migrate.upgrade(runtime.engine)
    runtime.sessions = create_session_factory(runtime.engine)
    await runtime.start_services(application)
    await publish_commands(application)
    await publish_profile(application.bot, runtime.content)
    log.info("KneeGuard is ready (%s mode)", runtime.settings.mode.value)


async def on_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Stop the scheduler, let the outbox finish what it holds, close the database."""
    runtime = runtime_of(application)
    await runtime.stop_services()
    if runtime.engine is not None:
        await runtime.engine.dispose()
        runtime.engine = None
    log.info("KneeGuard stopped cleanly")


async def publish_commands(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Register the command menu: runners everywhere, admin commands only in admins' chats."""
    runtime = runtime_of(application)
    content = runtime.content

    def menu(commands: tuple[Any, ...], lang: str | None) -> list[BotCommand]:
        offered = [c for c in commands if runtime.settings.strava_enabled or not c.needs_strava]
        return [BotCommand(c.name, content.plain(c.description_key, lang)) for c in offered]

    # The default menu in English, then one per language (Telegram shows a user the menu of
    # their app's language_code when there is one).
    languages = [None, *(code for code in content.languages if code != DEFAULT_LANGUAGE)]
    for lang in languages:
        await application.bot.set_my_commands(
            menu(RUNNER_COMMANDS, lang), scope=BotCommandScopeDefault(), language_code=lang
        )
    for admin_id in runtime.settings.admin_ids:
        try:
            for lang in languages:
                await application.bot.set_my_commands(
                    menu(RUNNER_COMMANDS + ADMIN_COMMANDS, lang),
                    scope=BotCommandScopeChat(admin_id), language_code=lang,
                )  # fmt: skip
        except Exception as error:  # an admin who never wrote to the bot has no chat yet
            log.warning("could not set admin commands for %s: %s", admin_id, error)
