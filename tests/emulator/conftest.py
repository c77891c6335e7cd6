"""Fixtures for the emulator's own tests: a fresh emulator on a free port, raw HTTP, a PTB Bot."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from telegram import Bot

from bot.clock import ManualClock
from emulator import BotApiEmulator, RateLimits

TOKEN = "123456:TEST"
START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)

RawCall = Callable[..., Awaitable[tuple[int, dict[str, Any]]]]


class FakeMonotonic:
    """A monotonic time source the limit tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
async def emulator(clock: ManualClock, monotonic: FakeMonotonic) -> AsyncIterator[BotApiEmulator]:
    limits = RateLimits(monotonic=monotonic)
    async with BotApiEmulator(TOKEN, clock=clock, limits=limits) as emu:
        yield emu


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def call(emulator: BotApiEmulator, http: aiohttp.ClientSession) -> RawCall:
    """POST a method as JSON (or form with as_form=True); returns (status, body)."""

    async def raw_call(
        method: str, *, token: str = TOKEN, as_form: bool = False, **params: Any
    ) -> tuple[int, dict[str, Any]]:
        url = f"{emulator.base_url}{token}/{method}"
        body = {"data": params} if as_form else {"json": params}
        async with http.post(url, **body) as response:
            return response.status, await response.json()

    return raw_call


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=emulator.base_url, base_file_url=emulator.file_base_url) as bot:
        yield bot
