"""Everyday use after onboarding: typed distance, stray text, groups, pause and resume."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from bot.services import accounts, planner
from bot.storage import plans, users
from bot.storage.models import Plan, WeeklyDistance
from tests.e2e.harness import BotHarness


async def runner_with_plan(harness: BotHarness, user_id: int) -> None:
    """A consenting runner in Berlin, running Mon/Wed/Fri at 08:00, plan confirmed."""
    rt = harness.runtime
    now = harness.clock.now()
    async with rt.sessions_begin() as session:
        user, _ = await users.touch(session, user_id, user_id, "en", now)
        await accounts.give_consent(session, user, now)
        user.timezone = "Europe/Berlin"
        user.quiz_completed_at = user.plan_confirmed_at = now
        plan = await plans.get_or_create(session, user_id)
        plan.running_days, plan.run_time, plan.shoe_km = "0,2,4", time(8, 0), 100.0
        await planner.replan(session, user, plan, rt.content.rules, now)


async def test_typed_kilometres_answer_the_weekly_distance_question(harness: BotHarness) -> None:
    runner = harness.user(3001)
    await runner_with_plan(harness, 3001)
    await runner.send_command("/plan")  # a real runner has written to the bot before
    await runner.next_bot_message()
    # Monday 05:00 UTC → Sunday 19:00 Berlin (18:00 UTC) is 6 days and 13 hours later.
    harness.clock.advance(timedelta(days=6, hours=13, minutes=1))
    await harness.tick()
    question = runner.last_bot_message()
    assert question is not None and "how many kilometres" in (question.text or "").lower()
    await runner.send_text("lots")
    assert "Please type a number" in ((await runner.next_bot_message()).text or "")
    await runner.send_text("24 km")
    reply = (await runner.next_bot_message()).text or ""
    assert "24 km" in reply
    async with harness.session() as session:
        weeks = list(await session.scalars(select(WeeklyDistance)))
        plan = await session.get(Plan, 3001)
    assert [(w.user_id, w.km) for w in weeks] == [(3001, 24.0)]
    assert plan is not None and plan.shoe_km == 124.0
    await runner.send_text("30")  # the question is answered: no longer taken as distance
    assert "/help" in ((await runner.next_bot_message()).text or "")


async def test_stray_text_gets_a_friendly_hint(harness: BotHarness) -> None:
    runner = harness.user(3002)
    await runner.send_text("hello?")
    assert "/help" in ((await runner.next_bot_message()).text or "")


async def test_commands_in_groups_get_one_answer_asking_for_a_private_chat(
    harness: BotHarness,
) -> None:
    group = harness.emulator.group(-100, "Running club")
    runner = harness.user(3003)
    await runner.send_command("/start", chat=group)
    reply = await group.next_bot_message()
    assert "privately" in (reply.text or "")
    await runner.send_command("/help", chat=group)
    await group.next_bot_message()
    assert len(group.bot_messages()) == 2


async def test_pause_stops_reminders_and_resume_says_when_the_next_comes(
    harness: BotHarness,
) -> None:
    runner = harness.user(3004)
    await runner_with_plan(harness, 3004)
    await runner.send_command("/pause 7")  # the typed form pauses at once
    assert "paused until" in ((await runner.next_bot_message()).text or "")
    harness.clock.advance(timedelta(hours=2))  # past Monday's 07:30 Berlin warm-up
    await harness.tick()
    assert len(runner.bot_messages()) == 1
    await runner.send_command("/resume")
    resumed = (await runner.next_bot_message()).text or ""
    assert "back on" in resumed and "Mon" in resumed


async def test_worn_shoes_get_a_nudge_and_new_shoes_reset_the_count(harness: BotHarness) -> None:
    runner = harness.user(3005)
    await runner_with_plan(harness, 3005)
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 3005)
        assert plan is not None
        plan.shoe_km = 640.0
    await runner.send_command("/plan")
    await runner.next_bot_message()
    # Sunday 19:30 Berlin (18:30 UTC) is the weekly shoe check.
    harness.clock.advance(timedelta(days=6, hours=13, minutes=31))
    await harness.tick()
    nudge = await runner.wait_for(
        lambda: next((m for m in runner.bot_messages() if "640 km" in (m.text or "")), None)
    )
    await runner.press_button(nudge, text="I got new shoes")
    await runner.wait_for(
        lambda: any("count from zero" in (m.text or "") for m in runner.bot_messages())
    )
    async with harness.session() as session:
        plan = await session.get(Plan, 3005)
    assert plan is not None and plan.shoe_km == 0.0 and plan.shoe_since is not None
