"""/pause with buttons: choose how long, edited in place; the pause ends by itself and says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.domain.vocabulary import PAUSE_END_KIND
from bot.storage import deliveries
from bot.storage.models import Delivery, User
from emulator import EmulatedUser, TranscriptEntry
from tests.e2e.harness import START, BotHarness
from tests.e2e.test_everyday import runner_with_plan

BERLIN = ZoneInfo("Europe/Berlin")
BACK_ON = "Reminders are back on after your pause"
WARMUP_TEXT = "Your run is coming up"
LENGTHS = [["1 day", "3 days"], ["1 week", "2 weeks"], ["Until I resume"], ["Cancel"]]


async def walk(harness: BotHarness, until: datetime, step: timedelta = timedelta(hours=1)) -> None:
    """Move the clock to `until` in steps, running the periodic jobs at each, as in production."""
    while harness.clock.now() < until:
        harness.clock.set(min(harness.clock.now() + step, until))
        await harness.tick()


def texts(runner: EmulatedUser, starting: str) -> list[TranscriptEntry]:
    return [m for m in runner.bot_messages() if (m.text or "").startswith(starting)]


def captions(message: TranscriptEntry) -> list[list[str]]:
    return [[button["text"] for button in row] for row in message.inline_buttons]


async def user_row(harness: BotHarness, user_id: int) -> User:
    async with harness.session() as session:
        user = await session.get(User, user_id)
    assert user is not None
    return user


async def announcements(harness: BotHarness, user_id: int) -> list[Delivery]:
    query = select(Delivery).where(Delivery.user_id == user_id, Delivery.kind == PAUSE_END_KIND)
    async with harness.session() as session:
        return list(await session.scalars(query))


async def pause_with_button(runner: EmulatedUser, caption: str) -> TranscriptEntry:
    """/pause, press `caption`; the question edited in place (its toast answered)."""
    await runner.send_command("/pause")
    question = await runner.next_bot_message()
    query_id = await runner.press_button(question, text=caption)
    await runner.wait_callback_answered(query_id)
    return await runner.wait_for_edit(question)


async def test_pause_asks_how_long_and_ends_by_itself_saying_so(harness: BotHarness) -> None:
    runner = harness.user(3101)
    await runner_with_plan(harness, 3101)  # Berlin; runs Mon/Wed/Fri 08:00; warm-up 07:30
    await runner.send_command("/pause")
    question = await runner.next_bot_message()
    assert "for how long" in (question.text or "") and captions(question) == LENGTHS

    query_id = await runner.press_button(question, text="1 day")
    await runner.wait_callback_answered(query_id)
    paused = await runner.wait_for_edit(question)

    # Monday 06:00 Berlin + 1 day; the question became the answer, no new message.
    assert "paused until Tue 03 Mar 06:00" in (paused.text or "")
    assert paused.inline_buttons == [] and len(runner.bot_messages()) == 1
    assert (await user_row(harness, 3101)).paused_until == START + timedelta(days=1)
    await walk(harness, START + timedelta(hours=4), step=timedelta(minutes=10))  # 07:30 warm-up
    assert texts(runner, WARMUP_TEXT) == []

    # The pause ends at 06:00 Berlin, inside quiet hours (22:00-07:00): the news waits for 07:00.
    await walk(harness, START + timedelta(days=1, minutes=59))
    assert texts(runner, BACK_ON) == []
    await walk(harness, START + timedelta(days=1, hours=1))
    [back_on] = texts(runner, BACK_ON)
    assert back_on.date == int((START + timedelta(days=1, hours=1)).timestamp())
    async with harness.session() as session:
        pending = await deliveries.pending_for_user(session, 3101)
    next_due = pending[0].due_at.astimezone(BERLIN).strftime("%a %H:%M")
    assert f"Next one: {next_due}." in (back_on.text or "")

    await walk(harness, datetime(2026, 3, 4, 6, 30, tzinfo=UTC))  # Wednesday's warm-up
    assert len(texts(runner, WARMUP_TEXT)) == 1
    assert len(texts(runner, BACK_ON)) == 1


async def test_the_announcement_survives_a_restart(harness: BotHarness) -> None:
    runner = harness.user(3102)
    await runner_with_plan(harness, 3102)
    await pause_with_button(runner, "3 days")
    await harness.restart()

    await walk(harness, START + timedelta(days=3, hours=2), step=timedelta(hours=3))
    assert len(texts(runner, BACK_ON)) == 1
    [row] = await announcements(harness, 3102)
    assert row.state == deliveries.SENT


async def test_resume_early_cancels_the_announcement(harness: BotHarness) -> None:
    runner = harness.user(3103)
    await runner_with_plan(harness, 3103)
    await pause_with_button(runner, "1 week")
    assert [row.state for row in await announcements(harness, 3103)] == [deliveries.PENDING]

    await runner.send_command("/resume")
    assert "back on. Next one" in ((await runner.next_bot_message()).text or "")
    assert await announcements(harness, 3103) == []
    await walk(harness, START + timedelta(days=8), step=timedelta(hours=6))
    assert texts(runner, BACK_ON) == []


async def test_cancel_changes_nothing(harness: BotHarness) -> None:
    runner = harness.user(3104)
    await runner_with_plan(harness, 3104)

    cancelled = await pause_with_button(runner, "Cancel")

    assert cancelled.text == "Nothing changed: reminders stay on."
    assert cancelled.inline_buttons == []
    user = await user_row(harness, 3104)
    assert user.paused_until is None and not user.paused_indefinitely
    await walk(harness, START + timedelta(hours=2), step=timedelta(minutes=10))
    assert len(texts(runner, WARMUP_TEXT)) == 1


async def test_pause_when_paused_offers_resume_now_in_place(harness: BotHarness) -> None:
    runner = harness.user(3105)
    await runner_with_plan(harness, 3105)
    await pause_with_button(runner, "2 weeks")

    await runner.send_command("/pause")
    status = await runner.next_bot_message()
    assert "paused until Mon 16 Mar 06:00" in (status.text or "")
    assert captions(status) == [["Resume now", "Keep paused"]]
    await runner.press_button(status, text="Keep paused")
    kept = await runner.wait_for_edit(status)
    assert "paused until" in (kept.text or "") and kept.inline_buttons == []

    await runner.send_command("/pause")
    status = await runner.next_bot_message()
    await runner.press_button(status, text="Resume now")
    resumed = await runner.wait_for_edit(status)
    assert "back on. Next one" in (resumed.text or "")
    assert not (await user_row(harness, 3105)).paused_until
    assert await announcements(harness, 3105) == []


async def test_an_announcement_for_a_pause_that_changed_says_nothing(harness: BotHarness) -> None:
    runner = harness.user(3106)
    await runner_with_plan(harness, 3106)
    await pause_with_button(runner, "1 day")
    async with harness.runtime.sessions_begin() as session:  # the pause moved by another path
        user = await session.get(User, 3106)
        assert user is not None
        user.paused_until = START + timedelta(hours=12)

    await walk(harness, START + timedelta(days=2), step=timedelta(hours=4))

    assert texts(runner, BACK_ON) == []
    assert [row.state for row in await announcements(harness, 3106)] == [deliveries.SKIPPED]


async def test_a_runner_without_a_plan_is_told_the_pause_is_over(harness: BotHarness) -> None:
    runner = harness.user(3107)
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    await runner.press_button(welcome, text="I agree")
    await runner.wait_for_edit(welcome)
    await pause_with_button(runner, "1 day")

    await walk(harness, START + timedelta(days=1, hours=3), step=timedelta(hours=3))

    over = texts(runner, "Your pause is over")
    assert len(over) == 1 and "/plan sets up your week" in (over[0].text or "")


@pytest.mark.parametrize(("caption", "days"), [("3 days", 3), ("1 week", 7), ("2 weeks", 14)])
async def test_each_pause_length_ends_by_itself(
    harness: BotHarness, caption: str, days: int
) -> None:
    """With the clock moved: nothing during the pause, then "back on" once, at the end (06:00
    Berlin is in quiet hours, so at 07:00), and the reminders again."""
    runner = harness.user(3110 + days)
    await runner_with_plan(harness, 3110 + days)
    paused = await pause_with_button(runner, caption)
    assert "paused until" in (paused.text or "")
    assert (await user_row(harness, 3110 + days)).paused_until == START + timedelta(days=days)

    await walk(harness, START + timedelta(days=days, minutes=59), step=timedelta(hours=6))
    assert texts(runner, BACK_ON) == [] and texts(runner, WARMUP_TEXT) == []
    await walk(harness, START + timedelta(days=days, hours=1))
    [back_on] = texts(runner, BACK_ON)
    assert back_on.date == int((START + timedelta(days=days, hours=1)).timestamp())
    await walk(harness, START + timedelta(days=days + 3), step=timedelta(minutes=15))
    assert len(texts(runner, BACK_ON)) == 1 and texts(runner, WARMUP_TEXT) != []
