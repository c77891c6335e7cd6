"""Strava connections: the connect link, the OAuth answer, disconnecting. No Telegram: what the
runner should hear comes back as `Notice`s. Push events are in bot.services.strava_events.

Strava is never called inside a database transaction (SQLite has one writer, and the budget
counts in its own short transactions): read, call, then write.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.domain.rules import Rules
from bot.services.runs import Outcome
from bot.storage import strava, users
from bot.strava.client import (
    SCOPE,
    StravaClient,
    StravaError,
)
from bot.strava.state import BadState, read_state, sign_state
from bot.strava.tokens import TokenCipher

log = logging.getLogger(__name__)



class Connect(StrEnum):
    """How an OAuth answer ended; also the content key of the page the browser shows."""

    CONNECTED = "connected"
    BAD_LINK = "bad_link"
    USED_LINK = "used_link"
    DENIED = "denied"
    SCOPE_MISSING = "scope_missing"
    FAILED = "failed"


class NoticeKind(StrEnum):
    CONNECTED = "connected"
    RUN = "run"
    DEAUTHORIZED = "deauthorized"


@dataclass(frozen=True, slots=True)
class Notice:
    """Something to tell a runner in the chat."""

    user_id: int
    chat_id: int
    language: str | None
    kind: NoticeKind
    knee_status: str = "ok"
    timezone: str | None = None
    outcome: Outcome | None = None


@dataclass(frozen=True, slots=True)
class StravaLink:
    """What Strava's use cases need: the client, the cipher, the database, the OAuth bits."""

    client: StravaClient
    cipher: TokenCipher
    sessions: async_sessionmaker[AsyncSession]
    state_secret: str
    redirect_uri: str
    subscription_id: int | None = None
    """When set, push events naming another subscription are dropped (forged)."""
    rules: Rules = field(default_factory=Rules)
    """The bot's rules (the after-run check-in's delay, for a run logged from Strava)."""


def connect_url(link: StravaLink, user_id: int, now: datetime) -> str:
    """The "Connect Strava" link for this runner (its state expires, bot.strava.state)."""
    return link.client.authorize_url(link.redirect_uri, sign_state(link.state_secret, user_id, now))


async def complete_connection(
    link: StravaLink, query: Mapping[str, str], now: datetime
) -> tuple[Connect, Notice | None]:
    """Strava's answer at the callback: checked, tokens exchanged and stored encrypted."""
    try:
        state = read_state(link.state_secret, query.get("state", ""), now)
    except BadState as error:
        log.info("Strava callback refused: %s state", error.reason)
        return Connect.BAD_LINK, None
    if query.get("error"):
        return Connect.DENIED, None
    if SCOPE not in query.get("scope", "").split(","):
        return Connect.SCOPE_MISSING, None
    async with link.sessions.begin() as session:
        user = await users.get(session, state.user_id)
        if user is None or user.consent != "given":
            return Connect.BAD_LINK, None
        if await strava.nonce_used(session, state.user_id, state.nonce):
            return Connect.USED_LINK, None
    try:
        tokens = await link.client.exchange_code(query.get("code", ""))
    except StravaError as error:
        log.warning("Strava token exchange failed: %s", error)
        return Connect.FAILED, None
    if tokens.athlete_id is None:
        return Connect.FAILED, None
    async with link.sessions.begin() as session:
        if await strava.nonce_used(session, state.user_id, state.nonce):
            return Connect.USED_LINK, None
        await strava.save_connection(
            session, state.user_id, athlete_id=tokens.athlete_id, scope=query.get("scope", ""),
            access_token=link.cipher.encrypt(tokens.access_token),
            refresh_token=link.cipher.encrypt(tokens.refresh_token),
            expires_at=tokens.expires_at, nonce=state.nonce, now=now,
        )  # fmt: skip
        user = await users.get(session, state.user_id)
        assert user is not None
        notice = Notice(user.id, user.chat_id, user.language, NoticeKind.CONNECTED)
    log.info("Strava connected for a runner")
    return Connect.CONNECTED, notice


async def is_connected(session: AsyncSession, user_id: int) -> bool:
    return await strava.connection(session, user_id) is not None


async def disconnect(link: StravaLink, user_id: int) -> bool:
    """Revoke the access at Strava (best effort) and delete the tokens here; False when there
    was no connection. The local deletion happens even when Strava cannot be reached."""
    async with link.sessions.begin() as session:
        row = await strava.connection(session, user_id)
        stored = row.access_token if row is not None else None
    if stored is None:
        return False
    try:
        await link.client.deauthorize(link.cipher.decrypt(stored))
    except (StravaError, ValueError) as error:
        log.warning("could not revoke the Strava token at Strava: %s", error)
    async with link.sessions.begin() as session:
        await strava.delete_connection(session, user_id)
    return True
