"""/history end to end: check-ins by poll, one left unanswered, then the chart and the figures."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.render.history_chart import read_plotted_points
from bot.services.history import pain_value
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
