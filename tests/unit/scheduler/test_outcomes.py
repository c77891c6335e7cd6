"""What a send result makes of a delivery: reminders in doubt stay so, escalations go again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.storage import deliveries
from scheduler.dispatcher import ESCALATION_ATTEMPTS, escalation_retry_at, outcome_state
from scheduler.sender import SendStatus


@pytest.mark.parametrize(
    ("status", "kind", "state"),
    [
        (SendStatus.SENT, "warmup", deliveries.SENT),
        (SendStatus.BLOCKED, "warmup", deliveries.BLOCKED),
        (SendStatus.FAILED, "warmup", deliveries.FAILED),
        (SendStatus.CHAT_NOT_FOUND, "warmup", deliveries.FAILED),
        (SendStatus.IN_DOUBT, "warmup", deliveries.IN_DOUBT),
        (SendStatus.IN_DOUBT, "escalation", deliveries.PENDING),
        (SendStatus.SENT, "escalation", deliveries.SENT),
        (SendStatus.FAILED, "escalation", deliveries.FAILED),
        (SendStatus.CHAT_NOT_FOUND, "escalation", deliveries.FAILED),
        (SendStatus.IN_DOUBT, "escalation_followup", deliveries.PENDING),
    ],
)
def test_outcome_state(status: SendStatus, kind: str, state: str) -> None:
    assert outcome_state(status, kind) == state


NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("attempts", "pause"),
    [(0, timedelta(minutes=1)), (1, timedelta(minutes=2)), (4, timedelta(minutes=16)),
     (5, timedelta(minutes=30)), (12, timedelta(minutes=30))],
)  # fmt: skip
def test_a_failed_escalation_is_tried_again_with_growing_pauses(
    attempts: int, pause: timedelta
) -> None:
    assert escalation_retry_at("escalation", deliveries.FAILED, attempts, NOW) == NOW + pause
    assert escalation_retry_at("escalation_followup", deliveries.FAILED, attempts, NOW)


def test_retries_end_after_the_last_attempt_and_never_apply_to_reminders() -> None:
    last = ESCALATION_ATTEMPTS - 1
    assert escalation_retry_at("escalation", deliveries.FAILED, last, NOW) is None
    assert escalation_retry_at("warmup", deliveries.FAILED, 0, NOW) is None
    assert escalation_retry_at("escalation", deliveries.SENT, 0, NOW) is None
    assert escalation_retry_at("escalation", deliveries.BLOCKED, 0, NOW) is None
