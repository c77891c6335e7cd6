"""A red flag escalates at once; a week of closer check-ins and a follow-up come after."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.storage.models import Delivery, Escalation
from tests.e2e.harness import BotHarness
from tests.e2e.test_everyday import runner_with_plan


async def test_red_flag_escalates_at_once_then_daily_checkins_and_a_follow_up(
    harness: BotHarness,
) -> None:
    runner = harness.user(5001)
    await runner_with_plan(harness, 5001)
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()
    assert poll.poll is not None
    await runner.press_button(poll, text="Swelling, locking, giving way or can't bear weight")
    urgent = await runner.next_bot_message()
    assert "get help today" in (urgent.text or "").lower()
    escalation = await runner.wait_for(
        lambda: next(
            (m for m in runner.bot_messages() if "get your knee checked" in (m.text or "")), None
        )
    )
    assert "swelling" in (escalation.text or "").lower()
    async with harness.session() as session:
        extra = list(
            await session.scalars(
                select(Delivery).where(Delivery.user_id == 5001, Delivery.payload.is_not(None))
            )
        )
    assert len([row for row in extra if (row.payload or {}).get("extra")]) == 7

    harness.clock.advance(timedelta(days=3, hours=1))
    await harness.tick()
    follow_up = await runner.wait_for(
        lambda: next((m for m in runner.bot_messages() if "Did you manage" in (m.text or "")), None)
    )
    await runner.press_button(follow_up, text="Not yet")
    await runner.wait_for(
        lambda: any("book it soon" in (m.text or "") for m in runner.bot_messages())
    )
    answered = runner.message(follow_up.message_id)
    assert answered is not None and answered.inline_buttons == []  # answered once, no more
    async with harness.session() as session:
        outcome = await session.scalar(select(Escalation.outcome).where(Escalation.user_id == 5001))
        again = await session.scalar(
            select(Delivery).where(
                Delivery.user_id == 5001, Delivery.kind == "escalation_followup",
                Delivery.state == "pending",
            )
        )  # fmt: skip
    assert outcome == "not_yet"
    assert again is not None  # asked again a few days later
