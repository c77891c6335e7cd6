"""A runner meets the bot: /start, consent, /help, unknown commands, groups."""

from __future__ import annotations

from bot.storage import users
from tests.e2e.harness import BotHarness


async def test_start_explains_and_asks_for_consent(harness: BotHarness) -> None:
    runner = harness.user(1001, first_name="Ana")
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    assert "KneeGuard" in (welcome.text or "")
    assert "not medical advice" in (welcome.text or "")
    captions = [b["text"] for row in welcome.inline_buttons for b in row]
    assert captions == ["I agree", "No, thanks"]


async def test_consent_is_stored_and_pressing_twice_counts_once(harness: BotHarness) -> None:
    runner = harness.user(1002)
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    first = await runner.press_button(welcome, text="I agree")
    second = await runner.press_button(welcome, text="I agree")  # a double tap
    await runner.wait_callback_answered(first)
    await runner.wait_callback_answered(second)
    edited = await runner.wait_for_edit(welcome)
    assert "/quiz" in (edited.text or "")
    async with harness.session() as session:
        user = await users.get(session, 1002)
        assert user is not None and user.consent == "given"
    assert edited.edit_count == 1


async def test_declining_stores_only_the_refusal(harness: BotHarness) -> None:
    runner = harness.user(1003)
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    await runner.press_button(welcome, text="No, thanks")
    edited = await runner.wait_for_edit(welcome)
    assert "/tip" in (edited.text or "")
    async with harness.session() as session:
        user = await users.get(session, 1003)
        assert user is not None and user.consent == "declined" and user.timezone is None


async def test_help_lists_every_command_and_unknown_commands_get_an_answer(
    harness: BotHarness,
) -> None:
    runner = harness.user(1004)
    await runner.send_command("/help")
    help_text = (await runner.next_bot_message()).text or ""
    for command in ("/start", "/quiz", "/plan", "/settings", "/checkin", "/history", "/pause"):
        assert command in help_text
    assert "/broadcast" not in help_text
    await runner.send_command("/nosuchcommand")
    assert "don't know that command" in ((await runner.next_bot_message()).text or "")


async def test_commands_are_registered_with_telegram(harness: BotHarness) -> None:
    commands = await harness.application.bot.get_my_commands()  # type: ignore[union-attr]
    assert {"start", "help", "quiz", "settings", "cancel"} <= {c.command for c in commands}
    assert "broadcast" not in {c.command for c in commands}


async def test_an_old_no_thanks_after_consenting_erases_nothing_and_points_to_privacy(
    harness: BotHarness,
) -> None:
    runner = harness.user(1010)
    await runner.send_command("/start")
    old = await runner.next_bot_message()
    await runner.send_command("/start")
    current = await runner.next_bot_message()
    await runner.press_button(current, text="I agree")
    await runner.wait_for_edit(current)

    query = await runner.press_button(old, text="No, thanks")

    notice = await runner.wait_callback_answered(query)
    assert "/privacy" in (notice.text or "") and notice.show_alert
    async with harness.session() as session:
        user = await users.get(session, 1010)
        assert user is not None and user.consent == "given"
    unchanged = runner.message(old.message_id)
    assert unchanged is not None and unchanged.edit_count == 0
