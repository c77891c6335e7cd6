"""One fresh process per measurement: start a bot on a seeded database and report on stdout.

`--design ours` builds the real application (post_init: migrations at head, sender started,
recovery run) and starts polling; `--design usual` schedules the same runners as one PTB
JobQueue `run_daily` job per runner, reminder kind and time of day, and starts polling. Each
prints `READY <rss bytes>` once ready, then (ours, with `--extras`) one JSON line of timings:
claiming a batch of 500, handing 1,000 due reminders to a recording sender, re-planning a runner.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import statistics
import time
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import psutil
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from bench import TOKEN
from bench.lifecycle import initialize, start_polling, stop

CLAIM_LIMIT = 500
HANDOFF_DUE = 1000
REPEATS = 5


def report_ready() -> None:
    print(f"READY {psutil.Process().memory_info().rss}", flush=True)


async def run_ours(database_url: str, base_url: str, now: datetime, extras: bool) -> None:
    """Start the real bot; then, with `extras`, time claim, hand-off and re-plan."""
    from bot.app import build_application
    from bot.clock import ManualClock
    from bot.config import load_settings

    settings = load_settings(bot_token=TOKEN, database_url=database_url, telegram_base_url=base_url)
    application = build_application(settings, clock=ManualClock(now), start_jobs=False)
    await initialize(application)
    await start_polling(application)
    report_ready()
    if extras:
        print(json.dumps(await measure_extras(application, now)), flush=True)
    await stop(application)


async def measure_extras(
    application: Application[Any, Any, Any, Any, Any, Any], now: datetime
) -> dict[str, Any]:
    """Claim 500 (rolled back), hand over 1,000 due, re-plan runners: seconds (medians)."""
    from bench.seed import add_due_now
    from bot.runtime import runtime_of
    from bot.services import planner
    from bot.services.composer import ReminderComposer
    from bot.storage import deliveries, plans, users
    from bot.storage.models import User
    from scheduler.dispatcher import Dispatcher
    from scheduler.sender import SendResult, SendStatus

    runtime = runtime_of(application)
    assert runtime.sessions is not None and runtime.engine is not None
    async with runtime.sessions() as session:
        runners = int(await session.scalar(select(func.max(User.id))) or 0)
    handoff_due = min(HANDOFF_DUE, runners)
    claims, claimed = [], 0
    for _ in range(REPEATS):
        async with runtime.sessions() as session:
            started = time.perf_counter()
            rows = await deliveries.claim_due(
                session, now + timedelta(days=1), "bench", CLAIM_LIMIT
            )
            claims.append(time.perf_counter() - started)
            claimed = len(rows)
            await session.rollback()

    class RecordingSender:
        """A sender that answers at once and records what it was given."""

        def __init__(self) -> None:
            self.sent: list[Any] = []

        async def send(self, outgoing: Any, *, before_request: Any = None) -> SendResult:
            if before_request is not None and not await before_request():  # marks it sending
                return SendResult(SendStatus.WITHDRAWN)
            self.sent.append(outgoing)
            return SendResult(SendStatus.SENT, message_id=len(self.sent))

    async with runtime.engine.begin() as connection:
        due = await add_due_now(connection, range(1, handoff_due + 1), now)
    sender = RecordingSender()
    composer = ReminderComposer(runtime.content, runtime.clock)
    dispatcher = Dispatcher(
        runtime.sessions, runtime.clock, sender, composer,  # type: ignore[arg-type]
        runtime.content.rules.reminders, claimer="bench",
    )  # fmt: skip
    handed_over, ticks = 0, 0
    started = time.perf_counter()
    while handed_over < due and ticks < 10:
        handed_over += (await dispatcher.tick()).handed_over
        ticks += 1
    handoff = time.perf_counter() - started
    await dispatcher.drain()
    recorded = time.perf_counter() - started

    replans = []
    for user_id in range(1, runners + 1, max(1, runners // 20)):
        async with runtime.sessions.begin() as session:
            user = await users.get(session, user_id)
            plan = await plans.get(session, user_id)
            assert user is not None and plan is not None
            started = time.perf_counter()
            await planner.replan(session, user, plan, runtime.content.rules, now)
        replans.append(time.perf_counter() - started)
    return {
        "claim_seconds": statistics.median(claims), "claimed": claimed,
        "handoff_seconds": handoff, "handed_over": handed_over, "due": due,
        "ticks": ticks, "recorded_seconds": recorded, "sent": len(sender.sent),
        "replan_seconds": statistics.median(replans),
    }  # fmt: skip


async def remind(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The usual design's job: send the reminder (never fires during the benchmark)."""
    assert context.job is not None and context.job.chat_id is not None
    await context.bot.send_message(context.job.chat_id, f"Time for your {context.job.data}")


def usual_jobs(database_path: str) -> list[tuple[int, str, str, Any, tuple[int, ...]]]:
    """(user, zone, kind, local time, PTB days) per runner, kind and time of day."""
    connection = sqlite3.connect(database_path)
    rows = connection.execute(
        "SELECT s.user_id, u.timezone, s.kind, s.weekday, s.local_time "
        "FROM schedules s JOIN users u ON u.id = s.user_id"
    ).fetchall()
    connection.close()
    days: dict[tuple[int, str, str, str], set[int]] = defaultdict(set)
    for user_id, zone, kind, weekday, local_time in rows:
        days[(user_id, zone or "UTC", kind, local_time)].add((weekday + 1) % 7)  # PTB: 0=Sun
    return [
        (user_id, zone, kind, local_time, tuple(sorted(weekdays)))
        for (user_id, zone, kind, local_time), weekdays in days.items()
    ]


async def run_usual(database_url: str, base_url: str) -> None:
    """One JobQueue run_daily job per runner and reminder kind, then start polling."""
    from datetime import time as time_of_day

    application = ApplicationBuilder().token(TOKEN).base_url(base_url).build()
    assert application.job_queue is not None
    zones: dict[str, ZoneInfo] = {}
    database = make_url(database_url).database
    assert database is not None
    jobs = usual_jobs(database)
    for user_id, zone, kind, local_time, days in jobs:
        tzinfo = zones.setdefault(zone, ZoneInfo(zone))
        application.job_queue.run_daily(
            remind, time_of_day.fromisoformat(local_time).replace(tzinfo=tzinfo), days=days,
            data=kind, name=f"{user_id}:{kind}", chat_id=user_id, user_id=user_id,
        )  # fmt: skip
    await application.initialize()
    await start_polling(application)
    report_ready()
    print(json.dumps({"jobs": len(jobs)}), flush=True)
    await stop(application)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--design", choices=("ours", "usual"), required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--now", required=True, help="ISO time the seed was planned at")
    parser.add_argument("--extras", action="store_true")
    arguments = parser.parse_args()
    now = datetime.fromisoformat(arguments.now)
    if arguments.design == "ours":
        asyncio.run(run_ours(arguments.database_url, arguments.base_url, now, arguments.extras))
    else:
        asyncio.run(run_usual(arguments.database_url, arguments.base_url))


if __name__ == "__main__":
    main()
