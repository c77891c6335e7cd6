"""/status and its buttons under odd input: old or forged buttons, "cleared" twice or from
someone else's message, a status button after /delete; and /plan showing the status on top."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.storage.models import KneeStatusChange, User
from emulator import EmulatedUser, TranscriptEntry
from tests.e2e.harness import BotHarness
from tests.e2e.test_checkins import P6_7, reply_to, runner_with_plan, settled

CLEARED_BUTTON = "I've been checked: cleared to run"
WORRY_BUTTON = "⚠️ Something worries me"


async def status_card(runner: EmulatedUser) -> TranscriptEntry:
    await runner.send_command("/status")
    while not ((message := await runner.next_bot_message()).text or "").startswith("Knee status"):
        pass
    return message


async def flagged(harness: BotHarness, runner: EmulatedUser) -> TranscriptEntry:
    """The runner reports "pain at night" from /status: runs held until they are cleared."""
    card = await status_card(runner)
    await runner.press_button(card, text=WORRY_BUTTON)
    listing = await runner.next_bot_message()
    await runner.press_button(listing, text="Pain at night or at rest")
    await runner.wait_for_edit(listing)
    await settled(harness)
    return await status_card(runner)


async def moves(harness: BotHarness, user_id: int) -> int:
    async with harness.session() as session:
        return int(
            await session.scalar(
                select(func.count())
                .select_from(KneeStatusChange)
                .where(KneeStatusChange.user_id == user_id)
            )
            or 0
        )


async def test_status_tells_where_the_knee_stands_and_plan_shows_it_on_top(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 8201)
    card = await status_card(runner)
    assert (card.text or "").startswith("Knee status: ok.")
    assert "not a diagnosis" in (card.text or "")
    assert card.button_texts == [WORRY_BUTTON]  # nothing to clear while runs are not held

    assert (await reply_to(harness, runner, P6_7)).startswith("Red.")
    card = await status_card(runner)
    assert (card.text or "").startswith("Knee status: rest.")
    assert "a red check-in" in (card.text or "")
    assert "48 hours of rest and two green check-ins on different days" in (card.text or "")
    await runner.send_command("/plan")
    plan = await runner.next_bot_message()
    assert (plan.text or "").startswith("⛔ Knee status: rest")


async def test_cleared_twice_changes_nothing_the_second_time(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8202)
    card = await flagged(harness, runner)
    older = await status_card(runner)  # a second copy of the card, with the same buttons

    await runner.press_button(card, text=CLEARED_BUTTON)
    await runner.wait_for_edit(card)
    before = await moves(harness, 8202)
    query = await runner.press_button(older, text=CLEARED_BUTTON)
    notice = await runner.wait_callback_answered(query)

    assert "Nothing to change" in (notice.text or "")
    assert await moves(harness, 8202) == before
    async with harness.session() as session:
        user = await session.get(User, 8202)
    assert user is not None and user.knee_status == "returning"


async def test_a_forged_status_button_is_answered_and_changes_nothing(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 8203)
    card = await flagged(harness, runner)
    stored = harness.emulator.state.find_message(8203, card.message_id)
    assert stored is not None and stored.reply_markup is not None
    stored.reply_markup["inline_keyboard"].append([{"text": "x", "callback_data": "ks:0:ok"}])
    stored.reply_markup["inline_keyboard"].append([{"text": "y", "callback_data": "w:0:nope"}])
    before = await moves(harness, 8203)

    notice = await runner.wait_callback_answered(await runner.press_button(card, data="ks:0:ok"))
    assert notice.text
    await runner.press_button(card, data="w:0:nope")
    reply = await runner.next_bot_message()

    assert "old or unknown" in (reply.text or "")
    assert await moves(harness, 8203) == before


async def test_a_status_button_after_delete_changes_nothing_and_says_so(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 8204)
    card = await flagged(harness, runner)
    await runner.send_command("/delete")
    question = await runner.next_bot_message()
    await runner.press_button(question, text="Yes, delete everything")
    await runner.wait_for_edit(question)
    await settled(harness)

    notice = await runner.wait_callback_answered(
        await runner.press_button(card, text=CLEARED_BUTTON)
    )

    assert "nothing changed" in (notice.text or "")
    async with harness.session() as session:
        assert await session.get(User, 8204) is None
        assert await moves(harness, 8204) == 0


async def test_cleared_pressed_by_someone_else_changes_nothing(harness: BotHarness) -> None:
    """A button reached from another chat (a forwarded copy, a modified client) is not theirs."""
    runner = await runner_with_plan(harness, 8205)
    other = await runner_with_plan(harness, 8206)
    await flagged(harness, other)
    card = await flagged(harness, runner)
    before = await moves(harness, 8206)

    stranger = harness.emulator.state.find_message(8205, card.message_id)
    assert stranger is not None
    harness.emulator.queue.push(
        "callback_query",
        {
            "id": "forged-1",
            "from": other.profile,
            "message": {
                "message_id": card.message_id,
                "date": card.date,
                "chat": {"id": 8205, "type": "private"},
                "text": card.text,
            },
            "chat_instance": "8205",
            "data": "ks:0:cleared",
        },
    )
    await settled(harness)

    assert await moves(harness, 8206) == before
    async with harness.session() as session:
        user = await session.get(User, 8206)
    assert user is not None and user.knee_status == "see_clinician"


async def test_the_daily_knee_check_moves_with_a_time_zone_set_before_any_plan(
    harness: BotHarness,
) -> None:
    """Flagged from /status with no plan yet: the daily check is queued at 08:00 UTC; setting
    the zone in /settings moves it to 08:00 local at once, and again on the next change."""
    from datetime import time
    from zoneinfo import ZoneInfo

    from bot.storage.models import Delivery
    from tests.e2e.test_onboarding import consent, press

    runner = harness.user(8801)
    await consent(runner)
    await flagged(harness, runner)

    async def knee_check_local_times(zone: str) -> set[time]:
        async with harness.session() as session:
            due = await session.scalars(
                select(Delivery.due_at).where(
                    Delivery.user_id == 8801, Delivery.kind == "knee_check",
                    Delivery.state == "pending",
                )
            )  # fmt: skip
            return {moment.astimezone(ZoneInfo(zone)).time() for moment in due}

    assert await knee_check_local_times("UTC") == {time(8, 0)}
    for zone in ("Europe/Berlin", "Asia/Tokyo"):
        await runner.send_command("/settings")
        await settled(harness)
        menu = runner.bot_messages()[-1]
        await press(runner, menu, "Time zone")
        await runner.send_text(zone)
        await settled(harness)
        assert await knee_check_local_times(zone) == {time(8, 0)}
