"""Knee check-ins end to end: polls, zones, escalation to "see a doctor", closing unanswered polls.

The runner runs Mon/Wed/Fri at 08:00 in Berlin (UTC+1 in March 2026): warm-up 06:30 UTC, stretch
08:00 UTC, after-run pain poll 10:00 UTC, morning poll the next day at 07:00 UTC. Time moves only
by hand: `at` jumps the clock and runs the periodic jobs there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bot.services import accounts, planner
from bot.storage import deliveries, plans, users
from bot.storage.models import Checkin, Delivery, Escalation, User
from emulator import EmulatedUser, EmulatorUsageError, TranscriptEntry
from tests.e2e.harness import BotHarness

BERLIN = "Europe/Berlin"
PAIN_QUESTION = "How much does your knee hurt"
MORNING_QUESTION = "This morning, compared with"
P0, P1_3, P4_5, P6_7 = 0, 1, 2, 3
SAME_OR_BETTER, SLIGHTLY_WORSE, CLEARLY_WORSE = 0, 1, 2
GREEN_REPLY = "Green."
AMBER_REPLY = "Amber."
TWO_AMBERS_REPLY = "Amber twice this week."
RED_REPLY = "Red."
URGENT_TEXT = "Please get help today."
ESCALATION_TEXT = "Time to get your knee checked."
FOLLOW_UP_TEXT = "A few days ago I suggested getting your knee checked"
WARMUP_TEXT = "Your run is coming up"
NO_RUN_TEXT = "No run today."
STRETCH_TEXT = "Run done?"
WORRY_BUTTON = "⚠️ Something worries me"
LOCKED = "Locked, won't straighten"
KNEE_CHECK_TEXT = "How is your knee today?"
GRADED_RETURN = "Graded return."
WALKING_BUTTON = "It hurts when I walk"
# 2026-03-02 is a Monday; Berlin is UTC+1 until 29 March.
MONDAY = datetime(2026, 3, 2, tzinfo=UTC)
Answer = Callable[[TranscriptEntry], int | None]


def day(offset: int, hour: int, minute: int = 0) -> datetime:
    """A UTC instant `offset` days after Monday 2 March 2026."""
    return MONDAY + timedelta(days=offset, hours=hour, minutes=minute)


async def runner_with_plan(harness: BotHarness, user_id: int) -> EmulatedUser:
    """A consenting runner in Berlin, running Mon/Wed/Fri at 08:00, plan confirmed."""
    runner = harness.user(user_id)
    runner.chat.known_to_bot = True  # as after the runner's first /start
    rt = harness.runtime
    now = harness.clock.now()
    async with rt.sessions_begin() as session:
        user, _ = await users.touch(session, user_id, user_id, "en", now)
        await accounts.give_consent(session, user, now)
        user.timezone = BERLIN
        user.quiz_completed_at = user.plan_confirmed_at = now
        plan = await plans.get_or_create(session, user_id)
        plan.running_days, plan.run_time, plan.weekly_km = "0,2,4", time(8, 0), 20.0
        plan.confirmed_at = now
        await planner.replan(session, user, plan, rt.content.rules, now)
    return runner


async def at(harness: BotHarness, moment: datetime) -> None:
    """Move the clock to `moment` and run the periodic jobs there (waiting for the sends)."""
    harness.clock.set(moment)
    await harness.tick()


async def settled(harness: BotHarness) -> None:
    """Every pending update handled and every queued send finished."""
    await harness.emulator.wait_until_delivered(confirmed=True)
    assert harness.application is not None
    await asyncio.wait_for(harness.application.update_queue.join(), 5)
    assert harness.runtime.dispatcher is not None
    await harness.runtime.dispatcher.drain()


def received(runner: EmulatedUser, starting: str) -> list[TranscriptEntry]:
    """The bot messages in the runner's chat whose text starts with `starting`."""
    return [m for m in runner.bot_messages() if (m.text or "").startswith(starting)]


def polls(runner: EmulatedUser, question: str = "") -> list[TranscriptEntry]:
    """The bot's polls in the chat whose question starts with `question`."""
    return [m for m in runner.bot_messages() if m.poll and m.poll.question.startswith(question)]


async def answer(
    harness: BotHarness, runner: EmulatedUser, poll: TranscriptEntry, option: int
) -> None:
    """Vote in a poll and wait until the bot handled it (reply and any escalation sent)."""
    await runner.answer_poll(poll, [option])
    await settled(harness)


