"""Run the application in polling or webhook mode until SIGINT/SIGTERM, then stop cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlparse

from aiohttp import web
from telegram.ext import Application

from bot.config import RunMode, Settings
from bot.incoming import NotAnUpdateError, read_update
from bot.ops.metrics import metrics_endpoint
from bot.runtime import RUNTIME_KEY, Runtime, runtime_of
from bot.strava.web import add_strava_routes

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram"
HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query", "poll_answer", "poll", "my_chat_member"]

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


async def serve(application: AnyApplication, settings: Settings) -> None:
    """Start, wait for a stop signal, and shut down without losing what was being written."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await application.initialize()
    except Exception:  # a rejected token or no network: close the HTTP session we opened
        await application.bot.request.shutdown()
        raise
    runner: web.AppRunner | None = None
    status: web.AppRunner | None = None
    try:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        if settings.mode is RunMode.WEBHOOK:
            runner = await start_webhook_server(application, settings)
        else:
            assert application.updater is not None
            await application.bot.delete_webhook()
            await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            if settings.strava_enabled:  # Strava's OAuth answers and events need a server
                runner = await start_strava_server(application, settings)
        if settings.metrics_port is not None:
            status = await start_status_server(application, settings)
        await stop.wait()
        log.info("stop signal received, shutting down")
    finally:
        for server in (runner, status):
            if server is not None:
                await server.cleanup()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.shutdown()


def webhook_path(settings: Settings) -> str:
    """The path Telegram POSTs to: the path of WEBHOOK_URL, or /telegram."""
    return urlparse(settings.webhook_url or "").path or WEBHOOK_PATH


def webhook_app(
    application: AnyApplication, secret: str, path: str = WEBHOOK_PATH
) -> web.Application:
    """An aiohttp app: POST to the webhook path (secret checked) and GET /healthz."""

    async def receive_update(request: web.Request) -> web.Response:
        if request.headers.get(SECRET_HEADER) != secret:
            log.warning("webhook call with a missing or wrong secret token rejected")
            return web.Response(status=403, text="forbidden")
        try:
            update = read_update(await request.json(), application.bot)
        except (json.JSONDecodeError, UnicodeDecodeError, NotAnUpdateError):
            return web.Response(status=400, text="bad update")
        if update is not None:  # one PTB cannot read is confirmed (200), or it comes forever
            await application.update_queue.put(update)
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post(path, receive_update)
    app.router.add_get(HEALTH_PATH, health_endpoint(application))
    runtime = application.bot_data.get(RUNTIME_KEY)
    if isinstance(runtime, Runtime) and runtime.settings.strava_enabled:
        add_strava_routes(app, runtime)  # Strava's OAuth answers and events, same server
    return app


def strava_app(application: AnyApplication) -> web.Application:
    """Polling mode with Strava: the OAuth callback and push events, and GET /healthz."""
    app = web.Application()
    add_strava_routes(app, runtime_of(application))
    app.router.add_get(HEALTH_PATH, health_endpoint(application))
    return app


async def start_strava_server(
    application: AnyApplication, settings: Settings, port: int | None = None
) -> web.AppRunner:
    """Serve Strava's routes on WEBHOOK_LISTEN:WEBHOOK_PORT (or `port`) in polling mode."""
    runner = web.AppRunner(strava_app(application), access_log=None)
    await runner.setup()
    listen_port = settings.webhook_port if port is None else port
    await web.TCPSite(runner, settings.webhook_listen, listen_port).start()
    log.info("Strava routes on %s:%s", settings.webhook_listen, listen_port)
    return runner


def health_endpoint(application: AnyApplication) -> Handler:
    async def health(_request: web.Request) -> web.Response:
        healthy = application.running
        return web.json_response({"ok": healthy}, status=200 if healthy else 503)

    return health


def status_app(application: AnyApplication) -> web.Application:
    """GET /metrics (Prometheus) and /healthz, for monitoring in either mode."""
    app = web.Application()
    app.router.add_get(METRICS_PATH, metrics_endpoint)
    app.router.add_get(HEALTH_PATH, health_endpoint(application))
    return app


async def start_status_server(application: AnyApplication, settings: Settings) -> web.AppRunner:
    runner = web.AppRunner(status_app(application), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.metrics_listen, settings.metrics_port).start()
    log.info("metrics on %s:%s%s", settings.metrics_listen, settings.metrics_port, METRICS_PATH)
    return runner


async def start_webhook_server(application: AnyApplication, settings: Settings) -> web.AppRunner:
    """Listen for Telegram's POSTs and register the webhook URL with the secret token."""
    assert settings.webhook_secret is not None and settings.webhook_url is not None
    secret = settings.webhook_secret.get_secret_value()
    app = webhook_app(application, secret, webhook_path(settings))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_listen, settings.webhook_port)
    await site.start()
    await application.bot.set_webhook(
        url=settings.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
    )
    log.info("webhook listening on %s:%s", settings.webhook_listen, settings.webhook_port)
    return runner
