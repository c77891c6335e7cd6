"""Tests for scheduler.sender: outcomes, pacing under load and priorities, on simulated time."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from scheduler.sender import (
    Outgoing,
    PhotoPayload,
    PollPayload,
    Priority,
    Sender,
    SenderStoppedError,
    SendResult,
    SendStatus,
    TextPayload,
)
from tests.unit.scheduler.conftest import BotFactory
from tests.unit.scheduler.fake_telegram import FakeTelegram, FakeTime, error, flood

CHAT = 42
SenderFactory = Callable[..., Awaitable[Sender]]


def text_to(chat_id: int, text: str = "time to stretch", priority: Priority = Priority.REMINDER):
    """Build a text job."""
    return Outgoing(chat_id, TextPayload(text), priority)


@pytest.fixture
async def make_sender(make_bot: BotFactory) -> AsyncIterator[SenderFactory]:
    """Build started senders over a fresh bot; stop them after the test."""
    senders: list[Sender] = []

    async def build(*, workers: int = 8, on_blocked: Any = None, **limits: Any) -> Sender:
        sender = Sender(await make_bot(**limits), workers=workers, on_blocked=on_blocked)
        await sender.start()
        senders.append(sender)
        return sender

    yield build
    for sender in senders:
        await sender.stop(drain=False)


async def test_text_message_is_sent_as_html_with_keyboard(
    make_sender: SenderFactory, telegram_api: FakeTelegram
) -> None:
    sender = await make_sender()
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="done")]])

    result = await sender.send(Outgoing(CHAT, TextPayload("<b>Warm up</b>", reply_markup=keyboard)))

    assert result.status is SendStatus.SENT
    assert result.message_id is not None
    [call] = telegram_api.sends(CHAT)
    assert call.parameters["parse_mode"] == "HTML"
    assert call.parameters["text"] == "<b>Warm up</b>"
    assert "reply_markup" in call.parameters


async def test_poll_result_carries_the_poll_id(
    make_sender: SenderFactory, telegram_api: FakeTelegram
) -> None:
    sender = await make_sender()
    poll = PollPayload("How do your knees feel?", ("Fine", "Sore", "Painful"))

    result = await sender.send(Outgoing(CHAT, poll))

    assert result.status is SendStatus.SENT
    assert result.poll_id == f"poll-{result.message_id}"
    [call] = telegram_api.sends(CHAT)
    assert call.endpoint == "sendPoll"
    assert call.parameters["is_anonymous"] is False


async def test_photo_is_sent(make_sender: SenderFactory, telegram_api: FakeTelegram) -> None:
    sender = await make_sender()

    result = await sender.send(Outgoing(CHAT, PhotoPayload(b"\x89PNG fake", caption="Your week")))

    assert result == SendResult(SendStatus.SENT, message_id=result.message_id)
    assert [call.endpoint for call in telegram_api.sends(CHAT)] == ["sendPhoto"]


async def test_blocked_user_is_reported_once_and_not_retried(
    make_sender: SenderFactory, telegram_api: FakeTelegram
) -> None:
    blocked: list[int] = []

    async def mark_inactive(chat_id: int) -> None:
        blocked.append(chat_id)

    sender = await make_sender(on_blocked=mark_inactive)
    telegram_api.script(CHAT, error(403, "Forbidden: bot was blocked by the user"))

    result = await sender.send(text_to(CHAT))

    assert result.status is SendStatus.BLOCKED
    assert result.error == "Forbidden: bot was blocked by the user"
    assert blocked == [CHAT]
    assert len(telegram_api.sends(CHAT)) == 1


async def test_failing_blocked_hook_keeps_the_outcome(
    make_sender: SenderFactory, telegram_api: FakeTelegram
) -> None:
    async def broken_hook(chat_id: int) -> None:
        raise RuntimeError("database down")

    sender = await make_sender(on_blocked=broken_hook)
    telegram_api.script(CHAT, error(403, "Forbidden: bot was blocked by the user"))

    assert (await sender.send(text_to(CHAT))).status is SendStatus.BLOCKED


@pytest.mark.parametrize(
    ("description", "status"),
    [
        ("Bad Request: chat not found", SendStatus.CHAT_NOT_FOUND),
        ("Bad Request: can't parse entities", SendStatus.FAILED),
    ],
)
async def test_bad_requests_map_to_statuses(
    make_sender: SenderFactory,
    telegram_api: FakeTelegram,
    fake_time: FakeTime,
    description: str,
    status: SendStatus,
) -> None:
    sender = await make_sender()
    telegram_api.script(CHAT, error(400, description))

    result = await sender.send(text_to(CHAT))

    assert result.status is status
    assert result.error is not None
    assert fake_time.sleeps == []


async def test_exhausted_retries_fail_after_backoff(
    make_sender: SenderFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    sender = await make_sender(max_retries=2)
    telegram_api.script(CHAT, *[error(502, "Bad Gateway")] * 3)

    result = await sender.send(text_to(CHAT))

    assert result.status is SendStatus.FAILED
    assert result.error == "Bad Gateway"
    assert fake_time.sleeps == [1.0, 2.0]
    assert len(telegram_api.sends(CHAT)) == 3


async def test_flood_wait_is_honoured_and_then_sent(
    make_sender: SenderFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    sender = await make_sender()
    telegram_api.script(CHAT, flood(7))

    result = await sender.send(text_to(CHAT))

    assert result.status is SendStatus.SENT
    assert fake_time.sleeps == [7.0]


@pytest.mark.parametrize("overall", [30, 100])
async def test_burst_to_many_chats_never_exceeds_the_overall_rate(
    make_sender: SenderFactory, telegram_api: FakeTelegram, fake_time: FakeTime, overall: int
) -> None:
    sender = await make_sender(workers=32, overall_max_rate=overall)
    jobs = [text_to(chat_id, priority=Priority.BROADCAST) for chat_id in range(1, 301)]

    results = await asyncio.gather(*(sender.send(job) for job in jobs))

    assert all(result.status is SendStatus.SENT for result in results)
    times = sorted(call.at for call in telegram_api.sends())
    assert len(times) == 300
    busiest = max(sum(start <= t < start + 1.0 for t in times) for start in times)
    assert busiest == overall  # full use of the budget, never more
    assert fake_time.elapsed(times[-1]) == pytest.approx(300 / overall - 1, abs=0.05)


async def test_one_private_chat_is_paced_at_one_per_second(
    make_sender: SenderFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    sender = await make_sender(chat_burst=1)

    await asyncio.gather(*(sender.send(text_to(CHAT, f"m{n}")) for n in range(5)))

    offsets = [fake_time.elapsed(call.at) for call in telegram_api.sends(CHAT)]
    assert offsets == pytest.approx([0, 1, 2, 3, 4])


async def test_escalation_overtakes_a_broadcast_backlog(
    make_sender: SenderFactory, telegram_api: FakeTelegram
) -> None:
    sender = await make_sender(workers=1)
    telegram_api.gate = asyncio.Event()
    broadcasts = [
        sender.submit(text_to(chat_id, "news", Priority.BROADCAST)) for chat_id in range(1, 51)
    ]
    await telegram_api.first_send.wait()  # the worker holds broadcast 1; 49 are waiting
    reminder = sender.submit(text_to(500, "reminder", Priority.REMINDER))
    escalation = sender.submit(text_to(900, "see a physio", Priority.ESCALATION))

    telegram_api.gate.set()
    await asyncio.gather(*broadcasts, reminder, escalation)

    order = [call.chat_id for call in telegram_api.sends()]
    assert order[:3] == [1, 900, 500]
    assert order[3:] == list(range(2, 51))  # FIFO within a priority


async def test_stop_with_drain_delivers_everything_queued(
    make_bot: BotFactory, telegram_api: FakeTelegram
) -> None:
    sender = Sender(await make_bot(), workers=2)
    futures = [sender.submit(text_to(chat_id)) for chat_id in range(1, 11)]
    await sender.start()

    await sender.stop(drain=True)

    assert all(future.result().status is SendStatus.SENT for future in futures)
    assert len(telegram_api.sends()) == 10
    with pytest.raises(SenderStoppedError):
        sender.submit(text_to(CHAT))


async def test_stop_without_drain_cancels_waiting_jobs(
    make_bot: BotFactory, telegram_api: FakeTelegram
) -> None:
    sender = Sender(await make_bot(), workers=1)
    telegram_api.gate = asyncio.Event()  # the first send never completes
    futures = [sender.submit(text_to(chat_id)) for chat_id in range(1, 6)]
    await sender.start()
    await telegram_api.first_send.wait()

    await sender.stop(drain=False)

    assert all(future.cancelled() for future in futures)
    assert len(telegram_api.sends()) == 1
    assert sender.pending == 0


async def test_a_job_whose_caller_gave_up_is_skipped(
    make_bot: BotFactory, telegram_api: FakeTelegram
) -> None:
    sender = Sender(await make_bot(), workers=1)
    abandoned = sender.submit(text_to(1))
    kept = sender.submit(text_to(2))
    abandoned.cancel()
    await sender.start()

    assert (await kept).status is SendStatus.SENT
    assert [call.chat_id for call in telegram_api.sends()] == [2]
    await sender.stop(drain=True)


async def test_before_request_runs_after_the_pacing_wait_and_once_across_a_flood_wait(
    make_sender: SenderFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    sender = await make_sender(chat_per_second=1.0, chat_burst=1)
    hooked_at: list[float] = []

    async def mark_sending() -> bool:
        hooked_at.append(fake_time.now)
        return True

    await sender.send(text_to(CHAT))  # spends the chat's one-message burst
    telegram_api.script(CHAT, flood(3))
    result = await sender.send(text_to(CHAT), before_request=mark_sending)

    assert result.status is SendStatus.SENT
    first, retried = telegram_api.sends(CHAT)[1:]
    assert hooked_at == [first.at]  # after the one-second pacing wait, not before it
    assert fake_time.elapsed(hooked_at[0]) == pytest.approx(1.0)
    assert retried.at > first.at  # the flood wait's retry is the same send: no second hook


async def test_a_withdrawn_send_makes_no_request(
    make_sender: SenderFactory, telegram_api: FakeTelegram
) -> None:
    async def not_ours_any_more() -> bool:
        return False

    result = await (await make_sender()).send(text_to(CHAT), before_request=not_ours_any_more)

    assert result.status is SendStatus.WITHDRAWN
    assert telegram_api.sends(CHAT) == []