async def reply_to(harness: BotHarness, runner: EmulatedUser, option: int) -> str:
    """/checkin, answer the pain poll with `option`, return the zone reply."""
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()
    assert poll.poll is not None and poll.poll.question.startswith(PAIN_QUESTION)
    await runner.answer_poll(poll, [option])
    return (await runner.next_bot_message()).text or ""


async def next_pending(harness: BotHarness, user_id: int) -> datetime | None:
    """When the user's next pending delivery is due (after the clock's now)."""
    async with harness.session() as session:
        return await session.scalar(
            select(Delivery.due_at)
            .where(
                Delivery.user_id == user_id,
                Delivery.state == deliveries.PENDING,
                Delivery.due_at > harness.clock.now(),
            )
            .order_by(Delivery.due_at)
            .limit(1)
        )


async def live_until(
    harness: BotHarness, runner: EmulatedUser, end: datetime, choose: Answer
) -> None:
    """Jump from one due delivery to the next before `end`, answering each new poll."""
    seen = {m.message_id for m in polls(runner)}
    while (due := await next_pending(harness, runner.user_id)) is not None and due < end:
        await at(harness, due)
        for poll in polls(runner):
            if poll.message_id in seen:
                continue
            seen.add(poll.message_id)
            option = choose(poll)
            if option is not None:
                await answer(harness, runner, poll, option)


def amber_after_runs(poll: TranscriptEntry) -> int | None:
    """After-run polls: 4–5; morning polls are left unanswered (closed later as missing)."""
    assert poll.poll is not None
    return P4_5 if poll.poll.question.startswith(PAIN_QUESTION) else None


async def user_row(harness: BotHarness, user_id: int) -> User:
    async with harness.session() as session:
        user = await session.get(User, user_id)
    assert user is not None
    return user


async def checkin_rows(harness: BotHarness, user_id: int) -> list[Checkin]:
    async with harness.session() as session:
        query = select(Checkin).where(Checkin.user_id == user_id).order_by(Checkin.id)
        return list(await session.scalars(query))


async def delivery_rows(harness: BotHarness, user_id: int, kind: str) -> list[Delivery]:
    async with harness.session() as session:
        query = (
            select(Delivery)
            .where(Delivery.user_id == user_id, Delivery.kind == kind)
            .order_by(Delivery.due_at)
        )
        return list(await session.scalars(query))


# 1. Amber three times in a week: one escalation, then only the gentle daily check -------------


async def test_three_non_green_checkins_in_a_week_escalate_once_and_hold_runs_until_cleared(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 7001)

    # Mon 2, Wed 4, Fri 6 March: amber after each run (a green between would not reset it).
    await live_until(harness, runner, day(5, 0), amber_after_runs)
    assert len(polls(runner, PAIN_QUESTION)) == 3
    assert len(received(runner, AMBER_REPLY)) == 1
    assert len(received(runner, TWO_AMBERS_REPLY)) == 1  # Wednesday; Friday escalates instead
    [escalation] = received(runner, ESCALATION_TEXT)
    assert "Three of your check-ins in a week were not green." in (escalation.text or "")
    assert "cut" not in (escalation.text or "").lower()  # no "cut 30 %" beside an escalation
    assert escalation.date == int(day(4, 10).timestamp())
    assert (await user_row(harness, 7001)).knee_status == "see_clinician"
    async with harness.session() as session:
        [stored] = list(await session.scalars(select(Escalation).where(Escalation.user_id == 7001)))
    assert stored.reasons == ["non_green_three"]

    # A week and a half on hold: no run, warm-up, stretch or after-run poll, one escalation,
    # and one gentle check a day at 08:00 Berlin (never in the night).
    warmups_before = len(received(runner, WARMUP_TEXT))
    await live_until(harness, runner, day(16, 0), amber_after_runs)
    assert len(received(runner, WARMUP_TEXT)) == warmups_before
    assert received(runner, STRETCH_TEXT)[-1].date < int(day(4, 10).timestamp())
    assert len(polls(runner, PAIN_QUESTION)) == 3
    assert len(received(runner, ESCALATION_TEXT)) == 1
    checks = received(runner, KNEE_CHECK_TEXT)
    assert [m.date for m in checks] == [int(day(d, 7).timestamp()) for d in range(5, 16)]
    assert checks[0].button_texts == [
        "Still hurts", "Better", "I've been checked: cleared to run",
        "I've been checked: told to rest", WORRY_BUTTON,
    ]  # fmt: skip

    await runner.press_button(checks[-1], text="Still hurts")
    edited = await runner.wait_for_edit(checks[-1])
    assert (edited.text or "").startswith("Sorry it still hurts")
    assert (await user_row(harness, 7001)).knee_status == "see_clinician"

    await runner.press_button(checks[-2], text="I've been checked: cleared to run")
    cleared = await runner.wait_for_edit(checks[-2])
    assert "about 10 km a week" in (cleared.text or "")  # half the 20 km plan
    assert cleared.inline_buttons == []
    user = await user_row(harness, 7001)
    assert (user.knee_status, user.knee_return_km) == ("returning", 10.0)

    # Runs are back, gently: Monday's warm-up says so; no more daily checks.
    await live_until(harness, runner, day(16, 9), lambda poll: P0)
    [warmup] = [m for m in received(runner, GRADED_RETURN)]
    assert WARMUP_TEXT in (warmup.text or "") and "10 km" in (warmup.text or "")
    assert [m for m in received(runner, KNEE_CHECK_TEXT) if m.date > checks[-1].date] == []


