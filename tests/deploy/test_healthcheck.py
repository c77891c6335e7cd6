"""The image's HEALTHCHECK (`python -m bot check --local`) and what the image leaves out.

Runs without Docker: the command itself, against a real SQLite file and a /healthz served here;
the Dockerfile and .dockerignore are read to keep them saying what these tests check.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import socket
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from aiohttp import web

from bot.__main__ import NO_PLAYGROUND, NO_TOKEN_NO_PLAYGROUND, main
from bot.config import Settings, load_settings
from bot.ops import check
from bot.storage import migrate
from bot.storage.engine import create_engine

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:healthcheck-token"


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def migrated_sqlite(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'kneeguard.db'}"
    engine = create_engine(url)
    await migrate.upgrade(engine)
    await engine.dispose()
    return url


async def settings(tmp_path: Path, **overrides: object) -> Settings:
    """A runnable instance whose Bot API address answers nothing: --local must not ask it."""
    values: dict[str, object] = {
        "bot_token": TOKEN,
        "database_url": await migrated_sqlite(tmp_path),
        "telegram_base_url": f"http://127.0.0.1:{unused_port()}/bot",
    }
    values.update(overrides)
    return load_settings(**values)


@pytest.fixture
async def healthz() -> AsyncIterator[Callable[[int], int]]:
    """Serves GET /healthz on a free loopback port with the status a test chooses."""
    answers: list[int] = []

    async def health(_request: web.Request) -> web.Response:
        return web.json_response({"ok": answers[-1] == 200}, status=answers[-1])

    app = web.Application()
    app.router.add_get("/healthz", health)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = unused_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()

    def serve(status: int) -> int:
        answers.append(status)
        return port

    yield serve
    await runner.cleanup()


async def test_polling_without_a_status_port_checks_settings_and_database_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = await check.run_checks(await settings(tmp_path), local=True)

    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert [line.split(":")[0] for line in lines] == ["ok   configuration", "ok   database"]


@pytest.mark.parametrize(("answer", "ok"), [(200, True), (503, False)])
async def test_metrics_port_means_the_instance_s_own_healthz_is_asked(
    tmp_path: Path, healthz: Callable[[int], int], answer: int, ok: bool
) -> None:
    port = healthz(answer)
    ready = await settings(tmp_path, metrics_port=port)

    results = await check.collect_checks(ready, local=True)

    assert [result.name for result in results] == ["configuration", "database", "health"]
    assert results[2].ok is ok
    assert results[2].detail == f"http://127.0.0.1:{port}/healthz answers {answer}"


async def test_webhook_mode_asks_the_webhook_server_on_loopback(
    tmp_path: Path, healthz: Callable[[int], int]
) -> None:
    port = healthz(200)
    webhook = await settings(
        tmp_path,
        mode="webhook",
        webhook_url="https://bot.example.org/telegram/hook",
        webhook_secret="secret_123",
        webhook_listen="0.0.0.0",
        webhook_port=port,
    )

    results = await check.collect_checks(webhook, local=True)

    assert all(result.ok for result in results), results
    assert results[-1].detail.startswith(f"http://127.0.0.1:{port}/healthz")


async def test_a_bot_that_is_not_listening_is_unhealthy(tmp_path: Path) -> None:
    silent = await settings(tmp_path, metrics_port=unused_port())

    status = await check.run_checks(silent, local=True)

    assert status == 1


async def test_the_healthcheck_command_as_the_image_runs_it(tmp_path: Path) -> None:
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "BOT_TOKEN": TOKEN,
        "DATABASE_URL": await migrated_sqlite(tmp_path),
        "TELEGRAM_BASE_URL": f"http://127.0.0.1:{unused_port()}/bot",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "check", "--local",
        env=environment, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    async with asyncio.timeout(60):
        output = (await process.communicate())[0].decode()

    assert process.returncode == 0, output
    assert len(output.splitlines()) == 2 and "Bot API" not in output


def hide_emulator(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the image, where .dockerignore leaves the emulator package out."""
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> object:
        return None if name == "emulator" else real_find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_without_token_and_emulator_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hide_emulator(monkeypatch)

    status = main(["run"])

    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.splitlines() == [NO_TOKEN_NO_PLAYGROUND] and captured.out == ""


def test_playground_without_emulator_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hide_emulator(monkeypatch)

    status = main(["playground"])

    assert status == 2
    assert capsys.readouterr().err.splitlines() == [NO_PLAYGROUND]


def test_the_image_files_say_what_these_tests_check() -> None:
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    ignored = (ROOT / ".dockerignore").read_text().split()

    assert 'CMD ["python", "-m", "bot", "check", "--local"]' in dockerfile
    assert "pip install --require-hashes -r requirements.txt" in dockerfile
    assert "pip install --no-deps ." in dockerfile
    assert "COPY emulator" not in dockerfile and "emulator" in ignored
