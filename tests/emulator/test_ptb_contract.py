"""The real python-telegram-bot Bot parses every answer and update the emulator produces."""

from __future__ import annotations

import pytest
from telegram import Bot as TelegramBot
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputPollOption,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.error import BadRequest, Forbidden

from emulator import BotApiEmulator, EmulatorUsageError

USER_ID = 42
YES_NO = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("Yes", callback_data="yes"),
            InlineKeyboardButton("No", callback_data="no"),
        ]
    ]
)


@pytest.fixture
async def runner_wrote(emulator: BotApiEmulator) -> None:
    await emulator.user(USER_ID).send_text("hi")


async def test_get_me(bot: TelegramBot) -> None:
    me = await bot.get_me()

    assert me.is_bot is True and me.username == "kneeguard_test_bot"
    assert me.can_join_groups is True


@pytest.mark.usefixtures("runner_wrote")
async def test_send_edit_and_markup(bot: TelegramBot, emulator: BotApiEmulator) -> None:
    sent = await bot.send_message(USER_ID, "<i>Ready?</i>", parse_mode="HTML", reply_markup=YES_NO)
    edited = await bot.edit_message_text("Done", USER_ID, sent.message_id)
    restored = await bot.edit_message_reply_markup(USER_ID, sent.message_id, reply_markup=YES_NO)

    assert sent.text == "Ready?" and sent.entities[0].type == "italic"
    assert sent.reply_markup == YES_NO
    assert edited.text == "Done" and edited.reply_markup is None
    assert edited.edit_date is not None
    assert restored.reply_markup == YES_NO
    assert emulator.user(USER_ID).last_bot_message().text == "Done"


@pytest.mark.usefixtures("runner_wrote")
async def test_errors_become_ptb_exceptions(bot: TelegramBot, emulator: BotApiEmulator) -> None:
    sent = await bot.send_message(USER_ID, "Same")

    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Same", USER_ID, sent.message_id)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(777, "nobody")
    await emulator.user(USER_ID).block()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER_ID, "hello?")


@pytest.mark.usefixtures("runner_wrote")
async def test_reply_keyboard_shows_and_can_be_tapped(
    bot: TelegramBot, emulator: BotApiEmulator
) -> None:
    runner = emulator.user(USER_ID)
    await bot.send_message(USER_ID, "Pick", reply_markup=ReplyKeyboardMarkup([["Easy", "Hard"]]))

    tapped = await runner.tap_reply_button("Hard")

    assert runner.last_bot_message().button_texts == ["Easy", "Hard"]
    assert tapped.text == "Hard"


@pytest.mark.usefixtures("runner_wrote")
async def test_a_location_button_sends_a_pin_and_the_keyboard_can_be_removed(
    bot: TelegramBot, emulator: BotApiEmulator
) -> None:
    runner = emulator.user(USER_ID)
    share = KeyboardButton("📍 Share location", request_location=True)
    markup = ReplyKeyboardMarkup([[share]], one_time_keyboard=True, resize_keyboard=True)
    await bot.send_message(USER_ID, "Where are you?", reply_markup=markup)
    await bot.get_updates(timeout=0)  # the "hi" of the fixture
    shown = runner.reply_keyboard

    with pytest.raises(EmulatorUsageError, match="shares a location"):
        await runner.tap_reply_button("📍 Share location")
    await runner.tap_location_button("📍 Share location", 38.72, -9.14)
    [update] = await bot.get_updates(offset=-1, timeout=0)
    await bot.send_message(USER_ID, "Thanks", reply_markup=ReplyKeyboardRemove())

    assert shown is not None and shown["one_time_keyboard"] and shown["resize_keyboard"]
    assert shown["keyboard"][0][0]["request_location"] is True
    assert update.message is not None and update.message.location is not None
    assert (update.message.location.latitude, update.message.location.longitude) == (38.72, -9.14)
    assert runner.reply_keyboard is None


@pytest.mark.usefixtures("runner_wrote")
async def test_poll_send_answer_stop(bot: TelegramBot, emulator: BotApiEmulator) -> None:
    runner = emulator.user(USER_ID)
    options = [InputPollOption("Fine"), InputPollOption("Sore")]
    sent = await bot.send_poll(USER_ID, "How is the knee?", options, is_anonymous=False)
    await runner.answer_poll(sent.message_id, [1])

    stopped = await bot.stop_poll(USER_ID, sent.message_id)
    updates = await bot.get_updates(timeout=0)

    assert sent.poll.is_anonymous is False
    assert [option.voter_count for option in stopped.options] == [0, 1]
    assert stopped.is_closed is True
    answers = [update.poll_answer for update in updates if update.poll_answer]
    assert len(answers) == 1
    assert answers[0].option_ids == (1,)
    assert answers[0].option_persistent_ids == (sent.poll.options[1].persistent_id,)
    assert answers[0].user.id == USER_ID


