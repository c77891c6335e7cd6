"""Flood limits on an injectable monotonic clock, injected faults, and the counters."""

from __future__ import annotations

from datetime import timedelta

import pytest
from telegram import Bot as TelegramBot
from telegram.error import NetworkError, RetryAfter, TimedOut

from emulator import BotApiEmulator, FaultRule, RateLimits
from emulator.faults import Faults

from .conftest import FakeMonotonic, RawCall

USER_ID = 42


@pytest.fixture
async def runner_wrote(emulator: BotApiEmulator) -> None:
    await emulator.user(USER_ID).send_text("hi")


@pytest.mark.usefixtures("runner_wrote")
async def test_per_chat_burst_then_429_until_time_passes(
    emulator: BotApiEmulator, call: RawCall, monotonic: FakeMonotonic
) -> None:
    burst = [await call("sendMessage", chat_id=USER_ID, text=f"m{index}") for index in range(3)]

    status, body = await call("sendMessage", chat_id=USER_ID, text="one too many")
    monotonic.now += 1.0
    after_a_second = await call("sendMessage", chat_id=USER_ID, text="paced")

    assert [status for status, _ in burst] == [200, 200, 200]
    assert status == 429
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    assert after_a_second[0] == 200
    assert emulator.stats.rate_limited == 1
    assert emulator.stats.rate_limited_by_chat == {USER_ID: 1}
    assert emulator.stats.sent["sendMessage"] == 4


async def test_global_limit_across_chats(emulator: BotApiEmulator, call: RawCall) -> None:
    for user_id in range(1, 32):
        await emulator.user(user_id).send_text("hi")

    statuses = [
        (await call("sendMessage", chat_id=user_id, text="x"))[0] for user_id in range(1, 32)
    ]

    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429


def test_scaled_limits_for_benchmarks() -> None:
    limits = RateLimits().scaled(10)

    assert (limits.global_per_second, limits.per_chat_per_second) == (300, 10)
    assert limits.per_chat_burst == 3


@pytest.mark.usefixtures("runner_wrote")
async def test_disabled_limits_never_refuse(emulator: BotApiEmulator, call: RawCall) -> None:
    emulator.limiter.limits = RateLimits(enabled=False)

    statuses = {(await call("sendMessage", chat_id=USER_ID, text="x"))[0] for _ in range(10)}

    assert statuses == {200}


@pytest.mark.usefixtures("runner_wrote")
async def test_server_error_faults_count_down(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    emulator.faults.add(FaultRule(kind="5xx", method="sendMessage", status=502, count=2))

    results = [await call("sendMessage", chat_id=USER_ID, text="x") for _ in range(3)]

    assert [status for status, _ in results] == [502, 502, 200]
    assert results[0][1]["description"] == "Bad Gateway"
    assert emulator.stats.faults["5xx"] == 2
    assert emulator.user(USER_ID).bot_messages()[-1].text == "x"
    assert len(emulator.user(USER_ID).bot_messages()) == 1


@pytest.mark.usefixtures("runner_wrote")
async def test_faults_match_method_and_chat(emulator: BotApiEmulator, call: RawCall) -> None:
    await emulator.user(7).send_text("hi")
    emulator.faults.add(FaultRule(kind="5xx", chat_id=7))

    other_chat = await call("sendMessage", chat_id=USER_ID, text="x")
    faulty_chat = await call("sendMessage", chat_id=7, text="x")
    other_method = await call("getMe")

    assert (other_chat[0], faulty_chat[0], other_method[0]) == (200, 500, 200)
    assert faulty_chat[1]["description"] == "Internal Server Error"


def test_probabilistic_faults_are_reproducible_with_a_seed() -> None:
    def pattern() -> list[bool]:
        faults = Faults(seed=7)
        faults.add(FaultRule(kind="5xx", rate=0.5))
        return [faults.pick("sendMessage", None) is not None for _ in range(40)]

    first, second = pattern(), pattern()

    assert first == second
    assert 5 < sum(first) < 35


@pytest.mark.usefixtures("runner_wrote")
async def test_faults_through_ptb(emulator: BotApiEmulator, bot: TelegramBot) -> None:
    emulator.faults.add(FaultRule(kind="429", retry_after=3, count=1))
    emulator.faults.add(FaultRule(kind="5xx", status=502, count=1))
    emulator.faults.add(FaultRule(kind="slow", delay=0.05, count=1))

    with pytest.raises(RetryAfter, match="Retry in 0:00:03") as flood:  # PTB_TIMEDELTA (bot/)
        await bot.send_message(USER_ID, "x")
    assert flood.value.retry_after == timedelta(seconds=3)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(USER_ID, "x")
    slow = await bot.send_message(USER_ID, "slow but fine")

    assert slow.text == "slow but fine"
    assert emulator.stats.faults == {"429": 1, "5xx": 1, "slow": 1}


@pytest.mark.usefixtures("runner_wrote")
async def test_timeout_fault_hangs_past_the_read_timeout(
    emulator: BotApiEmulator, bot: TelegramBot
) -> None:
    emulator.faults.add(FaultRule(kind="timeout", method="sendMessage", count=1))

    with pytest.raises(TimedOut):
        await bot.send_message(USER_ID, "lost", read_timeout=0.1)
    delivered = await bot.send_message(USER_ID, "next one")

    assert delivered.text == "next one"
    assert [entry.text for entry in emulator.user(USER_ID).bot_messages()] == ["next one"]


@pytest.mark.usefixtures("runner_wrote")
async def test_timeout_fault_with_a_delay_answers_504(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    emulator.faults.add(FaultRule(kind="timeout", delay=0.05, count=1))

    status, body = await call("sendMessage", chat_id=USER_ID, text="x")

    assert (status, body["description"]) == (504, "Gateway Timeout")


def test_fault_rules_are_checked() -> None:
    with pytest.raises(ValueError):
        FaultRule(kind="5xx", status=404)
    with pytest.raises(ValueError):
        FaultRule(kind="explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        FaultRule(kind="slow", rate=2.0)


@pytest.mark.usefixtures("runner_wrote")
async def test_stats_count_calls_and_errors(emulator: BotApiEmulator, call: RawCall) -> None:
    await call("getMe")
    await call("sendMessage", chat_id=USER_ID, text="")

    assert emulator.stats.calls["getMe"] == 1
    assert emulator.stats.errors[400] == 1
    emulator.stats.reset()
    assert emulator.stats.calls["getMe"] == 0 and emulator.stats.messages_sent == 0
