"""The OAuth state binds Strava's answer to one Telegram user, and expires."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.strava.state import STATE_LIFETIME, BadState, read_state, sign_state

NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
KEY = "a-key-from-the-settings"


def test_a_fresh_state_names_its_user() -> None:
    state = read_state(KEY, sign_state(KEY, 4101, NOW), NOW + timedelta(minutes=29))

    assert (state.user_id, state.expires_at) == (4101, NOW + STATE_LIFETIME)


def test_two_states_for_one_user_differ() -> None:
    assert sign_state(KEY, 4101, NOW) != sign_state(KEY, 4101, NOW)


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        (lambda s: s.replace("4101", "4102", 1), "signature"),
        (lambda s: s[:-1] + ("0" if s[-1] != "0" else "1"), "signature"),
        (lambda s: "", "malformed"),
        (lambda s: "4101.abc.def.ghi", "malformed"),
    ],
)
def test_an_altered_state_is_refused(tamper: object, reason: str) -> None:
    assert callable(tamper)
    with pytest.raises(BadState) as refused:
        read_state(KEY, tamper(sign_state(KEY, 4101, NOW)), NOW)

    assert refused.value.reason == reason


def test_a_state_signed_with_another_key_is_refused() -> None:
    with pytest.raises(BadState, match="signature"):
        read_state(KEY, sign_state("another key", 4101, NOW), NOW)


def test_a_state_expires() -> None:
    state = sign_state(KEY, 4101, NOW)

    with pytest.raises(BadState, match="expired"):
        read_state(KEY, state, NOW + STATE_LIFETIME)
