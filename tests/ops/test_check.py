"""`python -m bot check`: every failure is one clear line, and all passing exits 0."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings, load_settings
from bot.ops import check
from bot.storage import migrate
from bot.storage.engine import create_engine
from tests.ops.fake_bot_api import FakeBotApi, running_fake_bot_api

TOKEN = "123456:secret-token-value"


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


@pytest.fixture
async def fake_bot_api() -> AsyncIterator[FakeBotApi]:
    async with running_fake_bot_api(TOKEN) as fake:
        yield fake


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = {"bot_token": TOKEN}
    values.update(overrides)
    return load_settings(**values)


def test_a_missing_token_is_named() -> None:
    result = check.check_configuration(load_settings())

    assert not result.ok
    assert result.line() == "FAIL configuration: BOT_TOKEN is not set (see .env.example)"


async def test_a_missing_sqlite_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "not-a-folder"
    path.write_text("a file where a folder should be")
    url = f"sqlite+aiosqlite:///{path / 'kneeguard.db'}"

    result = await check.check_database(settings(database_url=url))

    assert not result.ok
    assert str(path / "kneeguard.db") in result.detail
    assert "does not exist" in result.detail
    assert not (path / "kneeguard.db").exists()


async def test_a_file_that_is_not_a_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "kneeguard.db"
    path.write_bytes(b"this is not SQLite at all" * 100)

    result = await check.check_database(settings(database_url=f"sqlite+aiosqlite:///{path}"))

    assert not result.ok
    assert "file is not a database" in result.detail


async def test_an_unmigrated_database_asks_for_migrate(tmp_path: Path) -> None:
    path = tmp_path / "kneeguard.db"
    sqlite3.connect(path).close()

    result = await check.check_database(settings(database_url=f"sqlite+aiosqlite:///{path}"))

    assert not result.ok
    assert "no migrations" in result.detail
    assert "python -m bot migrate" in result.detail


async def test_an_unreachable_postgresql_is_named_without_its_password() -> None:
    url = f"postgresql+asyncpg://kneeguard:hunter2@127.0.0.1:{unused_port()}/kneeguard"

    result = await check.check_database(settings(database_url=url))

    assert not result.ok
    assert result.detail.startswith("cannot use postgresql+asyncpg://kneeguard:***@127.0.0.1:")
    assert "hunter2" not in result.line()


async def test_a_migrated_database_passes(tmp_path: Path) -> None:
    result = await check.check_database(settings(database_url=await migrated_sqlite(tmp_path)))

    assert result.ok, result.line()
    assert "migrations at head" in result.detail


async def test_an_unreachable_bot_api_is_named_without_the_token() -> None:
    base = f"http://127.0.0.1:{unused_port()}/bot"

    result = await check.check_bot_api(settings(telegram_base_url=base))

    assert not result.ok
    assert result.detail.startswith(f"{base.removesuffix('/bot')} unreachable")
    assert TOKEN not in result.line()


async def test_a_rejected_token_is_named(fake_bot_api: FakeBotApi) -> None:
    fake_bot_api.reject_token = True
    base = fake_bot_api.base_url()

    result = await check.check_bot_api(settings(telegram_base_url=base))

    assert not result.ok
    assert "rejected BOT_TOKEN" in result.detail


async def test_all_passing_exits_zero_with_one_line_per_check(
    tmp_path: Path, fake_bot_api: FakeBotApi, capsys: pytest.CaptureFixture[str]
) -> None:
    base = fake_bot_api.base_url()
    ready = settings(database_url=await migrated_sqlite(tmp_path), telegram_base_url=base)

    status = await check.run_checks(ready)

    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert [line.split(":")[0] for line in lines] == [
        "ok   configuration", "ok   database", "ok   Bot API",
    ]  # fmt: skip
    assert "@kneeguard_bot" in lines[2]


async def test_one_failure_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = settings(
        database_url=await migrated_sqlite(tmp_path),
        telegram_base_url=f"http://127.0.0.1:{unused_port()}/bot",
    )

    status = await check.run_checks(broken)

    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    assert [line[:4] for line in lines] == ["ok  ", "ok  ", "FAIL"]


STRAVA = {
    "strava_client_id": "4242", "strava_client_secret": "client-secret-value",
    "strava_verify_token": "verify", "public_url": "https://kneeguard.example.org",
}  # fmt: skip


def test_a_working_strava_key_passes_and_without_strava_nothing_is_checked() -> None:
    from cryptography.fernet import Fernet

    key = Fernet.generate_key().decode()
    result = check.check_strava(settings(**STRAVA, token_encryption_key=key))

    assert result is not None and result.ok
    assert result.line() == "ok   Strava: token key works; API at https://www.strava.com"
    assert check.check_strava(settings()) is None


def test_a_strava_key_that_is_not_a_fernet_key_fails_without_showing_it() -> None:
    result = check.check_strava(settings(**STRAVA, token_encryption_key="hunter2-not-a-key"))

    assert result is not None and not result.ok
    assert "not a Fernet key" in result.line() and "hunter2" not in result.line()
