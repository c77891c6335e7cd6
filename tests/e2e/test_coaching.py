"""Coaching that follows the answers: quiz → short result → Why? → plan → the reminders that
plan sends (the cadence cue for a FORM focus, the strength routine's card)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.storage.models import User
from emulator import EmulatedUser, TranscriptEntry
from tests.e2e.harness import BotHarness
from tests.e2e.test_onboarding import buttons, choose_zone, consent, press

HILLY_HEEL_STRIKER = (
    "No pain, I want to prevent it", "None of these", "Same or less", "More hills",
    "Twice a week or more", "Under 500 km", "Long, or a loud heel landing", "Easy jog or drills",
    "It doesn't hurt",
)  # fmt: skip
MONDAY_WARMUP = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)  # 07:30 Berlin, before an 08:00 run
TUESDAY_STRENGTH = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)  # 08:00 Berlin, a day without a run


async def quiz_with(runner: EmulatedUser, answers: tuple[str, ...]) -> TranscriptEntry:
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    for caption in answers:
        question = await press(runner, question, caption)
    return question


def latest(runner: EmulatedUser, starting: str) -> TranscriptEntry:
    return [m for m in runner.bot_messages() if starting in (m.text or "")][-1]


async def test_a_form_focus_runner_from_quiz_to_cadence_cue_and_strength_card(
    harness: BotHarness,
) -> None:
    runner = harness.user(9101)
    await consent(runner)

    result = await quiz_with(runner, HILLY_HEEL_STRIKER)
    text = result.text or ""
    assert "No pain right now" in text
    assert "1. Long strides: more hills, long strides or loud heel landings." in text
    assert "2. Too much, too soon: more hills." in text
    assert "3." not in text and "Shoes" not in text  # nothing else scored

    why = await press(runner, result, "Why?")
    assert "Overstriding and heavy heel landings load the knee" in (why.text or "")
    second = await press(runner, why, "Next cause")
    assert "Faster sessions, more hills or a much longer long run" in (second.text or "")
    assert "30 %" not in (second.text or "")  # this runner's distance did not rise
    back = await press(runner, second, "« Back")
    assert back.text == result.text

    await runner.press_button(back, text="Set up my plan")
    step = await choose_zone(runner, await runner.next_bot_message(), "Europe/Berlin")
    for caption in ("Mon", "Wed", "Fri", "Done", "08:00", "20 km"):
        step = await press(runner, step, caption)
    assert "Focus: Long strides and Too much, too soon" in (step.text or "")
    await press(runner, step, "Looks good")
    async with harness.session() as session:
        user = await session.get(User, 9101)
        assert user is not None and user.top_causes == "FORM,LOAD"

    harness.clock.set(MONDAY_WARMUP)
    await harness.tick()
    warmup = latest(runner, "Your run is coming up")
    assert (warmup.text or "").startswith("Form focus: on this run, take slightly shorter")
    assert "metronome" in (warmup.text or "") and "Source: Heiderscheit 2011" in (warmup.text or "")

    harness.clock.set(TUESDAY_STRENGTH)
    await harness.tick()
    strength = latest(runner, "Strength day.")
    card = strength.text or ""
    for name in ("Glute bridge", "Clamshell or side-lying leg raise", "Step-down", "Split squat"):
        assert f"{name}, 3 × " in card
    assert card.count("Avoid ") == 4 and "Side plank" not in card
    assert "Source: Collins 2018" in card and "not a diagnosis" in card
    assert len(card) < 1000
    assert {"Done", "Skip today"} <= set(buttons(strength))


async def test_a_runner_without_a_form_focus_gets_no_cadence_cue(harness: BotHarness) -> None:
    runner = harness.user(9102)
    await consent(runner)
    answers = ("Around or behind the kneecap", "None of these", "Up a lot", "Nothing", "Never")
    result = await quiz_with(runner, answers)
    while "Your likely causes" not in (result.text or ""):
        result = await press(runner, result, buttons(result)[0])
    await runner.press_button(result, text="Set up my plan")
    step = await choose_zone(runner, await runner.next_bot_message(), "Europe/Berlin")
    for caption in ("Mon", "Done", "08:00", "20 km", "Looks good"):
        step = await press(runner, step, caption)

    harness.clock.set(MONDAY_WARMUP)
    await harness.tick()

    warmup = latest(runner, "Your run is coming up")
    assert "Form focus" not in (warmup.text or "")


async def test_a_runner_with_no_cause_gets_the_basics_not_made_up_causes(
    harness: BotHarness,
) -> None:
    runner = harness.user(9103)
    await consent(runner)
    careful = (
        "No pain, I want to prevent it", "None of these", "Same or less", "Nothing",
        "Twice a week or more", "Under 500 km", "Short and quick", "Easy jog or drills",
        "It doesn't hurt",
    )  # fmt: skip
    result = await quiz_with(runner, careful)
    assert "No clear cause" in (result.text or "") and "1." not in (result.text or "")
    why = await press(runner, result, "Why?")
    assert (why.text or "").startswith("Why? (1/1)") and buttons(why) == ["« Back to the result"]

    await runner.press_button(why, text="« Back to the result")
    result = await runner.wait_for_edit(why)
    await runner.press_button(result, text="Set up my plan")
    step = await choose_zone(runner, await runner.next_bot_message(), "Europe/Berlin")
    for caption in ("Mon", "Done", "08:00", "20 km"):
        step = await press(runner, step, caption)

    assert "Focus: the basics (gradual load, strength twice a week)" in (step.text or "")
    assert "Too much, too soon" not in (step.text or "")
