"""`--version` prints the installed version from the package metadata and exits 0."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from bot import __main__ as command_line

ROOT = Path(__file__).resolve().parent.parent


def test_python_m_bot_version_prints_the_installed_version(tmp_path: Path) -> None:
    # a broken setting does not matter: --version reads none
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--version"],
        env={"PATH": "/usr/bin:/bin", "ADMIN_IDS": "not-a-number"},
        cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"kneeguard {metadata.version('kneeguard')}\n"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert metadata.version("kneeguard") == project["version"]  # as pyproject.toml says


def test_the_kneeguard_script_prints_the_same_version(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("kneeguard")
    assert script.exists(), "the editable install puts the kneeguard script beside python"

    result = subprocess.run(
        [str(script), "--version"], env={"PATH": "/usr/bin:/bin"}, cwd=tmp_path,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip

    assert (result.returncode, result.stdout) == (0, f"kneeguard {metadata.version('kneeguard')}\n")


def test_a_source_tree_never_installed_says_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(command_line.metadata, "version", not_installed)

    assert command_line.installed_version() == "unknown"
