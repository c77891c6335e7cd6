"""The playground prints each message once, edits marked as edits, and saves every picture the
bot sends, a picture replaced by an edit (/history's "12 weeks") included."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.playground import Printer
from emulator import TranscriptEntry

PNG = b"\x89PNG\r\n\x1a\nfirst chart"


class FakeChat:
    def __init__(self) -> None:
        self.user_id = 4242
        self.entries: list[TranscriptEntry] = []

    def bot_messages(self) -> list[TranscriptEntry]:
        return self.entries


def chart(edit_count: int, picture: bytes, caption: str) -> TranscriptEntry:
    return TranscriptEntry(
        message_id=7, sender="bot", kind="photo", date=0, text=caption, entities=[],
        reply_markup=None, edit_count=edit_count, file_bytes=picture,
    )  # fmt: skip


def test_a_picture_is_saved_once_and_again_when_an_edit_replaces_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chat = FakeChat()
    printer = Printer(chat, tmp_path / "playground")
    chat.entries = [chart(0, PNG, "Your history, 4 weeks")]

    printer.print_new()
    printer.print_new()  # nothing new: nothing printed or saved
    chat.entries = [chart(1, PNG, "Your history, 4 weeks (renamed)")]  # caption edit only
    printer.print_new()
    chat.entries = [replace(chat.entries[0], edit_count=2, file_bytes=PNG + b" 12 weeks")]
    printer.print_new()

    out = capsys.readouterr().out
    assert out.count("bot> Your history, 4 weeks") == 1
    assert out.count("bot (edited)> ") == 2
    saved = sorted((tmp_path / "playground").iterdir())
    assert [path.name for path in saved] == ["0007-photo-2.png", "0007-photo.png"]
    assert [path.read_bytes() for path in saved] == [PNG + b" 12 weeks", PNG]
    assert out.count("(saved photo: ") == 2
