"""Knee-status rules counted in the runner's own days, on a real database (SQLite and
PostgreSQL), through the check-in service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.content import default_content
from bot.services import accounts
from bot.services import checkins as checkin_service
from bot.storage import checkins as store
from bot.storage import users
from bot.storage.models import Delivery, KneeStatusChange

RULES = default_content().rules
# Los Angeles is UTC-8 in February.
MONDAY_MORNING = datetime(2026, 2, 2, 16, 0, tzinfo=UTC)  # Mon 2 Feb, 08:00 in Los Angeles
SUNDAY_EVENING = datetime(2026, 2, 9, 4, 0, tzinfo=UTC)  # Sun 8 Feb, 20:00 in Los Angeles


async def _runner(session: AsyncSession, user_id: int, zone: str) -> None:
    user, _ = await users.touch(session, user_id, user_id, "en", MONDAY_MORNING)
    await accounts.give_consent(session, user, MONDAY_MORNING)
    user.timezone = zone


async def _answer(session: AsyncSession, user_id: int, at: datetime, pain: str) -> object:
    row = await store.record(session, user_id, "checkin", at, pain=pain)
    user = await users.get(session, user_id)
    assert user is not None
    return await checkin_service.record_answer(session, user, row, at, RULES)


@pytest.mark.parametrize(
    ("zone", "reason"),
    [("America/Los_Angeles", "strong_pain_twice"), ("UTC", "non_green_week")],
)
async def test_pain_6_7_twice_counts_the_runners_own_days(
    migrated_sessions: async_sessionmaker[AsyncSession], zone: str, reason: str
) -> None:
    """Monday 08:00 to Sunday 20:00 in Los Angeles is seven of the runner's days (Mon-Sun):
    6-7 twice within 7 days. The same moments are eight UTC days: no longer "twice within 7
    days", but a red lasting a week; either way one escalation, with its own reason."""
    async with migrated_sessions.begin() as session:
        await _runner(session, 1, zone)
        first = await _answer(session, 1, MONDAY_MORNING, "6-7")
        outcome = await _answer(session, 1, SUNDAY_EVENING, "6-7")
        user = await users.get(session, 1)
        assert user is not None
        status, why = user.knee_status, user.knee_status_reason
        queued = list(await session.scalars(select(Delivery).where(Delivery.kind == "escalation")))
        moves = list(await session.scalars(select(KneeStatusChange.status).order_by(
            KneeStatusChange.id)))  # fmt: skip
    assert not first.escalated  # type: ignore[attr-defined]
    assert outcome.escalated  # type: ignore[attr-defined]
    assert (status, why) == ("see_clinician", reason)
    assert [row.payload["reason"] for row in queued] == [reason]
    assert moves == ["rest", "see_clinician"]


async def test_one_severe_answer_owes_one_urgent_escalation_and_holds_every_run_reminder(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await _runner(session, 2, "Europe/Berlin")
        await _answer(session, 2, MONDAY_MORNING, "8-10")
        await _answer(session, 2, MONDAY_MORNING + timedelta(minutes=5), "8-10")  # again
        rows = list(await session.scalars(select(Delivery).where(Delivery.user_id == 2)))
    escalations = [row for row in rows if row.kind == "escalation"]
    assert len(escalations) == 1
    assert escalations[0].payload == {"urgency": "urgent", "reason": "severe_pain", "symptom": None}
    assert escalations[0].priority == 2
    assert {row.kind for row in rows} <= {"escalation", "knee_check"}
