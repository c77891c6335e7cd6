"""Claim cost per row, from 10,000 to 1,000,000 runners, on SQLite and PostgreSQL, side by side.

`python -m bench.claim [--runners 10000 100000] [--postgres 10000 100000] [--rounds 12]`
(`--runners 1000000` for the million; about 19 pending reminders a runner, as `bench.seed`
plans them, so 19 million rows). Seeding is one generated INSERT … SELECT per table with the
secondary indexes dropped and built again afterwards, so a million runners take about a
minute on SQLite instead of `bench.seed`'s thirteen.

For each size and database the same data is seeded twice: once at migration 0012 ("before":
the indexes before issue 17's index review) and once at head; on each, claims of `--batch`
rows run in committed transactions (each takes the next due rows, as a dispatcher does) with
the ORM claim (rows as `Delivery` objects, "orm") and the current `deliveries.claim_due`
(plain rows, "core"), alternating. The first claim on each database is left out (cold cache);
the figures are the mean of the rest (WAL checkpoints included) and their median, in µs
per claimed row (BEGIN → COMMIT).
Prints a table; `--write` appends it to RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bench.report import Row, append_results, entry, markdown_table, ratio
from bot.domain.vocabulary import ReminderKind
from bot.storage import deliveries, migrate
from bot.storage.engine import create_engine, create_session_factory
from bot.storage.models import Delivery

NOW = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
SCHEDULES_PER_RUNNER = 19
"""As `bench.seed` plans runners (19.5 schedules and 19.3 pending reminders a runner)."""
WEEK_SECONDS = 7 * 24 * 3600
BATCH = 500
TARGET_US = 20.0
BEFORE_REVISION = "0012"
POSTGRES_ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/test"
KINDS = [kind.value for kind in ReminderKind]
BASE = NOW.replace(tzinfo=None).isoformat(" ")
JOINED = (NOW - timedelta(days=60)).replace(tzinfo=None).isoformat(" ")

Claim = Callable[[AsyncSession, datetime, str, int], Awaitable[Sequence[Any]]]


async def claim_due_orm(
    session: AsyncSession, now: datetime, claimer: str, limit: int
) -> list[Delivery]:
    """The claim as it was before issue 17's last round: RETURNING whole `Delivery` objects."""
    claimed: list[Delivery] = []
    for priority in deliveries.PRIORITY_LEVELS:
        if len(claimed) >= limit:
            break
        due_ids = (
            select(Delivery.id)
            .where(Delivery.state == deliveries.PENDING, Delivery.priority == priority)
            .where(Delivery.due_at <= now)
            .order_by(Delivery.due_at)
            .limit(limit - len(claimed))
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        result = await session.scalars(
            update(Delivery)
            .where(Delivery.id.in_(due_ids))
            .values(state=deliveries.CLAIMED, claimed_by=claimer, claimed_at=now)
            .returning(Delivery),
            execution_options={"synchronize_session": False},
        )
        claimed.extend(sorted(result.all(), key=lambda row: (row.due_at, row.id)))
    return claimed


CLAIMS: dict[str, Claim] = {"orm": claim_due_orm, "core": deliveries.claim_due}


def _kind_case(column: str) -> str:
    whens = " ".join(f"WHEN {number} THEN '{kind}'" for number, kind in enumerate(KINDS))
    return f"CASE {column} % {len(KINDS)} {whens} END"


def _sqlite_seed(runners: int) -> list[str]:
    numbers = f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {runners})"
    slots = f"s(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM s WHERE j < {SCHEDULES_PER_RUNNER - 1})"
    return [
        f"{numbers} INSERT INTO users (id, chat_id, language_code, consent, status, timezone,"
        " quiet_start, quiet_end, paused_indefinitely, training_mode, top_causes, created_at,"
        " last_seen_at) SELECT i, i, 'en', 'given', 'active', 'Europe/Berlin',"
        f" '22:00:00.000000', '07:00:00.000000', 0, 'ok', '', '{JOINED}', '{JOINED}' FROM n",
        "INSERT INTO plans (user_id, running_days, run_time, run_minutes, weekly_km, shoe_km,"
        " shoe_limit_km, disabled_kinds, card_weekday) SELECT id, '0,2,4', '18:00:00.000000',"
        " 60, 25.0, 150.0, 600, '', 6 FROM users",
        f"{numbers}, {slots} INSERT INTO schedules (id, user_id, kind, weekday, local_time)"
        f" SELECT (i - 1) * {SCHEDULES_PER_RUNNER} + j + 1, i, {_kind_case('j')}, j % 7,"
        " printf('%02d:%02d:00.000000', 6 + j % 14, (j * 7) % 60) FROM n, s",
        "INSERT INTO deliveries (user_id, schedule_id, kind, due_at, priority, state, attempts)"
        f" SELECT user_id, id, kind, datetime('{BASE}', '+' || ((((id - 1) % "
        f"{SCHEDULES_PER_RUNNER}) * 31831 + user_id * 7) % {WEEK_SECONDS}) || ' seconds')"
        " || '.000000', 1, 'pending', 0 FROM schedules ORDER BY id",
    ]


