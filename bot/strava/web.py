"""The routes Strava calls on the bot's own web server.

GET  /strava/callback  the OAuth answer (code, scope, state): a short page for the browser, and
                       "Strava connected" in the chat.
GET  /strava/events    the push-subscription handshake: echo hub.challenge for our verify token.
POST /strava/events    a push event: stored in the queue table and acknowledged at once (Strava
                       wants 200 within 2 s); the `strava_events` job does the work.
"""

from __future__ import annotations

import hmac
import html
import json
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.services import strava as strava_service
from bot.services import strava_events
from bot.services.strava import Connect
from scheduler.strava_jobs import tell

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)

CALLBACK_PATH = "/strava/callback"
EVENTS_PATH = "/strava/events"
MAX_EVENT_BYTES = 16 * 1024
PAGE_STATUS = {Connect.CONNECTED: 200, Connect.FAILED: 502}


def add_strava_routes(app: web.Application, runtime: Runtime) -> None:
    """Add the three routes to a (not yet started) aiohttp app."""

    async def oauth_callback(request: web.Request) -> web.Response:
        if runtime.strava is None:
            raise web.HTTPNotFound()
        outcome, notice = await strava_service.complete_connection(
            runtime.strava, dict(request.query), runtime.clock.now()
        )
        if notice is not None:
            await tell(runtime, [notice])
        return _page(runtime, outcome, _page_language(request, notice))

    async def handshake(request: web.Request) -> web.Response:
        verify = runtime.settings.strava_verify_token
        given = request.query.get("hub.verify_token", "")
        if (
            verify is None
            or request.query.get("hub.mode") != "subscribe"
            or not hmac.compare_digest(given.encode(), verify.get_secret_value().encode())
        ):
            log.warning("a Strava subscription handshake with a wrong verify token was refused")
            return web.json_response({"error": "forbidden"}, status=403)
        return web.json_response({"hub.challenge": request.query.get("hub.challenge", "")})

    async def receive_event(request: web.Request) -> web.Response:
        if runtime.strava is None:
            raise web.HTTPNotFound()
        if (request.content_length or 0) > MAX_EVENT_BYTES:
            return web.json_response({"error": "too large"}, status=413)
        try:
            body: Any = json.loads(await request.read())
        except (json.JSONDecodeError, UnicodeDecodeError):
            return web.json_response({"error": "not JSON"}, status=400)
        queued = await strava_events.receive_event(runtime.strava, body, runtime.clock.now())
        if not queued:
            log.info("a Strava event was not queued (unknown athlete, replay or malformed)")
        return web.json_response({"ok": True})

    app.router.add_get(CALLBACK_PATH, oauth_callback)
    app.router.add_get(EVENTS_PATH, handshake)
    app.router.add_post(EVENTS_PATH, receive_event)


def _page_language(request: web.Request, notice: strava_service.Notice | None) -> str | None:
    """The runner's language when the link was theirs, else the browser's first choice."""
    if notice is not None:
        return notice.language
    header = request.headers.get("Accept-Language", "")
    return header.split(",")[0].split(";")[0].strip() or None


def _page(runtime: Runtime, outcome: Connect, lang: str | None = None) -> web.Response:
    content = runtime.content
    code = content.resolve_language(lang)
    title = html.escape(content.plain("strava.page.title", code))
    body = html.escape(content.plain(f"strava.page.{outcome.value}", code))
    page = (
        f'<!doctype html><html lang="{code}"><head><meta charset="utf-8"><meta name="viewport" '
        f'content="width=device-width"><title>{title}</title></head>'
        f"<body><h1>{title}</h1><p>{body}</p></body></html>"
    )
    return web.Response(
        text=page, content_type="text/html", status=PAGE_STATUS.get(outcome, 400)
    )
