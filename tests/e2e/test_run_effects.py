"""What a run file changes besides the runs table (issue #15, part 3): the day's "Run done?"
counts as done, the after-run knee check-in follows once at the usual delay (never while runs
are on hold), and the shoes wear by the run, not twice when the week is also typed.

The runner (tests.e2e.test_checkins.runner_with_plan) runs Mon/Wed/Fri 08:00 in Berlin (UTC+1
in March 2026): stretch ("Run done?") at 08:00 UTC, after-run poll at 10:00 UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from bot.storage import distances
from bot.storage.models import Delivery, Plan, Run
from emulator import EmulatedUser
from tests.activity_files import Leg, gpx
from tests.e2e.harness import BotHarness
from tests.e2e.test_checkins import (
    P6_7,
    PAIN_QUESTION,
    at,
    day,
    polls,
    reply_to,
    runner_with_plan,
    settled,
)

RUN_M = 8_000.0


async def send_run(harness: BotHarness, runner: EmulatedUser, start: datetime) -> str:
    before = {m.message_id for m in runner.bot_messages()}
    await runner.send_document(gpx(Leg("running", start, RUN_M)), "run.gpx")
    reply = await runner.wait_for(
        lambda: next(
            (m for m in runner.bot_messages()
             if m.message_id not in before and (m.text or "").startswith(("Logged", "Already"))),
            None,
        )
    )  # fmt: skip
    await settled(harness)
    return reply.text or ""


async def rows(harness: BotHarness, user_id: int, kind: str) -> list[Delivery]:
    async with harness.session() as session:
        query = select(Delivery).where(Delivery.user_id == user_id, Delivery.kind == kind)
        return list(await session.scalars(query.order_by(Delivery.due_at)))


async def shoe_km(harness: BotHarness, user_id: int) -> float:
    async with harness.session() as session:
        plan = await session.get(Plan, user_id)
    assert plan is not None
    return plan.shoe_km


async def test_a_run_file_answers_run_done_and_wears_the_shoes(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8301)
    before = await shoe_km(harness, 8301)
    await at(harness, day(0, 8, 5))  # Monday's "Run done?" was sent at 08:00 UTC

    reply = await send_run(harness, runner, day(0, 7))

    assert reply.startswith("Logged: run on Mon 2 Mar 08:00, 8.0 km")
    [stretch] = [row for row in await rows(harness, 8301, "stretch") if row.due_at == day(0, 8)]
    assert stretch.response == "done"
    assert abs(await shoe_km(harness, 8301) - (before + 8.0)) < 0.05  # the track's own length
    # Monday's planned after-run poll asks about this run: no second poll is queued.
    extra = [row for row in await rows(harness, 8301, "checkin") if row.schedule_id is None]
    assert extra == []
    await at(harness, day(0, 10))
    assert len(polls(runner, PAIN_QUESTION)) == 1


async def test_a_run_on_an_unplanned_day_gets_one_check_in_at_the_usual_delay(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 8302)
    harness.clock.set(day(1, 17))  # Tuesday: no run planned
    await send_run(harness, runner, day(1, 15))  # 8 km at 3 m/s: ends about 15:44
    await send_run(harness, runner, day(1, 15))  # the same file again: logged once

    [extra] = [row for row in await rows(harness, 8302, "checkin") if row.schedule_id is None]
    assert day(1, 17, 44) <= extra.due_at <= day(1, 17, 45)  # two hours after the run
    await at(harness, extra.due_at)
    assert len(polls(runner, PAIN_QUESTION)) == 1


async def test_no_after_run_check_in_while_runs_are_on_hold(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8303)
    harness.clock.set(day(1, 12))
    assert (await reply_to(harness, runner, P6_7)).startswith("Red.")  # rest

    reply = await send_run(harness, runner, day(1, 15))

    assert "hold off running" in reply
    assert [row for row in await rows(harness, 8303, "checkin") if row.schedule_id is None] == []


async def test_a_typed_week_does_not_wear_the_shoes_twice(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8304)
    before = await shoe_km(harness, 8304)
    await at(harness, day(0, 8, 5))
    await send_run(harness, runner, day(0, 7))
    await at(harness, day(6, 18))  # Sunday 19:00 Berlin: "how many km this week?"
    await runner.send_text("20")
    await runner.wait_for(lambda: any("20 km" in (m.text or "") for m in runner.bot_messages()))
    await settled(harness)

    assert abs(await shoe_km(harness, 8304) - (before + 20.0)) < 0.05  # 8 file + 12 typed


async def test_weekly_distance_comes_from_logged_runs_and_the_ramp_uses_them(
    harness: BotHarness,
) -> None:
    """Two weeks typed at 10 km, then a week of three 8 km runs from files: the Sunday check
    reports 24 km from the runs (no question needed) and warns of the jump."""
    runner = await runner_with_plan(harness, 8305)
    async with harness.runtime.sessions_begin() as session:
        await distances.set_week(session, 8305, date(2026, 2, 16), 10.0)
        await distances.set_week(session, 8305, date(2026, 2, 23), 10.0)
    for offset in (0, 2, 4):  # Mon, Wed, Fri runs
        harness.clock.set(day(offset, 9))
        await send_run(harness, runner, day(offset, 7))

    await at(harness, day(6, 18))  # Sunday 19:00 Berlin
    weekly = [m for m in runner.bot_messages() if (m.text or "").startswith("Weekly check")]

    assert len(weekly) == 1
    text = weekly[0].text or ""
    assert "your logged runs add up to 24 km this week" in text
    assert "your distance rose more than 30 % over two weeks" in text  # the ramp saw the runs


async def test_settings_say_where_the_weekly_distance_comes_from(harness: BotHarness) -> None:
    runner = await runner_with_plan(harness, 8306)
    await runner.send_command("/settings")
    typed = (await runner.next_bot_message()).text or ""
    await runner.send_command("/cancel")
    await runner.next_bot_message()
    harness.clock.set(day(0, 9))
    await send_run(harness, runner, day(0, 7))
    await runner.send_command("/settings")
    menu = await runner.wait_for(
        lambda: next(
            (m for m in reversed(runner.bot_messages()) if "Weekly distance:" in (m.text or "")
             and "logged runs" in (m.text or "")),
            None,
        )
    )  # fmt: skip

    assert "Weekly distance: typed each Sunday" in typed
    assert "Weekly distance: from your logged runs" in (menu.text or "")


async def test_run_done_takes_an_optional_distance_that_feeds_the_spike_rule(
    harness: BotHarness,
) -> None:
    runner = await runner_with_plan(harness, 8307)
    harness.clock.set(day(-9, 9))
    await send_run(harness, runner, day(-10, 7))  # 8 km ten days before: the 30-day longest
    await at(harness, day(0, 8))  # Monday's "Run done?"
    [stretch] = [m for m in runner.bot_messages() if (m.text or "").startswith("Run done?")]

    await runner.press_button(stretch, text="Done")
    edited = await runner.wait_for_edit(stretch)
    assert "How far was it? Type the distance" in (edited.text or "")
    before = {m.message_id for m in runner.bot_messages()}
    await runner.send_text("12")
    reply = await runner.wait_for(
        lambda: next((m for m in runner.bot_messages() if m.message_id not in before), None)
    )
    await settled(harness)

    text = reply.text or ""
    assert text.startswith("Logged: run on Mon 2 Mar 08:00, 12.0 km")
    assert "50% longer than your longest in the 30 days before it (8.0 km)" in text
    assert "Frandsen 2025" in text
    seen = {m.message_id for m in runner.bot_messages()}
    await runner.send_text("12")  # the same run again: logged once
    again = await runner.wait_for(
        lambda: next((m for m in runner.bot_messages() if m.message_id not in seen), None)
    )
    assert (again.text or "").startswith("Already logged")
    async with harness.session() as session:
        typed = list(await session.scalars(select(Run).where(Run.user_id == 8307,
                                                             Run.source == "typed")))  # fmt: skip
    assert [round(run.distance_m) for run in typed] == [12_000]


async def test_after_a_run_file_a_typed_number_is_not_taken_as_a_second_run(
    harness: BotHarness,
) -> None:
    """The file answered "Run done?" itself; a number typed later is not that run again."""
    runner = await runner_with_plan(harness, 8308)
    await at(harness, day(0, 8, 5))
    await send_run(harness, runner, day(0, 7))  # answers Monday's "Run done?"
    before = {m.message_id for m in runner.bot_messages()}
    await runner.send_text("12")
    reply = await runner.wait_for(
        lambda: next((m for m in runner.bot_messages() if m.message_id not in before), None)
    )

    assert not (reply.text or "").startswith("Logged")
    async with harness.session() as session:
        logged = list(await session.scalars(select(Run).where(Run.user_id == 8308)))
    assert [run.source for run in logged] == ["file"]


async def test_a_run_logged_before_run_done_is_sent_answers_it_and_it_never_comes(
    harness: BotHarness,
) -> None:
    """The file arrives at 07:50 UTC: the 08:00 "Run done?" is answered already, so it is not
    sent; Wednesday's is planned and comes as usual."""
    runner = await runner_with_plan(harness, 8310)
    await at(harness, day(0, 7, 50))
    await send_run(harness, runner, day(0, 7))

    await at(harness, day(0, 8, 5))
    assert [m for m in runner.bot_messages() if (m.text or "").startswith("Run done?")] == []
    monday = [row for row in await rows(harness, 8310, "stretch") if row.due_at == day(0, 8)]
    assert [(row.state, row.response) for row in monday] == [("skipped", "done")]

    await at(harness, day(2, 8, 5))
    assert len([m for m in runner.bot_messages() if (m.text or "").startswith("Run done?")]) == 1
