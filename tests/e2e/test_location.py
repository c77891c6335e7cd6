"""The time-zone step offers a "📍 Share location" reply keyboard; a pin sets the zone."""

from __future__ import annotations

from emulator import EmulatedUser, TranscriptEntry
from tests.e2e.harness import BotHarness
from tests.e2e.test_onboarding import buttons, consent, finish_quiz, press

SHARE = "📍 Share location"
LISBON = (38.7223, -9.1393)
OSAKA = (34.6937, 135.5023)


async def zone_of(harness: BotHarness, user_id: int) -> str | None:
    from bot.storage.models import User

    async with harness.session() as session:
        user = await session.get(User, user_id)
    return user.timezone if user else None


async def open_setup(runner: EmulatedUser) -> TranscriptEntry:
    """Consent, quiz, "Set up my plan": the time-zone step and the keyboard offered below it."""
    await consent(runner)
    result = await finish_quiz(runner)
    await runner.press_button(result, text="Set up my plan")
    step = await runner.next_bot_message()
    offer = await runner.next_bot_message()
    assert "time zone" in (step.text or "").lower() and "Europe/Berlin" in buttons(step)
    assert "Share location" in (offer.text or "")
    return step


async def test_a_shared_location_sets_the_zone_in_plan_setup(harness: BotHarness) -> None:
    runner = harness.user(3201)
    step = await open_setup(runner)
    keyboard = runner.reply_keyboard
    assert keyboard is not None
    assert keyboard["keyboard"] == [[{"text": SHARE, "request_location": True}]]
    assert keyboard["one_time_keyboard"] is True and keyboard["resize_keyboard"] is True

    await runner.tap_location_button(SHARE, *LISBON)

    confirmation = await runner.next_bot_message()
    assert "Time zone set to Europe/Lisbon" in (confirmation.text or "")
    assert confirmation.reply_markup == {"remove_keyboard": True}
    assert runner.reply_keyboard is None
    days = await runner.next_bot_message()  # the next step below the pin and the confirmation
    assert "On which days" in (days.text or "") and "Mon" in buttons(days)
    old = await runner.wait_for(
        lambda: (m := runner.message(step.message_id)) and not m.inline_buttons and m
    )
    assert "time zone" in (old.text or "").lower()  # one live question: the old copy is inert
    assert await zone_of(harness, 3201) == "Europe/Lisbon"
    await press(runner, days, "Mon")  # the flow goes on from the new message


async def test_settings_time_zone_takes_a_location_and_returns_to_the_menu(
    harness: BotHarness,
) -> None:
    runner = harness.user(3202)
    step = await open_setup(runner)
    step = await press(runner, step, "Europe/Berlin")  # the listed way stays
    assert "Time zone set to Europe/Berlin" in ((await runner.next_bot_message()).text or "")
    for caption in ("Mon", "Done", "08:00", "20 km", "Looks good"):
        step = await press(runner, step, caption)
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    await press(runner, menu, "Time zone")
    offer = await runner.next_bot_message()
    assert "Share location" in (offer.text or "") and runner.reply_keyboard is not None

    await runner.tap_location_button(SHARE, *OSAKA)

    confirmation = await runner.next_bot_message()
    assert "Time zone set to Asia/Tokyo" in (confirmation.text or "")
    assert runner.reply_keyboard is None
    saved = await runner.next_bot_message()
    assert "Saved" in (saved.text or "") and "Time zone: Asia/Tokyo" in (saved.text or "")
    assert await zone_of(harness, 3202) == "Asia/Tokyo"


async def test_back_and_cancel_take_the_keyboard_away(harness: BotHarness) -> None:
    runner = harness.user(3203)
    step = await open_setup(runner)
    await runner.send_text("Lisbon")  # typed still works, and the keyboard goes too
    assert "Time zone set to Europe/Lisbon" in ((await runner.next_bot_message()).text or "")
    assert runner.reply_keyboard is None
    await runner.next_bot_message()  # the days step

    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    zones = await press(runner, menu, "Time zone")
    await runner.next_bot_message()
    assert runner.reply_keyboard is not None
    back = await press(runner, zones, "« Back")
    kept = await runner.next_bot_message()
    assert "Time zone unchanged: Europe/Lisbon" in (kept.text or "")
    assert runner.reply_keyboard is None and "Time zone" in buttons(back)

    await press(runner, back, "Time zone")
    await runner.next_bot_message()
    assert runner.reply_keyboard is not None
    await runner.send_command("/cancel")
    stopped = await runner.next_bot_message()
    assert "Stopped" in (stopped.text or "") and runner.reply_keyboard is None
    assert step.message_id < stopped.message_id


async def test_a_location_outside_the_zone_step_removes_the_keyboard_and_explains(
    harness: BotHarness,
) -> None:
    runner = harness.user(3204)
    await open_setup(runner)
    await runner.send_command("/quiz")  # leaves the time-zone step with the keyboard showing
    await runner.next_bot_message()
    assert runner.reply_keyboard is not None

    await runner.tap_location_button(SHARE, *LISBON)

    reply = await runner.next_bot_message()
    assert "only to set your time zone" in (reply.text or "") and runner.reply_keyboard is None
    assert await zone_of(harness, 3204) is None
