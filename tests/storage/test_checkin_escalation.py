"""Escalation rules counted in the runner's own days, on a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.content import default_content
from bot.domain.pain import REASON_PERSISTING, REASON_RED_DAYS
from bot.services import accounts
from bot.services import checkins as checkin_service
from bot.storage import checkins as store
from bot.storage import users

RULES = default_content().rules
# Los Angeles is UTC-8 in February: 20:00 local is 04:00 UTC the next day.
FIRST_EVENING = datetime(2026, 2, 3, 4, 0, tzinfo=UTC)  # Monday 2 Feb, 20:00 local


async def _runner(session: AsyncSession, user_id: int, zone: str) -> None:
    user, _ = await users.touch(session, user_id, user_id, "en", FIRST_EVENING)
    await accounts.give_consent(session, user, FIRST_EVENING)
    user.timezone = zone


@pytest.mark.parametrize(("zone", "escalates"), [("America/Los_Angeles", True), ("UTC", False)])
async def test_seven_local_days_of_red_escalate(
    migrated_sessions: async_sessionmaker[AsyncSession], zone: str, escalates: bool
) -> None:
    """Monday 20:00 to Sunday 08:00 in Los Angeles is seven of the runner's days (Mon-Sun)
    but six UTC days (Tue 04:00 to Sun 16:00); in UTC the same moments span six days."""
    moments = [FIRST_EVENING + timedelta(days=day) for day in range(5)]
    last = datetime(2026, 2, 8, 16, 0, tzinfo=UTC)  # Sunday 8 Feb, 08:00 in Los Angeles
    async with migrated_sessions.begin() as session:
        await _runner(session, 1, zone)
        for moment in moments:
            await store.record(session, 1, "checkin", moment, pain="8-10")
        await store.record(session, 1, "checkin", last, pain="8-10")
        user = await users.get(session, 1)
        assert user is not None
        outcome = await checkin_service.assess_and_escalate(session, user, last, RULES)
    assert (REASON_RED_DAYS in outcome.assessment.reasons) is escalates
    assert outcome.escalated is escalates


async def test_fourteen_local_days_of_amber_escalate_for_an_evening_runner_in_new_york(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    """Amber every evening at 21:00 New York (02:00 UTC next day) from Sunday 1 Feb to
    Saturday 14 Feb: fourteen local days, thirteen UTC days."""
    first = datetime(2026, 2, 2, 2, 0, tzinfo=UTC)  # Sunday 1 Feb, 21:00 in New York
    moments = [first + timedelta(days=day) for day in range(13)]
    last = datetime(2026, 2, 14, 14, 0, tzinfo=UTC)  # Saturday 14 Feb, 09:00 in New York
    async with migrated_sessions.begin() as session:
        await _runner(session, 2, "America/New_York")
        for moment in [*moments, last]:
            await store.record(session, 2, "checkin", moment, pain="4-5")
        user = await users.get(session, 2)
        assert user is not None
        outcome = await checkin_service.assess_and_escalate(session, user, last, RULES)
    assert REASON_PERSISTING in outcome.assessment.reasons
