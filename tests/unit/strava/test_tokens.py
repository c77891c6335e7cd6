"""Strava tokens are encrypted at rest; a wrong key is caught, never printed."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot.strava.tokens import BadKey, TokenCipher


def test_a_token_round_trips_and_is_not_stored_as_is() -> None:
    cipher = TokenCipher(Fernet.generate_key().decode())

    stored = cipher.encrypt("access-1234")

    assert "access-1234" not in stored
    assert cipher.decrypt(stored) == "access-1234"
    assert cipher.works()


def test_another_key_cannot_read_a_stored_token() -> None:
    stored = TokenCipher(Fernet.generate_key().decode()).encrypt("access-1234")

    with pytest.raises(ValueError, match="does not decrypt with this key"):
        TokenCipher(Fernet.generate_key().decode()).decrypt(stored)


def test_a_key_that_is_not_a_fernet_key_is_refused_without_showing_it() -> None:
    with pytest.raises(BadKey) as refused:
        TokenCipher("my-secret-password")

    assert "my-secret-password" not in str(refused.value)
