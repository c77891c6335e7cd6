"""Logs never hold message texts, health answers or the bot token, even at LOG_LEVEL=DEBUG.

Logging is configured as in production (`setup_logging`), its one handler writes to a buffer we
read back, and caplog records everything that reaches the root logger at DEBUG.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError
from telegram.ext import Application, CallbackContext

from bot.handlers.errors import on_error
from bot.logging_setup import setup_logging
from bot.storage import users
from bot.storage.models import Checkin
from emulator import EmulatedUser
from tests.conftest import migrated
from tests.e2e.harness import TOKEN, BotHarness
from tests.e2e.test_checkins import PAIN_QUESTION, runner_with_plan, settled

HIGH_PAIN = 4  # the "8–10" option of the after-run pain poll
SHORTEST_SECRET = 3  # shorter fragments ("0", "Yes") appear in any log by chance
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class ProductionLog:
    """What the production handler wrote, and what reached the root logger (caplog)."""

    output: io.StringIO
    caplog: pytest.LogCaptureFixture

    def everything(self) -> str:
        """The written lines plus every captured record's message and traceback."""
        records = [
            f"{record.name}: {record.getMessage()}\n{record.exc_text or ''}"
            for record in self.caplog.records
        ]
        return self.output.getvalue() + "\n" + "\n".join(records) + "\n" + self.caplog.text


def configure(level: str, *, as_json: bool = False) -> io.StringIO:
    """`setup_logging` as `python -m bot` calls it; its handler now writes to the buffer."""
    setup_logging(level, as_json=as_json, token=TOKEN)
    [handler] = logging.getLogger().handlers
    assert isinstance(handler, logging.StreamHandler)
    output = io.StringIO()
    handler.setStream(output)
    return output


@pytest.fixture
def production_log(caplog: pytest.LogCaptureFixture) -> Iterator[ProductionLog]:
    """Production logging at DEBUG, caplog still listening; everything restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    saved_levels = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    output = configure("DEBUG")
    root.handlers.extend(saved_handlers)  # after ours, so caplog sees records as they leave
    caplog.set_level(logging.DEBUG)
    try:
        yield ProductionLog(output, caplog)
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)


def private_fragments(runner: EmulatedUser) -> set[str]:
    """Every line the bot wrote to the runner, poll questions and option texts."""
    fragments: set[str] = set()
    for message in runner.bot_messages():
        for line in (message.text or "").splitlines():
            fragments.add(line.strip())
        if message.poll is not None:
            fragments.add(message.poll.question)
            fragments.update(message.poll.options)
    return {fragment for fragment in fragments if len(fragment) >= SHORTEST_SECRET}


async def test_a_check_in_at_debug_logs_no_texts_answers_or_token(
    production_log: ProductionLog, tmp_path: Path
) -> None:
    harness = await BotHarness.started(tmp_path)
    try:
        runner = harness.user(8101)
        await runner.send_command("/start")
        welcome = await runner.next_bot_message()
        await runner.press_button(welcome, text="I agree")
        await runner.wait_for_edit(welcome)
        await runner_with_plan(harness, 8101)
        await runner.send_command("/checkin")
        poll = await runner.next_bot_message()
        assert poll.poll is not None and poll.poll.question.startswith(PAIN_QUESTION)
        assert poll.poll.options[HIGH_PAIN].startswith("8–10")
        await runner.answer_poll(poll, [HIGH_PAIN])
        reply = await runner.next_bot_message()
        await settled(harness)
    finally:
        await harness.close()

    assert (reply.text or "").startswith("Please get help today.")
    assert production_log.caplog.records, "nothing was logged: the check proves nothing"
    logged = production_log.everything()
    leaked = sorted(f for f in private_fragments(runner) | {TOKEN} if f in logged)
    assert leaked == []


async def test_a_database_error_is_logged_without_its_values(
    production_log: ProductionLog, database_url: str
) -> None:
    async with migrated(database_url) as sessions:
        async with sessions.begin() as session:
            await users.touch(session, 8201, 8201, "en", NOW)
            session.add(Checkin(user_id=8201, kind="pain", asked_at=NOW, poll_id="poll-8201"))
        with pytest.raises(IntegrityError) as raised:  # the same poll twice: a unique key
            async with sessions.begin() as session:
                session.add(
                    Checkin(
                        user_id=8201, kind="pain", asked_at=NOW, poll_id="poll-8201",
                        status="answered", pain="p8_10", zone="red",
                    )
                )  # fmt: skip
    assert "p8_10" not in str(raised.value)  # wherever else the error is shown
    application = Application.builder().token(TOKEN).build()
    await on_error(None, CallbackContext.from_error(None, raised.value, application))

    [record] = [r for r in production_log.caplog.records if r.name == "bot.handlers.errors"]
    assert record.levelno == logging.ERROR
    logged = production_log.everything()
    assert "IntegrityError" in logged and "checkins" in logged  # still says what went wrong
    assert [value for value in ("poll-8201", "p8_10") if value in logged] == []


def test_the_token_is_redacted_from_a_log_message(production_log: ProductionLog) -> None:
    logging.getLogger("bot.test").warning("calling %s/bot%s/getMe", "https://example", TOKEN)

    written = production_log.output.getvalue()
    assert "https://example/bot<token>/getMe" in written
    assert TOKEN not in written


def test_telegram_lines_quoting_raw_updates_hide_the_payload(
    production_log: ProductionLog,
) -> None:
    update = {"message": {"text": "my knee hurts at night", "chat": {"id": 7}}}
    logging.getLogger("telegram._bot").error("Error while parsing updates! Received data was %r",
                                             update)  # fmt: skip
    logging.getLogger("telegram.request").error('Can not load invalid JSON data: "%s"', "p8_10")

    written = production_log.output.getvalue()
    assert "Error while parsing updates" in written and "<payload hidden>" in written
    assert "my knee hurts" not in written and "p8_10" not in written


@pytest.mark.parametrize("as_json", [False, True], ids=["plain", "json"])
def test_the_token_is_redacted_from_a_traceback(as_json: bool) -> None:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    try:
        output = configure("INFO", as_json=as_json)
        try:
            raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
        except RuntimeError:
            logging.getLogger("bot.test").exception("start-up failed")
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)

    written = output.getvalue()
    if as_json:
        written = json.loads(written)["exception"]
    assert "The token `<token>` was rejected" in written
    assert TOKEN not in written


def test_library_loggers_stay_quiet_at_debug_while_ours_follow_the_level(
    production_log: ProductionLog,
) -> None:
    for name in ("telegram.Bot", "telegram.ext.Application", "aiosqlite", "sqlalchemy.engine"):
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
    for name in ("bot.handlers.errors", "scheduler.sender"):
        assert logging.getLogger(name).isEnabledFor(logging.DEBUG), name


def test_the_strava_secrets_from_the_settings_are_redacted_too() -> None:
    from bot.logging_setup import RedactToken

    redact = RedactToken(TOKEN, "strava-client-secret", None, "fernet-key=")
    record = logging.LogRecord(
        "bot.x", logging.WARNING, __file__, 1, "secret %s and key %s in %s",
        ("strava-client-secret", "fernet-key=", TOKEN), None,
    )  # fmt: skip

    redact.filter(record)

    assert record.getMessage() == "secret <token> and key <token> in <token>"
