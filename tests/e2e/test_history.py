"""/history end to end: check-ins by poll, one left unanswered, then the chart and the figures."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.render.history_chart import read_plotted_points
from bot.services.history import pain_value
from bot.storage import users
from bot.storage.models import Checkin
from emulator import EmulatedUser
from tests.e2e.harness import BotHarness
from tests.e2e.test_onboarding import consent

PAIN_OPTIONS = {"0": 0, "1-3": 1, "4-5": 2}


async def check_in(runner: EmulatedUser, band: str | None) -> None:
    """/checkin and answer the poll with a pain band (None: leave it unanswered)."""
    await runner.send_command("/checkin")
    poll = await runner.next_bot_message()
    assert poll.poll is not None
    if band is not None:
        await runner.answer_poll(poll, [PAIN_OPTIONS[band]])
        await runner.next_bot_message()  # the zone reply: the answer is stored by now
    else:
        # Updates are handled one after another: once /help is answered, the poll is stored.
        await runner.send_command("/help")
        await runner.next_bot_message()


async def test_history_chart_plots_the_stored_checkins(harness: BotHarness) -> None:
    runner = harness.user(6001)
    await consent(runner)
    await runner.send_command("/history")
    assert "No check-ins yet" in ((await runner.next_bot_message()).text or "")

    for band in ("1-3", "4-5", None, "0"):
        await check_in(runner, band)
        harness.clock.advance(timedelta(hours=25))
        await harness.tick()  # closes the poll left unanswered for 24 h as missing

    await runner.send_command("/history")
    chart = await runner.next_bot_message()
    figures = await runner.next_bot_message()
    assert runner.chat_actions == [("upload_photo", chart.message_id - 1)]  # before the chart

    assert chart.photo is not None and chart.photo.startswith(b"\x89PNG")
    async with harness.session() as session:
        stored = list(
            await session.scalars(
                select(Checkin).where(Checkin.user_id == 6001).order_by(Checkin.asked_at)
            )
        )
    answered = [row for row in stored if row.status == "answered"]
    missing = [row for row in stored if row.status == "missing"]
    assert [row.pain for row in answered] == ["1-3", "4-5", "0"] and len(missing) == 1
    expected = [(row.asked_at.isoformat(), pain_value(row.pain or "")) for row in answered]
    plotted = read_plotted_points(chart.photo)
    assert plotted == expected
    assert missing[0].asked_at.isoformat() not in {moment for moment, _ in plotted}
    assert "Check-ins answered: 3 of 4" in (figures.text or "")
    assert "Planned days in a row:" in (figures.text or "")


async def test_history_needs_consent(harness: BotHarness) -> None:
    runner = harness.user(6002)
    await runner.send_command("/history")
    assert "consent" in ((await runner.next_bot_message()).text or "")


async def _seed_old_checkins(harness: BotHarness, user_id: int, days_ago: tuple[int, ...]) -> None:
    async with harness.runtime.sessions_begin() as session:
        for back in days_ago:
            at = harness.clock.now() - timedelta(days=back)
            session.add(
                Checkin(user_id=user_id, kind="checkin", asked_at=at, status="answered",
                        pain="1-3", zone="green", red_flag=False, answered_at=at)
            )  # fmt: skip


async def test_the_twelve_week_button_redraws_the_chart_in_place(harness: BotHarness) -> None:
    runner = harness.user(6003)
    await consent(runner)
    await _seed_old_checkins(harness, 6003, (60, 40, 3))

    await runner.send_command("/history")
    chart = await runner.next_bot_message()
    figures = await runner.next_bot_message()
    assert chart.text == "Your last 28 days: check-ins, runs and knee status."
    assert chart.button_texts == ["✓ 4 weeks", "12 weeks"]
    assert len(read_plotted_points(chart.photo or b"")) == 1
    assert "Your last 28 days" in (figures.text or "")

    query = await runner.press_button(chart, text="12 weeks")
    assert (await runner.wait_callback_answered(query)).text is None
    longer = await runner.wait_for_edit(chart)
    assert longer.message_id == chart.message_id and longer.photo != chart.photo
    assert longer.text == "Your last 61 days: check-ins, runs and knee status."
    assert longer.button_texts == ["4 weeks", "✓ 12 weeks"]
    assert len(read_plotted_points(longer.photo or b"")) == 3

    query = await runner.press_button(longer, text="4 weeks")
    await runner.wait_callback_answered(query)
    shorter = await runner.wait_for_edit(longer)
    assert len(read_plotted_points(shorter.photo or b"")) == 1
    assert shorter.button_texts == ["✓ 4 weeks", "12 weeks"]


async def test_a_recent_account_gets_no_span_buttons(harness: BotHarness) -> None:
    runner = harness.user(6004)
    await consent(runner)
    await _seed_old_checkins(harness, 6004, (4, 1))
    await runner.send_command("/history")
    chart = await runner.next_bot_message()
    assert chart.photo is not None and chart.button_texts == []
    assert chart.text == "Your last 7 days: check-ins, runs and knee status."


async def test_forged_or_stale_span_buttons_are_answered_and_change_nothing(
    harness: BotHarness,
) -> None:
    runner = harness.user(6005)
    await consent(runner)
    await _seed_old_checkins(harness, 6005, (50, 2))
    await runner.send_command("/history")
    chart = await runner.next_bot_message()
    await runner.next_bot_message()
    stored = harness.emulator.state.find_message(6005, chart.message_id)
    assert stored is not None and stored.reply_markup is not None
    stored.reply_markup["inline_keyboard"].append(
        [{"text": "evil", "callback_data": "hi:0:span:9999"},
         {"text": "odd", "callback_data": "hi:x"}]
    )
    for data in ("hi:0:span:9999", "hi:x"):
        query = await runner.press_button(chart, data=data)
        notice = await runner.wait_callback_answered(query)
        assert "old or unknown" in (notice.text or "")
    # A runner who withdrew consent meanwhile: the old button is answered, the chart stays.
    async with harness.runtime.sessions_begin() as session:
        user = await users.get(session, 6005)
        assert user is not None
        user.consent = "withdrawn"
    query = await runner.press_button(chart, text="12 weeks")
    notice = await runner.wait_callback_answered(query)
    assert "consent" in (notice.text or "")
    current = runner.message(chart.message_id)
    assert current is not None and current.edit_count == 0
