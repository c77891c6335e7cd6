"""Seeds an SQLite database with runners and realistic plans, fast: bulk inserts, one transaction.

Plans mix IANA zones, 2–5 running days and run times from 06:00 to 20:45; schedules come from
`build_plan` and each schedule's next due time from `upcoming_due`, as `planner.replan` does
(both memoised on their inputs, which repeat across runners). Optionally some runners also have
one habit reminder due just before `now`, for delivery and hand-off benchmarks.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.content import default_content
from bot.domain.plan import build_plan
from bot.domain.quiz import CauseScore, QuizResult
from bot.domain.rules import Rules
from bot.domain.vocabulary import HABIT_KINDS, Cause
from bot.storage import migrate
from bot.storage.engine import create_engine
from bot.storage.models import Schedule, User
from scheduler.dispatcher import upcoming_due

ZONES = (
    "Europe/Berlin", "Europe/London", "Europe/Moscow", "America/New_York", "America/Chicago",
    "America/Los_Angeles", "America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "Asia/Singapore",
    "Australia/Sydney", "Africa/Johannesburg",
)  # fmt: skip
RANKINGS = (
    (("LOAD", 3), ("STRENGTH", 2)),
    (("STRENGTH", 3), ("FORM", 1)),
    (("SHOES", 2), ("LOAD", 1)),
    (("WARMUP", 2), ("SURFACE", 1)),
)
QUIET_START, QUIET_END = time(22, 0), time(7, 0)
CHUNK_USERS = 20_000


@dataclass(frozen=True, slots=True)
class SeedReport:
    """What was seeded."""

    users: int
    schedules: int
    pending: int
    due_now: int


class _Planner:
    """build_plan and upcoming_due, memoised on their (repeating) inputs."""

    def __init__(self, rules: Rules, now: datetime) -> None:
        self.rules = rules
        self.now = now
        self.week = lru_cache(maxsize=None)(self._week)
        self.due = lru_cache(maxsize=None)(self._due)

    def _week(
        self, ranking: int, days: frozenset[int], run_time: time
    ) -> tuple[tuple[str, int, time, str], ...]:
        ranked = tuple(CauseScore(Cause(cause), score) for cause, score in RANKINGS[ranking])
        result = QuizResult(ranked=ranked, red_flag=None, red_flag_option=None, flags=frozenset())
        week = build_plan(result, days, run_time, 25.0, self.rules)
        return tuple(
            (item.kind.value, item.weekday, item.local_time, sql_time(item.local_time))
            for item in week.reminders
        )

    def _due(self, kind: str, weekday: int, local_time: time, zone: str) -> str | None:
        schedule = Schedule(kind=kind, weekday=weekday, local_time=local_time)
        user = User(timezone=zone, quiet_start=QUIET_START, quiet_end=QUIET_END)
        due = upcoming_due(schedule, user, self.now, self.rules.reminders)
        return None if due is None else sql_datetime(due)


def _runner(random_source: random.Random) -> tuple[str, int, frozenset[int], time, float]:
    zone = random_source.choice(ZONES)
    ranking = random_source.randrange(len(RANKINGS))
    days = frozenset(random_source.sample(range(7), random_source.randint(2, 5)))
    run_time = time(random_source.randint(6, 20), random_source.choice((0, 30)))
    return zone, ranking, days, run_time, float(random_source.randint(10, 60))


def _chunks(total: int) -> Iterator[range]:
    for start in range(1, total + 1, CHUNK_USERS):
        yield range(start, min(start + CHUNK_USERS, total + 1))


def sql_datetime(moment: datetime) -> str:
    """How SQLAlchemy stores an aware UTC datetime in SQLite (naive UTC, microseconds)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def sql_time(moment: time) -> str:
    """How SQLAlchemy stores a time of day in SQLite."""
    return moment.isoformat("microseconds")


def _insert(table: str, columns: str) -> str:
    names = [name.strip() for name in columns.split(",")]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


USER_INSERT = _insert(
    "users", "id, chat_id, language_code, consent, status, timezone, quiet_start, quiet_end, "
    "paused_indefinitely, training_mode, top_causes, created_at, last_seen_at, "
    "consent_changed_at, quiz_completed_at, plan_confirmed_at",
)  # fmt: skip
PLAN_INSERT = _insert(
    "plans", "user_id, running_days, run_time, run_minutes, weekly_km, shoe_km, shoe_since, "
    "shoe_limit_km, disabled_kinds, confirmed_at",
)  # fmt: skip
QUIZ_INSERT = _insert("quiz_results", "user_id, answers, ranking, created_at")
SCHEDULE_INSERT = _insert("schedules", "id, user_id, kind, weekday, local_time")
DELIVERY_INSERT = _insert(
    "deliveries", "user_id, schedule_id, kind, due_at, priority, state, attempts"
)


