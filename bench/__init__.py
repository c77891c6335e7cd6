"""Benchmarks: delivery at the rate limit, scale in users, the usual design, update handling.

Run `python -m bench` (see `bench/__main__.py` for flags); results go to `bench/RESULTS.md`.
"""

TOKEN = "123456:BENCH-TOKEN"
"""The bot token every benchmark's emulator accepts."""


def child_environment() -> dict[str, str]:
    """The environment for benchmark subprocesses: this checkout first on the import path."""
    import os
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": root + (os.pathsep + path if path else "")}
