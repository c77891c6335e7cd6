"""What the playground keeps on disk beside its database, and `:reset` that removes it all.

    data/playground.db      the chat's data (SQLite, with its -wal/-shm files while open)
    data/playground/        photos and documents the bot sent (charts, the /export file)
    data/playground.clock   the playground clock, so time moved with `:skip` survives a restart

Saved files are opened with the system viewer only when there is one to show them on: `xdg-open`
on the PATH and a DISPLAY set (never in tests, which set no DISPLAY).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

VIEWER = "xdg-open"
SAVED_NAME = re.compile(r"^\d{4}-.+")
"""How the playground names what it saves ("0007-photo.png"): `:reset` deletes only these."""
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class PlaygroundPaths:
    """Where one playground keeps its database, received files and clock."""

    database: Path
    folder: Path
    clock: Path

    @classmethod
    def beside(cls, database: Path) -> PlaygroundPaths:
        """`data/playground.db`: files in `data/playground/`, the clock in
        `data/playground.clock` (`data/chat`: `data/chat-files/`, `data/chat.clock`)."""
        folder = database.with_suffix("") if database.suffix else Path(f"{database}-files")
        return cls(database, folder, database.with_suffix(".clock"))


class SavedClock:
    """The playground clock's time in a small file: written on every move and on quit."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def resume(self, now: datetime) -> datetime:
        """Where the clock starts: the saved time when it is ahead of `now`, else `now` (a
        missing or unreadable file counts as nothing saved)."""
        try:
            saved = datetime.fromisoformat(self.path.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return now
        if saved.tzinfo is None:
            return now
        return max(saved.astimezone(UTC), now)

    def save(self, moment: datetime) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(moment.astimezone(UTC).isoformat() + "\n", encoding="utf-8")


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/stem-2.suffix` (-3 …) when a file of a former run has it."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    return path


def viewer_command(
    path: Path,
    which: Callable[[str], str | None] = shutil.which,
    environ: Mapping[str, str] = os.environ,
) -> list[str] | None:
    """The command that shows `path` on screen, or None without a viewer or a display."""
    viewer = which(VIEWER)
    if viewer is None or not environ.get("DISPLAY"):
        return None
    return [viewer, str(path)]


def open_in_viewer(path: Path) -> bool:
    """Show the file with the system viewer, without waiting for it; whether one was started."""
    command = viewer_command(path)
    if command is None:
        return False
    try:
        subprocess.Popen(  # xdg-open as found on the PATH, with a file we wrote
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    except OSError:
        return False
    return True


def reset(paths: PlaygroundPaths) -> list[str]:
    """Delete the database (and its SQLite companions), the files the playground saved (the
    folder too once empty) and the saved clock; what was removed, as short descriptions."""
    removed = []
    companions = [Path(f"{paths.database}{end}") for end in SQLITE_COMPANIONS]
    for database in [paths.database, *companions]:
        if database.exists():
            database.unlink()
            removed.append(str(database))
    if paths.folder.is_dir():  # only what the playground saved: a file put there stays
        saved = [e for e in paths.folder.iterdir() if e.is_file() and SAVED_NAME.match(e.name)]
        for entry in saved:
            entry.unlink()
        if not any(paths.folder.iterdir()):
            paths.folder.rmdir()
        count = len(saved)
        removed.append(f"{paths.folder}/ ({count} file{'' if count == 1 else 's'})")
    if paths.clock.exists():
        paths.clock.unlink()
        removed.append(str(paths.clock))
    return removed
