"""Settings: every bad value stops start-up with one readable line and exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import RunMode, SettingsError, load_settings

BAD_VALUES = [
    ({"ADMIN_IDS": "12,abc"}, "ADMIN_IDS", "'abc' is not a numeric Telegram user id"),
    ({"MODE": "carrier-pigeon"}, "MODE", "polling"),
    (
        {"MODE": "webhook", "WEBHOOK_URL": "https://bot.example.org/telegram"},
        "WEBHOOK_SECRET",
        "webhook mode needs WEBHOOK_SECRET",
    ),
    ({"DATABASE_URL": "not a url"}, "DATABASE_URL", "is not a database URL"),
    ({"DATABASE_URL": "mysql://db/kneeguard"}, "DATABASE_URL", "is not supported"),
    ({"DEFAULT_TIMEZONE": "Mars/Olympus"}, "DEFAULT_TIMEZONE", "is not an IANA time zone"),
    ({"WEBHOOK_PORT": "99999"}, "WEBHOOK_PORT", "less than or equal to 65535"),
    ({"TELEGRAM_BASE_URL": "http://:8081/bot"}, "TELEGRAM_BASE_URL", "with a host name"),
    ({"TELEGRAM_BASE_URL": "api.telegram.org/bot"}, "TELEGRAM_BASE_URL", "http:// or https://"),
    (
        {"MODE": "webhook", "WEBHOOK_URL": "bot.example.org/hook", "WEBHOOK_SECRET": "s3cret"},
        "WEBHOOK_URL",
        "with a host name",
    ),
    (
        {"STRAVA_CLIENT_ID": "4242", "STRAVA_CLIENT_SECRET": "x", "PUBLIC_URL": "https://k.org"},
        "",
        "Strava also needs STRAVA_VERIFY_TOKEN, TOKEN_ENCRYPTION_KEY",
    ),
    ({"PUBLIC_URL": "kneeguard.example.org"}, "PUBLIC_URL", "http:// or https://"),
    ({"STRAVA_LIMIT_15MIN": "0"}, "STRAVA_LIMIT_15MIN", "greater than 0"),
]


@pytest.mark.parametrize(("environment", "setting", "phrase"), BAD_VALUES)
def test_bad_value_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], setting: str, phrase: str
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    message = str(raised.value)
    assert setting in message
    assert phrase in message
    assert "\n" not in message


def test_defaults_need_nothing_but_give_sqlite_under_data() -> None:
    settings = load_settings()
    assert settings.mode is RunMode.POLLING
    assert settings.database_url.startswith("sqlite+aiosqlite:///data/")
    assert settings.admin_ids == frozenset()
    assert settings.bot_token is None


def test_admin_ids_and_env_file_are_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS= 11, 22 \nBOT_TOKEN=123:abc\n")
    settings = load_settings()
    assert settings.admin_ids == frozenset({11, 22})
    assert settings.bot_token is not None
    assert "123:abc" not in repr(settings)


def test_cli_reports_bad_setting_with_exit_status_2_and_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        env={"PATH": "/usr/bin:/bin", "MODE": "webhook"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "kneeguard: invalid setting webhook mode needs WEBHOOK_URL"
    ]


def test_migrate_command_creates_the_sqlite_file_under_data(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "migrate"],
        env={"PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "kneeguard.db").exists()


def test_env_example_copied_with_only_the_token_set_is_valid(tmp_path: Path) -> None:
    """The quick start: `cp .env.example .env`, set BOT_TOKEN, run. Empty lines mean unset."""
    example = (Path(__file__).resolve().parents[1] / ".env.example").read_text()
    (tmp_path / ".env").write_text(example.replace("BOT_TOKEN=\n", "BOT_TOKEN=123:abc\n", 1))
    settings = load_settings()
    assert settings.bot_token is not None and settings.bot_token.get_secret_value() == "123:abc"
    assert settings.mode is RunMode.POLLING
    assert settings.webhook_secret is None and settings.webhook_url is None
    assert settings.admin_ids == frozenset()