# 2. A red flag escalates at once ------------------------------------------------------------


async def test_something_worries_me_gives_one_urgent_message_at_once_at_night(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 7002)
    night = day(0, 22, 30)  # 23:30 in Berlin: inside the runner's quiet hours (22:00–07:00)
    harness.clock.set(night)
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()
    assert poll.poll is not None and WORRY_BUTTON in poll.button_texts

    await runner.press_button(poll, text=WORRY_BUTTON)
    listing = await runner.next_bot_message()
    assert LOCKED in listing.button_texts and "Knee gives way" in listing.button_texts
    assert listing.button_texts[-1] == "None of these"
    await runner.press_button(listing, text=LOCKED)
    urgent = await runner.wait_for_edit(listing)
    await settled(harness)

    assert (urgent.text or "").startswith(URGENT_TEXT)  # the list became the advice, in place
    assert "a knee that is locked and will not straighten" in (urgent.text or "")
    assert urgent.inline_buttons == []
    assert harness.clock.now() == night  # not held until the morning
    assert received(runner, ESCALATION_TEXT) == []  # one message, never two
    assert len([m for m in runner.bot_messages() if "GP or physiotherapist" in (m.text or "")]) == 0
    assert await delivery_rows(harness, 7002, "escalation") == []  # shown, so nothing queued
    user = await user_row(harness, 7002)
    assert (user.knee_status, user.knee_urgency, user.knee_status_reason) == (
        "see_clinician", "urgent", "red_flag",
    )  # fmt: skip
    flagged = [row for row in await checkin_rows(harness, 7002) if row.red_flag]
    assert len(flagged) == 1 and flagged[0].zone == "red"

    # Red flag, then "0" a few minutes later: still "see a professional", no "carry on".
    harness.clock.set(night + timedelta(minutes=5))
    reply = await reply_to(harness, runner, P0)
    assert "stay on hold" in reply and "progression" not in reply
    assert (await user_row(harness, 7002)).knee_status == "see_clinician"


async def test_something_worries_me_still_answers_a_runner_who_withdrew_consent(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 7003)
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()
    await settled(harness)  # the poll is recorded before the runner withdraws
    async with harness.runtime.sessions_begin() as session:
        user = await session.get(User, 7003)
        assert user is not None
        await accounts.decline_consent(session, user, harness.clock.now())

    await runner.press_button(poll, text=WORRY_BUTTON)
    listing = await runner.next_bot_message()
    await runner.press_button(listing, text="Knee gives way")
    soon = await runner.wait_for_edit(listing)
    await settled(harness)

    assert (soon.text or "").startswith("Please see a GP or physiotherapist")  # never skipped
    assert await checkin_rows(harness, 7003) == []  # without consent nothing is stored
    assert (await user_row(harness, 7003)).consent == accounts.DECLINED


# 3. Unanswered polls close after 24 h as missing ---------------------------------------------


