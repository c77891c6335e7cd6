"""A runner with at least one row in every user table, for export, erasure and backup tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services import accounts
from bot.storage import users
from bot.storage.models import (
    Base,
    Checkin,
    Delivery,
    Escalation,
    Flow,
    KneeStatusChange,
    Plan,
    QuizResult,
    Run,
    Schedule,
    StravaConnection,
    WeeklyDistance,
)

SEED_TOKEN = "gAAAA-seeded-encrypted-token"
"""The stored (encrypted) Strava token of a seeded runner: never in an export."""

NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


def rows_for(user_id: int, schedule_id: int) -> list[Base]:
    """One row per user table (the schedule must exist before the delivery that names it)."""
    return [
        Flow(user_id=user_id, name="quiz", step="q3", data={"q1": "a"}, token="t1", updated_at=NOW),
        QuizResult(
            user_id=user_id, answers={"q1": "a"}, ranking=["LOAD"], red_flag=None, created_at=NOW
        ),
        Plan(user_id=user_id, running_days="0,2,4", run_time=time(7, 0), weekly_km=25.0,
             shoe_km=120.0, shoe_since=date(2026, 1, 5)),
        Delivery(user_id=user_id, schedule_id=schedule_id, kind="warmup",
                 due_at=NOW - timedelta(days=1), state="sent", sent_at=NOW - timedelta(days=1)),
        Checkin(user_id=user_id, kind="after_run", asked_at=NOW, status="answered", pain="3",
                zone="amber", answered_at=NOW),
        Escalation(user_id=user_id, reasons=["pain_rising"], created_at=NOW),
        WeeklyDistance(user_id=user_id, week_start=date(2026, 2, 23), km=24.5),
        KneeStatusChange(user_id=user_id, status="caution", reason="amber", at=NOW),
        Run(user_id=user_id, started_at=NOW - timedelta(days=2), distance_m=10_200.0,
            moving_s=3_120.0, elevation_gain_m=45.0, source="file", fingerprint="a" * 64,
            created_at=NOW),
        StravaConnection(user_id=user_id, athlete_id=10**9 + user_id, scope="activity:read_all",
                         access_token=SEED_TOKEN, refresh_token=SEED_TOKEN,
                         expires_at=NOW + timedelta(hours=6), state_nonce="n" * 32,
                         connected_at=NOW),
    ]  # fmt: skip


async def seed_runner(session: AsyncSession, user_id: int) -> None:
    """A consenting runner with a row in every table that holds data about them."""
    user, _ = await users.touch(session, user_id, user_id, "en", NOW)
    await accounts.give_consent(session, user, NOW)
    user.timezone = "Europe/Berlin"
    schedule = Schedule(user_id=user_id, kind="warmup", weekday=0, local_time=time(6, 45))
    session.add(schedule)
    await session.flush()
    session.add_all(rows_for(user_id, schedule.id))
    await session.flush()
