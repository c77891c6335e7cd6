"""How much one instance may hold on a shared database."""

from __future__ import annotations

from scheduler.dispatcher import claim_horizon


def test_the_claim_horizon_is_two_ticks_of_sending() -> None:
    assert claim_horizon(10, 5.0) == 100
    assert claim_horizon(30, 1.0) == 60


def test_the_claim_horizon_never_starves_the_sender_on_slow_settings() -> None:
    assert claim_horizon(1, 0.5) == 16