async def test_unanswered_poll_is_closed_after_a_day_and_counted_missing_not_pain_free(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 7004)
    assert "Red." in await reply_to(harness, runner, P6_7)  # red: rest, a daily knee check
    await at(harness, day(0, 7))  # Monday 08:00 Berlin: the daily check while resting
    [_, poll] = polls(runner, PAIN_QUESTION)
    assert poll.poll is not None and not poll.poll.is_closed
    await at(harness, day(0, 10))  # Monday's after-run slot: no run, so no after-run poll
    assert len(polls(runner, PAIN_QUESTION)) == 2

    await at(harness, day(1, 6, 59))  # 23 h 59 min later: still open
    still_open = runner.message(poll.message_id)
    assert still_open is not None and still_open.poll is not None and not still_open.poll.is_closed
    await at(harness, day(1, 7, 1))
    closed = runner.message(poll.message_id)
    assert closed is not None and closed.poll is not None and closed.poll.is_closed

    [_, stored, _tuesday] = [
        row for row in await checkin_rows(harness, 7004) if row.kind == "checkin"
    ]
    assert stored.status == "missing" and stored.pain is None and stored.zone is None
    assert (await user_row(harness, 7004)).knee_status == "rest"  # missing is not green
    with pytest.raises(EmulatorUsageError):
        await runner.answer_poll(closed, [P0])  # Telegram refuses votes in a closed poll

    # A late poll_answer for the closed poll (say, delayed in transit) changes no data; the
    # runner is told the check-in closed and how to report now.
    before = len(runner.bot_messages())
    harness.emulator.queue.push(
        "poll_answer",
        {
            "poll_id": closed.poll.id,
            "user": runner.profile,
            "option_ids": [P0],
            "option_persistent_ids": ["0"],
        },
    )
    await settled(harness)
    [_, after, _tuesday] = [
        row for row in await checkin_rows(harness, 7004) if row.kind == "checkin"
    ]
    assert after.status == "missing" and after.pain is None
    assert len(runner.bot_messages()) == before + 1
    assert "/checkin" in (runner.bot_messages()[-1].text or "")
    assert (await user_row(harness, 7004)).knee_status == "rest"


# 4. Amber and red change what the reminder engine sends -------------------------------------


async def test_a_red_checkin_rests_48_hours_and_two_greens_then_a_graded_return(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 7005)
    await at(harness, day(0, 6, 30))
    assert len(received(runner, WARMUP_TEXT)) == 1  # Monday, before any check-in: a normal run

    await at(harness, day(0, 10))
    [monday] = polls(runner, PAIN_QUESTION)
    await answer(harness, runner, monday, P6_7)
    assert (runner.bot_messages()[-1].text or "").startswith(RED_REPLY)
    assert (await user_row(harness, 7005)).knee_status == "rest"

    # Tuesday 08:00 Berlin: the daily check while resting asks about now, not "yesterday's run".
    await at(harness, day(1, 7))
    assert polls(runner, MORNING_QUESTION) == []
    [_, tuesday] = polls(runner, PAIN_QUESTION)
    await answer(harness, runner, tuesday, P0)
    assert (runner.bot_messages()[-1].text or "").startswith("Green, good. Rest goes on")

    await at(harness, day(2, 6, 30))  # Wednesday's warm-up slot: a rest note, no buttons
    [rest] = received(runner, NO_RUN_TEXT)
    assert rest.inline_buttons == []
    await at(harness, day(2, 7))
    [_, _, wednesday] = polls(runner, PAIN_QUESTION)
    await answer(harness, runner, wednesday, P0)  # two greens on two days, but only 45 h
    assert (await user_row(harness, 7005)).knee_status == "rest"
    await at(harness, day(2, 8))  # Wednesday's stretch slot: no run, so no stretch
    await at(harness, day(2, 10))
    assert received(runner, STRETCH_TEXT) == []
    assert len(polls(runner, PAIN_QUESTION)) == 3  # no after-run poll without a run

    await at(harness, day(3, 7))
    [*_, thursday] = polls(runner, PAIN_QUESTION)
    await answer(harness, runner, thursday, P0)
    assert (runner.bot_messages()[-1].text or "").startswith("Runs are back, gently.")
    user = await user_row(harness, 7005)
    assert (user.knee_status, user.knee_return_km) == ("returning", 10.0)

    await at(harness, day(4, 6, 30))  # Friday: runs are back, gently
    await at(harness, day(4, 8))
    assert len(received(runner, WARMUP_TEXT)) == 1
    [back] = received(runner, GRADED_RETURN)
    assert "Done" in back.button_texts
    assert len(received(runner, NO_RUN_TEXT)) == 2  # Wednesday's run and Thursday's rest day
    assert len(received(runner, STRETCH_TEXT)) == 1


