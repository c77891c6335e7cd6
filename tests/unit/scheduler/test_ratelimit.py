"""Tests for scheduler.ratelimit through a real PTB bot on simulated time."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from scheduler.ratelimit import SendPermit, SlidingWindow, TokenBucket
from tests.unit.scheduler.conftest import BotFactory
from tests.unit.scheduler.fake_telegram import (
    CONNECT_TIMEOUT,
    TIMEOUT,
    FakeTelegram,
    FakeTime,
    error,
    flood,
)

CHAT = 42
BAD_GATEWAY = error(502, "Bad Gateway")


def offsets(telegram_api: FakeTelegram, fake_time: FakeTime, chat_id: int) -> list[float]:
    """Return when each send to `chat_id` reached Telegram, in seconds from the start."""
    return [fake_time.elapsed(call.at) for call in telegram_api.sends(chat_id)]


async def test_retry_after_is_slept_exactly_then_retried(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot()
    telegram_api.script(CHAT, flood(3))

    message = await bot.send_message(CHAT, "stretch time")

    assert message.text == "stretch time"
    assert fake_time.sleeps == [3.0]
    assert offsets(telegram_api, fake_time, CHAT) == [0.0, 3.0]


async def test_retry_after_pauses_sends_to_other_chats(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot()
    telegram_api.script(CHAT, flood(5))
    flooded = asyncio.create_task(bot.send_message(CHAT, "first"))
    await telegram_api.first_send.wait()  # the 429 has been answered and the pause set

    await bot.send_message(7, "second")
    await flooded

    assert offsets(telegram_api, fake_time, 7) == [5.0]


async def test_flood_waits_are_bounded(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(max_flood_waits=2)
    telegram_api.script(CHAT, flood(1), flood(1), flood(1))

    with pytest.raises(RetryAfter):
        await bot.send_message(CHAT, "hello")

    assert fake_time.sleeps == [1.0, 1.0]
    assert len(telegram_api.sends(CHAT)) == 3


async def test_network_errors_back_off_exponentially_then_give_up(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(max_retries=3)
    telegram_api.script(CHAT, BAD_GATEWAY, CONNECT_TIMEOUT, BAD_GATEWAY, error(503, "Unavailable"))

    with pytest.raises(NetworkError, match="Unavailable"):
        await bot.send_message(CHAT, "hello")

    assert fake_time.sleeps == [1.0, 2.0, 4.0]
    assert len(telegram_api.sends(CHAT)) == 4


async def test_network_errors_recover_on_retry(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(max_retries=3, backoff_base=0.5)
    telegram_api.script(CHAT, CONNECT_TIMEOUT, BAD_GATEWAY)

    message = await bot.send_message(CHAT, "hello")

    assert message.message_id > 0
    assert fake_time.sleeps == [0.5, 1.0]


async def test_a_send_that_may_have_arrived_is_not_retried(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(max_retries=3)
    telegram_api.script(CHAT, TIMEOUT)

    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "hello")

    assert len(telegram_api.sends(CHAT)) == 1
    assert fake_time.sleeps == []


@pytest.mark.parametrize(
    ("reply", "raised"),
    [
        (error(400, "Bad Request: message text is empty"), BadRequest),
        (error(403, "Forbidden: bot was blocked by the user"), Forbidden),
    ],
)
async def test_client_errors_are_not_retried(
    make_bot: BotFactory,
    telegram_api: FakeTelegram,
    fake_time: FakeTime,
    reply: object,
    raised: type[Exception],
) -> None:
    bot = await make_bot(max_retries=3)
    telegram_api.script(CHAT, reply)  # type: ignore[arg-type]

    with pytest.raises(raised):
        await bot.send_message(CHAT, "hello")

    assert len(telegram_api.sends(CHAT)) == 1
    assert fake_time.sleeps == []


async def test_methods_that_do_not_send_are_not_throttled(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(overall_max_rate=2)

    await asyncio.gather(*(bot.get_me() for _ in range(20)))
    await asyncio.gather(*(bot.answer_callback_query(str(n)) for n in range(20)))
    await asyncio.gather(*(bot.send_chat_action(CHAT, "typing") for _ in range(10)))

    assert fake_time.sleeps == []
    assert len(telegram_api.calls) >= 50


@pytest.mark.parametrize(("burst", "expected"), [(3, [0, 0, 0, 1, 2]), (1, [0, 1, 2, 3, 4])])
async def test_private_chat_paced_at_one_per_second_after_burst(
    make_bot: BotFactory,
    telegram_api: FakeTelegram,
    fake_time: FakeTime,
    burst: int,
    expected: list[int],
) -> None:
    bot = await make_bot(chat_burst=burst)

    await asyncio.gather(*(bot.send_message(CHAT, f"m{n}") for n in range(5)))

    assert offsets(telegram_api, fake_time, CHAT) == pytest.approx(expected)


async def test_group_limited_to_twenty_per_minute(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    group = -100123
    bot = await make_bot()

    await asyncio.gather(*(bot.send_message(group, f"m{n}") for n in range(25)))

    times = offsets(telegram_api, fake_time, group)
    assert max(sum(start <= t < start + 60 for t in times) for start in times) == 20
    assert times[20] == pytest.approx(60.0)


def test_token_bucket_refills_at_its_rate() -> None:
    bucket = TokenBucket(rate=2.0, burst=2, now=0.0)
    bucket.take(0.0)
    bucket.take(0.0)

    assert bucket.delay(0.0) == pytest.approx(0.5)
    assert bucket.delay(0.5) == 0.0
    assert not bucket.idle(0.5)
    assert bucket.idle(1.0)


def test_sliding_window_frees_a_slot_when_the_oldest_event_leaves() -> None:
    window = SlidingWindow(limit=2, period=1.0)
    window.take(0.0)
    window.take(0.25)

    assert window.delay(0.5) == pytest.approx(0.5)
    assert window.delay(1.0) == 0.0
    assert not window.idle(1.0)
    assert window.idle(1.25)


def permit(priority: int) -> SendPermit:
    return SendPermit(priority=priority)


async def test_a_reply_goes_ahead_of_waiting_reminders(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(overall_max_rate=2)
    reminders = [
        asyncio.create_task(bot.send_message(100 + n, "stretch", rate_limit_args=permit(1)))
        for n in range(6)
    ]
    await asyncio.sleep(0)  # the reminders are waiting for the budget

    await bot.send_message(CHAT, "here is /help")  # a handler's reply: no permit
    await asyncio.gather(*reminders)

    assert offsets(telegram_api, fake_time, CHAT) == [1.0]  # the next free slot
    reminder_times = [
        fake_time.elapsed(call.at) for call in telegram_api.sends() if call.chat_id != CHAT
    ]
    assert reminder_times == [0.0, 0.0, 1.0, 2.0, 2.0, 3.0]


async def test_waiting_sends_get_the_budget_most_urgent_first(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(overall_max_rate=1)
    blocker = asyncio.create_task(bot.send_message(1, "first", rate_limit_args=permit(1)))
    await asyncio.sleep(0)
    order = [(10, 0), (11, 1), (12, 2), (13, 0), (14, 1), (15, 2)]  # (chat, priority)
    waiting = [
        asyncio.create_task(bot.send_message(chat, "m", rate_limit_args=permit(priority)))
        for chat, priority in order
    ]
    await asyncio.gather(blocker, *waiting)

    sent = [call.chat_id for call in telegram_api.sends()]
    assert sent == [1, 12, 15, 11, 14, 10, 13]  # escalations, reminders, broadcasts; FIFO in each


async def test_a_send_held_by_its_chat_does_not_hold_other_chats(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(overall_max_rate=10, chat_burst=1, chat_per_second=1.0)
    await bot.send_message(CHAT, "first")

    again = asyncio.create_task(bot.send_message(CHAT, "second"))  # its chat must wait 1 s
    await asyncio.sleep(0)
    await bot.send_message(7, "reminder", rate_limit_args=permit(1))
    await again

    assert offsets(telegram_api, fake_time, 7) == [0.0]
    assert offsets(telegram_api, fake_time, CHAT) == [0.0, 1.0]


async def test_a_cancelled_waiter_leaves_the_line(
    make_bot: BotFactory, telegram_api: FakeTelegram, fake_time: FakeTime
) -> None:
    bot = await make_bot(overall_max_rate=1)
    await bot.send_message(1, "first", rate_limit_args=permit(1))
    urgent = asyncio.create_task(bot.send_message(2, "gone", rate_limit_args=permit(2)))
    await asyncio.sleep(0)
    later = asyncio.create_task(bot.send_message(3, "still sent", rate_limit_args=permit(0)))
    await asyncio.sleep(0)

    urgent.cancel()
    await asyncio.gather(urgent, return_exceptions=True)
    async with asyncio.timeout(5):  # the send behind it is woken, not left waiting
        await later

    assert [call.chat_id for call in telegram_api.sends()][-1] == 3
