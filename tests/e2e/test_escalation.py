"""The knee status over simulated weeks, through the emulator with the hand-driven clock.

The runner (tests.e2e.test_checkins.runner_with_plan) runs Mon/Wed/Fri at 08:00 in Berlin
(UTC+1 in March 2026), 20 km a week: warm-up 06:30 UTC, stretch 08:00, after-run pain poll
10:00, morning poll the next day at 07:00 UTC. The daily knee check while runs are on hold
comes at 08:00 Berlin.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.storage.models import KneeStatusChange, User
from emulator import EmulatedUser, TranscriptEntry
from tests.e2e.harness import BotHarness
from tests.e2e.test_checkins import (
    ESCALATION_TEXT,
    GRADED_RETURN,
    KNEE_CHECK_TEXT,
    P0,
    P1_3,
    P4_5,
    P6_7,
    PAIN_QUESTION,
    STRETCH_TEXT,
    WARMUP_TEXT,
    at,
    day,
    live_until,
    polls,
    received,
    reply_to,
    runner_with_plan,
    settled,
)

URGENT_TEXT = "Please get help today."
CLEARED_BUTTON = "I've been checked: cleared to run"
RUN_TEXTS = (WARMUP_TEXT, STRETCH_TEXT, GRADED_RETURN, "Knee status:")


async def status_of(harness: BotHarness, user_id: int) -> str:
    async with harness.session() as session:
        user = await session.get(User, user_id)
    assert user is not None
    return user.knee_status


def run_messages(runner: EmulatedUser, after: int = 0) -> list[TranscriptEntry]:
    """Run reminders and after-run polls sent after message `after`."""
    return [
        m
        for m in runner.bot_messages()
        if m.message_id > after
        and (
            any((m.text or "").startswith(text) for text in RUN_TEXTS)
            or (m.poll is not None and m.poll.question.startswith(PAIN_QUESTION))
        )
    ]


async def status_card(runner: EmulatedUser) -> TranscriptEntry:
    """Send /status and return the card, reading past anything unread before it."""
    await runner.send_command("/status")
    while not ((message := await runner.next_bot_message()).text or "").startswith("Knee status"):
        pass
    return message


async def test_quiz_red_flag_with_a_plan_holds_runs_until_cleared_then_a_graded_return(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 8101)
    harness.clock.set(day(0, 5))  # Monday 06:00 Berlin
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    await runner.press_button(question, text="Around or behind the kneecap")
    question = await runner.wait_for_edit(question)
    await runner.press_button(question, text="Locked, won't straighten")
    advice = await runner.wait_for_edit(
        question,
    )
    await settled(harness)
    assert (advice.text or "").startswith(URGENT_TEXT)
    assert "Your run reminders are on hold" in (advice.text or "")
    assert await status_of(harness, 8101) == "see_clinician"
    last_before = runner.bot_messages()[-1].message_id

    # Two weeks: not one run reminder, "great job" or progression; one gentle check a day.
    await live_until(harness, runner, day(14, 5), lambda poll: P0)
    assert run_messages(runner, last_before) == []
    assert received(runner, ESCALATION_TEXT) == []  # the quiz's advice was the one message
    checks = received(runner, KNEE_CHECK_TEXT)
    assert len(checks) == 14
    berlin = ZoneInfo("Europe/Berlin")
    local = [datetime.fromtimestamp(m.date, berlin) for m in checks]
    assert {(moment.hour, moment.minute) for moment in local} == {(8, 0)}  # 08:00 Berlin
    assert len({moment.date() for moment in local}) == 14  # once a day

    card = await status_card(runner)
    assert (card.text or "").startswith("Knee status: see a professional.")
    assert "Since Mon 02 Mar: you reported a sign that needs a professional." in (card.text or "")
    assert "Runs come back only when you tell me" in (card.text or "")
    await runner.press_button(card, text=CLEARED_BUTTON)
    cleared = await runner.wait_for_edit(card)
    assert "Runs are back, gently" in (cleared.text or "")
    assert await status_of(harness, 8101) == "returning"

    # Two green weeks of graded return: half distance, no increases, then back to the plan.
    await live_until(harness, runner, day(28, 11), lambda poll: P0)
    back = received(runner, GRADED_RETURN)
    assert back and "10 km" in (back[0].text or "")  # half of the 20 km week
    assert await status_of(harness, 8101) == "ok"
    async with harness.session() as session:
        moves = list(await session.scalars(
            select(KneeStatusChange.status).where(KneeStatusChange.user_id == 8101)
            .order_by(KneeStatusChange.id)
        ))  # fmt: skip
    assert moves == ["see_clinician", "returning", "ok"]
    await live_until(harness, runner, day(30, 9), lambda poll: P0)
    latest = received(runner, WARMUP_TEXT)[-1]
    assert latest.date >= int(day(30, 5).timestamp())  # Wednesday: a plain warm-up again
    assert received(runner, GRADED_RETURN)[-1].date < latest.date


async def test_severe_pain_once_gets_same_day_advice_and_no_zone_reply(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 8102)
    harness.clock.set(day(0, 21, 30))  # 22:30 Berlin: quiet hours never hold this back
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()
    await runner.answer_poll(poll, [4])  # 8–10
    advice = await runner.next_bot_message()
    await settled(harness)

    assert (advice.text or "").startswith(URGENT_TEXT)
    assert "severe pain (8–10 out of 10)" in (advice.text or "")
    assert advice.date == int(day(0, 21, 30).timestamp())
    assert [m for m in runner.bot_messages() if (m.text or "").startswith("Red.")] == []
    assert await status_of(harness, 8102) == "see_clinician"


async def test_mild_and_moderate_alternating_escalate_within_a_week(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8103)
    for offset in range(7):
        harness.clock.set(day(offset, 17))
        option = P4_5 if offset % 2 == 0 else P1_3
        await reply_to(harness, runner, option)
        await settled(harness)
        if received(runner, ESCALATION_TEXT):
            break
    [escalation] = received(runner, ESCALATION_TEXT)
    assert "Three of your check-ins in a week were not green." in (escalation.text or "")
    assert escalation.date <= int(day(6, 17).timestamp())
    assert await status_of(harness, 8103) == "see_clinician"


async def test_red_then_zero_minutes_later_is_still_rest(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8104)
    assert (await reply_to(harness, runner, P6_7)).startswith("Red.")
    harness.clock.advance(timedelta(minutes=5))
    reply = await reply_to(harness, runner, P0)
    assert reply.startswith("Green, good. Rest goes on")
    assert await status_of(harness, 8104) == "rest"


async def test_a_restart_in_every_status_keeps_it(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8105)
    seen: list[str] = []

    async def after_restart() -> str:
        await harness.restart()
        status = await status_of(harness, 8105)
        card = await status_card(runner)
        seen.append(status)
        assert status.replace("see_clinician", "see a professional").replace(
            "returning", "graded return"
        ) in (card.text or "")
        return status

    assert await after_restart() == "ok"
    await reply_to(harness, runner, P4_5)
    assert await after_restart() == "caution"
    await reply_to(harness, runner, P4_5)
    assert await after_restart() == "reduced"
    for _ in range(2):  # two greens on separate days: ok again
        harness.clock.advance(timedelta(days=1))
        await reply_to(harness, runner, P0)
    assert await status_of(harness, 8105) == "ok"
    harness.clock.advance(timedelta(days=6))  # the two ambers leave the 7-day window
    await reply_to(harness, runner, P6_7)
    assert await after_restart() == "rest"
    await at(harness, harness.clock.now() + timedelta(days=1))
    assert run_messages(runner, 0)[-1].date < int(harness.clock.now().timestamp()) - 3600 * 12
    card = await status_card(runner)
    await runner.press_button(card, text="⚠️ Something worries me")
    listing = await runner.next_bot_message()
    await runner.press_button(listing, text="Pain at night or at rest")
    await runner.wait_for_edit(listing)
    await settled(harness)
    assert await after_restart() == "see_clinician"
    card = await status_card(runner)
    await runner.press_button(card, text=CLEARED_BUTTON)
    await runner.wait_for_edit(card)
    assert await after_restart() == "returning"
    assert seen == ["ok", "caution", "reduced", "rest", "see_clinician", "returning"]
    assert polls(runner) != []


async def test_answers_from_before_the_visit_never_escalate_again_after_cleared(
    harness: BotHarness,
) -> None:
    """Three ambers → "get it checked" → cleared: a later amber is the graded return's caution
    (brief §3), not a second "see a professional" counted from the answers that led to it."""
    runner = await runner_with_plan(harness, 8110)
    for offset in (0, 1, 2):
        await at(harness, day(offset, 17))
        await reply_to(harness, runner, P4_5)
        await settled(harness)
    assert len(received(runner, ESCALATION_TEXT)) == 1
    card = await status_card(runner)
    await runner.press_button(card, text=CLEARED_BUTTON)
    await runner.wait_for_edit(card)
    assert await status_of(harness, 8110) == "returning"

    await at(harness, day(3, 17))
    await reply_to(harness, runner, P4_5)
    await settled(harness)

    assert len(received(runner, ESCALATION_TEXT)) == 1
    assert await status_of(harness, 8110) == "caution"
