"""Export holds everything about a runner; erasure leaves nothing, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services import accounts, export
from bot.storage import users
from bot.storage.models import USER_TABLES, Base
from tests.ops.seed import NOW, SEED_TOKEN, seed_runner

RUNNER = 101
NEIGHBOUR = 202


@pytest.fixture
async def sessions(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    factory = migrated_sessions
    async with factory.begin() as session:
        await seed_runner(session, RUNNER)
        await seed_runner(session, NEIGHBOUR)
    return factory


def _owner_column(table: Table) -> str | None:
    if "user_id" in table.columns:
        return "user_id"
    if table.name == "users":
        return "id"
    return None


async def rows_about(session: AsyncSession, user_id: int) -> dict[str, int]:
    """Rows that name the user, per table, across every table in the schema."""
    found = {}
    for table in Base.metadata.sorted_tables:
        column = _owner_column(table)
        if column is None:
            continue
        count = await session.scalar(
            select(func.count()).select_from(table).where(table.columns[column] == user_id)
        )
        found[table.name] = int(count or 0)
    return found


async def test_the_seed_touches_every_table_that_names_a_user(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session:
        found = await rows_about(session, RUNNER)

    assert set(found) >= {"users", *(table.__tablename__ for table in USER_TABLES)}
    assert all(count > 0 for count in found.values()), found


async def test_export_holds_the_user_row_and_rows_from_every_user_table(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session:
        data = await export.collect_user_data(session, RUNNER, NOW)

    assert data is not None
    document = json.loads(export.export_json(data))
    assert document["user"]["id"] == RUNNER
    assert document["user"]["timezone"] == "Europe/Berlin"
    for table in USER_TABLES:
        rows = document["tables"][table.__tablename__]
        assert rows, f"{table.__tablename__} is missing from the export"
        assert {row["user_id"] for row in rows} == {RUNNER}
    assert document["tables"]["weekly_distances"][0]["week_start"] == "2026-02-23"
    assert document["tables"]["plans"][0]["run_time"] == "07:00:00"


async def test_export_names_the_strava_connection_but_never_its_tokens(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session:
        data = await export.collect_user_data(session, RUNNER, NOW)

    assert data is not None
    exported = export.export_json(data).decode()
    [connection] = json.loads(exported)["tables"]["strava_connections"]
    assert connection["athlete_id"] == 10**9 + RUNNER
    assert SEED_TOKEN not in exported
    assert {"access_token", "refresh_token", "state_nonce"}.isdisjoint(connection)


async def test_export_of_a_stranger_is_empty(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        assert await export.collect_user_data(session, 999, NOW) is None
        assert not await export.holds_data(session, 999)


async def test_delete_leaves_no_row_about_the_runner_in_any_table(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        counts = await export.count_user_rows(session, RUNNER)
        await accounts.erase_everything(session, RUNNER)

    async with sessions() as session:
        left = await rows_about(session, RUNNER)
        neighbour = await rows_about(session, NEIGHBOUR)
        still_held = await export.holds_data(session, RUNNER)
    assert counts["checkins"] == 1 and counts["deliveries"] == 1
    assert {table: count for table, count in left.items() if count} == {}
    assert all(count > 0 for count in neighbour.values()), "the neighbour lost data"
    assert not still_held


async def test_withdrawing_consent_keeps_only_the_refusal(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        user = await users.get(session, RUNNER)
        assert user is not None
        await accounts.decline_consent(session, user, NOW)

    async with sessions() as session:
        left = await rows_about(session, RUNNER)
        user = await users.get(session, RUNNER)
    assert {table: count for table, count in left.items() if count} == {"users": 1}
    assert user is not None and user.consent == accounts.DECLINED and user.timezone is None
