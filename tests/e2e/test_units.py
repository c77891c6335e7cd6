"""Kilometres or miles (issues #14, #16): a runner who picks miles in /settings reads and types
miles everywhere (the plan, the weekly question and its answer, run files, /runs, the /history
axis) while everything is stored in kilometres; a US English Telegram app starts in miles.

The runner (tests.e2e.test_everyday.runner_with_plan) runs Mon/Wed/Fri 08:00 in Berlin; the
clock starts on a Monday at 05:00 UTC, so the Sunday distance question comes 6 days 13 hours on.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.render.history_chart import read_distance_axis
from bot.storage import plans, quizzes
from bot.storage.models import Plan, User, WeeklyDistance
from emulator import EmulatedUser
from tests.activity_files import Leg, gpx
from tests.e2e.harness import BotHarness
from tests.e2e.test_everyday import runner_with_plan
from tests.e2e.test_onboarding import (
    QUIZ_ANSWERS,
    answer_until_result,
    buttons,
    choose_zone,
    consent,
    press,
)


async def newest(runner: EmulatedUser, contains: str) -> str:
    """The text of the newest bot message containing `contains` (waiting for it)."""
    message = await runner.wait_for(
        lambda: next(
            (m for m in reversed(runner.bot_messages()) if contains in (m.text or "")), None
        )
    )
    return message.text or ""


async def test_miles_in_settings_change_every_text_and_the_history_axis(
    harness: BotHarness,
) -> None:
    runner = harness.user(3101)
    await runner_with_plan(harness, 3101)
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 3101)
        assert plan is not None
        plan.weekly_km = 30.0
    await runner.send_command("/plan")
    before = (await runner.next_bot_message()).text or ""
    assert "Weekly distance to hold for now: 30 km" in before

    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    assert "Units: Kilometres" in (menu.text or "")
    step = await press(runner, menu, "Units")
    assert buttons(step)[:2] == ["Kilometres", "Miles"]
    saved = await press(runner, step, "Miles")
    assert "Saved" in (saved.text or "") and "Units: Miles" in (saved.text or "")
    async with harness.session() as session:
        user = await session.get(User, 3101)
    assert user is not None and user.distance_unit == "mi"
    await runner.send_command("/cancel")
    await runner.next_bot_message()

    await runner.send_command("/plan")
    summary = (await runner.next_bot_message()).text or ""
    assert "19 mi" in summary and " km" not in summary  # 30 km, shown as 18.6 → 19 mi

    harness.clock.advance(timedelta(days=6, hours=13, minutes=1))
    await harness.tick()
    question = runner.last_bot_message()
    assert question is not None and "how many miles" in (question.text or "")
    await runner.send_text("15")
    reply = (await runner.next_bot_message()).text or ""
    assert reply.startswith("Noted: 15 mi this week.") and " km" not in reply
    async with harness.session() as session:
        [week] = list(await session.scalars(select(WeeklyDistance)))
        plan_row = await session.get(Plan, 3101)
    assert round(week.km, 1) == 24.1  # stored in kilometres
    assert plan_row is not None and round(plan_row.shoe_km, 1) == 124.1

    harness.clock.advance(timedelta(hours=14))  # Monday 09:01 UTC: the run was this morning
    start = harness.clock.now() - timedelta(hours=2)
    await runner.send_document(gpx(Leg("running", start, 8_000.0)), "run.gpx")
    logged = await newest(runner, "Logged: run on")
    assert "5.0 mi" in logged and " km" not in logged

    await runner.send_command("/runs")
    listed = await newest(runner, "Your last runs")
    assert ": 5.0 mi, " in listed and " km" not in listed
    chart = await runner.wait_for(
        lambda: next((m for m in runner.bot_messages() if m.photo
                      and "logged runs" in (m.text or "")), None)
    )  # fmt: skip
    assert chart.photo is not None

    await runner.send_command("/history")
    history = await runner.wait_for(
        lambda: next((m for m in reversed(runner.bot_messages()) if m.photo
                      and "check-ins, runs" in (m.text or "")), None)
    )  # fmt: skip
    assert history.photo is not None
    assert read_distance_axis(history.photo) == "miles run that day"


async def test_a_us_english_app_starts_in_miles(harness: BotHarness) -> None:
    runner = harness.user(3102, language_code="en-US")
    await consent(runner)
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    while "running shoes" not in (question.text or ""):
        options = buttons(question)
        wanted = next((a for a in QUIZ_ANSWERS if a in options), options[0])  # no red flags
        question = await press(runner, question, wanted)
    assert buttons(question)[:3] == ["Under 310 mi", "310–500 mi", "Over 500 mi"]
    await runner.send_text("hm")  # typed text gets the question again, still in miles
    again = await runner.next_bot_message()
    assert "Please use the buttons" in (again.text or "")
    assert buttons(again)[:3] == ["Under 310 mi", "310–500 mi", "Over 500 mi"]
    result = await answer_until_result(runner, await press(runner, again, "310–500 mi"))
    assert "shoes at 310–500 mi" in (result.text or "")  # the result's reasons in miles too
    assert " km" not in (result.text or "")
    async with harness.session() as session:
        stored = await quizzes.latest_finished(session, 3102)
    assert stored is not None and stored.answers["shoes"] == "km500_800"
    await runner.press_button(result, text="Set up my plan")
    step = await choose_zone(runner, await runner.next_bot_message(), "Europe/Berlin")
    for caption in ("Mon", "Done", "08:00"):
        step = await press(runner, step, caption)
    assert "how many miles" in (step.text or "")
    assert buttons(step)[:5] == ["6 mi", "12 mi", "19 mi", "28 mi", "37 mi"]
    review = await press(runner, step, "12 mi")  # shoes: the quiz asked already, in miles
    assert "12 mi" in (review.text or "")
    assert "your pair is due" in (review.text or "")  # 310–500 mi from the quiz: about 404 mi
    async with harness.session() as session:
        user = await session.get(User, 3102)
        plan = await session.get(Plan, 3102)
    assert user is not None and user.distance_unit is None  # nothing chosen: the default
    assert plan is not None and round(plan.weekly_km or 0, 2) == 19.31

    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    assert "Units: Miles" in (menu.text or "")


async def test_a_kilometre_runner_typing_miles_is_understood(harness: BotHarness) -> None:
    runner = harness.user(3103)
    await runner_with_plan(harness, 3103)
    await runner.send_command("/plan")
    await runner.next_bot_message()
    harness.clock.advance(timedelta(days=6, hours=13, minutes=1))
    await harness.tick()
    question = runner.last_bot_message()
    assert question is not None and "how many kilometres" in (question.text or "")
    await runner.send_text("10 miles")
    reply = (await runner.next_bot_message()).text or ""
    assert reply.startswith("Noted: 16.1 km this week.")

    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    assert "Units: Kilometres" in (menu.text or "")
    shoes = await press(runner, menu, "Shoes")
    assert "type kilometres or the months" in (shoes.text or "")
    assert buttons(shoes)[:4] == ["New (under 100 km)", "Under 500 km", "500–800 km", "Over 800 km"]


async def test_a_miles_runner_gets_the_shoe_nudge_in_miles(harness: BotHarness) -> None:
    runner = harness.user(3104)
    await runner_with_plan(harness, 3104)
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 3104)
        user = await session.get(User, 3104)
        assert plan is not None and user is not None
        plan.shoe_km, user.distance_unit = 640.0, "mi"
    await runner.send_command("/plan")
    summary = (await runner.next_bot_message()).text or ""
    assert "your pair is due" in summary and " km" not in summary
    # Sunday 19:30 Berlin (18:30 UTC) is the weekly shoe check.
    harness.clock.advance(timedelta(days=6, hours=13, minutes=31))
    await harness.tick()
    nudge = await newest(runner, "on them")
    assert "about 398 mi on them. Around 373 mi many" in nudge and " km" not in nudge
