"""Admin stories through the emulator: non-admins learn nothing; a broadcast end to end; /stats."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.storage import users
from bot.storage.models import AuditEntry, Delivery, Tip
from tests.e2e.harness import BotHarness

ADMIN = 999
UNKNOWN = "don't know that command"


async def _seed_runners(harness: BotHarness, ids: list[int]) -> None:
    """Runners who wrote /start (so the bot may write to them) and consented."""
    for user_id in ids:
        runner = harness.user(user_id)
        await runner.send_command("/start")
        await runner.next_bot_message()
    async with harness.runtime.sessions_begin() as session:
        for user_id in ids:
            user, _ = await users.touch(session, user_id, user_id, "en", harness.clock.now())
            user.consent = "given"
            user.timezone = "Europe/Berlin"


async def test_non_admin_gets_the_ordinary_unknown_command_answer(harness: BotHarness) -> None:
    runner = harness.user(2001)
    for command in ("/broadcast", "/stats", "/addtip LOAD\nx\ny"):
        await runner.send_command(command)
        reply = await runner.next_bot_message()
        assert UNKNOWN in (reply.text or "")
    async with harness.session() as session:
        assert await session.scalar(select(func.count()).select_from(AuditEntry)) == 0
        assert await session.scalar(select(func.count()).select_from(Tip)) == 0


async def test_broadcast_reaches_the_audience_once_and_reports(harness: BotHarness) -> None:
    await _seed_runners(harness, [3001, 3002, 3003])
    admin = harness.user(ADMIN)
    await admin.send_command("/broadcast")
    assert "Send the message" in ((await admin.next_bot_message()).text or "")
    await admin.send_text("<b>New</b> strength videos are out")
    menu = await admin.next_bot_message()
    await admin.press_button(menu, text="All active users")
    preview = await admin.next_bot_message()
    assert "strength videos" in (preview.text or "")
    when = await admin.next_bot_message()
    assert "3 users right now" in (when.text or "")
    await admin.press_button(when, text="Now")
    confirm = await admin.wait_for_edit(when)
    first = await admin.press_button(confirm, text="Send it")
    await admin.wait_callback_answered(first)
    status = await admin.wait_for_edit(confirm)
    assert "3 recipients" in (status.text or "")

    await harness.tick()
    await harness.tick()

    for runner_id in (3001, 3002, 3003):
        runner = harness.user(runner_id)
        texts = [entry.text for entry in runner.bot_messages()[1:]]
        assert texts.count("New strength videos are out") == 1
    report = await admin.next_bot_message()
    assert "3 delivered, 0 blocked" in (report.text or "")
    async with harness.session() as session:
        rows = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.kind == "broadcast")
        )
        actions = list(await session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert rows == 3
    assert actions == ["broadcast_draft", "broadcast_confirm"]


async def test_a_typed_ampersand_goes_out_as_written_next_to_html(harness: BotHarness) -> None:
    await _seed_runners(harness, [3011])
    admin = harness.user(ADMIN)
    await admin.send_command("/broadcast")
    await admin.next_bot_message()
    await admin.send_text("Hills & stairs: <b>short</b> & easy, 5 < 10 km")
    menu = await admin.next_bot_message()
    assert "All active users" in [b["text"] for row in menu.inline_buttons for b in row]
    await admin.press_button(menu, text="All active users")
    preview = await admin.next_bot_message()
    assert "Hills & stairs: short & easy, 5 < 10 km" in (preview.text or "")
    when = await admin.next_bot_message()
    await admin.press_button(when, text="Now")
    confirm = await admin.wait_for_edit(when)
    await admin.press_button(confirm, text="Send it")
    await admin.wait_for_edit(confirm)

    await harness.tick()

    runner = harness.user(3011)
    [received] = runner.bot_messages()[1:]
    assert received.text == "Hills & stairs: short & easy, 5 < 10 km"
    assert [(e["type"], e["offset"], e["length"]) for e in received.entities] == [("bold", 16, 5)]


async def test_cancelled_scheduled_broadcast_reaches_nobody(harness: BotHarness) -> None:
    await _seed_runners(harness, [4001, 4002])
    admin = harness.user(ADMIN)
    await admin.send_command("/broadcast")
    await admin.next_bot_message()
    await admin.send_text("Later news")
    menu = await admin.next_bot_message()
    await admin.press_button(menu, text="All active users")
    await admin.next_bot_message()
    when = await admin.next_bot_message()
    await admin.press_button(when, text="In 1 h")
    confirm = await admin.wait_for_edit(when)
    await admin.press_button(confirm, text="Send it")
    status = await admin.wait_for_edit(confirm)
    await admin.press_button(status, text="Cancel broadcast")
    stopped = await admin.wait_for_edit(status)
    assert "cancelled" in (stopped.text or "")
    harness.clock.advance(timedelta(hours=2))
    await harness.tick()
    assert len(harness.user(4001).bot_messages()) == 1  # only the /start welcome
    async with harness.session() as session:
        states = set(await session.scalars(select(Delivery.state)))
    assert states == {"skipped"}


async def test_stats_sends_text_and_a_chart(harness: BotHarness) -> None:
    await _seed_runners(harness, [5001])
    admin = harness.user(ADMIN)
    await admin.send_command("/stats")
    summary = await admin.next_bot_message()
    assert "1 active" in (summary.text or "")
    chart = await admin.next_bot_message()
    assert chart.photo is not None and chart.photo.startswith(b"\x89PNG")
    # "sending a photo…" shows while the chart renders: after the summary, before the chart.
    assert admin.chat_actions == [("upload_photo", summary.message_id)]


async def test_addtip_stores_the_tip(harness: BotHarness) -> None:
    admin = harness.user(ADMIN)
    await admin.send_command("/addtip")
    assert "three lines" in ((await admin.next_bot_message()).text or "")
    await admin.send_text("LOAD\nKeep easy days easy.\nSeitz 2010")
    assert "added for LOAD" in ((await admin.next_bot_message()).text or "")
    async with harness.session() as session:
        tips = list(await session.scalars(select(Tip)))
    assert [(tip.cause, tip.created_by, tip.language) for tip in tips] == [("LOAD", ADMIN, "en")]


async def test_an_admins_tip_reaches_only_runners_in_its_language(harness: BotHarness) -> None:
    """Written in English: an English runner may get it from /tip, a Russian one never."""
    admin = harness.user(ADMIN)
    await admin.send_command("/addtip")
    await admin.next_bot_message()
    await admin.send_text("LOAD\nKeep easy days easy.\nSeitz 2010")
    await admin.next_bot_message()

    shown: dict[str, set[str]] = {}
    for user_id, lang in ((4101, "en"), (4102, "ru")):
        runner = harness.user(user_id, language_code=lang)
        shown[lang] = set()
        for _hour in range(40):  # strangers get the tip of the hour from every cause's tips
            harness.clock.advance(timedelta(hours=1))
            await runner.send_command("/tip")
            shown[lang].add((await runner.next_bot_message()).text or "")

    assert any("Keep easy days easy." in text for text in shown["en"])
    assert not any("Keep easy days easy." in text for text in shown["ru"])
    assert all("Совет" in text for text in shown["ru"])


async def test_stats_count_answered_polls_and_use_readable_names(harness: BotHarness) -> None:
    from tests.e2e.test_history import check_in
    from tests.e2e.test_onboarding import consent

    runner = harness.user(5002)
    await consent(runner)
    await check_in(runner, "1-3")
    await check_in(runner, None)
    harness.clock.advance(timedelta(hours=25))
    await harness.tick()  # the unanswered poll closes as missing

    admin = harness.user(ADMIN)
    await admin.send_command("/stats")
    summary = (await admin.next_bot_message()).text or ""
    assert "Users: 1 user: 1 active" in summary
    assert "After-run check-in: 1 / 0 / 0 / 1; 0 on hold" in summary
    assert "checkin:" not in summary and "1 users" not in summary
    chart = await admin.next_bot_message()
    assert chart.photo is not None