def _postgres_seed(runners: int) -> list[str]:
    return [
        "INSERT INTO users (id, chat_id, language_code, consent, status, timezone, quiet_start,"
        " quiet_end, paused_indefinitely, training_mode, top_causes, created_at, last_seen_at)"
        " SELECT i, i, 'en', 'given', 'active', 'Europe/Berlin', '22:00', '07:00', false, 'ok',"
        f" '', '{JOINED}+00', '{JOINED}+00' FROM generate_series(1, {runners}) i",
        "INSERT INTO plans (user_id, running_days, run_time, run_minutes, weekly_km, shoe_km,"
        " shoe_limit_km, disabled_kinds, card_weekday) SELECT id, '0,2,4', '18:00', 60, 25.0,"
        " 150.0, 600, '', 6 FROM users",
        "INSERT INTO schedules (id, user_id, kind, weekday, local_time)"
        f" SELECT (i - 1) * {SCHEDULES_PER_RUNNER} + j + 1, i, {_kind_case('j')}, j % 7,"
        " make_time(6 + j % 14, (j * 7) % 60, 0)"
        f" FROM generate_series(1, {runners}) i, generate_series(0, {SCHEDULES_PER_RUNNER - 1}) j",
        "SELECT setval(pg_get_serial_sequence('schedules', 'id'), (SELECT max(id) FROM schedules))",
        "INSERT INTO deliveries (user_id, schedule_id, kind, due_at, priority, state, attempts)"
        f" SELECT user_id, id, kind, timestamptz '{BASE}+00' + make_interval(secs => ((((id - 1)"
        f" % {SCHEDULES_PER_RUNNER}) * 31831 + user_id * 7) % {WEEK_SECONDS})), 1, 'pending', 0"
        " FROM schedules ORDER BY id",
    ]


SEEDED_TABLES = ("users", "plans", "schedules", "deliveries")


async def seed_sqlite(url: str, runners: int, revision: str) -> float:
    """Migrate to `revision`, then bulk-load with the secondary indexes dropped; seconds."""
    engine = create_engine(url)
    await migrate.upgrade(engine, revision)
    started = time.perf_counter()
    async with engine.begin() as connection:
        await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        tables = ", ".join(f"'{name}'" for name in SEEDED_TABLES)
        indexes = (
            await connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({tables})"
            )
        ).all()
        for name, _ in indexes:
            await connection.exec_driver_sql(f'DROP INDEX "{name}"')
        for statement in _sqlite_seed(runners):
            await connection.exec_driver_sql(statement)
        for _, sql in indexes:
            await connection.exec_driver_sql(sql)
    await engine.dispose()
    return time.perf_counter() - started


