"""A runner's data rights through the real bot: see, export, withdraw consent, delete."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from bot.storage import deliveries
from bot.storage.models import USER_TABLES, Base, Delivery
from emulator import EmulatedUser
from emulator.transcript import TranscriptEntry
from tests.e2e.harness import START, BotHarness
from tests.ops.seed import seed_runner

RUNNER = 3001


async def consenting_runner_with_history(harness: BotHarness) -> EmulatedUser:
    """A runner who agreed in the chat and has rows in every table, one reminder still due."""
    runner = harness.user(RUNNER, first_name="Bea")
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    await runner.press_button(welcome, text="I agree")
    await runner.wait_for_edit(welcome)
    async with harness.runtime.sessions_begin() as session:
        await seed_runner(session, RUNNER)
        session.add(
            Delivery(
                user_id=RUNNER, kind="stretch", due_at=START + timedelta(hours=1),
                state=deliveries.PENDING,
            )
        )  # fmt: skip
    return runner


async def reply(runner: EmulatedUser, *, starting: str = "", kind: str = "text") -> TranscriptEntry:
    """The next bot message of this kind starting with `starting`, skipping any other."""
    while True:
        message = await runner.next_bot_message()
        if message.kind == kind and (message.text or "").startswith(starting):
            return message


async def rows_naming(harness: BotHarness, user_id: int) -> dict[str, int]:
    """Rows about the user in every table of the schema that has user_id (or is users)."""
    found: dict[str, int] = {}
    async with harness.session() as session:
        for table in Base.metadata.sorted_tables:
            column = "user_id" if "user_id" in table.columns else "id"
            if column == "id" and table.name != "users":
                continue
            count = await session.scalar(
                select(func.count()).select_from(table).where(table.columns[column] == user_id)
            )
            if count:
                found[table.name] = int(count)
    return found


async def test_export_sends_everything_as_a_json_file(harness: BotHarness) -> None:
    runner = await consenting_runner_with_history(harness)

    await runner.send_command("/export")
    message = await reply(runner, kind="document")

    assert message.kind == "document"
    assert message.file_name is not None and message.file_name.endswith(".json")
    assert message.text == "All data I hold about you, as JSON."
    exported = json.loads(message.document or b"")
    assert exported["user"]["id"] == RUNNER and exported["user"]["consent"] == "given"
    for table in USER_TABLES:
        assert exported["tables"][table.__tablename__], f"{table.__tablename__} not exported"


async def test_a_stranger_exports_nothing(harness: BotHarness) -> None:
    stranger = harness.user(3002)

    await stranger.send_command("/export")

    assert (await reply(stranger, starting="I have")).text == "I have no data about you."


async def test_delete_asks_first_and_keeping_changes_nothing(harness: BotHarness) -> None:
    runner = await consenting_runner_with_history(harness)
    before = await rows_naming(harness, RUNNER)

    await runner.send_command("/delete")
    question = await reply(runner, starting="Delete all your data")
    await runner.press_button(question, text="Keep my data")
    answer = await runner.wait_for_edit(question)

    assert question.button_texts == ["Yes, delete everything", "Keep my data"]
    assert answer.text == "Nothing was deleted."
    assert await rows_naming(harness, RUNNER) == before


async def test_delete_erases_every_table_and_stops_reminders(harness: BotHarness) -> None:
    runner = await consenting_runner_with_history(harness)

    await runner.send_command("/delete")
    question = await reply(runner, starting="Delete all your data")
    await runner.press_button(question, text="Yes, delete everything")
    answer = await runner.wait_for_edit(question)

    assert "all your data is deleted" in (answer.text or "")
    assert "check-ins (1)" in (answer.text or "")
    assert "reminder records (2)" in (answer.text or "")
    assert await rows_naming(harness, RUNNER) == {}
    messages_before = len(runner.bot_messages())
    harness.clock.advance(timedelta(hours=2))
    await harness.tick()
    assert len(runner.bot_messages()) == messages_before, "a reminder came after /delete"


async def test_an_old_delete_button_erases_nothing(harness: BotHarness) -> None:
    runner = await consenting_runner_with_history(harness)
    await runner.send_command("/delete")
    question = await reply(runner, starting="Delete all your data")
    harness.clock.advance(timedelta(minutes=16))

    await runner.press_button(question, text="Yes, delete everything")
    answer = await runner.wait_for_edit(question)

    assert "expired" in (answer.text or "")
    assert "users" in await rows_naming(harness, RUNNER)


async def test_withdrawing_consent_takes_one_press(harness: BotHarness) -> None:
    runner = await consenting_runner_with_history(harness)

    await runner.send_command("/privacy")
    privacy = await reply(runner, starting="What I store")
    await runner.press_button(privacy, text="Withdraw consent and erase my health data")
    answer = await runner.wait_for_edit(privacy)
    await runner.send_command("/privacy")
    again = await reply(runner, starting="What I store")

    assert "What I store and why" in (privacy.text or "")
    assert "Consent withdrawn" in (answer.text or "")
    assert await rows_naming(harness, RUNNER) == {"users": 1}
    assert "haven't given consent" in (again.text or "")
    assert again.button_texts == []
