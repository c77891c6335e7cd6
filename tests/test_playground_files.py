"""What the playground keeps on disk: paths beside the database, the saved clock, saved files,
the system viewer only with a display, and :reset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.playground_files import (
    PlaygroundPaths,
    SavedClock,
    free_path,
    reset,
    viewer_command,
)

NOW = datetime(2026, 12, 6, 18, 30, tzinfo=UTC)


def test_everything_lives_beside_the_database() -> None:
    paths = PlaygroundPaths.beside(Path("data/playground.db"))
    bare = PlaygroundPaths.beside(Path("data/chat"))  # --database without a suffix

    assert paths == PlaygroundPaths(
        Path("data/playground.db"), Path("data/playground"), Path("data/playground.clock")
    )
    assert (bare.folder, bare.clock) == (Path("data/chat-files"), Path("data/chat.clock"))


@pytest.mark.parametrize(
    ("written", "resumed"),
    [
        (None, NOW),  # nothing saved yet
        ((NOW + timedelta(days=3)).isoformat(), NOW + timedelta(days=3)),  # moved ahead: kept
        ((NOW - timedelta(days=3)).isoformat(), NOW),  # behind the real time: now
        ("2026-12-09T18:30:00", NOW),  # no zone: not trusted
        ("yesterday-ish", NOW),
    ],
)
def test_the_clock_resumes_from_the_later_of_saved_and_now(
    tmp_path: Path, written: str | None, resumed: datetime
) -> None:
    clock = SavedClock(tmp_path / "playground.clock")
    if written is not None:
        clock.path.write_text(f"{written}\n", encoding="utf-8")

    assert clock.resume(NOW) == resumed


def test_a_saved_moment_is_read_back(tmp_path: Path) -> None:
    clock = SavedClock(tmp_path / "data" / "playground.clock")  # the folder comes with it
    later = NOW + timedelta(hours=5)

    clock.save(later)

    assert clock.resume(NOW) == later


def test_a_file_of_a_former_run_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "0003-photo.png").write_bytes(b"old")
    (tmp_path / "0003-photo-2.png").write_bytes(b"older")

    assert free_path(tmp_path, "0004-photo.png") == tmp_path / "0004-photo.png"
    assert free_path(tmp_path, "0003-photo.png") == tmp_path / "0003-photo-3.png"


@pytest.mark.parametrize(
    ("found", "environment", "command"),
    [
        ("/usr/bin/xdg-open", {"DISPLAY": ":0"}, ["/usr/bin/xdg-open", "chart.png"]),
        ("/usr/bin/xdg-open", {}, None),  # a terminal without a display (and every test)
        ("/usr/bin/xdg-open", {"DISPLAY": ""}, None),
        (None, {"DISPLAY": ":0"}, None),  # no viewer installed
    ],
)
def test_the_viewer_opens_only_with_xdg_open_and_a_display(
    found: str | None, environment: dict[str, str], command: list[str] | None
) -> None:
    def which(name: str) -> str | None:
        assert name == "xdg-open"
        return found

    assert viewer_command(Path("chart.png"), which, environment) == command


def test_reset_removes_database_files_and_clock_and_says_what(tmp_path: Path) -> None:
    paths = PlaygroundPaths.beside(tmp_path / "playground.db")
    for path in (paths.database, Path(f"{paths.database}-wal"), paths.clock):
        path.write_text("x", encoding="utf-8")
    paths.folder.mkdir()
    (paths.folder / "0001-photo.png").write_bytes(b"png")
    (paths.folder / "0002-export.json").write_bytes(b"{}")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")

    removed = reset(paths)

    assert removed == [
        str(paths.database), f"{paths.database}-wal", f"{paths.folder}/ (2 files)",
        str(paths.clock),
    ]  # fmt: skip
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]  # nothing else touched
    assert reset(paths) == []


def test_reset_keeps_a_file_someone_put_in_the_folder(tmp_path: Path) -> None:
    paths = PlaygroundPaths.beside(tmp_path / "playground.db")
    paths.folder.mkdir()
    (paths.folder / "0001-photo.png").write_bytes(b"png")
    (paths.folder / "my-notes.txt").write_text("mine", encoding="utf-8")

    assert reset(paths) == [f"{paths.folder}/ (1 file)"]
    assert [path.name for path in paths.folder.iterdir()] == ["my-notes.txt"]
