"""The fake Strava behaves as Strava documents it, seen through our own client (bot.strava)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.clock import ManualClock
from bot.strava.client import (
    BudgetSpent,
    NotFound,
    StravaClient,
    StravaError,
    StravaUnavailable,
    Unauthorized,
    Usage,
)
from emulator.strava import FakeStrava, callback_query

NOW = datetime(2026, 3, 2, 6, 7, tzinfo=UTC)
ATHLETE = 9101
REDIRECT = "http://127.0.0.1:1/strava/callback"


class CountingBudget:
    """Every request allowed; Strava's reports kept for the asserts."""

    def __init__(self) -> None:
        self.taken = 0
        self.reports: list[tuple[Usage, bool]] = []

    async def take(self, now: datetime) -> None:
        self.taken += 1

    async def observe(self, now: datetime, usage: Usage, limited: bool) -> None:
        self.reports.append((usage, limited))


@pytest.fixture
async def strava() -> AsyncIterator[FakeStrava]:
    async with FakeStrava(clock=ManualClock(NOW), limit_15min=3) as fake:
        yield fake


@pytest.fixture
async def client(strava: FakeStrava) -> AsyncIterator[StravaClient]:
    made = StravaClient(
        strava.base_url, strava.client_id, strava.client_secret, CountingBudget(), strava.clock
    )
    yield made
    await made.close()


async def connected(strava: FakeStrava, client: StravaClient) -> str:
    redirect = await strava.authorize(client.authorize_url(REDIRECT, "s"), ATHLETE)
    answer = callback_query(redirect)
    assert (answer["state"], answer["scope"]) == ("s", "read,activity:read_all")
    tokens = await client.exchange_code(answer["code"])
    assert tokens.athlete_id == ATHLETE
    assert tokens.expires_at == NOW + timedelta(hours=6)
    return tokens.access_token


async def test_a_code_is_exchanged_once(strava: FakeStrava, client: StravaClient) -> None:
    redirect = await strava.authorize(client.authorize_url(REDIRECT, "s"), ATHLETE)
    code = callback_query(redirect)["code"]
    await client.exchange_code(code)

    with pytest.raises(StravaError, match="HTTP 400"):
        await client.exchange_code(code)


async def test_a_wrong_client_secret_is_refused(strava: FakeStrava) -> None:
    wrong = StravaClient(strava.base_url, strava.client_id, "wrong", CountingBudget(), strava.clock)
    redirect = await strava.authorize(wrong.authorize_url(REDIRECT, "s"), ATHLETE)
    try:
        with pytest.raises(Unauthorized) as refused:
            await wrong.exchange_code(callback_query(redirect)["code"])
        assert "wrong" not in str(refused.value)
    finally:
        await wrong.close()


async def test_an_expired_token_is_refused_and_a_refresh_gives_a_new_one(
    strava: FakeStrava, client: StravaClient
) -> None:
    access = await connected(strava, client)
    strava.add_activity(ATHLETE, 1, start=NOW, distance_m=5000)
    strava.expire_tokens(ATHLETE)

    with pytest.raises(Unauthorized):
        await client.activity(access, 1)
    fresh = await client.refresh(strava.grants[ATHLETE].refresh_token)

    assert fresh.access_token != access
    assert (await client.activity(fresh.access_token, 1))["distance"] == 5000
    with pytest.raises(NotFound):
        await client.activity(fresh.access_token, 2)


async def test_a_revoked_refresh_token_is_unauthorized(
    strava: FakeStrava, client: StravaClient
) -> None:
    await connected(strava, client)
    refresh_token = strava.grants[ATHLETE].refresh_token
    strava.revoke(ATHLETE)

    with pytest.raises(Unauthorized):
        await client.refresh(refresh_token)


async def test_usage_headers_count_and_the_limit_answers_429(
    strava: FakeStrava, client: StravaClient
) -> None:
    access = await connected(strava, client)
    for _ in range(3):
        await client.athlete(access)

    with pytest.raises(BudgetSpent) as spent:
        await client.athlete(access)

    assert spent.value.until == datetime(2026, 3, 2, 6, 15, tzinfo=UTC)
    assert isinstance(client.budget, CountingBudget)
    reports = client.budget.reports
    assert [usage.short for usage, _ in reports] == [1, 2, 3, 3]
    assert reports[-1] == (Usage(3, 3, 3, 2000), True)


async def test_a_5xx_is_tried_once_more_then_reported(
    strava: FakeStrava, client: StravaClient
) -> None:
    strava.limit_15min = 100  # failed calls count too
    access = await connected(strava, client)
    strava.fail_next(502)
    assert (await client.athlete(access))["id"] == ATHLETE

    strava.fail_next(500, 2)
    with pytest.raises(StravaUnavailable, match="HTTP 500"):
        await client.athlete(access)


async def test_gear_and_deauthorization(strava: FakeStrava, client: StravaClient) -> None:
    access = await connected(strava, client)
    strava.add_gear(ATHLETE, "g1", "Pegasus 40", 612_300.0)

    gear = await client.gear(access, "g1")
    await client.deauthorize(access)

    assert (gear["name"], gear["distance"]) == ("Pegasus 40", 612_300.0)
    assert strava.deauthorized == [ATHLETE]
    with pytest.raises(Unauthorized):
        await client.athlete(access)
