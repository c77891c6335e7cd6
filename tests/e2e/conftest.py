"""End-to-end fixtures: the real bot on the emulator, a fresh SQLite file, a manual clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.harness import BotHarness


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[BotHarness]:
    bot = await BotHarness.started(tmp_path, admin_ids="999")
    try:
        yield bot
    finally:
        await bot.close()