async def seed_database(
    database_url: str, users: int, now: datetime, *, due_now: int = 0, seed: int = 7
) -> SeedReport:
    """Create the schema (migrations at head) and seed `users` runners; returns the counts.

    The first `due_now` runners also get one habit reminder due one second before `now`.
    Rows go in with the driver's executemany in one transaction, already in SQLAlchemy's
    SQLite storage format (`sql_datetime`, `sql_time`).
    """
    engine = create_engine(database_url)
    await migrate.upgrade(engine)
    planner = _Planner(default_content().rules, now)
    random_source = random.Random(seed)
    joined, seen = sql_datetime(now - timedelta(days=60)), sql_datetime(now)
    shoe_since = (now - timedelta(days=120)).date().isoformat()
    quiet = (sql_time(QUIET_START), sql_time(QUIET_END))
    due_now_at = sql_datetime(now - timedelta(seconds=1))
    rankings = [json.dumps([list(pair) for pair in ranking]) for ranking in RANKINGS]
    schedules_total = pending_total = due_total = 0
    async with engine.begin() as connection:
        schedule_id = int(await connection.scalar(select(func.max(Schedule.id))) or 0) + 1
        for chunk in _chunks(users):
            user_rows, plan_rows, quiz_rows, schedule_rows, delivery_rows = [], [], [], [], []
            for user_id in chunk:
                zone, ranking, days, run_time, km = _runner(random_source)
                user_rows.append(
                    (user_id, user_id, "en", "given", "active", zone, *quiet, 0, "ok",
                     "LOAD,STRENGTH", joined, seen, joined, joined, joined)
                )  # fmt: skip
                plan_rows.append(
                    (user_id, ",".join(map(str, sorted(days))), sql_time(run_time), 60, km,
                     150.0, shoe_since, 600, "", joined)
                )  # fmt: skip
                quiz_rows.append((user_id, "{}", rankings[ranking], joined))
                first_habit: tuple[int, str] | None = None
                for kind, weekday, local_time, local_text in planner.week(ranking, days, run_time):
                    schedule_rows.append((schedule_id, user_id, kind, weekday, local_text))
                    due = planner.due(kind, weekday, local_time, zone)
                    if due is not None:
                        delivery_rows.append((user_id, schedule_id, kind, due, 1, "pending", 0))
                    if first_habit is None and kind in HABIT_KINDS:
                        first_habit = (schedule_id, kind)
                    schedule_id += 1
                if user_id <= due_now and first_habit is not None:
                    delivery_rows.append(
                        (user_id, first_habit[0], first_habit[1], due_now_at, 1, "pending", 0)
                    )
                    due_total += 1
            for statement, rows in (
                (USER_INSERT, user_rows), (PLAN_INSERT, plan_rows), (QUIZ_INSERT, quiz_rows),
                (SCHEDULE_INSERT, schedule_rows), (DELIVERY_INSERT, delivery_rows),
            ):  # fmt: skip
                await connection.exec_driver_sql(statement, rows)
            schedules_total += len(schedule_rows)
            pending_total += len(delivery_rows)
    await engine.dispose()
    return SeedReport(users, schedules_total, pending_total - due_total, due_total)


async def add_due_now(connection: AsyncConnection, user_ids: range, now: datetime) -> int:
    """Give each runner one more habit reminder due one second before `now` (their schedule's)."""
    rows = await connection.execute(
        select(Schedule.user_id, Schedule.id, Schedule.kind)
        .where(
            Schedule.user_id.between(user_ids.start, user_ids.stop - 1),
            Schedule.kind.in_(sorted(HABIT_KINDS)),
        )
        .order_by(Schedule.user_id, Schedule.id)
    )
    first: dict[int, tuple[int, str]] = {}
    for user_id, schedule_id, kind in rows.all():
        first.setdefault(user_id, (schedule_id, kind))
    due_at = sql_datetime(now - timedelta(seconds=1))
    await connection.exec_driver_sql(
        DELIVERY_INSERT,
        [(user_id, schedule_id, kind, due_at, 1, "pending", 0)
         for user_id, (schedule_id, kind) in first.items()],
    )  # fmt: skip
    return len(first)
