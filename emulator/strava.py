"""A loopback fake of Strava's API for tests and the playground: OAuth, athletes, activities,
gear, push-subscription events, rate limits and faults.

    async with FakeStrava(clock=clock) as strava:            # port 0: a free port
        athlete = strava.athlete(5001, firstname="Ana")
        strava.add_activity(5001, 77, distance_m=10_000, start=..., sport_type="Run")
        redirect = await strava.authorize(url, athlete_id=5001)  # the runner taps "Authorize"
        await strava.subscribe(callback_url, verify_token)     # GET hub.challenge handshake
        status = await strava.push_activity(5001, 77, "create") # POSTs the event to the bot

Shapes follow Strava's documentation: POST /oauth/token (authorization_code and refresh_token
grants; `expires_at` in epoch seconds, tokens live 6 h), POST /oauth/deauthorize, GET
/api/v3/athlete, /api/v3/activities/{id}, /api/v3/gear/{id} with a Bearer token (401 when
expired or revoked), X-RateLimit-Limit / X-RateLimit-Usage headers ("15-min,daily"), 429 when
a window is spent (windows end at :00, :15, :30, :45 and at midnight UTC). Faults on demand:
`strava.fail_next(status, count)`. Times come from the injected clock.
"""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import aiohttp
from aiohttp import web

from bot.clock import Clock, SystemClock

TOKEN_LIFETIME = timedelta(hours=6)
SUBSCRIPTION_ID = 120475


@dataclass
class FakeAthlete:
    """A Strava account with its activities (by id) and gear (by id)."""

    id: int
    firstname: str = "Runner"
    activities: dict[int, dict[str, Any]] = field(default_factory=dict)
    gear: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Grant:
    """One athlete's authorization of the app: the current tokens and their expiry."""

    athlete_id: int
    scope: str
    access_token: str
    refresh_token: str
    expires_at: datetime