async def seed_postgres(url: str, runners: int, revision: str) -> float:
    """The same on PostgreSQL (foreign-key triggers off while loading, then ANALYZE)."""
    engine = create_engine(url)
    await migrate.upgrade(engine, revision)
    started = time.perf_counter()
    async with engine.begin() as connection:
        await connection.exec_driver_sql("SET session_replication_role = replica")
        tables = ", ".join(f"'{name}'" for name in SEEDED_TABLES)
        indexes = (
            await connection.exec_driver_sql(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public'"
                f" AND i.tablename IN ({tables}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                " WHERE c.conname = i.indexname)"
            )
        ).all()
        for name, _ in indexes:
            await connection.exec_driver_sql(f'DROP INDEX "{name}"')
        await connection.exec_driver_sql("SET maintenance_work_mem = '256MB'")
        for statement in _postgres_seed(runners):
            await connection.exec_driver_sql(statement)
        for _, sql in indexes:
            await connection.exec_driver_sql(sql)
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.exec_driver_sql("VACUUM ANALYZE")
    await engine.dispose()
    return time.perf_counter() - started


@asynccontextmanager
async def postgres_database() -> AsyncIterator[tuple[str, Callable[[str], Awaitable[str]]]]:
    """A throwaway database, and a way to copy it (CREATE DATABASE … TEMPLATE); all dropped."""
    admin = await asyncpg.connect(POSTGRES_ADMIN_DSN, timeout=5)
    names = [f"kneeguard_claim_{uuid.uuid4().hex[:10]}"]
    await admin.execute(f'CREATE DATABASE "{names[0]}"')
    base = POSTGRES_ADMIN_DSN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")

    async def copy(source: str) -> str:
        name = f"kneeguard_claim_{uuid.uuid4().hex[:10]}"
        await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source.rsplit("/", 1)[1]}"')
        names.append(name)
        return f"{base}/{name}"

    try:
        yield f"{base}/{names[0]}", copy
    finally:
        for name in names:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def claim_rounds(
    engines: dict[str, AsyncEngine], rounds: int, batch: int
) -> dict[str, dict[str, list[float]]]:
    """Committed claims of `batch` on each database with each claim function, all four
    interleaved in every round (the order turning round by round); seconds per claim."""
    factories = {label: create_session_factory(engine) for label, engine in engines.items()}
    pairs = [(label, name) for label in engines for name in CLAIMS]
    times: dict[str, dict[str, list[float]]] = {
        label: {name: [] for name in CLAIMS} for label in engines
    }
    horizon = NOW + timedelta(days=1)
    for number in range(rounds + 1):
        shift = number % len(pairs)
        for label, name in pairs[shift:] + pairs[:shift]:
            started = time.perf_counter()
            async with factories[label].begin() as session:
                claimed = await CLAIMS[name](session, horizon, "bench", batch)
            elapsed = time.perf_counter() - started
            if len(claimed) != batch:
                raise RuntimeError(f"claimed {len(claimed)} rows, expected {batch}")
            if number:  # the first round warms the connection and its page cache
                times[label][name].append(elapsed)
    return times


async def measure(
    database: str, runners: int, rounds: int, batch: int, folder: Path | None
) -> list[Row]:
    """Seed `runners` at 0012 and at head, claim on both; rows for the table."""
    seeded: dict[str, float] = {}
    if database == "sqlite":
        with tempfile.TemporaryDirectory(prefix="kneeguard-claim-", dir=folder) as work:
            urls = {label: f"sqlite+aiosqlite:///{Path(work) / f'{label}.db'}"
                    for label in ("0012", "head")}  # fmt: skip
            for label, revision in (("0012", BEFORE_REVISION), ("head", "head")):
                seeded[label] = await seed_sqlite(urls[label], runners, revision)
            results = await _claim_on(urls, rounds, batch)
    else:
        async with postgres_database() as (url, copy):
            seeded["0012"] = await seed_postgres(url, runners, BEFORE_REVISION)
            started = time.perf_counter()
            head_url = await copy(url)
            engine = create_engine(head_url)
            await migrate.upgrade(engine)
            async with engine.connect() as connection:
                await connection.execution_options(isolation_level="AUTOCOMMIT")
                await connection.exec_driver_sql("ANALYZE deliveries")
            await engine.dispose()
            seeded["head"] = time.perf_counter() - started
            results = await _claim_on({"0012": url, "head": head_url}, rounds, batch)
    return _rows(database, runners, batch, results, seeded)


