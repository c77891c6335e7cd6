"""Updates the bot cannot serve never stop it: an unreadable one is skipped once, one without a
sender is dropped; the next runner is answered as always (issue 17)."""

from __future__ import annotations

import logging

import pytest

from tests.e2e.harness import BotHarness

SECRET_NAME = "Secret-Name"
# A Bot API server older than 9.6 sends poll answers without option_persistent_ids, which
# python-telegram-bot 22.8 requires: it cannot read this update.
UNREADABLE_POLL_ANSWER = {
    "poll_id": "poll-secret", "option_ids": [0],
    "user": {"id": 7001, "is_bot": False, "first_name": SECRET_NAME},
}  # fmt: skip


def problems(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Log records at ERROR or above, or carrying a traceback."""
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.ERROR or record.exc_info
    ]


async def test_polling_skips_an_update_ptb_cannot_read_and_answers_the_next_runner(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    unreadable = harness.emulator.push_raw_update("poll_answer", UNREADABLE_POLL_ANSWER)
    runner = harness.user(7002)

    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    await harness.emulator.wait_until_delivered(confirmed=True)

    assert welcome.text
    assert harness.emulator.queue.confirmed_through > unreadable  # confirmed, never refetched
    skipped = [r.getMessage() for r in caplog.records if f"skipped update {unreadable}:" in
               r.getMessage()]  # fmt: skip
    assert len(skipped) == 1 and "poll_answer" in skipped[0]
    assert SECRET_NAME not in caplog.text and "poll-secret" not in caplog.text
    assert problems(caplog) == []


async def test_a_private_message_without_a_sender_is_dropped_without_a_traceback(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    runner = harness.user(7003)
    chat = {"id": runner.user_id, "type": "private", "first_name": "Runner"}
    harness.emulator.push_raw_update(
        "message",
        {"message_id": 90, "date": harness.emulator.now_seconds(), "chat": chat, "text": "/start",
         "entities": [{"type": "bot_command", "offset": 0, "length": 6}]},
    )  # fmt: skip

    await runner.send_command("/start")  # same chat: handled after the one without a sender
    await runner.next_bot_message()
    await harness.emulator.wait_until_delivered(confirmed=True)

    assert len(runner.bot_messages()) == 1  # only the answer to the real /start
    assert problems(caplog) == []
