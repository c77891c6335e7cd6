"""The playground is driven through its stdin like a person would type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_playground_chat_from_start_to_consent_and_a_skipped_day(tmp_path: Path) -> None:
    typed = (
        "\n".join(["/start", "1", "hello", ":skip 1d", "/nosuch", "/checkin", "3", ":quit"]) + "\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input=typed,
        env={"PATH": "/usr/bin:/bin", "LOG_LEVEL": "WARNING"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0].startswith(
        "No BOT_TOKEN is set, so KneeGuard starts the local playground"
    )
    assert "[1] I agree" in out
    assert "/quiz takes about a minute" in out  # pressing 1 gave consent
    assert "I work with buttons and commands" in out  # stray text got a hint
    assert "(clock is now" in out
    assert "I don't know that command" in out
    assert "[5] 8–10" in out and "[6] Swelling" in out  # poll options, then its buttons
    assert "Amber" in out  # answering 4–5 gave the zone advice
    assert (tmp_path / "data" / "playground.db").exists()