async def test_pain_when_walking_button_is_red_without_escalating(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 7006)
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()

    await runner.press_button(poll, text=WALKING_BUTTON)
    reply = await runner.next_bot_message()
    await settled(harness)

    assert (reply.text or "").startswith(RED_REPLY)
    assert received(runner, URGENT_TEXT) == [] and received(runner, ESCALATION_TEXT) == []
    assert (await user_row(harness, 7006)).knee_status == "rest"
    await at(harness, day(0, 6, 30))
    assert len(received(runner, NO_RUN_TEXT)) == 1 and received(runner, WARMUP_TEXT) == []


async def test_two_ambers_reduce_and_two_greens_on_separate_days_end_it(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 7007)

    assert (await reply_to(harness, runner, P4_5)).startswith(AMBER_REPLY + " Hold")
    assert (await user_row(harness, 7007)).knee_status == "caution"
    assert (await reply_to(harness, runner, P4_5)).startswith(TWO_AMBERS_REPLY)
    assert (await user_row(harness, 7007)).knee_status == "reduced"
    assert (await reply_to(harness, runner, P1_3)).startswith(GREEN_REPLY + " Good. Keep holding")
    assert (await user_row(harness, 7007)).knee_status == "reduced"  # one green is not enough
    harness.clock.set(harness.clock.now() + timedelta(days=1))
    assert (await reply_to(harness, runner, P0)).startswith("Green again, on two different days")
    assert (await user_row(harness, 7007)).knee_status == "ok"
    harness.clock.set(harness.clock.now() + timedelta(days=7))
    assert (await reply_to(harness, runner, P4_5)).startswith(AMBER_REPLY + " Hold")


# 5. The morning check-in compares with the day before ---------------------------------------


async def test_morning_poll_clearly_worse_is_red(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 7008)
    await at(harness, day(1, 7))  # Tuesday 08:00 Berlin, the morning after Monday's run
    [morning] = polls(runner, MORNING_QUESTION)
    assert morning.poll is not None
    assert morning.poll.options == ["Same or better", "Slightly worse", "Clearly worse"]
    assert polls(runner, PAIN_QUESTION) == []  # the morning poll asks for the trend only

    await answer(harness, runner, morning, CLEARLY_WORSE)

    assert (runner.bot_messages()[-1].text or "").startswith(RED_REPLY)
    [stored] = [row for row in await checkin_rows(harness, 7008) if row.kind == "morning_checkin"]
    assert stored.trend == "clearly_worse" and stored.zone == "red"
    assert (await user_row(harness, 7008)).knee_status == "rest"


async def test_worse_on_two_mornings_in_a_row_escalates(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 7009)
    await at(harness, day(1, 7))
    [tuesday] = polls(runner, MORNING_QUESTION)
    await answer(harness, runner, tuesday, SLIGHTLY_WORSE)
    assert (runner.bot_messages()[-1].text or "").startswith(AMBER_REPLY)
    assert received(runner, ESCALATION_TEXT) == []

    await at(harness, day(3, 7))  # Thursday morning, after Wednesday's run
    [_, thursday] = polls(runner, MORNING_QUESTION)
    await answer(harness, runner, thursday, SLIGHTLY_WORSE)

    [escalation] = received(runner, ESCALATION_TEXT)
    assert "Your knee felt worse the next morning twice within a week." in (escalation.text or "")


async def test_morning_same_or_better_is_stored_without_a_zone(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 7010)
    await at(harness, day(0, 10))
    [monday] = polls(runner, PAIN_QUESTION)
    await answer(harness, runner, monday, P4_5)
    await at(harness, day(1, 7))
    [tuesday] = polls(runner, MORNING_QUESTION)

    await answer(harness, runner, tuesday, SAME_OR_BETTER)

    [stored] = [row for row in await checkin_rows(harness, 7010) if row.kind == "morning_checkin"]
    assert stored.trend == "same_or_better"
    assert stored.zone is None  # says nothing about pain: neither green nor amber