async def _claim_on(
    urls: dict[str, str], rounds: int, batch: int
) -> dict[str, dict[str, list[float]]]:
    engines = {label: create_engine(url) for label, url in urls.items()}
    try:
        return await claim_rounds(engines, rounds, batch)
    finally:
        for engine in engines.values():
            await engine.dispose()


def _rows(
    database: str, runners: int, batch: int, results: dict[str, dict[str, list[float]]],
    seeded: dict[str, float],
) -> list[Row]:  # fmt: skip
    name = f"claim {database} {runners:,} runners"
    per_row = {  # the mean, not the median: WAL checkpoints come every few claims
        (label, claim): statistics.fmean(times) / batch * 1e6
        for label, by_claim in results.items()
        for claim, times in by_claim.items()
    }
    rows = [
        Row(name, "seeded", f"{runners * SCHEDULES_PER_RUNNER:,} pending",
            note=f"0012 in {seeded['0012']:.0f} s, head in {seeded['head']:.0f} s"),
    ]  # fmt: skip
    for (label, claim), micros in per_row.items():
        final = label == "head" and claim == "core"
        rows.append(
            Row(name, f"claim of {batch}, schema {label}, {claim}: µs per row", f"{micros:.1f}",
                f"≤ {TARGET_US:g} µs" if final and database == "sqlite" else "",
                micros <= TARGET_US if final and database == "sqlite" else None,
                f"mean of {len(results[label][claim])}, median "
                f"{statistics.median(results[label][claim]) / batch * 1e6:.1f}")
        )  # fmt: skip
    rows.append(
        Row(name, "head+core ÷ 0012+orm",
            ratio(per_row[("head", "core")], per_row[("0012", "orm")]))
    )  # fmt: skip
    return rows


async def run_claims(
    sqlite_sizes: Sequence[int], postgres_sizes: Sequence[int], rounds: int = 12,
    batch: int = BATCH, folder: Path | None = None,
) -> list[Row]:  # fmt: skip
    rows: list[Row] = []
    for runners in sqlite_sizes:
        rows += await measure("sqlite", runners, rounds, batch, folder)
        print(markdown_table(rows[-6:]), flush=True)
    for runners in postgres_sizes:
        rows += await measure("postgresql", runners, rounds, batch, folder)
        print(markdown_table(rows[-6:]), flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runners", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--postgres", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--batch", type=int, default=BATCH)
    parser.add_argument("--write", action="store_true", help="append the table to RESULTS.md")
    arguments = parser.parse_args()
    started = time.perf_counter()
    rows = asyncio.run(
        run_claims(arguments.runners, arguments.postgres, arguments.rounds, arguments.batch)
    )
    minutes = (time.perf_counter() - started) / 60
    print(markdown_table(rows))
    print(f"\n{len(rows)} figures in {minutes:.1f} min")
    if arguments.write:
        command = "python -m bench.claim " + " ".join(
            f"--{key} {' '.join(map(str, value)) if isinstance(value, list) else value}"
            for key, value in vars(arguments).items()
            if key != "write"
        )
        append_results(entry(rows, command, (f"Whole run: {minutes:.1f} min.",), datetime.now(UTC)))


if __name__ == "__main__":
    main()
