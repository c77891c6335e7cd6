"""Raw HTTP against the emulator: Telegram's JSON shapes, status codes and error wording."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from emulator import BotApiEmulator
from emulator.errors import MESSAGE_NOT_MODIFIED, QUERY_TOO_OLD

from .conftest import TOKEN, RawCall

USER_ID = 42
KEYBOARD = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}


async def test_wrong_token_is_unauthorized(call: RawCall) -> None:
    status, body = await call("getMe", token="999:WRONG")

    assert status == 401
    assert body == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_unknown_method_is_not_found(call: RawCall) -> None:
    status, body = await call("sendTelepathy")

    assert status == 404
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_get_me_describes_a_bot(call: RawCall) -> None:
    status, body = await call("getMe")

    assert status == 200 and body["ok"] is True
    me = body["result"]
    assert me["id"] == 123456 and me["is_bot"] is True
    assert {"first_name", "username", "can_join_groups", "supports_inline_queries"} <= set(me)


async def test_method_names_are_case_insensitive_and_get_works(
    emulator: BotApiEmulator, http: aiohttp.ClientSession
) -> None:
    async with http.get(f"{emulator.base_url}{TOKEN}/getme") as response:
        body = await response.json()

    assert body["result"]["is_bot"] is True


async def test_send_message_before_the_user_wrote_is_chat_not_found(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    emulator.user(USER_ID)

    status, body = await call("sendMessage", chat_id=USER_ID, text="hi")

    assert status == 400
    assert body == {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}


async def test_send_message_returns_a_message_with_seconds_from_the_clock(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    await emulator.user(USER_ID).send_text("hello")

    status, body = await call(
        "sendMessage", chat_id=USER_ID, text="<b>Hi</b>", parse_mode="HTML", reply_markup=KEYBOARD
    )

    assert status == 200
    message = body["result"]
    assert message["text"] == "Hi"
    assert message["entities"] == [{"type": "bold", "offset": 0, "length": 2}]
    assert message["date"] == int(emulator.clock.now().timestamp())
    assert message["chat"] == {"id": USER_ID, "type": "private", "first_name": "Runner"}
    assert message["from"]["is_bot"] is True
    assert message["reply_markup"] == KEYBOARD


async def test_form_encoded_parameters_are_coerced(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    await emulator.user(USER_ID).send_text("hello")

    status, body = await call(
        "sendMessage",
        as_form=True,
        chat_id=str(USER_ID),
        text="Plain",
        reply_markup='{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}',
    )

    assert status == 200
    assert body["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a"


async def test_text_limits_and_markup_errors(emulator: BotApiEmulator, call: RawCall) -> None:
    await emulator.user(USER_ID).send_text("hello")

    empty = await call("sendMessage", chat_id=USER_ID, text="")
    too_long = await call("sendMessage", chat_id=USER_ID, text="x" * 4097)
    longest = await call("sendMessage", chat_id=USER_ID, text="x" * 4096)
    markup_only = await call("sendMessage", chat_id=USER_ID, text="<b></b>", parse_mode="HTML")
    bad_html = await call("sendMessage", chat_id=USER_ID, text="<b>x", parse_mode="HTML")

    assert empty == (400, {"ok": False, "error_code": 400,
                           "description": "Bad Request: message text is empty"})  # fmt: skip
    assert too_long[1]["description"] == "Bad Request: message is too long"
    assert longest[0] == 200
    assert markup_only[1]["description"] == "Bad Request: message text is empty"
    assert bad_html[0] == 400
    assert bad_html[1]["description"].startswith("Bad Request: can't parse entities: ")


async def test_callback_data_must_be_1_to_64_bytes(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    await emulator.user(USER_ID).send_text("hello")

    def keyboard(data: str) -> dict[str, object]:
        return {"inline_keyboard": [[{"text": "B", "callback_data": data}]]}

    too_long = await call("sendMessage", chat_id=USER_ID, text="t", reply_markup=keyboard("é" * 33))
    empty = await call("sendMessage", chat_id=USER_ID, text="t", reply_markup=keyboard(""))
    fits = await call("sendMessage", chat_id=USER_ID, text="t", reply_markup=keyboard("x" * 64))

    assert too_long[1]["description"] == "Bad Request: BUTTON_DATA_INVALID"
    assert empty[0] == 400
    assert fits[0] == 200


async def test_caption_is_at_most_1024_characters(
    emulator: BotApiEmulator, http: aiohttp.ClientSession
) -> None:
    await emulator.user(USER_ID).send_text("hello")
    form = aiohttp.FormData()
    form.add_field("chat_id", str(USER_ID))
    form.add_field("caption", "c" * 1025)
    form.add_field("photo", b"bytes", filename="chart.png", content_type="image/png")

    async with http.post(f"{emulator.base_url}{TOKEN}/sendPhoto", data=form) as response:
        body = await response.json()

    assert response.status == 400
    assert body["description"] == "Bad Request: message caption is too long"


async def test_multipart_upload_keeps_bytes_and_serves_them(
    emulator: BotApiEmulator, http: aiohttp.ClientSession, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hello")
    form = aiohttp.FormData()
    form.add_field("chat_id", str(USER_ID))
    form.add_field("document", b"a,b\n1,2\n", filename="data.csv", content_type="text/csv")

    async with http.post(f"{emulator.base_url}{TOKEN}/sendDocument", data=form) as response:
        document = (await response.json())["result"]["document"]
    _, file_body = await call("getFile", file_id=document["file_id"])
    file_url = f"{emulator.file_base_url}{TOKEN}/{file_body['result']['file_path']}"
    async with http.get(file_url) as download:
        downloaded = await download.read()

    assert document["file_name"] == "data.csv" and document["mime_type"] == "text/csv"
    assert downloaded == b"a,b\n1,2\n"
    assert runner.last_bot_message().document == b"a,b\n1,2\n"


async def test_edit_errors_follow_telegram(emulator: BotApiEmulator, call: RawCall) -> None:
    await emulator.user(USER_ID).send_text("hello")
    _, sent = await call("sendMessage", chat_id=USER_ID, text="Same", reply_markup=KEYBOARD)
    message_id = sent["result"]["message_id"]

    unchanged = await call(
        "editMessageText", chat_id=USER_ID, message_id=message_id, text="Same",
        reply_markup=KEYBOARD,
    )  # fmt: skip
    missing = await call("editMessageText", chat_id=USER_ID, message_id=999, text="New")
    changed = await call("editMessageText", chat_id=USER_ID, message_id=message_id, text="New")
    markup_removed_again = await call(
        "editMessageReplyMarkup", chat_id=USER_ID, message_id=message_id
    )

    assert unchanged == (400, {"ok": False, "error_code": 400,
                               "description": f"Bad Request: {MESSAGE_NOT_MODIFIED}"})  # fmt: skip
    assert missing[1]["description"] == "Bad Request: message to edit not found"
    assert changed[0] == 200 and changed[1]["result"]["text"] == "New"
    assert "reply_markup" not in changed[1]["result"], "an edit without markup drops the keyboard"
    assert changed[1]["result"]["edit_date"] == int(emulator.clock.now().timestamp())
    assert markup_removed_again[1]["description"] == f"Bad Request: {MESSAGE_NOT_MODIFIED}"


async def test_delete_message_then_it_is_gone(emulator: BotApiEmulator, call: RawCall) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hello")
    _, sent = await call("sendMessage", chat_id=USER_ID, text="Soon gone")
    message_id = sent["result"]["message_id"]

    first = await call("deleteMessage", chat_id=USER_ID, message_id=message_id)
    second = await call("deleteMessage", chat_id=USER_ID, message_id=message_id)

    assert first == (200, {"ok": True, "result": True})
    assert second[1]["description"] == "Bad Request: message to delete not found"
    assert runner.bot_messages() == []


async def test_answer_callback_query_once(emulator: BotApiEmulator, call: RawCall) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hello")
    _, sent = await call("sendMessage", chat_id=USER_ID, text="Q", reply_markup=KEYBOARD)
    query_id = await runner.press_button(sent["result"]["message_id"], text="Yes")

    first = await call("answerCallbackQuery", callback_query_id=query_id, text="Saved")
    second = await call("answerCallbackQuery", callback_query_id=query_id)
    unknown = await call("answerCallbackQuery", callback_query_id="nope")

    assert first == (200, {"ok": True, "result": True})
    assert second[1]["description"] == f"Bad Request: {QUERY_TOO_OLD}"
    assert unknown[0] == 400 and unknown[1]["description"] == f"Bad Request: {QUERY_TOO_OLD}"
    answer = await runner.wait_callback_answered(query_id)
    assert answer.text == "Saved" and answer.show_alert is False


async def test_blocked_user_gives_403(emulator: BotApiEmulator, call: RawCall) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hello")
    await runner.block()

    status, body = await call("sendMessage", chat_id=USER_ID, text="Still there?")

    assert status == 403
    assert body["description"] == "Forbidden: bot was blocked by the user"


async def test_poll_validation(emulator: BotApiEmulator, call: RawCall) -> None:
    await emulator.user(USER_ID).send_text("hello")

    one_option = await call("sendPoll", chat_id=USER_ID, question="Q?", options=["a"])
    thirteen = await call("sendPoll", chat_id=USER_ID, question="Q?", options=list("abcdefghijklm"))
    long_question = await call("sendPoll", chat_id=USER_ID, question="q" * 301, options=["a", "b"])
    long_option = await call("sendPoll", chat_id=USER_ID, question="Q?", options=["a", "b" * 101])
    empty_question = await call("sendPoll", chat_id=USER_ID, question="", options=["a", "b"])
    fits = await call(
        "sendPoll", chat_id=USER_ID, question="q" * 300, options=[{"text": "a"}, "b" * 100],
        is_anonymous=False,
    )  # fmt: skip

    for refused in (one_option, thirteen, long_question, long_option, empty_question):
        assert refused[0] == 400, refused
    assert fits[0] == 200
    poll = fits[1]["result"]["poll"]
    assert poll["is_anonymous"] is False
    assert [option["persistent_id"] for option in poll["options"]] == [
        f"{poll['id']}-0", f"{poll['id']}-1"
    ]  # fmt: skip


async def test_stop_poll_closes_once(emulator: BotApiEmulator, call: RawCall) -> None:
    await emulator.user(USER_ID).send_text("hello")
    _, sent = await call("sendPoll", chat_id=USER_ID, question="Q?", options=["a", "b"])
    message_id = sent["result"]["message_id"]

    first = await call("stopPoll", chat_id=USER_ID, message_id=message_id)
    second = await call("stopPoll", chat_id=USER_ID, message_id=message_id)

    assert first[0] == 200 and first[1]["result"]["is_closed"] is True
    assert second[1]["description"] == "Bad Request: poll has already been closed"


async def test_commands_per_scope(call: RawCall) -> None:
    commands = [{"command": "start", "description": "Begin"}]

    set_default = await call("setMyCommands", commands=commands)
    in_german = await call("getMyCommands", language_code="de")
    default = await call("getMyCommands")
    invalid = await call("setMyCommands", commands=[{"command": "Bad-Name", "description": "x"}])
    await call("deleteMyCommands")
    after_delete = await call("getMyCommands")

    assert set_default == (200, {"ok": True, "result": True})
    assert in_german[1]["result"] == []
    assert default[1]["result"] == commands
    assert invalid[0] == 400
    assert after_delete[1]["result"] == []


async def test_chat_action_get_chat_close_and_log_out(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    await emulator.user(USER_ID).send_text("hello")

    typing = await call("sendChatAction", chat_id=USER_ID, action="typing")
    dancing = await call("sendChatAction", chat_id=USER_ID, action="dancing")
    chat = await call("getChat", chat_id=USER_ID)
    unknown_chat = await call("getChat", chat_id=777)

    assert typing[1] == {"ok": True, "result": True}
    assert dancing[0] == 400
    assert chat[1]["result"]["id"] == USER_ID and chat[1]["result"]["type"] == "private"
    assert unknown_chat[1]["description"] == "Bad Request: chat not found"
    assert (await call("close"))[1]["result"] is True
    assert (await call("logOut"))[1]["result"] is True


async def test_get_updates_confirms_by_offset_and_honours_limit(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    for text in ("one", "two", "three"):
        await runner.send_text(text)

    _, first_two = await call("getUpdates", limit=2)
    _, again = await call("getUpdates")
    _, after_offset = await call("getUpdates", offset=3)
    _, nothing_left = await call("getUpdates", offset=4)

    assert [update["update_id"] for update in first_two["result"]] == [1, 2]
    assert [update["message"]["text"] for update in again["result"]] == ["one", "two", "three"]
    assert [update["update_id"] for update in after_offset["result"]] == [3]
    assert nothing_left["result"] == []


async def test_get_updates_wakes_when_an_update_arrives(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    runner = emulator.user(USER_ID)
    polling = asyncio.create_task(call("getUpdates", timeout=10))
    await emulator.state.signal.wait_for(lambda: emulator.queue.poller_generation == 1, 2.0)

    await runner.send_text("wake up")
    status, body = await asyncio.wait_for(polling, 2.0)

    assert status == 200
    assert body["result"][0]["message"]["text"] == "wake up"


async def test_get_updates_times_out_with_an_empty_list(call: RawCall) -> None:
    status, body = await call("getUpdates", timeout=0)

    assert (status, body) == (200, {"ok": True, "result": []})


async def test_allowed_updates_filters_kinds(emulator: BotApiEmulator, call: RawCall) -> None:
    runner = emulator.user(USER_ID)
    await runner.send_text("hello")
    await runner.block()

    _, body = await call("getUpdates", allowed_updates=["my_chat_member"])

    assert [list(update)[1] for update in body["result"]] == ["my_chat_member"]


async def test_get_updates_conflicts_with_a_webhook(call: RawCall) -> None:
    await call("setWebhook", url="http://127.0.0.1:9/hook")

    status, body = await call("getUpdates")

    assert status == 409
    assert body["description"].startswith("Conflict: can't use getUpdates method while webhook")


async def test_stop_releases_a_waiting_long_poll(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    polling = asyncio.create_task(call("getUpdates", timeout=30))
    await emulator.state.signal.wait_for(lambda: emulator.queue.poller_generation == 1, 2.0)

    await asyncio.wait_for(emulator.stop(), 2.0)

    status, body = await asyncio.wait_for(polling, 2.0)
    assert (status, body) == (200, {"ok": True, "result": []})


async def test_a_newer_get_updates_terminates_the_waiting_one(
    emulator: BotApiEmulator, call: RawCall
) -> None:
    older = asyncio.create_task(call("getUpdates", timeout=10))
    await emulator.state.signal.wait_for(lambda: emulator.queue.active_polls == 1, 2.0)

    newer = await call("getUpdates", timeout=0)
    status, body = await asyncio.wait_for(older, 2.0)

    assert newer == (200, {"ok": True, "result": []})
    assert status == 409
    assert body["description"].startswith("Conflict: terminated by other getUpdates request")


async def test_a_client_that_gives_up_releases_its_long_poll(
    emulator: BotApiEmulator,
) -> None:
    timeout = aiohttp.ClientTimeout(total=0.2)
    async with aiohttp.ClientSession(timeout=timeout) as impatient:
        url = f"{emulator.base_url}{TOKEN}/getUpdates"
        request = asyncio.create_task(impatient.post(url, json={"timeout": 30}))
        await emulator.state.signal.wait_for(lambda: emulator.queue.active_polls == 1, 2.0)
        with pytest.raises(TimeoutError):
            await request

    await emulator.state.signal.wait_for(lambda: emulator.queue.active_polls == 0, 2.0)


async def test_legacy_markdown_parse_mode(emulator: BotApiEmulator, call: RawCall) -> None:
    await emulator.user(USER_ID).send_text("hello")

    ok = await call("sendMessage", chat_id=USER_ID, text="*bold* and _it_", parse_mode="Markdown")
    broken = await call("sendMessage", chat_id=USER_ID, text="*bold", parse_mode="Markdown")

    assert ok[1]["result"]["text"] == "bold and it"
    assert [entity["type"] for entity in ok[1]["result"]["entities"]] == ["bold", "italic"]
    assert broken[1]["description"].startswith("Bad Request: can't parse entities: ")
