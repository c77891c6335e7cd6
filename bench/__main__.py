"""`python -m bench`: run the benchmarks, print the table, append it to bench/RESULTS.md.

Default (about five minutes on 2 cores): delivery of 1,000 and 10,000 reminders; scale at
10,000 and 100,000 runners with the usual design at 10,000; update handling with 300 users.
`--large` adds 1,000,000 runners, `--usual-large` the usual design at 100,000.
`--only broadcast` runs the 10,000-runner broadcast (about 2.5 min; `--broadcast N` for N).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime

from bench.broadcast import run_broadcast
from bench.delivery import run_delivery
from bench.report import Row, append_results, entry, markdown_table
from bench.scale import run_scale
from bench.updates import run_updates

NOTES = (
    "Delivery: limits are Telegram's scaled ×3 (90 messages/s overall, 3/s and a burst of 3 "
    "per chat), enforced by the emulator in its own process; the rate is what the emulator "
    "admitted after the first second (the first second may burst), over the enforced limit.",
    "Start-up is spawn → polling in a fresh process (imports included); memory is that "
    "process's resident set when ready. The usual design runs in the same way on the same "
    "database.",
)
BROADCAST_NOTE = (
    "Broadcast: seeded runners (plans and reminders, none due during the run) get one "
    "'all active users' broadcast, drafted and confirmed through bot.services.broadcasts as "
    "the /broadcast flow does, then sent by the real dispatcher at the same ×3 limits while "
    "broadcast_progress runs every 10 s; duplicates and losses are counted per chat in the "
    "emulator; 'final report adds up' checks the admin's report against the rows and chats. "
    "It is not in the default run (it adds about 2.2 min to the default's ~5 min): "
    "`python -m bench --only broadcast`."
)


async def run(arguments: argparse.Namespace) -> list[Row]:
    rows: list[Row] = []
    if "delivery" in arguments.only:
        for count in arguments.delivery:
            rows += await run_delivery(count)
    if "scale" in arguments.only:
        sizes = list(arguments.scale) + ([1_000_000] if arguments.large else [])
        usual = list(arguments.usual) + ([100_000] if arguments.usual_large else [])
        rows += await run_scale(sizes, usual)
    if "updates" in arguments.only:
        rows += await run_updates(arguments.updates)
    if "broadcast" in arguments.only:
        rows += await run_broadcast(arguments.broadcast)
    return rows


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--large", action="store_true", help="also 1,000,000 runners")
    parser.add_argument("--usual-large", action="store_true", help="usual design at 100,000")
    parser.add_argument("--only", nargs="+", default=["delivery", "scale", "updates"],
                        choices=["delivery", "scale", "updates", "broadcast"])  # fmt: skip
    parser.add_argument("--delivery", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--scale", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--usual", type=int, nargs="+", default=[10_000])
    parser.add_argument("--updates", type=int, default=300, help="users pressing at once")
    parser.add_argument("--broadcast", type=int, default=10_000, help="broadcast recipients")
    parser.add_argument("--no-write", action="store_true", help="do not touch RESULTS.md")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    arguments = parse(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    started = time.perf_counter()
    rows = asyncio.run(run(arguments))
    minutes = (time.perf_counter() - started) / 60
    print(markdown_table(rows))
    print(f"\n{len(rows)} figures in {minutes:.1f} min")
    if not arguments.no_write:
        command = "python -m bench " + " ".join(sys.argv[1:] if argv is None else argv)
        broadcast = (BROADCAST_NOTE,) if "broadcast" in arguments.only else ()
        notes = (*NOTES, *broadcast, f"Whole run: {minutes:.1f} min.")
        append_results(entry(rows, command.strip(), notes, datetime.now(UTC)))


if __name__ == "__main__":
    main()
