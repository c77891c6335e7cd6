"""`python -m bot backup PATH`: a consistent copy of the SQLite database while the bot runs.

SQLite's online backup API copies the database inside one read transaction (all pages in
one step), so the copy is a snapshot of one moment even while the bot keeps writing (WAL lets
readers and the writer proceed together). The copy is written next to PATH, checked with
`PRAGMA integrity_check`, switched to a single-file journal and only then renamed to PATH.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.storage.engine import SQLITE_BUSY_TIMEOUT_MS

EXIT_OK = 0
EXIT_FAILED = 1


class BackupError(Exception):
    """The backup could not be made; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class BackupReport:
    """What was written."""

    path: Path
    size_bytes: int


def backup_sqlite(source: Path, target: Path) -> BackupReport:
    """Copy `source` to `target` consistently; never leaves a half-written file at `target`."""
    if not source.is_file():
        raise BackupError(f"SQLite file {source} does not exist")
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new path")
    if not target.parent.is_dir():
        raise BackupError(f"folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial)
        os.replace(partial, target)
    except sqlite3.Error as error:
        raise BackupError(f"backup of {source} failed: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return BackupReport(target, target.stat().st_size)


def _copy(source: Path, partial: Path) -> None:
    timeout = SQLITE_BUSY_TIMEOUT_MS / 1000
    with (
        contextlib.closing(sqlite3.connect(source, timeout=timeout)) as origin,
        contextlib.closing(sqlite3.connect(partial)) as copy,
    ):
        origin.backup(copy, pages=-1)
        copy.execute("PRAGMA journal_mode=DELETE")
        (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
    if verdict != "ok":
        raise BackupError(f"the copy failed its integrity check: {verdict}")


async def run_backup(settings: Settings, path: str) -> int:
    """Back up the SQLite database to `path`; PostgreSQL users are pointed to pg_dump."""
    source = settings.sqlite_path()
    if source is None:
        print(
            "kneeguard: backup works on SQLite only; on PostgreSQL use pg_dump, e.g. "
            "pg_dump --format=custom --file=kneeguard.dump postgresql://USER@HOST/DB "
            "(DATABASE_URL without +asyncpg)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    try:
        report = await asyncio.to_thread(backup_sqlite, source, Path(path))
    except BackupError as error:
        print(f"kneeguard: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"backup written to {report.path} ({report.size_bytes} bytes, integrity ok)")
    return EXIT_OK
