"""Full onboarding: consent, quiz, plan setup, confirmed plan, then the first reminder arrives."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from bot.storage.models import Delivery, Schedule, User
from emulator import EmulatedUser, TranscriptEntry
from tests.e2e.harness import BotHarness

QUIZ_ANSWERS = (
    "Around or behind the kneecap",
    "None of these",
    "Up a lot",
    "Never",
)


def buttons(message: TranscriptEntry) -> list[str]:
    return [b["text"] for row in message.inline_buttons for b in row]


async def press(runner: EmulatedUser, message: TranscriptEntry, caption: str) -> TranscriptEntry:
    """Press a button whose caption starts with `caption` and return the edited message."""
    match = next(text for text in buttons(message) if text.startswith(caption))
    await runner.press_button(message, text=match)
    return await runner.wait_for_edit(message)


async def choose_zone(runner: EmulatedUser, step: TranscriptEntry, zone: str) -> TranscriptEntry:
    """Press a listed zone: the step moves on in place; the location keyboard offered with the
    step is taken away by the confirmation below it."""
    following = await press(runner, step, zone)
    offer = await runner.next_bot_message()
    assert "Share location" in (offer.text or "")
    confirmation = await runner.next_bot_message()
    assert f"Time zone set to {zone}" in (confirmation.text or "")
    assert runner.reply_keyboard is None
    return following


async def consent(runner: EmulatedUser) -> None:
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    await press(runner, welcome, "I agree")


async def answer_until_result(runner: EmulatedUser, question: TranscriptEntry) -> TranscriptEntry:
    """Answer from QUIZ_ANSWERS (else the first option) until the result shows."""
    while "Your likely causes" not in (question.text or ""):
        options = [caption for caption in buttons(question) if not caption.startswith("«")]
        wanted = next(
            (a for a in QUIZ_ANSWERS if any(o.startswith(a) for o in options)), options[0]
        )
        question = await press(runner, question, wanted)
    return question


async def finish_quiz(runner: EmulatedUser) -> TranscriptEntry:
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    assert "1/9" in (question.text or "")
    return await answer_until_result(runner, question)


async def test_full_onboarding_to_a_confirmed_plan(harness: BotHarness) -> None:
    runner = harness.user(2001)
    await consent(runner)
    result = await finish_quiz(runner)
    assert "not a diagnosis" in (result.text or "")
    await runner.press_button(result, text="Set up my plan")
    step = await runner.next_bot_message()
    assert "time zone" in (step.text or "").lower()
    step = await choose_zone(runner, step, "Europe/Berlin")
    for day in ("Mon", "Wed", "Fri"):
        step = await press(runner, step, day)
    step = await press(runner, step, "Done")
    step = await press(runner, step, "08:00")
    step = await press(runner, step, "20 km")
    assert "Your week" in (step.text or "")  # the quiz asked about shoes: not asked again
    assert "now 300 km" in (step.text or "")  # "under 500 km" from the quiz
    assert "Mon: warm-up 07:30, run 08:00, stretch" in (step.text or "")  # in time order
    assert "No rest day" not in (step.text or "")  # four days without a run
    confirmed = await press(runner, step, "Looks good")
    assert "Your plan is on" in (confirmed.text or "")
    async with harness.session() as session:
        schedules = list(await session.scalars(select(Schedule).where(Schedule.user_id == 2001)))
        pending = list(await session.scalars(select(Delivery).where(Delivery.state == "pending")))
    assert {s.kind for s in schedules} >= {"warmup", "stretch", "strength", "rest"}
    assert len(pending) == len(schedules)

    # 2026-03-02 is a Monday; the 07:30 Berlin warm-up is 06:30 UTC; the clock starts at 05:00.
    shown = len(runner.bot_messages())
    harness.clock.advance(timedelta(minutes=89))
    await harness.tick()
    assert len(runner.bot_messages()) == shown  # not due yet: nothing sent early
    harness.clock.advance(timedelta(minutes=2))
    await harness.tick()
    reminder = await runner.next_bot_message()
    assert "Your run is coming up" in (reminder.text or "")
    assert {"Done", "Skip today", "Snooze 30 min", "Snooze 2 h"} <= set(buttons(reminder))
    await runner.press_button(reminder, text="Done")
    answered = await runner.wait_for_edit(reminder)
    assert "Your run is coming up" in (answered.text or "") and "Nice work" in (answered.text or "")
    assert buttons(answered) == []  # no second answer possible


async def test_typed_text_in_the_quiz_gets_a_hint_and_the_question_again(
    harness: BotHarness,
) -> None:
    runner = harness.user(2002)
    await consent(runner)
    await runner.send_command("/quiz")
    first = await runner.next_bot_message()
    await runner.send_text("my knee hurts")
    hint = await runner.next_bot_message()
    assert "Please use the buttons" in (hint.text or "")
    assert "1/9" in (hint.text or "")
    assert buttons(hint)  # the question's one live copy is the new one …
    older = await runner.wait_for(
        lambda: (m := runner.message(first.message_id)) and not m.inline_buttons and m
    )
    assert "1/9" in (older.text or "")  # … the older copy stays readable, without buttons


async def test_quiz_survives_a_restart_half_way(harness: BotHarness) -> None:
    runner = harness.user(2003)
    await consent(runner)
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    question = await press(runner, question, "Around or behind the kneecap")
    assert "2/9" in (question.text or "")
    await harness.restart()
    question = await press(runner, question, "None of these")
    assert "3/9" in (question.text or "")


async def test_an_urgent_red_flag_stops_the_quiz_with_the_get_help_today_message(
    harness: BotHarness,
) -> None:
    runner = harness.user(2004)
    await consent(runner)
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    question = await press(runner, question, "Around or behind the kneecap")
    stopped = await press(runner, question, "Locked, won't straighten")
    assert (stopped.text or "").startswith("Please get help today.")
    assert buttons(stopped) == []


async def test_a_soon_red_flag_lets_the_quiz_finish_with_the_advice_on_top(
    harness: BotHarness,
) -> None:
    runner = harness.user(2006)
    await consent(runner)
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    question = await press(runner, question, "Around or behind the kneecap")
    question = await press(runner, question, "Knee gives way")
    assert "3/9" in (question.text or "")  # the quiz goes on

    result = await answer_until_result(runner, question)

    text = result.text or ""
    assert text.startswith("Please see a GP or physiotherapist within the next few days.")
    assert "a knee that gives way" in text and "Your run reminders are on hold" in text
    assert "1. Hip and thigh strength: pain around the kneecap, no strength work" in text
    assert "Why?" in buttons(result)
    async with harness.session() as session:
        user = await session.get(User, 2006)
    assert user is not None and user.knee_status == "see_clinician"
    assert user.top_causes == "STRENGTH,LOAD" and user.quiz_completed_at is not None
    why = await press(runner, result, "Why?")
    assert "Your knee status holds any increase for now" in (why.text or "")


async def test_the_result_opens_why_pages_in_place_and_goes_back(harness: BotHarness) -> None:
    runner = harness.user(2007)
    await consent(runner)
    result = await finish_quiz(runner)
    short = result.text or ""
    assert "1. Hip and thigh strength" in short and "2. Too much, too soon" in short
    assert "3." not in short  # nothing else scored
    assert len(short) < 700

    why = await press(runner, result, "Why?")
    assert why.message_id == result.message_id
    assert (why.text or "").startswith("Why? (1/2)")
    assert "From your answers: pain around the kneecap, no strength work" in (why.text or "")
    assert "Source: Collins 2018" in (why.text or "")
    assert buttons(why) == ["« Back to the result", "Next cause »"]

    second = await press(runner, why, "Next cause")
    assert (second.text or "").startswith("Why? (2/2)")
    assert "distance up a lot" in (second.text or "")
    assert "tended to get more overuse injuries" in (second.text or "")
    assert buttons(second) == ["« Back to the result"]

    back = await press(runner, second, "« Back to the result")
    assert back.text == short
    await runner.press_button(back, text="Set up my plan")
    step = await runner.next_bot_message()
    assert "time zone" in (step.text or "").lower()


async def test_old_quiz_button_is_told_it_expired_and_changes_nothing(
    harness: BotHarness,
) -> None:
    runner = harness.user(2005)
    await consent(runner)
    await runner.send_command("/quiz")
    old = await runner.next_bot_message()
    await runner.send_command("/quiz")
    current = await runner.next_bot_message()
    query = await runner.press_button(old, text="Outside of the knee")
    notice = await runner.wait_callback_answered(query)
    assert "expired" in str(notice).lower()
    question = await press(runner, current, "Around or behind the kneecap")
    assert "2/9" in (question.text or "")


async def setup_until_days(harness: BotHarness, runner: EmulatedUser) -> TranscriptEntry:
    await consent(runner)
    result = await finish_quiz(runner)
    await runner.press_button(result, text="Set up my plan")
    step = await runner.next_bot_message()
    return await choose_zone(runner, step, "Europe/Berlin")


async def test_a_week_of_seven_runs_is_warned_and_still_gets_strength_twice(
    harness: BotHarness,
) -> None:
    runner = harness.user(2008)
    step = await setup_until_days(harness, runner)
    for caption in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Done", "08:00", "20 km"):
        step = await press(runner, step, caption)

    assert "No rest day in this week." in (step.text or "")
    await press(runner, step, "Looks good")
    async with harness.session() as session:
        kinds = list(await session.scalars(select(Schedule.kind).where(Schedule.user_id == 2008)))
    assert kinds.count("strength") == 2


async def test_plan_setup_survives_a_restart_half_way(harness: BotHarness) -> None:
    runner = harness.user(2006)
    step = await setup_until_days(harness, runner)
    step = await press(runner, step, "Mon")
    await harness.restart()
    step = await press(runner, step, "Thu")
    assert "✅ Mon" in buttons(step) and "✅ Thu" in buttons(step)
    step = await press(runner, step, "Done")
    assert "What time do you usually start running" in (step.text or "")
    await runner.send_text("25:99")
    assert "not a time I understand" in ((await runner.next_bot_message()).text or "")
    again = await runner.next_bot_message()  # the question again, below the hint
    await runner.send_text("6.45")
    assert "kilometres" in ((await runner.wait_for_edit(again)).text or "")


async def test_settings_time_zone_change_replans_the_reminders(harness: BotHarness) -> None:
    runner = harness.user(2007)
    step = await setup_until_days(harness, runner)
    for caption in ("Mon", "Done", "08:00", "20 km", "Looks good"):
        step = await press(runner, step, caption)
    async with harness.session() as session:
        before = {
            row.kind: row.due_at
            for row in await session.scalars(select(Delivery).where(Delivery.user_id == 2007))
        }
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    step = await press(runner, menu, "Time zone")
    saved = await press(runner, step, "America/New_York")
    assert "Saved" in (saved.text or "")
    assert "Time zone: America/New_York" in (saved.text or "")  # the change can be seen
    assert "Runs: Mon 08:00" in (saved.text or "")
    async with harness.session() as session:
        after = {
            row.kind: row.due_at
            for row in await session.scalars(
                select(Delivery).where(Delivery.user_id == 2007, Delivery.state == "pending")
            )
        }
    assert after.keys() == before.keys()
    # 07:30 on Monday in New York is six hours after 07:30 in Berlin (both on winter time).
    assert after["warmup"] - before["warmup"] == timedelta(hours=6)


async def test_settings_quiet_hours_and_language(harness: BotHarness) -> None:
    runner = harness.user(2008)
    step = await setup_until_days(harness, runner)
    for caption in ("Mon", "Done", "08:00", "20 km", "Looks good"):
        step = await press(runner, step, caption)
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    step = await press(runner, menu, "Quiet hours")
    await runner.send_text("23:15-99:00")
    assert "not a time range" in ((await runner.next_bot_message()).text or "")
    again = await runner.next_bot_message()
    await runner.send_text("23:15-06:30")
    saved = await runner.wait_for_edit(again)
    assert "Saved" in (saved.text or "")
    step = await press(runner, saved, "Language")
    saved = await press(runner, step, "English")
    assert "Saved" in (saved.text or "")
    async with harness.session() as session:
        user = await session.get(User, 2008)
    assert user is not None
    assert (user.quiet_start, user.quiet_end) == (time(23, 15), time(6, 30))
    assert user.preferred_language == "en"


async def test_settings_that_leave_no_rest_day_say_so(harness: BotHarness) -> None:
    runner = harness.user(2021)
    step = await setup_until_days(harness, runner)
    for caption in ("Mon", "Done", "08:00", "20 km", "Looks good"):
        step = await press(runner, step, caption)
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    step = await press(runner, menu, "Running days")
    for day in ("Tue", "Wed", "Thu", "Fri", "Sat"):
        step = await press(runner, step, day)
    saved = await press(runner, step, "Done")
    assert "Saved" in (saved.text or "") and "No rest day" not in (saved.text or "")

    step = await press(runner, saved, "Running days")
    step = await press(runner, step, "Sun")
    saved = await press(runner, step, "Done")

    assert "Saved" in (saved.text or "") and "No rest day in this week." in (saved.text or "")


async def test_settings_back_without_a_change_does_not_claim_it_saved(
    harness: BotHarness,
) -> None:
    runner = harness.user(2020)
    step = await setup_until_days(harness, runner)
    for caption in ("Mon", "Done", "08:00", "20 km", "Looks good"):
        step = await press(runner, step, caption)
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    step = await press(runner, menu, "Time zone")

    back = await press(runner, step, "« Back")

    assert "Saved" not in (back.text or "")
    assert "Time zone" in buttons(back)  # the settings menu again


async def test_settings_done_after_the_quiz_but_before_the_plan_points_to_plan(
    harness: BotHarness,
) -> None:
    runner = harness.user(2021)
    await consent(runner)
    await finish_quiz(runner)
    await runner.send_command("/settings")
    menu = await runner.next_bot_message()

    assert "Runs: not set\n" in (menu.text or "")  # said once, not once per part
    done = await press(runner, menu, "Done")

    assert "/plan" in (done.text or "") and "/quiz" not in (done.text or "")


async def test_shoes_are_asked_once_unless_the_quiz_answer_was_i_dont_know(
    harness: BotHarness,
) -> None:
    runner = harness.user(2020)
    await consent(runner)
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    while "Your likely causes" not in (question.text or ""):
        options = [caption for caption in buttons(question) if not caption.startswith("«")]
        wanted = "I don't know" if "I don't know" in options else next(
            (answer for answer in QUIZ_ANSWERS if answer in options), options[0]
        )  # fmt: skip
        question = await press(runner, question, wanted)
    await runner.press_button(question, text="Set up my plan")
    step = await choose_zone(runner, await runner.next_bot_message(), "Europe/Berlin")
    for caption in ("Mon", "Done", "08:00", "20 km"):
        step = await press(runner, step, caption)

    assert "How far have your current running shoes gone?" in (step.text or "")  # asked here
    review = await press(runner, step, "Under 500 km")
    assert "Your week" in (review.text or "")
