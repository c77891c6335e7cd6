"""Command line: `python -m bot [--version] [run|migrate|playground|check|backup PATH]`."""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import logging
import sys
from collections.abc import Sequence
from importlib import metadata

from bot.config import Settings, SettingsError, load_settings
from bot.logging_setup import CLAMPED_LOGGERS, setup_logging

DISTRIBUTION = "kneeguard"
EXIT_CONFIG = 2
EXIT_UNAVAILABLE = 1
# Installs without the emulator package (the Docker image) have no playground.
NO_TOKEN_NO_PLAYGROUND = (
    "kneeguard: BOT_TOKEN is not set (see .env.example), and this install has no playground "
    "to start instead"
)
NO_PLAYGROUND = (
    "kneeguard: the playground needs the emulator package, which this install leaves out "
    "(as the Docker image does)"
)


def installed_version() -> str:
    """The version pip installed (the package metadata), or "unknown" when run from a bare
    source tree that was never installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kneeguard", description="KneeGuard Telegram bot")
    parser.add_argument(  # prints and exits 0 before any setting is read
        "--version", action="version", version=f"%(prog)s {installed_version()}"
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (the playground when BOT_TOKEN is not set)")
    sub.add_parser("migrate", help="apply pending database migrations")
    playground = sub.add_parser("playground", help="chat with the bot in this terminal")
    playground.add_argument("--database", default="data/playground.db", help="SQLite file")
    playground.add_argument(
        "--lang", default="en", help="your Telegram app's language code (ru, es, de, en-US…)"
    )
    check = sub.add_parser("check", help="verify configuration, database and the Bot API")
    check.add_argument(
        "--local",
        action="store_true",
        help="no Telegram call: this instance's /healthz (if served) instead of getMe",
    )
    backup = sub.add_parser("backup", help="consistent online backup of the SQLite database")
    backup.add_argument("path", help="where to write the backup file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"kneeguard: {error}", file=sys.stderr)
        return EXIT_CONFIG
    token = settings.bot_token.get_secret_value() if settings.bot_token else None
    secrets = [
        value.get_secret_value() if value is not None else None
        for value in (
            settings.strava_client_secret, settings.strava_verify_token,
            settings.token_encryption_key,
        )
    ]  # fmt: skip
    setup_logging(settings.log_level, as_json=settings.log_json, token=token, secrets=secrets)
    if command == "run":
        return _run(settings)
    if command == "playground":
        return _playground(settings, args.database, args.lang)
    if command == "migrate":
        return asyncio.run(_migrate(settings))
    if command == "check":
        from bot.ops.check import run_checks

        return asyncio.run(run_checks(settings, local=args.local))
    if command == "backup":
        from bot.ops.backup import run_backup

        return asyncio.run(run_backup(settings, args.path))
    return EXIT_CONFIG


def _run(settings: Settings) -> int:
    if settings.bot_token is None:
        if importlib.util.find_spec("emulator") is None:
            print(NO_TOKEN_NO_PLAYGROUND, file=sys.stderr)
            return EXIT_CONFIG
        print(
            "No BOT_TOKEN is set, so KneeGuard starts the local playground "
            "(set BOT_TOKEN in .env to run the real bot).",
            flush=True,
        )
        return _playground(settings, "data/playground.db")
    from telegram.error import BadRequest, InvalidToken, NetworkError

    from bot.app import build_application
    from bot.runner import serve

    token = settings.bot_token.get_secret_value()
    application = build_application(settings)
    try:
        asyncio.run(serve(application, settings))
    except InvalidToken:
        print("kneeguard: Telegram rejected BOT_TOKEN; copy it again from @BotFather",
              file=sys.stderr)  # fmt: skip
        return EXIT_CONFIG
    except BadRequest as error:
        print(f"kneeguard: Telegram refused a start-up request: {error}", file=sys.stderr)
        return EXIT_CONFIG
    except NetworkError as error:  # includes timeouts; systemd or Docker will start us again
        print(
            f"kneeguard: cannot reach the Bot API at {settings.telegram_base_url}: "
            f"{_without_token(str(error), token)} (check the network and TELEGRAM_BASE_URL)",
            file=sys.stderr,
        )
        return EXIT_UNAVAILABLE
    return 0


def _without_token(text: str, token: str) -> str:
    return text.replace(token, "<token>")


def _playground(settings: Settings, database: str, language_code: str = "en") -> int:
    if importlib.util.find_spec("emulator") is None:
        print(NO_PLAYGROUND, file=sys.stderr)
        return EXIT_CONFIG
    from bot.playground import run_playground

    # Log lines would interleave with the chat: only warnings and errors, in the terminal
    # (libraries held at INFO for LOG_LEVEL=DEBUG included).
    logging.getLogger().setLevel(max(logging.WARNING, logging.getLogger().level))
    for name in CLAMPED_LOGGERS:
        library = logging.getLogger(name)
        library.setLevel(max(logging.WARNING, library.level))
    return asyncio.run(run_playground(settings, database, language_code))


async def _migrate(settings: Settings) -> int:
    from bot.storage import migrate
    from bot.storage.engine import create_engine

    engine = create_engine(settings.database_url)
    try:
        await migrate.upgrade(engine)
    finally:
        await engine.dispose()
    print("database is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
