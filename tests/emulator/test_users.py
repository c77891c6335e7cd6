"""The user side: transcripts as a person sees them, and waiting for the bot without sleeping."""

from __future__ import annotations

import asyncio

import pytest

from emulator import BotApiEmulator, EmulatorUsageError

from .conftest import RawCall

USER_ID = 42
KEYBOARD = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}


async def test_next_bot_message_returns_each_new_message_once(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    await call("sendMessage", chat_id=USER_ID, text="first")
    await call("sendMessage", chat_id=USER_ID, text="second")

    first = await runner.next_bot_message()
    second = await runner.next_bot_message()

    assert (first.text, second.text) == ("first", "second")
    with pytest.raises(TimeoutError):
        await runner.next_bot_message(timeout=0.05)


async def test_next_bot_message_waits_for_a_message_sent_later(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    waiting = asyncio.create_task(runner.next_bot_message(timeout=2.0))

    await call("sendMessage", chat_id=USER_ID, text="later")

    assert (await waiting).text == "later"


async def test_transcript_shows_current_text_after_edits(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    _, sent = await call("sendMessage", chat_id=USER_ID, text="Old", reply_markup=KEYBOARD)
    message = await runner.next_bot_message()
    await runner.press_button(message, text="Yes")
    await call(
        "editMessageText", chat_id=USER_ID, message_id=sent["result"]["message_id"], text="New"
    )

    edited = await runner.wait_for_edit(message)

    assert edited.text == "New" and edited.edit_count == 1 and edited.reply_markup is None
    assert [(entry.sender, entry.text) for entry in runner.transcript] == [
        ("user", "hi"), ("bot", "New")
    ]  # fmt: skip
    with pytest.raises(TimeoutError):
        await runner.wait_for_edit(message, timeout=0.05)


async def test_wait_for_returns_the_predicates_value(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    waiting = asyncio.create_task(
        runner.wait_for(lambda: len(runner.bot_messages()) == 2 and runner.bot_messages())
    )
    await call("sendMessage", chat_id=USER_ID, text="a")
    await call("sendMessage", chat_id=USER_ID, text="b")

    assert [entry.text for entry in await waiting] == ["a", "b"]


async def test_a_group_needs_no_private_chat(emulator: BotApiEmulator, call: RawCall) -> None:
    runner = emulator.user(USER_ID)
    group = emulator.group(-500, "Club")
    await runner.send_command("/plan", chat=group)

    in_group = await call("sendMessage", chat_id=-500, text="Talk to me privately")
    in_private = await call("sendMessage", chat_id=USER_ID, text="hi")

    assert in_group[0] == 200
    assert (await group.next_bot_message()).text == "Talk to me privately"
    assert in_private[1]["description"] == "Bad Request: chat not found"
    assert group.transcript[0].text == "/plan" and runner.transcript == []


async def test_poll_votes_update_counts_and_can_be_retracted(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    ana, ben = emulator.user(1), emulator.user(2)
    await ana.send_text("hi")
    await ben.send_text("hi")
    _, ana_poll = await call("sendPoll", chat_id=1, question="Q?", options=["a", "b"])

    await ana.answer_poll(ana_poll["result"]["message_id"], [0])
    counted = ana.last_bot_message().poll
    await ana.answer_poll(ana_poll["result"]["message_id"], [])
    retracted = ana.last_bot_message().poll

    assert counted is not None and counted.voter_counts == [1, 0]
    assert retracted is not None and retracted.voter_counts == [0, 0]
    with pytest.raises(EmulatorUsageError):
        await ana.answer_poll(ana_poll["result"]["message_id"], [0, 1])
    with pytest.raises(EmulatorUsageError):
        await ana.answer_poll(ana_poll["result"]["message_id"], [5])


async def test_anonymous_polls_send_no_poll_answer(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    _, sent = await call("sendPoll", chat_id=USER_ID, question="Q?", options=["a", "b"])
    await runner.answer_poll(sent["result"]["message_id"], [1])

    _, updates = await call("getUpdates")

    kinds = [next(key for key in update if key != "update_id") for update in updates["result"]]
    assert kinds == ["message", "poll"]


async def test_pressing_a_missing_button_is_a_usage_error(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    await call("sendMessage", chat_id=USER_ID, text="Q", reply_markup=KEYBOARD)
    message = await runner.next_bot_message()

    with pytest.raises(EmulatorUsageError, match="showing"):
        await runner.press_button(message, text="Maybe")


async def test_a_blocked_user_cannot_write_until_unblocking(emulator: BotApiEmulator) -> None:
    runner = emulator.user(USER_ID)
    await runner.block()

    with pytest.raises(EmulatorUsageError):
        await runner.send_text("hi")
    await runner.unblock()
    await runner.send_text("hi")

    assert runner.transcript[-1].text == "hi"


async def test_wait_until_delivered_follows_get_updates(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hi")
    with pytest.raises(TimeoutError):
        await emulator.wait_until_delivered(timeout=0.05)

    await call("getUpdates")
    await emulator.wait_until_delivered(timeout=0.5)
    with pytest.raises(TimeoutError):
        await emulator.wait_until_delivered(timeout=0.05, confirmed=True)
    await call("getUpdates", offset=2)
    await emulator.wait_until_delivered(timeout=0.5, confirmed=True)


async def test_dates_come_from_the_injected_clock(emulator: BotApiEmulator) -> None:
    runner = emulator.user(USER_ID)

    entry = await runner.send_text("hi")

    assert entry.date == int(emulator.clock.now().timestamp())
