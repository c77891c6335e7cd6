"""The one client for Strava's API: the shared request budget, 429 and 5xx handling, in one place.

Every API request first takes one request from the budget shared by all instances (a table,
`bot.storage.strava_budget`); when it is spent the call raises `BudgetSpent` with the time the
window ends, and the caller (the event queue) waits until then. Strava's rate-limit headers
(`X-RateLimit-Limit: 200,2000`, `X-RateLimit-Usage: 15-min,daily`) are written back into the
budget, so instances and other users of the same app agree; a 429 marks the spent window full.
A 5xx or a network failure is tried once more at once, then raises `StravaUnavailable`; the
queue retries later on its own clock (no sleeping here). Errors never carry tokens or secrets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlencode

import httpx

from bot.clock import Clock

SCOPE = "activity:read_all"
TIMEOUT_SECONDS = 10.0
REFRESH_MARGIN = timedelta(hours=1)
"""Strava hands out a new access token when the current one ends within an hour."""
QUARTER = timedelta(minutes=15)


class StravaError(Exception):
    """Strava could not do what was asked; the message names the call, never a token."""


class BudgetSpent(StravaError):
    """No request may go before `until` (our budget or Strava's 429)."""

    def __init__(self, until: datetime, why: str) -> None:
        super().__init__(f"Strava request budget spent until {until.isoformat()} ({why})")
        self.until = until


class StravaUnavailable(StravaError):
    """Strava answered 5xx or did not answer, twice."""


class Unauthorized(StravaError):
    """The token (or the app's credentials) were refused: revoked or expired."""


class NotFound(StravaError):
    """The activity or gear does not exist, or is not this athlete's."""


@dataclass(frozen=True, slots=True)
class Usage:
    """Strava's count of this app's requests in the current 15-minute window and day."""

    short: int
    daily: int
    short_limit: int
    daily_limit: int


@dataclass(frozen=True, slots=True)
class TokenSet:
    access_token: str
    refresh_token: str
    expires_at: datetime
    athlete_id: int | None = None
    scope: str = ""


class Budget(Protocol):
    """The request budget shared by every instance (implemented over the database)."""

    async def take(self, now: datetime) -> None:
        """Count one request, or raise BudgetSpent."""

    async def observe(self, now: datetime, usage: Usage, limited: bool) -> None:
        """Strava's own counts; `limited` after a 429."""


def window_end(now: datetime, span: str) -> datetime:
    """When the 15-minute window or the UTC day holding `now` ends (Strava's reset times)."""
    now = now.astimezone(UTC)
    if span == "day":
        return now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    start = now.replace(minute=now.minute - now.minute % 15, second=0, microsecond=0)
    return start + QUARTER


def read_usage(headers: Mapping[str, str]) -> Usage | None:
    """The rate-limit headers, or None when absent or malformed."""
    try:
        short_limit, daily_limit = (int(x) for x in headers["X-RateLimit-Limit"].split(","))
        short, daily = (int(x) for x in headers["X-RateLimit-Usage"].split(","))
    except (KeyError, ValueError):
        return None
    return Usage(short, daily, short_limit, daily_limit)


class StravaClient:
    """Strava's OAuth and API for one registered application."""

    def __init__(
        self, base_url: str, client_id: str, client_secret: str, budget: Budget, clock: Clock,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:  # fmt: skip
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self._secret = client_secret
        self.budget = budget
        self.clock = clock
        self._http = httpx.AsyncClient(timeout=TIMEOUT_SECONDS, transport=transport)

    async def close(self) -> None:
        await self._http.aclose()

    def authorize_url(self, redirect_uri: str, state: str) -> str:
        query = urlencode(
            {
                "client_id": self.client_id, "redirect_uri": redirect_uri,
                "response_type": "code", "approval_prompt": "auto", "scope": SCOPE,
                "state": state,
            }
        )  # fmt: skip
        return f"{self.base_url}/oauth/authorize?{query}"

    async def exchange_code(self, code: str) -> TokenSet:
        """The tokens (and athlete) for the code Strava sent to the callback."""
        body = await self._oauth("/oauth/token", grant_type="authorization_code", code=code)
        athlete = body.get("athlete") or {}
        return _tokens(body, athlete.get("id"))

    async def refresh(self, refresh_token: str) -> TokenSet:
        """New tokens; Unauthorized when the refresh token was revoked (Strava answers 400)."""
        try:
            body = await self._oauth(
                "/oauth/token", grant_type="refresh_token", refresh_token=refresh_token
            )
        except StravaError as error:
            if str(error).endswith(("HTTP 400", "HTTP 401")):
                raise Unauthorized(str(error)) from None
            raise
        return _tokens(body, None)

    async def deauthorize(self, access_token: str) -> None:
        """Revoke the app's access for this athlete at Strava."""
        await self._send("POST", "/oauth/deauthorize", data={"access_token": access_token})

    async def activity(self, access_token: str, activity_id: int) -> dict[str, Any]:
        return await self._api(access_token, f"/api/v3/activities/{activity_id}")

    async def gear(self, access_token: str, gear_id: str) -> dict[str, Any]:
        return await self._api(access_token, f"/api/v3/gear/{gear_id}")

    async def athlete(self, access_token: str) -> dict[str, Any]:
        return await self._api(access_token, "/api/v3/athlete")

    async def _oauth(self, path: str, **fields: str) -> dict[str, Any]:
        data = {"client_id": self.client_id, "client_secret": self._secret, **fields}
        return await self._send("POST", path, data=data)

    async def _api(self, access_token: str, path: str) -> dict[str, Any]:
        await self.budget.take(self.clock.now())
        headers = {"Authorization": f"Bearer {access_token}"}
        return await self._send("GET", path, headers=headers, counted=True)

    async def _send(
        self, method: str, path: str, *, data: dict[str, str] | None = None,
        headers: dict[str, str] | None = None, counted: bool = False,
    ) -> dict[str, Any]:  # fmt: skip
        """One call, tried twice on 5xx or a network failure; the JSON body or an error."""
        what = f"{method} {path}"
        for attempt in (1, 2):
            try:
                answer = await self._http.request(
                    method, self.base_url + path, data=data, headers=headers
                )
            except httpx.HTTPError as error:
                if attempt == 2:
                    raise StravaUnavailable(f"{what}: {type(error).__name__}") from None
                continue
            usage = read_usage(answer.headers)
            if counted and usage is not None:
                await self.budget.observe(self.clock.now(), usage, answer.status_code == 429)
            if answer.status_code >= 500 and attempt == 1:
                continue
            return self._body(what, answer, usage)
        raise AssertionError("unreachable")  # pragma: no cover

    def _body(self, what: str, answer: httpx.Response, usage: Usage | None) -> dict[str, Any]:
        status = answer.status_code
        if status == 429:
            now = self.clock.now()
            daily_spent = usage is not None and usage.daily >= usage.daily_limit
            until = window_end(now, "day" if daily_spent else "15min")
            raise BudgetSpent(until, f"Strava answered 429 to {what}")
        if status >= 500:
            raise StravaUnavailable(f"{what}: HTTP {status}")
        if status == 401:
            raise Unauthorized(f"{what}: HTTP 401")
        if status == 404:
            raise NotFound(f"{what}: HTTP 404")
        if status >= 400:
            raise StravaError(f"{what}: HTTP {status}")
        try:
            body = answer.json()
        except ValueError:
            raise StravaUnavailable(f"{what}: not JSON") from None
        if not isinstance(body, dict):
            raise StravaUnavailable(f"{what}: unexpected JSON")
        return body


def _tokens(body: dict[str, Any], athlete_id: object) -> TokenSet:
    try:
        return TokenSet(
            access_token=str(body["access_token"]), refresh_token=str(body["refresh_token"]),
            expires_at=datetime.fromtimestamp(int(body["expires_at"]), UTC),
            athlete_id=int(athlete_id) if isinstance(athlete_id, int | str) else None,
        )  # fmt: skip
    except (KeyError, TypeError, ValueError):
        raise StravaUnavailable("token answer without tokens") from None
