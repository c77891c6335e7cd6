"""/stats counting rules on real databases: answered polls count as answered, reminders left
unanswered while runs were on hold are never "ignored", weekly active runners are distinct."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services import stats
from bot.storage import deliveries, users
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Checkin, Delivery, KneeStatusChange, Run

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # a Wednesday
HOLD_BEGAN = NOW - timedelta(days=6)
HOLD_ENDED = NOW - timedelta(days=3)


async def _seed(session: AsyncSession) -> None:
    for user_id in (1, 2):
        user, _ = await users.touch(session, user_id, user_id, "en", NOW - timedelta(days=20))
        user.consent = "given"
    # Runner 1 rested from 6 to 3 days ago; runner 2 never did.
    session.add_all([
        KneeStatusChange(user_id=1, status="caution", at=NOW - timedelta(days=9)),
        KneeStatusChange(user_id=1, status="rest", at=HOLD_BEGAN),
        KneeStatusChange(user_id=1, status="returning", at=HOLD_ENDED),
    ])  # fmt: skip
    strength = [
        NewDelivery(user_id=1, kind="strength", due_at=NOW - timedelta(days=day, hours=1))
        for day in (8, 5, 4, 2)  # 5 and 4 fall in the rest, 8 and 2 do not
    ] + [NewDelivery(user_id=2, kind="strength", due_at=NOW - timedelta(days=5))]
    polls = [
        NewDelivery(user_id=user_id, kind="checkin", due_at=NOW - timedelta(days=day))
        for user_id, day in ((1, 8), (1, 5), (2, 5), (2, 1))
    ]
    await deliveries.add_many(session, strength + polls)
    for row in await session.scalars(select(Delivery)):
        row.state = deliveries.SENT  # never a response: not even the poll rows
    responses = {(1, 2): "done"}
    for row in await session.scalars(select(Delivery).where(Delivery.kind == "strength")):
        day = round((NOW - row.due_at).total_seconds() / 86400)
        row.response = responses.get((row.user_id, day))
        if row.response:
            row.responded_at = row.due_at + timedelta(minutes=5)
    # The poll rows' outcomes: answered, missing in the rest, answered, missing.
    outcomes = {(1, 8): "answered", (1, 5): "missing", (2, 5): "answered", (2, 1): "missing"}
    for number, ((user_id, day), status) in enumerate(outcomes.items()):
        asked = NOW - timedelta(days=day)
        session.add(Checkin(
            user_id=user_id, kind="checkin", asked_at=asked, poll_id=f"poll-{number}",
            status=status, pain="1-3" if status == "answered" else None, red_flag=False,
            zone="green" if status == "answered" else None,
            answered_at=asked + timedelta(hours=1) if status == "answered" else None,
        ))  # fmt: skip
    for day in (1, 2):
        session.add(Run(
            user_id=2, started_at=NOW - timedelta(days=day), distance_m=5000, moving_s=1800,
            source="file", fingerprint=f"run-{day}", created_at=NOW - timedelta(days=day),
        ))  # fmt: skip


async def test_polls_answered_count_and_rest_is_never_ignored(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await _seed(session)
    async with migrated_sessions.begin() as session:
        result = await stats.collect(session, NOW, weeks=2)
    by_kind = {row.kind: row for row in result.adherence}
    assert by_kind["checkin"] == stats.Adherence("checkin", done=2, ignored=1, held=1)
    assert by_kind["strength"] == stats.Adherence("strength", done=1, ignored=2, held=2)


async def test_weekly_active_runners_are_distinct_people(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        await _seed(session)
    async with migrated_sessions.begin() as session:
        result = await stats.collect(session, NOW, weeks=2)
    # Week of 23 Feb: both answered a poll. Week of 2 Mar: runner 1 pressed Done, runner 2
    # logged two runs (one person, counted once).
    assert [(week.start.day, week.active) for week in result.weeks] == [(23, 2), (2, 2)]
