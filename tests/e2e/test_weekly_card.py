"""The weekly card end to end: on Sunday evening a picture and its lines arrive through the
deliveries queue; a runner with nothing to say about gets none, and next week's card is queued."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.domain.weekly_card import WEEKLY_CARD_KIND
from bot.storage import plans, users
from bot.storage.models import Checkin, Delivery, Run
from tests.e2e.harness import BotHarness
from tests.e2e.test_everyday import runner_with_plan

SUNDAY_EVENING = datetime(2026, 3, 8, 17, 0, tzinfo=UTC)  # 18:00 in Berlin


async def _cards(harness: BotHarness, user_id: int) -> list[Delivery]:
    async with harness.session() as session:
        rows = await session.scalars(
            select(Delivery)
            .where(Delivery.user_id == user_id, Delivery.kind == WEEKLY_CARD_KIND)
            .order_by(Delivery.due_at)
        )
        return list(rows)


async def _sunday_evening(harness: BotHarness) -> None:
    """Jump to Sunday 18:00 in Berlin and let the dispatcher work through the week's backlog."""
    harness.clock.set(SUNDAY_EVENING)
    for _ in range(6):
        await harness.tick()


async def test_the_card_arrives_on_sunday_evening_and_is_skipped_when_empty(
    harness: BotHarness,
) -> None:
    await runner_with_plan(harness, 7001)  # will run and check in
    await runner_with_plan(harness, 7002)  # says nothing all week
    for user_id in (7001, 7002):
        harness.user(user_id).chat.known_to_bot = True
    assert [row.due_at for row in await _cards(harness, 7001)] == [SUNDAY_EVENING]
    async with harness.runtime.sessions_begin() as session:
        for day, km in ((1, 6.0), (3, 8.5)):
            started = harness.clock.now() + timedelta(days=day)
            session.add(Run(user_id=7001, started_at=started, distance_m=km * 1000, moving_s=2400,
                            source="file", fingerprint=f"r{day}", created_at=started))  # fmt: skip
            session.add(Checkin(user_id=7001, kind="checkin", asked_at=started, status="answered",
                                pain="1-3", zone="green", red_flag=False))  # fmt: skip

    await _sunday_evening(harness)

    runner = harness.user(7001)
    photos = [entry for entry in runner.bot_messages() if entry.photo is not None]
    assert len(photos) == 1
    (card,) = photos
    lines = (card.text or "").split("\n")
    assert lines[0] == "Your week: runs 2, 14.5 km (last week: runs 0, 0 km)."
    assert lines[1].startswith("Nice week! Knee: ok, pain about the same as last week.")
    assert "Next week: up to 16 km" in lines[1]
    assert card.photo is not None and card.photo.startswith(b"\x89PNG")

    quiet = harness.user(7002)
    assert not [entry for entry in quiet.bot_messages() if entry.photo is not None]
    states = [row.state for row in await _cards(harness, 7002)]
    assert states == ["skipped", "pending"]  # nothing to say, and next Sunday's is queued
    sent = await _cards(harness, 7001)
    assert [row.state for row in sent] == ["sent", "pending"]
    assert sent[1].due_at == SUNDAY_EVENING + timedelta(weeks=1)


async def test_the_card_can_be_switched_off(harness: BotHarness) -> None:
    await runner_with_plan(harness, 7003)
    harness.user(7003).chat.known_to_bot = True
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get_or_create(session, 7003)
        plan.toggle_muted(WEEKLY_CARD_KIND)
        user = await users.get(session, 7003)
        assert user is not None
        started = harness.clock.now() + timedelta(days=1)
        session.add(Run(user_id=7003, started_at=started, distance_m=5000, moving_s=1800,
                        source="file", fingerprint="x", created_at=started))  # fmt: skip
    await _sunday_evening(harness)
    assert not [entry for entry in harness.user(7003).bot_messages() if entry.photo is not None]
    assert [row.state for row in await _cards(harness, 7003)] == ["skipped", "pending"]


async def test_the_day_is_chosen_in_settings(harness: BotHarness) -> None:
    await runner_with_plan(harness, 7004)
    runner = harness.user(7004)
    runner.chat.known_to_bot = True
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    assert "🔔 weekly card" in menu.button_texts
    await runner.press_button(menu, text="Weekly card day")
    question = await runner.wait_for_edit(menu)
    assert "weekly card" in (question.text or "")
    assert "✅ Sun" in question.button_texts  # the default day, ticked
    await runner.press_button(question, text="Wed")
    saved = await runner.wait_for_edit(question)
    assert "Saved" in (saved.text or "")
    cards = [row for row in await _cards(harness, 7004) if row.state == "pending"]
    wednesday_evening = datetime(2026, 3, 4, 17, 0, tzinfo=UTC)  # 18:00 in Berlin
    assert [row.due_at for row in cards] == [wednesday_evening]
    async with harness.session() as session:
        plan = await plans.get_or_create(session, 7004)
        assert plan.card_weekday == 2
