"""The migration chain goes up and down cleanly on SQLite and PostgreSQL (a stairway test)."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage import migrate
from bot.storage.engine import create_engine
from bot.storage.migrate import alembic_config
from bot.storage.models import Base


async def _tables(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as connection:
        return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))


async def test_upgrade_creates_every_model_table_and_downgrade_removes_them(
    database_url: str,
) -> None:
    engine = create_engine(database_url)
    try:
        await migrate.upgrade(engine)
        assert set(Base.metadata.tables) <= await _tables(engine)
        await migrate.downgrade(engine, "base")
        assert await _tables(engine) <= {"alembic_version"}
    finally:
        await engine.dispose()


async def test_each_revision_steps_up_and_down(database_url: str) -> None:
    revisions = list(ScriptDirectory.from_config(alembic_config(database_url)).walk_revisions())
    engine = create_engine(database_url)
    try:
        for revision in reversed(revisions):
            await migrate.upgrade(engine, revision.revision)
            await migrate.downgrade(engine, revision.down_revision or "base")
            await migrate.upgrade(engine, revision.revision)
    finally:
        await engine.dispose()


async def test_models_and_migrations_agree(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(database_url)
    try:
        await migrate.upgrade(engine)
        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
            )
        assert diff == []
    finally:
        await engine.dispose()


async def test_0006_starts_existing_runners_where_their_data_says(database_url: str) -> None:
    """Older training modes map to statuses; a red last check-in starts in rest; an
    escalation of the last two weeks not reported as checked starts in "see a professional"."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import text

    engine = create_engine(database_url)
    recent = datetime.now(UTC) - timedelta(days=2)
    try:
        await migrate.upgrade(engine, "0005")
        async with engine.begin() as connection:
            for user_id, mode in [(1, "normal"), (2, "normal"), (3, "hold"), (4, "normal"),
                                  (5, "reduced")]:  # fmt: skip
                await connection.execute(
                    text(
                        "INSERT INTO users (id, chat_id, consent, status, quiet_start, quiet_end,"
                        " paused_indefinitely, training_mode, top_causes, created_at,"
                        " last_seen_at) VALUES (:id, :id, 'given', 'active', '22:00:00',"
                        " '07:00:00', false, :mode, '', :at, :at)"
                    ),
                    {"id": user_id, "mode": mode, "at": recent},
                )
            for user_id, zone, minutes in [(2, "green", 0), (2, "red", 5), (4, "red", 0),
                                           (4, "green", 5)]:  # fmt: skip
                await connection.execute(
                    text(
                        "INSERT INTO checkins (user_id, kind, asked_at, status, red_flag, zone,"
                        " answered_at) VALUES (:user, 'checkin', :at, 'answered', false, :zone,"
                        " :at)"
                    ),
                    {"user": user_id, "zone": zone, "at": recent + timedelta(minutes=minutes)},
                )
            await connection.execute(
                text(
                    "INSERT INTO escalations (user_id, reasons, created_at)"
                    " VALUES (5, '[\"red_flag\"]', :at)"
                ),
                {"at": recent},
            )
        await migrate.upgrade(engine)
        async with engine.connect() as connection:
            statuses = dict(
                (await connection.execute(text("SELECT id, training_mode FROM users"))).all()
            )
            history = (
                await connection.execute(
                    text("SELECT user_id, status, reason FROM knee_status_changes ORDER BY user_id")
                )
            ).all()
    finally:
        await engine.dispose()
    assert statuses == {1: "ok", 2: "rest", 3: "caution", 4: "ok", 5: "see_clinician"}
    assert [tuple(row) for row in history] == [
        (2, "rest", "migrated"), (3, "caution", "migrated"), (5, "see_clinician", "migrated"),
    ]  # fmt: skip
