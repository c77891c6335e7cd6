"""The OAuth `state`: binds Strava's answer to one Telegram user and expires.

`<user id>.<expires, epoch s>.<nonce>.<HMAC-SHA256 of the rest>`, keyed from
TOKEN_ENCRYPTION_KEY. The nonce is stored with the connection, so the same link cannot connect
twice; a forged or altered state fails the HMAC.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

STATE_LIFETIME = timedelta(minutes=30)
"""Long enough to log in to Strava on a phone, short enough that an old link is useless."""


class BadState(Exception):
    """A `state` that was forged, altered or has expired; `reason` says which (for logs)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"bad OAuth state: {reason}")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class State:
    user_id: int
    expires_at: datetime
    nonce: str


def _signing_key(secret: str) -> bytes:
    return hashlib.sha256(b"kneeguard-strava-state\0" + secret.encode()).digest()


def _mac(secret: str, body: str) -> str:
    return hmac.new(_signing_key(secret), body.encode(), hashlib.sha256).hexdigest()[:32]


def sign_state(secret: str, user_id: int, now: datetime) -> str:
    """A fresh state for this user, valid for STATE_LIFETIME from `now`."""
    expires = int((now + STATE_LIFETIME).timestamp())
    body = f"{user_id}.{expires}.{secrets.token_hex(8)}"
    return f"{body}.{_mac(secret, body)}"


def read_state(secret: str, value: str, now: datetime) -> State:
    """The state's user and nonce, or BadState when forged, altered or expired."""
    parts = value.split(".")
    if len(parts) != 4 or not parts[0].lstrip("-").isdigit() or not parts[1].isdigit():
        raise BadState("malformed")
    body, mac = ".".join(parts[:3]), parts[3]
    if not hmac.compare_digest(mac, _mac(secret, body)):
        raise BadState("signature")
    expires_at = datetime.fromtimestamp(int(parts[1]), UTC)
    if now >= expires_at:
        raise BadState("expired")
    return State(int(parts[0]), expires_at, parts[2])
