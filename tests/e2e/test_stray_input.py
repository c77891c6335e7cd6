"""Nothing a runner does goes unanswered: unknown or stale buttons, forged shoe presses,
free text under the settings menu, photos, voice messages and stickers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from bot.storage import deliveries, plans, users
from bot.storage.models import Delivery, Plan
from emulator import EmulatedUser, TranscriptEntry
from emulator.state import CallbackQueryRecord
from tests.e2e.harness import BotHarness
from tests.e2e.test_everyday import runner_with_plan

UNKNOWN_BUTTON = "That button is old or unknown"
TOO_LATE = "That reminder has passed; nothing to do."


async def press_data(
    harness: BotHarness, runner: EmulatedUser, message: TranscriptEntry, data: str
) -> str:
    """Press a button carrying `data` under `message`, as an old or modified client could."""
    state = harness.emulator.state
    stored = state.find_message(runner.chat_id, message.message_id)
    assert stored is not None
    query = CallbackQueryRecord(
        id=state.new_id("cbq"), user_id=runner.user_id, chat_id=runner.chat_id,
        message_id=message.message_id, data=data,
    )  # fmt: skip
    state.callback_queries[query.id] = query
    harness.emulator.queue.push(
        "callback_query",
        {
            "id": query.id, "from": runner.profile, "message": state.message_json(stored),
            "chat_instance": f"instance{runner.chat_id}", "data": data,
        },
    )  # fmt: skip
    return query.id


async def send_media(harness: BotHarness, runner: EmulatedUser, content: dict[str, Any]) -> None:
    """The runner sends a non-text message (photo, voice, sticker...)."""
    state = harness.emulator.state
    runner.chat.known_to_bot = True  # as when the runner writes anything
    harness.emulator.queue.push(
        "message",
        {
            "message_id": runner.chat.allocate_message_id(), "from": runner.profile,
            "chat": state.chat_json(runner.chat), "date": harness.emulator.now_seconds(),
            **content,
        },
    )  # fmt: skip


async def shoe_km(harness: BotHarness, user_id: int) -> float:
    async with harness.session() as session:
        plan = await session.get(Plan, user_id)
    assert plan is not None
    return plan.shoe_km


# C1: buttons no feature claims ----------------------------------------------------------------


async def test_unknown_button_data_is_answered_and_known_buttons_still_work(
    harness: BotHarness,
) -> None:
    runner = harness.user(8001)
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    for data in ("zz:1:x", "hello", "p"):
        answered = await runner.wait_callback_answered(
            await press_data(harness, runner, welcome, data)
        )
        assert UNKNOWN_BUTTON in (answered.text or ""), data
    consent = await runner.wait_callback_answered(
        await runner.press_button(welcome, text="I agree")
    )
    assert consent.text is None  # the consent handler answered, not the catch-all
    assert "/quiz" in ((await runner.wait_for_edit(welcome)).text or "")


# C2: the new-shoes button checks its delivery id ---------------------------------------------


async def test_new_shoes_from_a_forged_or_foreign_button_changes_nothing(
    harness: BotHarness,
) -> None:
    runner = harness.user(8002)
    await runner_with_plan(harness, 8002)
    await runner_with_plan(harness, 8003)
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 8002)
        assert plan is not None
        plan.shoe_km = 640.0
        [own_reminder, *_] = await deliveries.pending_for_user(session, 8002)
        now = harness.clock.now()
        foreign = Delivery(
            user_id=8003, kind="shoes", due_at=now, state="sent", sent_at=now, attempts=1
        )
        session.add(foreign)
        await session.flush()
        own_id, foreign_id = own_reminder.id, foreign.id
    await runner.send_command("/plan")
    week = await runner.next_bot_message()
    for data in (f"sh:{own_id}:new", f"sh:{foreign_id}:new", "sh:999999:new", "sh:x:new"):
        pressed = await press_data(harness, runner, week, data)
        answered = await runner.wait_callback_answered(pressed)
        assert answered.text == TOO_LATE, data
    assert await shoe_km(harness, 8002) == 640.0
    assert not any("count from zero" in (m.text or "") for m in runner.bot_messages())


async def test_an_old_shoe_nudge_pressed_again_after_a_reset_changes_nothing(
    harness: BotHarness,
) -> None:
    runner = harness.user(8004)
    await runner_with_plan(harness, 8004)
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 8004)
        assert plan is not None
        plan.shoe_km = 640.0
    await runner.send_command("/plan")
    await runner.next_bot_message()
    harness.clock.advance(timedelta(days=6, hours=13, minutes=31))  # Sunday's shoe check
    await harness.tick()
    nudge = await runner.wait_for(
        lambda: next((m for m in runner.bot_messages() if "640 km" in (m.text or "")), None)
    )
    await runner.wait_callback_answered(await runner.press_button(nudge, text="I got new shoes"))
    await runner.wait_for(
        lambda: any("count from zero" in (m.text or "") for m in runner.bot_messages())
    )
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 8004)
        assert plan is not None
        plan.shoe_km = 35.0  # the new pair has run since
    harness.clock.advance(timedelta(days=3))
    again = await runner.wait_callback_answered(
        await runner.press_button(nudge, text="I got new shoes")
    )
    assert again.text == TOO_LATE
    assert await shoe_km(harness, 8004) == 35.0


# C3: stale buttons point to the command that starts their flow again --------------------------


async def test_stale_settings_plan_and_consent_buttons_name_their_own_command(
    harness: BotHarness,
) -> None:
    runner = harness.user(8005)
    await runner_with_plan(harness, 8005)
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    await runner.press_button(menu, text="Done")
    await runner.wait_for_edit(menu)
    stale = await runner.wait_callback_answered(await press_data(
        harness, runner, menu, next(b["callback_data"] for row in menu.inline_buttons
                                    for b in row if b["text"] == "Time zone"),
    ))  # fmt: skip
    assert "/settings" in (stale.text or "") and "/quiz" not in (stale.text or "")

    async with harness.runtime.sessions_begin() as session:
        users_plan = await plans.get(session, 8005)
        assert users_plan is not None
        users_plan.confirmed_at = None
        user = await users.get(session, 8005)
        assert user is not None
        user.plan_confirmed_at = None
    await runner.send_command("/plan")
    zones = await runner.next_bot_message()
    assert "time zone" in (zones.text or "").lower()
    await runner.send_command("/cancel")
    await runner.next_bot_message()
    stale = await runner.wait_callback_answered(
        await runner.press_button(zones, text="Europe/Berlin")
    )
    assert "/plan" in (stale.text or "") and "/quiz" not in (stale.text or "")

    stale = await runner.wait_callback_answered(await press_data(harness, runner, zones, "c:0:x"))
    assert "/start" in (stale.text or "") and "/quiz" not in (stale.text or "")


# C4: free text under the settings menu --------------------------------------------------------


async def test_free_text_under_the_settings_menu_gets_a_hint_and_the_menu_again(
    harness: BotHarness,
) -> None:
    runner = harness.user(8006)
    await runner_with_plan(harness, 8006)
    await runner.send_command("/settings")
    await runner.next_bot_message()
    await runner.send_text("make it earlier please")
    assert "use the buttons" in ((await runner.next_bot_message()).text or "")
    menu = await runner.next_bot_message()
    assert "Settings" in (menu.text or "")
    assert "Time zone" in [b["text"] for row in menu.inline_buttons for b in row]
    await runner.press_button(menu, text="Time zone")
    assert "time zone" in ((await runner.wait_for_edit(menu)).text or "").lower()


# C5: photos, voice messages, stickers ---------------------------------------------------------


async def test_photos_voice_messages_and_stickers_get_a_friendly_answer(
    harness: BotHarness,
) -> None:
    runner = harness.user(8007)
    media: list[dict[str, Any]] = [
        {"photo": [{"file_id": "ph1", "file_unique_id": "u1", "width": 90, "height": 90}]},
        {"voice": {"file_id": "vo1", "file_unique_id": "u2", "duration": 3}},
        {"sticker": {"file_id": "st1", "file_unique_id": "u3", "width": 512, "height": 512,
                     "is_animated": False, "is_video": False, "type": "regular"}},
    ]  # fmt: skip
    for content in media:
        await send_media(harness, runner, content)
        reply = (await runner.next_bot_message()).text or ""
        assert "/help" in reply, content


async def test_done_or_snooze_forged_onto_a_non_habit_row_changes_nothing(
    harness: BotHarness,
) -> None:
    """Snooze on an escalation or a check-in row would queue a second copy of it."""
    runner = harness.user(8010)
    await runner_with_plan(harness, 8010)
    async with harness.runtime.sessions_begin() as session:
        now = harness.clock.now()
        rows = [
            Delivery(user_id=8010, kind=kind, due_at=now, state="sent", sent_at=now, attempts=1)
            for kind in ("escalation", "checkin", "shoes")
        ]
        session.add_all(rows)
        await session.flush()
        ids = [row.id for row in rows]
    await runner.send_command("/plan")
    week = await runner.next_bot_message()
    rows_before = await delivery_count(harness, 8010)
    for row_id in ids:
        for action in ("s30", "done"):
            pressed = await press_data(harness, runner, week, f"r:{row_id}:{action}")
            answered = await runner.wait_callback_answered(pressed)
            assert answered.text == TOO_LATE, (row_id, action)
    async with harness.session() as session:
        responses = list(await session.scalars(
            select(Delivery.response).where(Delivery.id.in_(ids))
        ))  # fmt: skip
    assert responses == [None, None, None]
    assert await delivery_count(harness, 8010) == rows_before  # no snoozed copy queued


async def delivery_count(harness: BotHarness, user_id: int) -> int:
    async with harness.session() as session:
        count = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.user_id == user_id)
        )
    return int(count or 0)