@pytest.mark.usefixtures("runner_wrote")
async def test_photo_and_document_bytes_reach_the_user(
    bot: TelegramBot, emulator: BotApiEmulator
) -> None:
    runner = emulator.user(USER_ID)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x03rest"

    photo = await bot.send_photo(USER_ID, png, caption="Your week")
    document = await bot.send_document(USER_ID, b'{"a": 1}', filename="export.json")
    file = await bot.get_file(document.document.file_id)
    downloaded = await file.download_as_bytearray()

    assert (photo.photo[-1].width, photo.photo[-1].height) == (2, 3)
    assert photo.caption == "Your week"
    assert document.document.file_name == "export.json"
    assert bytes(downloaded) == b'{"a": 1}'
    photo_entry, document_entry = runner.bot_messages()
    assert photo_entry.kind == "photo" and photo_entry.photo == png
    assert document_entry.kind == "document" and document_entry.file_name == "export.json"


@pytest.mark.usefixtures("runner_wrote")
async def test_callback_query_update_and_answer(bot: TelegramBot, emulator: BotApiEmulator) -> None:
    runner = emulator.user(USER_ID)
    sent = await bot.send_message(USER_ID, "Ready?", reply_markup=YES_NO)
    query_id = await runner.press_button(sent.message_id, data="no")

    updates = await bot.get_updates(timeout=0)
    answered = await bot.answer_callback_query(query_id, text="Noted", show_alert=True)

    query = updates[-1].callback_query
    assert query.id == query_id and query.data == "no"
    assert query.chat_instance and query.message.message_id == sent.message_id
    assert answered is True
    answer = await runner.wait_callback_answered(query_id)
    assert (answer.text, answer.show_alert) == ("Noted", True)
    assert runner.callback_answers == [answer]


async def test_commands_round_trip(bot: TelegramBot) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("help", "What I do")])

    commands = await bot.get_my_commands()
    await bot.delete_my_commands()

    assert [command.command for command in commands] == ["start", "help"]
    assert await bot.get_my_commands() == ()


async def test_descriptions_round_trip_with_a_language_fallback(bot: TelegramBot) -> None:
    await bot.set_my_description("Knee habits for runners.")
    await bot.set_my_short_description("Knees, runners, habits.")
    await bot.set_my_description("Kniegewohnheiten.", language_code="de")

    german = await bot.get_my_description(language_code="de")
    french = await bot.get_my_description(language_code="fr")
    short = await bot.get_my_short_description()
    with pytest.raises(BadRequest, match="too long"):
        await bot.set_my_short_description("x" * 121)
    await bot.set_my_description("", language_code="de")  # an empty one removes it

    assert german.description == "Kniegewohnheiten."
    assert french.description == "Knee habits for runners."
    assert short.short_description == "Knees, runners, habits."
    assert (await bot.get_my_description("de")).description == "Knee habits for runners."


@pytest.mark.usefixtures("runner_wrote")
async def test_chat_actions_are_checked_and_recorded_in_order(
    bot: TelegramBot, emulator: BotApiEmulator
) -> None:
    runner = emulator.user(USER_ID)
    await bot.send_chat_action(USER_ID, "upload_photo")
    sent = await bot.send_message(USER_ID, "Here")
    with pytest.raises(BadRequest, match=r"(?i)wrong parameter action"):
        await bot.send_chat_action(USER_ID, "dancing")

    assert runner.chat_actions == [("upload_photo", sent.message_id - 1)]


async def test_updates_of_every_user_action_parse(
    bot: TelegramBot, emulator: BotApiEmulator
) -> None:
    runner = emulator.user(USER_ID, first_name="Ana", username="ana_runs")
    group = emulator.group(-100, "Club")
    await runner.send_command("/start", args="ref42")
    await runner.share_location(52.52, 13.4)
    await runner.send_text("hello all", chat=group)
    await runner.block()
    await runner.unblock()

    updates = await bot.get_updates(timeout=0)

    start, location, in_group, blocked, unblocked = updates
    assert start.message.text == "/start ref42"
    assert start.message.entities[0].type == "bot_command"
    assert start.message.from_user.username == "ana_runs"
    assert location.message.location.latitude == pytest.approx(52.52)
    assert in_group.effective_chat.type == "group" and in_group.effective_chat.title == "Club"
    assert blocked.my_chat_member.new_chat_member.status == "kicked"
    assert blocked.my_chat_member.old_chat_member.status == "member"
    assert unblocked.my_chat_member.new_chat_member.status == "member"
