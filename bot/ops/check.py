"""`python -m bot check`: configuration, database and Bot API, one line each; exit 0 or 1.

`check --local` (the container HEALTHCHECK) asks nothing of Telegram: instead of getMe it asks
this instance's own /healthz, when it serves one (webhook mode or METRICS_PORT).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlparse

import aiohttp
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import SQLAlchemyError
from telegram import Bot
from telegram.error import InvalidToken, TelegramError
from telegram.request import HTTPXRequest

from bot.config import RunMode, Settings
from bot.storage import migrate
from bot.storage.engine import create_engine

CHECK_TIMEOUT_SECONDS = 10.0
EXIT_OK = 0
EXIT_FAILED = 1


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check's outcome and the one line an operator reads."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def check_configuration(settings: Settings) -> CheckResult:
    """Settings are valid (load_settings did that); say what runs and what is missing."""
    if settings.bot_token is None:
        return CheckResult("configuration", False, "BOT_TOKEN is not set (see .env.example)")
    if settings.mode is RunMode.WEBHOOK and not (settings.webhook_url or "").startswith("https://"):
        return CheckResult(
            "configuration", False, "WEBHOOK_URL must be https:// (Telegram only posts over TLS)"
        )
    database = "SQLite" if settings.is_sqlite else "PostgreSQL"
    return CheckResult("configuration", True, f"{settings.mode.value} mode, {database}")


def _describe_database(database_url: str) -> str:
    return make_url(database_url).render_as_string(hide_password=True)


def _migration_state(connection: Connection, database_url: str) -> tuple[set[str], set[str]]:
    script = ScriptDirectory.from_config(migrate.alembic_config(database_url))
    current = MigrationContext.configure(connection).get_current_heads()
    return set(current), set(script.get_heads())


async def check_database(settings: Settings) -> CheckResult:
    """The database answers and its schema is at the newest migration."""
    where = _describe_database(settings.database_url)
    sqlite_path = settings.sqlite_path()
    if sqlite_path is not None and not sqlite_path.is_file():
        return CheckResult(
            "database",
            False,
            f"SQLite file {sqlite_path} does not exist (wrong path? run `python -m bot migrate`)",
        )
    engine = create_engine(settings.database_url)
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
                current, heads = await connection.run_sync(_migration_state, settings.database_url)
    except TimeoutError:
        return CheckResult(
            "database", False, f"{where} did not answer within {CHECK_TIMEOUT_SECONDS:g} s"
        )
    except (OSError, SQLAlchemyError) as error:
        return CheckResult("database", False, f"cannot use {where}: {_first_line(error)}")
    finally:
        await engine.dispose()
    if current != heads:
        have = ", ".join(sorted(current)) or "no migrations"
        return CheckResult(
            "database",
            False,
            f"{where} is at {have}, code expects {', '.join(sorted(heads))}: "
            "run `python -m bot migrate`",
        )
    return CheckResult("database", True, f"{where} answers, migrations at head")


async def check_bot_api(settings: Settings) -> CheckResult:
    """The Bot API answers getMe with this token."""
    if settings.bot_token is None:
        return CheckResult("Bot API", False, "not checked: BOT_TOKEN is not set")
    token = settings.bot_token.get_secret_value()
    endpoint = _endpoint(settings.telegram_base_url)
    request = HTTPXRequest(
        connect_timeout=CHECK_TIMEOUT_SECONDS, read_timeout=CHECK_TIMEOUT_SECONDS
    )
    bot = Bot(token, base_url=settings.telegram_base_url, request=request)
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS * 2):
            me = await bot.get_me()
    except InvalidToken:
        return CheckResult("Bot API", False, f"{endpoint} rejected BOT_TOKEN (check @BotFather)")
    except TimeoutError:
        return CheckResult("Bot API", False, f"{endpoint} did not answer in time")
    except TelegramError as error:
        message = str(error).replace(token, "<token>")
        return CheckResult("Bot API", False, f"{endpoint} unreachable or failing: {message}")
    finally:
        await request.shutdown()
    return CheckResult("Bot API", True, f"{endpoint} answers getMe as @{me.username}")


def check_strava(settings: Settings) -> CheckResult | None:
    """With Strava set up: TOKEN_ENCRYPTION_KEY is a Fernet key that encrypts and decrypts."""
    from bot.strava.tokens import BadKey, TokenCipher

    if not settings.strava_enabled or settings.token_encryption_key is None:
        return None
    try:
        works = TokenCipher(settings.token_encryption_key.get_secret_value()).works()
    except BadKey as error:
        return CheckResult("Strava", False, str(error))
    where = _endpoint(settings.strava_base_url)
    return CheckResult("Strava", works, f"token key works; API at {where}")


async def check_own_health(settings: Settings) -> CheckResult | None:
    """The running instance's /healthz on this machine, or None when it serves none."""
    if settings.mode is RunMode.WEBHOOK:
        listen, port = settings.webhook_listen, settings.webhook_port
    elif settings.metrics_port is not None:
        listen, port = settings.metrics_listen, settings.metrics_port
    else:
        return None
    host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "[::1]"}.get(listen, listen)
    url = f"http://{host}:{port}/healthz"
    timeout = aiohttp.ClientTimeout(total=CHECK_TIMEOUT_SECONDS)
    try:
        async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as answer:
            status = answer.status
    except (aiohttp.ClientError, TimeoutError) as error:
        return CheckResult("health", False, f"{url} does not answer: {_first_line(error)}")
    return CheckResult("health", status == 200, f"{url} answers {status}")


def _endpoint(base_url: str) -> str:
    """The Bot API's scheme, host and port, never the token."""
    parsed = urlparse(base_url)
    return f"{parsed.scheme}://{parsed.netloc}"


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines() or [type(original).__name__]
    return f"{type(original).__name__}: {lines[0]}"


async def collect_checks(settings: Settings, *, local: bool = False) -> Sequence[CheckResult]:
    """Every check, each run even when an earlier one failed; `local` leaves Telegram out."""
    results = [check_configuration(settings), await check_database(settings)]
    if (strava := check_strava(settings)) is not None:
        results.append(strava)
    if not local:
        results.append(await check_bot_api(settings))
    elif (own := await check_own_health(settings)) is not None:
        results.append(own)
    return results


async def run_checks(settings: Settings, *, local: bool = False) -> int:
    """Print one line per check; exit status 0 when all pass, 1 otherwise."""
    results = await collect_checks(settings, local=local)
    for result in results:
        print(result.line(), flush=True)
    return EXIT_OK if all(result.ok for result in results) else EXIT_FAILED
