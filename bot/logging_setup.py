"""Logging: plain or JSON lines that never hold message texts, health answers or the token.

Our own loggers (`bot.*`, `scheduler.*`) follow LOG_LEVEL. Libraries that log payloads below a
certain level are held at that level even when LOG_LEVEL=DEBUG (see CLAMPED_LOGGERS), and the
one handler replaces the token wherever it still turns up (messages and tracebacks).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

# The lowest level each library may log at, and what it would log below it.
CLAMPED_LOGGERS: dict[str, int] = {
    "telegram": logging.INFO,  # DEBUG: every Bot API call's parameters and result, every update
    "httpx": logging.WARNING,  # INFO: every request URL, which contains the token
    "httpcore": logging.WARNING,  # DEBUG: every request and response
    "aiosqlite": logging.WARNING,  # DEBUG: every call with its SQL and bound values
    "sqlalchemy": logging.WARNING,  # INFO: SQL statements; DEBUG: the rows read back
    "apscheduler": logging.WARNING,  # INFO: every job run
    "aiohttp.access": logging.WARNING,  # INFO: every request line
    "alembic": logging.WARNING,  # INFO: every migration step
}
TOKEN_PLACEHOLDER = "<token>"


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


class RedactToken(logging.Filter):
    """Replace the bot token and the other secrets from the settings (Strava's client secret and
    verify token, the token encryption key) wherever they would appear in a log line,
    tracebacks included. Runners' Strava tokens are never logged in the first place."""

    def __init__(self, token: str | None, *secrets: str | None) -> None:
        super().__init__()
        self.secrets = [value for value in (token, *secrets) if value]
        self._tracebacks = logging.Formatter()

    def _redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, TOKEN_PLACEHOLDER)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            record.msg = self._redact(message)
            record.args = ()
        if record.exc_info and not record.exc_text:  # formatters reuse this cached text
            record.exc_text = self._tracebacks.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redact(record.stack_info)
        return True


RAW_DATA_MARKERS = ("Received data", "invalid JSON data")
PAYLOAD_PLACEHOLDER = "<payload hidden>"


class HideRawPayloads(logging.Filter):
    """python-telegram-bot's few error lines that quote what Telegram sent ("Error while
    parsing updates! Received data was %r", "Can not load invalid JSON data") would carry
    message texts and poll answers; their arguments are replaced, the line itself stays."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram") and record.args:
            template = str(record.msg)
            if any(marker in template for marker in RAW_DATA_MARKERS):
                count = len(record.args) if isinstance(record.args, tuple) else 1
                record.args = (PAYLOAD_PLACEHOLDER,) * count
        return True


def setup_logging(
    level: str, *, as_json: bool, token: str | None, secrets: Sequence[str | None] = ()
) -> None:
    handler = logging.StreamHandler()
    plain = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler.setFormatter(JsonFormatter() if as_json else plain)
    handler.addFilter(HideRawPayloads())
    handler.addFilter(RedactToken(token, *secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, floor in CLAMPED_LOGGERS.items():
        # At or above the floor a library simply follows the root logger (the playground's
        # warnings-only switch included); below it, it is held at the floor.
        logging.getLogger(name).setLevel(floor if root.level < floor else logging.NOTSET)
