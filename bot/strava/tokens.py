"""Strava tokens encrypted at rest with Fernet (AES-128-CBC + HMAC), key from the settings."""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken


class BadKey(ValueError):
    """TOKEN_ENCRYPTION_KEY is not a Fernet key (the message never holds the key)."""


class TokenCipher:
    """Encrypts and decrypts tokens; the key is checked when the cipher is made."""

    def __init__(self, key: str) -> None:
        try:
            self._fernet = Fernet(key.encode())
        except (ValueError, TypeError):
            raise BadKey(
                "TOKEN_ENCRYPTION_KEY is not a Fernet key (32 url-safe base64 bytes)"
            ) from None

    def encrypt(self, token: str) -> str:
        return self._fernet.encrypt(token.encode()).decode()

    def decrypt(self, stored: str) -> str:
        """The token, or ValueError when it was encrypted with another key or altered."""
        try:
            return self._fernet.decrypt(stored.encode()).decode()
        except InvalidToken:
            raise ValueError("a stored Strava token does not decrypt with this key") from None

    def works(self) -> bool:
        """A round trip succeeds (`bot check`)."""
        return self.decrypt(self.encrypt("check")) == "check"
