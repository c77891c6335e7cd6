"""What a send result makes of a delivery: reminders in doubt stay so, escalations go again."""

from __future__ import annotations

import pytest

from bot.storage import deliveries
from scheduler.dispatcher import outcome_state
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
    ],
)
def test_outcome_state(status: SendStatus, kind: str, state: str) -> None:
    assert outcome_state(status, kind) == state
