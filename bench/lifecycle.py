"""What every benchmark does around a bot: start it polling, stop it, count crashed tasks."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bench.report import Row

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


async def initialize(application: AnyApplication) -> None:
    """`initialize` and the post_init hook (database, migrations, dispatcher), as run_polling."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)


async def start_polling(application: AnyApplication) -> None:
    """Start the application and poll as fast as the emulator answers."""
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)


async def stop(application: AnyApplication) -> None:
    """Stop polling and the application, run post_shutdown, shut down."""
    assert application.updater is not None
    await application.updater.stop()
    await application.stop()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
    await application.shutdown()


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A temporary folder for a benchmark's database, removed afterwards."""
    work = Path(tempfile.mkdtemp(prefix="kneeguard-bench-"))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


@contextmanager
def task_failures() -> Iterator[list[str]]:
    """Collect what the event loop reports of crashed tasks (a dispatcher task that raised)."""
    failures: list[str] = []
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    loop.set_exception_handler(
        lambda _loop, context: failures.append(str(context.get("exception")))
    )
    try:
        yield failures
    finally:
        loop.set_exception_handler(previous)


def crashed_tasks_row(name: str, failures: list[str]) -> Row:
    """The table row for `task_failures`: how many, and how many were SQLite's busy timeout."""
    locked = sum("database is locked" in failure for failure in failures)
    return Row(name, "dispatcher tasks that crashed", str(len(failures)), "0", not failures,
               f"{locked} of them 'database is locked' (SQLite busy timeout)")  # fmt: skip
