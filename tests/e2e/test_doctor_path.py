"""The "see a doctor" path survives what Telegram and runners do: outages, changed votes,
unknown polls, forged buttons, pauses. Nothing here may end with pain recorded and no advice."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.services import checkins as checkin_service
from bot.storage import checkins as store
from bot.storage import deliveries, users
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Checkin, Delivery
from emulator import EmulatedUser, FaultRule, TranscriptEntry
from tests.e2e.harness import BotHarness
from tests.e2e.test_checkins import settled
from tests.e2e.test_everyday import runner_with_plan
from tests.e2e.test_onboarding import buttons, consent, press

ESCALATION_TEXT = "get your knee checked"
URGENT_TEXT = "get help today"
SOON_TEXT = "gp or physiotherapist within the next few days"
WORRY_BUTTON = "⚠️ Something worries me"
LOCKED = "Locked, won't straighten"
SEND_TRIES = 3  # the harness's limiter: one try and two retries


def containing(runner: EmulatedUser, phrase: str) -> list[TranscriptEntry]:
    return [m for m in runner.bot_messages() if phrase in (m.text or "").lower()]


async def checkin_poll(harness: BotHarness, runner: EmulatedUser) -> TranscriptEntry:
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()
    assert poll.poll is not None
    return poll


async def runner_at_a_checkin(
    harness: BotHarness, user_id: int
) -> tuple[EmulatedUser, TranscriptEntry]:
    """A runner with a plan, looking at the pain poll /checkin sent."""
    runner = harness.user(user_id)
    await runner_with_plan(harness, user_id)
    return runner, await checkin_poll(harness, runner)


async def worry_list(runner: EmulatedUser, poll: TranscriptEntry) -> TranscriptEntry:
    """Press "something worries me" under a check-in: the red-flag list arrives."""
    before = {m.message_id for m in runner.bot_messages()}
    await runner.press_button(poll, text=WORRY_BUTTON)
    return await runner.wait_for(
        lambda: next(
            (m for m in runner.bot_messages()
             if m.message_id not in before and LOCKED in m.button_texts),
            None,
        )
    )  # fmt: skip


async def severe_answer(harness: BotHarness, user_id: int) -> bool:
    """Record "8–10" as the check-in service does; True when an escalation was owed."""
    async with harness.runtime.sessions_begin() as session:
        user = await users.get(session, user_id)
        assert user is not None
        now = harness.clock.now()
        row = await store.record(session, user_id, "checkin", now, pain="8-10")
        outcome = await checkin_service.record_answer(
            session, user, row, now, harness.runtime.content.rules
        )
        return outcome.escalated


async def known_runner(harness: BotHarness, user_id: int) -> EmulatedUser:
    """A runner with a plan who has written to the bot (so the bot may write first)."""
    runner = harness.user(user_id)
    await runner_with_plan(harness, user_id)
    await runner.send_command("/plan")
    await runner.next_bot_message()
    return runner


async def test_red_flag_advice_lost_to_an_outage_still_arrives_through_the_queue(
    harness: BotHarness,
) -> None:
    runner, poll = await runner_at_a_checkin(harness, 6001)
    listing = await worry_list(runner, poll)
    # the advice shown in place fails on every try; Telegram is back for the queued one
    harness.emulator.faults.add(FaultRule("5xx", method="editMessageText", count=SEND_TRIES))

    await runner.press_button(listing, text=LOCKED)
    await runner.wait_for(lambda: containing(runner, URGENT_TEXT))
    await settled(harness)

    [advice] = containing(runner, URGENT_TEXT)  # the doctor advice was not lost, and came once
    assert advice.message_id != listing.message_id
    assert "locked and will not straighten" in (advice.text or "")
    async with harness.session() as session:
        flags = await session.scalars(select(Checkin.red_flag).where(Checkin.user_id == 6001))
        assert sorted(flags) == [False, True]  # the poll, still open, and the stored red flag


async def test_a_failed_escalation_is_tried_again_until_it_arrives(harness: BotHarness) -> None:
    runner = await known_runner(harness, 6002)
    harness.emulator.faults.add(FaultRule("5xx", method="sendMessage", count=SEND_TRIES * 2))
    assert await severe_answer(harness, 6002)  # 8–10 once: get help today, through the queue

    await harness.tick()  # first try fails
    assert containing(runner, URGENT_TEXT) == []
    harness.clock.advance(timedelta(minutes=1, seconds=1))
    await harness.tick()  # second try fails too
    assert containing(runner, URGENT_TEXT) == []
    harness.clock.advance(timedelta(minutes=2, seconds=1))
    await harness.tick()

    [advice] = containing(runner, URGENT_TEXT)
    assert "severe pain (8–10 out of 10)" in (advice.text or "")
    async with harness.session() as session:
        row = await session.scalar(
            select(Delivery).where(Delivery.user_id == 6002, Delivery.kind == "escalation")
        )
    assert row is not None and row.state == "sent" and row.attempts == 3


async def test_a_changed_vote_is_recorded_and_answered(harness: BotHarness) -> None:
    runner, poll = await runner_at_a_checkin(harness, 6003)
    await runner.answer_poll(poll, [1])  # 1-3: green
    first = await runner.next_bot_message()
    assert "green" in (first.text or "").lower()

    await runner.answer_poll(poll, [])  # retracted …
    await runner.answer_poll(poll, [4])  # … and corrected to 8-10
    second = await runner.next_bot_message()

    assert URGENT_TEXT in (second.text or "").lower()  # 8–10 once: get help today
    async with harness.session() as session:
        pain = await session.scalar(select(Checkin.pain).where(Checkin.user_id == 6003))
    assert pain == "8-10"


async def test_an_answer_to_a_poll_the_bot_has_no_record_of_gets_the_closed_hint(
    harness: BotHarness,
) -> None:
    """As after a poll whose send timed out: Telegram has it, the database does not."""
    runner = await known_runner(harness, 6004)
    assert harness.application is not None
    await harness.application.bot.send_poll(
        6004, "How is your knee?", ["0", "1-3", "4-5", "6-7", "8-10"], is_anonymous=False
    )
    poll = await runner.next_bot_message()

    await runner.answer_poll(poll, [4])

    hint = await runner.next_bot_message()
    assert "/checkin" in (hint.text or "")


async def test_a_forged_checkin_button_is_answered_and_changes_nothing(
    harness: BotHarness,
) -> None:
    runner, poll = await runner_at_a_checkin(harness, 6005)
    stored = harness.emulator.state.find_message(6005, poll.message_id)
    assert stored is not None and stored.reply_markup is not None
    stored.reply_markup["inline_keyboard"].append([{"text": "x", "callback_data": "k:9:evil"}])

    query = await runner.press_button(poll, data="k:9:evil")

    notice = await runner.wait_callback_answered(query)
    assert notice.text  # answered, with a word
    await settled(harness)
    async with harness.session() as session:
        answered = list(await session.scalars(
            select(Checkin.id).where(Checkin.user_id == 6005, Checkin.status == store.ANSWERED)
        ))  # fmt: skip
    assert answered == []  # nothing recorded as walking pain …
    assert len(runner.bot_messages()) == 1  # … and nothing but the poll was sent


async def test_a_paused_runner_still_gets_the_escalation(harness: BotHarness) -> None:
    runner, poll = await runner_at_a_checkin(harness, 6006)
    async with harness.runtime.sessions_begin() as session:
        user = await users.get(session, 6006)
        assert user is not None
        user.paused_indefinitely = True

    await runner.answer_poll(poll, [4])  # 8–10
    await runner.wait_for(lambda: containing(runner, URGENT_TEXT))
    await settled(harness)

    assert len(containing(runner, URGENT_TEXT)) == 1


async def test_one_escalation_per_urgency_and_a_red_flag_press_always_answered(
    harness: BotHarness,
) -> None:
    runner, poll = await runner_at_a_checkin(harness, 6007)
    listing = await worry_list(runner, poll)
    await runner.press_button(listing, text="Knee gives way")  # within days
    await runner.wait_for_edit(listing)
    await settled(harness)
    assert len(containing(runner, SOON_TEXT)) == 1

    harness.clock.advance(timedelta(days=1))
    assert await severe_answer(harness, 6007)  # more urgent: told again, at "today"
    await harness.tick()
    await settled(harness)
    assert len(containing(runner, URGENT_TEXT)) == 1
    harness.clock.advance(timedelta(days=1))
    assert not await severe_answer(harness, 6007)  # the same urgency is not repeated
    await harness.tick()
    assert len(containing(runner, URGENT_TEXT)) == 1

    again = await worry_list(runner, poll)  # but a red flag pressed is always answered
    await runner.press_button(again, text=LOCKED)
    assert URGENT_TEXT in ((await runner.wait_for_edit(again)).text or "").lower()


async def test_a_quiz_red_flag_that_cannot_be_shown_is_queued_as_the_escalation(
    harness: BotHarness,
) -> None:
    runner = harness.user(6008)
    await consent(runner)
    await runner.send_command("/quiz")
    question = await runner.next_bot_message()
    question = await press(runner, question, "Around or behind the kneecap")
    question = await press(runner, question, "Knee gives way")  # "soon": the quiz goes on
    while "9/9" not in (question.text or ""):
        question = await press(runner, question, buttons(question)[0])
    harness.emulator.faults.add(FaultRule("5xx", method="editMessageText", count=SEND_TRIES))

    await runner.press_button(question, text=buttons(question)[0])  # the result would show
    await runner.wait_for(lambda: containing(runner, SOON_TEXT))
    await settled(harness)

    [advice] = containing(runner, SOON_TEXT)
    assert "a knee that gives way" in (advice.text or "")


async def test_a_red_flag_press_gives_one_message_and_no_rest_advice(harness: BotHarness) -> None:
    runner, poll = await runner_at_a_checkin(harness, 6009)

    listing = await worry_list(runner, poll)
    await runner.press_button(listing, text=LOCKED)
    await runner.wait_for_edit(listing)
    await settled(harness)
    await harness.tick()

    replies = [m.text or "" for m in runner.bot_messages()[1:]]
    assert len(replies) == 1, replies  # the list, now "get help today"; no second doctor text
    assert URGENT_TEXT in replies[0].lower() and "rest for" not in replies[0].lower()


async def test_an_extra_daily_poll_next_to_a_planned_one_gives_way(harness: BotHarness) -> None:
    """After an escalation a week of daily polls is queued; one may fall next to a planned
    after-run poll: the runner is asked once (the planned one), whichever comes first."""
    runner = await known_runner(harness, 6010)  # runs Mon/Wed/Fri 08:00 Berlin
    async with harness.session() as session:
        planned = await session.scalar(
            select(Delivery.due_at)
            .where(Delivery.user_id == 6010, Delivery.kind == "checkin")
            .order_by(Delivery.due_at).limit(1)
        )  # fmt: skip
    assert planned is not None
    before, after = planned - timedelta(hours=1), planned + timedelta(hours=2)
    async with harness.runtime.sessions_begin() as session:
        await deliveries.add_many(session, [
            NewDelivery(6010, "checkin", before, payload={"extra": True}),
            NewDelivery(6010, "checkin", after, payload={"extra": True}),
        ])  # fmt: skip

    for moment in (before, planned, after):
        harness.clock.set(moment)
        await harness.tick()

    asked = [m for m in runner.bot_messages() if m.poll is not None]
    assert [m.date for m in asked] == [int(planned.timestamp())]