class FakeStrava:
    """Strava's OAuth and API on 127.0.0.1 for one registered application."""

    def __init__(
        self, *, client_id: str = "4242", client_secret: str = "fake-client-secret",
        clock: Clock | None = None, host: str = "127.0.0.1", port: int = 0,
        limit_15min: int = 200, limit_daily: int = 2000,
    ) -> None:  # fmt: skip
        self.client_id = client_id
        self.client_secret = client_secret
        self.clock: Clock = clock or SystemClock()
        self.host, self.port = host, port
        self.limit_15min, self.limit_daily = limit_15min, limit_daily
        self.athletes: dict[int, FakeAthlete] = {}
        self.grants: dict[int, Grant] = {}
        self.codes: dict[str, tuple[int, str]] = {}
        self.usage: dict[str, int] = {}
        self.faults: list[int] = []
        self.requests: list[str] = []
        """Every API and OAuth request's method and path, in order (tests count them)."""
        self.deauthorized: list[int] = []
        self.callback_url: str | None = None
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self._event_times = itertools.count(1)

    # --- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/oauth/authorize", self._authorize)
        app.router.add_post("/oauth/token", self._token)
        app.router.add_post("/oauth/deauthorize", self._deauthorize)
        app.router.add_get("/api/v3/athlete", self._athlete)
        app.router.add_get("/api/v3/activities/{id}", self._activity)
        app.router.add_get("/api/v3/gear/{id}", self._gear)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self._client = aiohttp.ClientSession()

    async def stop(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeStrava:
        await self.start()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # --- the test's hand on Strava's side ----------------------------------------------------

    def athlete(self, athlete_id: int, firstname: str = "Runner") -> FakeAthlete:
        """The athlete with this id, made on first use."""
        if athlete_id not in self.athletes:
            self.athletes[athlete_id] = FakeAthlete(athlete_id, firstname)
        return self.athletes[athlete_id]

    def add_activity(
        self, athlete_id: int, activity_id: int, *, start: datetime, distance_m: float,
        moving_s: int = 3000, sport_type: str = "Run", elevation_m: float = 20.0,
        gear_id: str | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        activity = {
            "id": activity_id, "resource_state": 3, "athlete": {"id": athlete_id},
            "name": "Morning Run", "type": sport_type, "sport_type": sport_type,
            "start_date": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "distance": distance_m,
            "moving_time": moving_s, "elapsed_time": moving_s + 60,
            "total_elevation_gain": elevation_m, "gear_id": gear_id,
        }  # fmt: skip
        self.athlete(athlete_id).activities[activity_id] = activity
        return activity

    def add_gear(self, athlete_id: int, gear_id: str, name: str, distance_m: float) -> None:
        self.athlete(athlete_id).gear[gear_id] = {
            "id": gear_id, "primary": True, "name": name, "distance": distance_m,
            "resource_state": 3, "retired": False,
        }  # fmt: skip

    def fail_next(self, status: int, count: int = 1) -> None:
        """The next `count` API requests answer `status` (429, 500, 502, 503...)."""
        self.faults.extend([status] * count)

    def expire_tokens(self, athlete_id: int) -> None:
        """The athlete's access token has run out (the refresh token still works)."""
        grant = self.grants[athlete_id]
        grant.expires_at = self.clock.now() - timedelta(seconds=1)

    def revoke(self, athlete_id: int) -> None:
        """The athlete removed the app in Strava's settings: every token stops working."""
        self.grants.pop(athlete_id, None)

    def api_requests(self) -> list[str]:
        return [request for request in self.requests if " /api/v3/" in request]

    async def authorize(self, url: str, athlete_id: int, *, scope: str | None = None) -> str:
        """The runner opens the bot's link and taps "Authorize": the URL Strava redirects the
        browser to (the bot's callback with code, scope and state)."""
        assert self._client is not None
        params = {"athlete_id": str(athlete_id), **({"grant_scope": scope} if scope else {})}
        async with self._client.get(url, params=params, allow_redirects=False) as answer:
            assert answer.status == 302, await answer.text()
            return answer.headers["Location"]

    async def subscribe(self, callback_url: str, verify_token: str) -> bool:
        """Create the push subscription: Strava's GET handshake; True when the callback echoed
        the challenge within 2 s."""
        assert self._client is not None
        challenge = secrets.token_hex(16)
        params = {"hub.mode": "subscribe", "hub.challenge": challenge,
                  "hub.verify_token": verify_token}  # fmt: skip
        timeout = aiohttp.ClientTimeout(total=2)
        async with self._client.get(callback_url, params=params, timeout=timeout) as answer:
            ok = answer.status == 200 and (await answer.json()).get("hub.challenge") == challenge
        if ok:
            self.callback_url = callback_url
        return ok

    async def push(self, event: dict[str, Any]) -> int:
        """POST one event to the subscribed callback (Strava waits at most 2 s); the status."""
        assert self._client is not None and self.callback_url is not None
        timeout = aiohttp.ClientTimeout(total=2)
        async with self._client.post(self.callback_url, json=event, timeout=timeout) as answer:
            return answer.status

    def activity_event(self, athlete_id: int, activity_id: int, aspect: str) -> dict[str, Any]:
        return {
            "aspect_type": aspect, "event_time": self._event_time(), "object_id": activity_id,
            "object_type": "activity", "owner_id": athlete_id,
            "subscription_id": SUBSCRIPTION_ID, "updates": {},
        }  # fmt: skip

    async def push_activity(self, athlete_id: int, activity_id: int, aspect: str) -> int:
        return await self.push(self.activity_event(athlete_id, activity_id, aspect))

    async def push_deauthorization(self, athlete_id: int) -> int:
        """The athlete revokes access at Strava, which tells the app with an athlete event."""
        self.revoke(athlete_id)
        return await self.push(
            {
                "aspect_type": "update", "event_time": self._event_time(),
                "object_id": athlete_id, "object_type": "athlete", "owner_id": athlete_id,
                "subscription_id": SUBSCRIPTION_ID, "updates": {"authorized": "false"},
            }
        )  # fmt: skip

    def _event_time(self) -> int:
        return int(self.clock.now().timestamp()) + next(self._event_times)

    # --- OAuth -------------------------------------------------------------------------------

    async def _authorize(self, request: web.Request) -> web.Response:
        query = request.query
        self.requests.append("GET /oauth/authorize")
        if query.get("client_id") != self.client_id or query.get("response_type") != "code":
            return _error(400, "Bad Request", "client_id", "invalid")
        athlete_id = int(query.get("athlete_id", "0"))
        self.athlete(athlete_id)
        scope = query.get("grant_scope") or "read," + query.get("scope", "read")
        code = secrets.token_hex(20)
        self.codes[code] = (athlete_id, scope)
        answer = {"state": query.get("state", ""), "code": code, "scope": scope}
        location = f"{query['redirect_uri']}?{urlencode(answer)}"
        raise web.HTTPFound(location)

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.requests.append(f"POST /oauth/token {form.get('grant_type')!s}")
        if (form.get("client_id"), form.get("client_secret")) != (
            self.client_id, self.client_secret,
        ):  # fmt: skip
            return _error(401, "Authorization Error", "Application", "invalid")
        if form.get("grant_type") == "authorization_code":
            found = self.codes.pop(str(form.get("code")), None)
            if found is None:
                return _error(400, "Bad Request", "code", "invalid")
            athlete_id, scope = found
            grant = self._grant(athlete_id, scope)
            return web.json_response({**self._tokens(grant), "athlete": self._athlete_json(grant)})
        if form.get("grant_type") == "refresh_token":
            found_grant = next(
                (g for g in self.grants.values() if g.refresh_token == form.get("refresh_token")),
                None,
            )
            if found_grant is None:
                return _error(400, "Bad Request", "refresh_token", "invalid")
            grant = found_grant
            if grant.expires_at - self.clock.now() <= timedelta(hours=1):  # Strava's rule
                grant.access_token = secrets.token_hex(20)
                grant.expires_at = self.clock.now() + TOKEN_LIFETIME
            return web.json_response(self._tokens(grant))
        return _error(400, "Bad Request", "grant_type", "invalid")

    async def _deauthorize(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.requests.append("POST /oauth/deauthorize")
        token = str(form.get("access_token") or _bearer(request) or "")
        grant = next((g for g in self.grants.values() if g.access_token == token), None)
        if grant is None:
            return _error(401, "Authorization Error", "access_token", "invalid")
        del self.grants[grant.athlete_id]
        self.deauthorized.append(grant.athlete_id)
        return web.json_response({"access_token": token})

    def _grant(self, athlete_id: int, scope: str) -> Grant:
        grant = Grant(
            athlete_id, scope, secrets.token_hex(20), secrets.token_hex(20),
            self.clock.now() + TOKEN_LIFETIME,
        )  # fmt: skip
        self.grants[athlete_id] = grant
        return grant

    @staticmethod
    def _tokens(grant: Grant) -> dict[str, Any]:
        expires_at = int(grant.expires_at.timestamp())
        return {
            "token_type": "Bearer", "access_token": grant.access_token,
            "refresh_token": grant.refresh_token, "expires_at": expires_at,
            "expires_in": int(TOKEN_LIFETIME.total_seconds()),
        }  # fmt: skip

    def _athlete_json(self, grant: Grant) -> dict[str, Any]:
        athlete = self.athletes[grant.athlete_id]
        return {"id": athlete.id, "firstname": athlete.firstname, "resource_state": 2}

    # --- API ---------------------------------------------------------------------------------

    def _windows(self) -> tuple[str, str]:
        now = self.clock.now()
        quarter = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
        return f"15:{quarter.isoformat()}", f"day:{now.date().isoformat()}"

    def _headers(self) -> dict[str, str]:
        short, day = self._windows()
        return {
            "X-RateLimit-Limit": f"{self.limit_15min},{self.limit_daily}",
            "X-RateLimit-Usage": f"{self.usage.get(short, 0)},{self.usage.get(day, 0)}",
        }

    def _api_call(self, request: web.Request) -> Grant | web.Response:
        """Count the request against the limits, apply faults, check the Bearer token."""
        self.requests.append(f"GET {request.path}")
        short, day = self._windows()
        if self.usage.get(short, 0) >= self.limit_15min or self.usage.get(day, 0) >= (
            self.limit_daily
        ):
            return _error(429, "Rate Limit Exceeded", "", "exceeded", self._headers())
        self.usage[short] = self.usage.get(short, 0) + 1
        self.usage[day] = self.usage.get(day, 0) + 1
        if self.faults:
            status = self.faults.pop(0)
            if status == 429:
                return _error(429, "Rate Limit Exceeded", "", "exceeded", self._headers())
            return web.json_response({"message": "error"}, status=status, headers=self._headers())
        token = _bearer(request)
        grant = next((g for g in self.grants.values() if g.access_token == token), None)
        if grant is None or grant.expires_at <= self.clock.now():
            return _error(401, "Authorization Error", "access_token", "invalid", self._headers())
        return grant

    async def _athlete(self, request: web.Request) -> web.Response:
        grant = self._api_call(request)
        if isinstance(grant, web.Response):
            return grant
        return web.json_response(self._athlete_json(grant), headers=self._headers())

    async def _activity(self, request: web.Request) -> web.Response:
        grant = self._api_call(request)
        if isinstance(grant, web.Response):
            return grant
        activities = self.athletes[grant.athlete_id].activities
        activity = activities.get(int(request.match_info["id"]))
        if activity is None:
            return _error(404, "Record Not Found", "id", "invalid", self._headers())
        return web.json_response(activity, headers=self._headers())

    async def _gear(self, request: web.Request) -> web.Response:
        grant = self._api_call(request)
        if isinstance(grant, web.Response):
            return grant
        gear = self.athletes[grant.athlete_id].gear.get(request.match_info["id"])
        if gear is None:
            return _error(404, "Record Not Found", "id", "invalid", self._headers())
        return web.json_response(gear, headers=self._headers())


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    return header.removeprefix("Bearer ").strip() or None


def _error(
    status: int, message: str, resource: str, code: str, headers: dict[str, str] | None = None
) -> web.Response:
    body = {"message": message, "errors": [{"resource": resource, "field": "", "code": code}]}
    return web.json_response(body, status=status, headers=headers)


def callback_query(url: str) -> dict[str, str]:
    """The query of a redirect URL as a plain dict (tests tamper with `state`)."""
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}
