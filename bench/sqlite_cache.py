"""SQLite page cache and memory map: claim of 500 with and without them, side by side.

`python -m bench.sqlite_cache [--runners N] [--rounds R]` seeds N runners once, then in each
round opens fresh engines on the same file: "before" with the pragmas before issue 17 (WAL,
foreign keys, busy timeout, synchronous=NORMAL), "cache" with the larger `cache_size` only, and
"after" with `bot.storage.engine`'s (`cache_size` and `mmap_size`), in alternating order, and
times claims of 500 (rolled back) on each: the first on a new connection, then the median of
the next ones. Prints only; figures worth keeping go to RESULTS.md by hand.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bench.scale import NOW
from bench.seed import seed_database
from bot.storage import deliveries
from bot.storage.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    SQLITE_CACHE_KIB,
    create_engine,
    create_session_factory,
)

CLAIM_LIMIT = 500
WARM_CLAIMS = 5


def _pragmas_before(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "foreign_keys=ON",
                   f"busy_timeout={SQLITE_BUSY_TIMEOUT_MS}", "synchronous=NORMAL"):  # fmt: skip
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _cache_only(dbapi_connection: Any, record: Any) -> None:
    _pragmas_before(dbapi_connection, record)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()


def engine_before(url: str) -> AsyncEngine:
    engine = create_async_engine(url, hide_parameters=True)
    event.listen(engine.sync_engine, "connect", _pragmas_before)
    return engine


def engine_cache_only(url: str) -> AsyncEngine:
    """The larger page cache without the memory map: which of the two helps."""
    engine = create_async_engine(url, hide_parameters=True)
    event.listen(engine.sync_engine, "connect", _cache_only)
    return engine


async def claim_times(engine: AsyncEngine) -> tuple[float, float]:
    """Seconds of the first claim on a new connection, and the median of the next ones."""
    sessions = create_session_factory(engine)
    times = []
    for _ in range(1 + WARM_CLAIMS):
        async with sessions() as session:
            started = time.perf_counter()
            claimed = await deliveries.claim_due(
                session, NOW + timedelta(days=1), "bench", CLAIM_LIMIT
            )
            times.append(time.perf_counter() - started)
            await session.rollback()
        assert len(claimed) == CLAIM_LIMIT
    await engine.dispose()
    return times[0], statistics.median(times[1:])


async def run(runners: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory(prefix="kneeguard-cache-") as work:
        url = f"sqlite+aiosqlite:///{Path(work) / 'bench.db'}"
        seeded = await seed_database(url, runners, NOW)
        size = (Path(work) / "bench.db").stat().st_size / 2**20
        print(f"seeded {runners:,} runners, {seeded.pending:,} pending rows, {size:.0f} MiB")
        makers = {"before": engine_before, "cache": engine_cache_only, "after": create_engine}
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in makers}
        for number in range(rounds):
            order = list(makers) if number % 2 == 0 else list(reversed(makers))
            for name in order:
                results[name].append(await claim_times(makers[name](url)))
        for name, found in results.items():
            first = statistics.median(cold for cold, _ in found) * 1000
            warm = statistics.median(hot for _, hot in found) * 1000
            print(f"{name:6}  first claim of {CLAIM_LIMIT}: {first:6.1f} ms   "
                  f"then median: {warm:6.1f} ms   ({rounds} rounds)")  # fmt: skip
        ratio = statistics.median(h for _, h in results["after"]) / statistics.median(
            h for _, h in results["before"]
        )
        print(f"after ÷ before (warm median): {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runners", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=6)
    arguments = parser.parse_args()
    asyncio.run(run(arguments.runners, arguments.rounds))


if __name__ == "__main__":
    main()
