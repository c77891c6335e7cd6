"""`python -m bot run` when Telegram says no or cannot be reached: one line, no traceback."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import pytest
from telegram.error import NetworkError

import bot.runner
from bot.__main__ import main
from emulator import BotApiEmulator


async def test_a_rejected_token_stops_with_one_line_and_status_2(tmp_path: Path) -> None:
    async with BotApiEmulator("123456:RIGHT-TOKEN") as emulator:
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "BOT_TOKEN": "123456:WRONG-TOKEN",
            "TELEGRAM_BASE_URL": emulator.base_url,
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=environment,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, error = await asyncio.wait_for(process.communicate(), 50)
    lines = error.decode().strip().splitlines()
    assert process.returncode == 2
    assert lines[-1] == "kneeguard: Telegram rejected BOT_TOKEN; copy it again from @BotFather"
    assert "Traceback" not in error.decode() and "WRONG-TOKEN" not in error.decode()


def test_an_unreachable_bot_api_stops_with_one_line_and_status_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """After the start-up retries give up (the limiter's backoff, not waited for here)."""

    async def unreachable(*_args: Any) -> NoReturn:
        raise NetworkError("httpx.ConnectError for .../bot123456:SECRET-TOKEN/getMe")

    monkeypatch.setenv("BOT_TOKEN", "123456:SECRET-TOKEN")
    monkeypatch.setenv("TELEGRAM_BASE_URL", "http://127.0.0.1:9/bot")
    monkeypatch.setattr(bot.runner, "serve", unreachable)

    status = main(["run"])

    error = capsys.readouterr().err
    assert status == 1
    assert error.strip().splitlines()[-1].startswith(
        "kneeguard: cannot reach the Bot API at http://127.0.0.1:9/bot: "
    )
    assert "SECRET-TOKEN" not in error and "<token>" in error
