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
