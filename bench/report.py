"""Rows of measured figures, the printed table, and the dated entry appended to RESULTS.md."""

from __future__ import annotations

import os
import platform
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

RESULTS_PATH = Path(__file__).with_name("RESULTS.md")


@dataclass(frozen=True, slots=True)
class Row:
    """One measured figure; `met` is None when the figure has no target."""

    benchmark: str
    measure: str
    value: str
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def verdict(self) -> str:
        """ "ok", "MISSED" or empty when there is no target."""
        if self.met is None:
            return ""
        return "ok" if self.met else "MISSED"


def machine() -> str:
    """Platform, Python and CPU count, for the results header."""
    return (
        f"{platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs ({platform.processor() or platform.machine()})"
    )


def markdown_table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| benchmark | measure | value | target | verdict | note |",
        "| --- | --- | ---: | --- | --- | --- |",
    ]
    for row in rows:
        cells = (row.benchmark, row.measure, row.value, row.target, row.verdict, row.note)
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return "\n".join(lines)


def entry(rows: Sequence[Row], command: str, notes: Sequence[str], now: datetime) -> str:
    """A dated RESULTS.md section: machine, command, table and closing notes."""
    parts = [
        f"## {now.astimezone(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"- machine: {machine()}",
        f"- command: `{command}`",
        "",
        markdown_table(rows),
    ]
    if notes:
        parts += ["", *(f"- {note}" for note in notes)]
    return "\n".join(parts) + "\n"


def append_results(text: str, path: Path = RESULTS_PATH) -> None:
    """Append one entry to RESULTS.md (created with its heading when missing)."""
    if not path.exists():
        path.write_text("# Benchmark results\n\nAppended by `python -m bench`; newest last.\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n" + text)


def ratio(value: float, reference: float) -> str:
    """`value / reference` with two decimals, or "n/a" when the reference is zero."""
    return f"{value / reference:.2f}" if reference else "n/a"
