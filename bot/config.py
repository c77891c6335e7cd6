"""Settings from the environment and `.env`, validated once at start-up and passed down."""

from __future__ import annotations

import re
import socket
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/kneeguard.db"
TELEGRAM_DEFAULT_BASE_URL = "https://api.telegram.org/bot"
STRAVA_DEFAULT_BASE_URL = "https://www.strava.com"
STRAVA_NEEDS = ("strava_client_secret", "strava_verify_token", "public_url", "token_encryption_key")
"""Settings Strava needs besides STRAVA_CLIENT_ID; with the id set, each must be set too."""
SUPPORTED_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class RunMode(StrEnum):
    """How the bot receives updates."""

    POLLING = "polling"
    WEBHOOK = "webhook"


class Settings(BaseSettings):
    """Every operator-facing setting; `.env.example` documents each one."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        env_ignore_empty=True,  # `WEBHOOK_SECRET=` as .env.example leaves it means "not set"
    )

    bot_token: SecretStr | None = None
    database_url: str = DEFAULT_DATABASE_URL
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    telegram_base_url: str = TELEGRAM_DEFAULT_BASE_URL
    telegram_http_client: Literal["aiohttp", "httpx"] = "aiohttp"
    """The HTTP client under python-telegram-bot (bot/telegram_http.py says why aiohttp)."""
    mode: RunMode = RunMode.POLLING
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    log_json: bool = False
    messages_per_second: int = Field(default=30, gt=0)
    delivery_retention_days: int = Field(default=180, ge=1)
    dispatch_interval_seconds: float = Field(default=5.0, gt=0)
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_listen: str = "127.0.0.1"
    instance_id: str = Field(default_factory=socket.gethostname, min_length=1, max_length=64)
    strava_client_id: str | None = None
    strava_client_secret: SecretStr | None = None
    strava_verify_token: SecretStr | None = None
    strava_base_url: str = STRAVA_DEFAULT_BASE_URL
    public_url: str | None = None
    token_encryption_key: SecretStr | None = None
    strava_limit_15min: int = Field(default=200, gt=0)
    strava_limit_daily: int = Field(default=2000, gt=0)
    strava_subscription_id: int | None = None

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> frozenset[int]:
        if value is None or value == "":
            return frozenset()
        if isinstance(value, int):
            return frozenset({value})
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
        elif isinstance(value, list | tuple | set | frozenset):
            parts = [str(part).strip() for part in value]
        else:
            raise ValueError(f"expected comma-separated Telegram user ids, got {value!r}")
        ids = set()
        for part in parts:
            if not part.lstrip("-").isdigit():
                raise ValueError(f"{part!r} is not a numeric Telegram user id")
            ids.add(int(part))
        return frozenset(ids)

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError as error:
            raise ValueError(f"{value!r} is not a database URL") from error
        if url.drivername not in SUPPORTED_DRIVERS:
            supported = ", ".join(SUPPORTED_DRIVERS)
            raise ValueError(f"driver {url.drivername!r} is not supported; use one of {supported}")
        if url.drivername.startswith("sqlite") and not url.database:
            raise ValueError("an SQLite URL needs a file path, e.g. sqlite+aiosqlite:///data/kg.db")
        return value

    @field_validator("default_timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"{value!r} is not an IANA time zone") from error
        return value

    @field_validator("log_level")
    @classmethod
    def _check_log_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"{value!r} is not a log level")
        return level

    @field_validator("telegram_base_url", "webhook_url", "strava_base_url", "public_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ValueError(f"{value!r} must be an http:// or https:// URL with a host name")
        return value

    @model_validator(mode="after")
    def _check_webhook(self) -> Settings:
        if self.mode is RunMode.WEBHOOK:
            if not self.webhook_url:
                raise ValueError("webhook mode needs WEBHOOK_URL")
            if self.webhook_secret is None:
                raise ValueError("webhook mode needs WEBHOOK_SECRET")
        if self.webhook_secret is not None and not WEBHOOK_SECRET_PATTERN.match(
            self.webhook_secret.get_secret_value()
        ):
            raise ValueError("WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -")
        if self.strava_client_id is not None:
            missing = [name.upper() for name in STRAVA_NEEDS if getattr(self, name) is None]
            if missing:
                needed = ", ".join(missing)
                raise ValueError(f"STRAVA_CLIENT_ID is set, so Strava also needs {needed}")
        return self

    @property
    def strava_enabled(self) -> bool:
        """Whether the Strava connection is offered (STRAVA_CLIENT_ID and what it needs)."""
        return self.strava_client_id is not None

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def sqlite_path(self) -> Path | None:
        """The SQLite file, or None on PostgreSQL."""
        if not self.is_sqlite:
            return None
        return Path(make_url(self.database_url).database or "")


class SettingsError(Exception):
    """A setting is missing or wrong; the message names it in one line."""


def load_settings(**overrides: object) -> Settings:
    """Read and validate the settings, turning pydantic's report into one readable line."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        location = "_".join(str(part) for part in first["loc"]).upper()
        message = str(first["msg"]).removeprefix("Value error, ")
        name = f"{location}: " if location else ""
        raise SettingsError(f"invalid setting {name}{message}".rstrip()) from None
