"""Admin storage on SQLite and PostgreSQL: audiences, broadcast rows, cancel, stats numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services import broadcasts, stats
from bot.storage import admin, deliveries, users
from bot.storage.admin import Audience
from bot.storage.deliveries import NewDelivery
from bot.storage.models import Checkin, Delivery, Escalation, User

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)  # a Wednesday
ADMIN = 999

# id: (language, timezone, top causes, days since last seen, consent, status)
PEOPLE: dict[int, tuple[str | None, str | None, str, int, str, str]] = {
    1: ("en", "Europe/Berlin", "LOAD,STRENGTH", 0, "given", "active"),
    2: ("de-AT", "Europe/Vienna", "FORM,LOAD", 40, "given", "active"),
    3: ("de", "America/New_York", "SHOES", 10, "given", "active"),
    4: ("en-US", "America/Chicago", "", 3, "given", "active"),
    5: ("en", "Europe/Paris", "LOAD", 50, "given", "blocked"),
    6: ("en", "Europe/Madrid", "LOAD", 0, "pending", "active"),
    7: ("fr", None, "STRENGTH_X", 0, "given", "active"),
}


@pytest.fixture
async def sessions(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> async_sessionmaker[AsyncSession]:
    factory = migrated_sessions
    async with factory.begin() as session:
        for user_id, (language, zone, causes, idle_days, consent, status) in PEOPLE.items():
            user, _ = await users.touch(session, user_id, user_id * 10, language, NOW)
            user.timezone = zone
            user.top_causes = causes
            user.last_seen_at = NOW - timedelta(days=idle_days)
            user.consent = consent
            user.status = status
    return factory


@pytest.mark.parametrize(
    ("audience", "expected"),
    [
        (Audience(), [1, 2, 3, 4, 7]),
        (Audience("cause", "LOAD"), [1, 2]),
        (Audience("cause", "strength"), [1]),
        (Audience("language", "en"), [1, 4]),
        (Audience("language", "de"), [2, 3]),
        (Audience("region", "Europe"), [1, 2]),
        (Audience("region", "America"), [3, 4]),
        (Audience("inactive", "7"), [2, 3]),
        (Audience("inactive", "30"), [2]),
    ],
)
async def test_each_segment_selects_only_active_consented_matches(
    sessions: async_sessionmaker[AsyncSession], audience: Audience, expected: list[int]
) -> None:
    async with sessions.begin() as session:
        ids = await admin.audience_ids(session, audience, NOW)
        count = await admin.audience_count(session, audience, NOW)
    assert ids == expected
    assert count == len(expected)


async def test_segment_choices_list_what_active_users_have(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        languages = await admin.languages_in_use(session)
        regions = await admin.regions_in_use(session)
    assert languages == ["de", "en", "fr"]
    assert regions == ["America", "Europe"]


async def _draft(
    sessions: async_sessionmaker[AsyncSession], audience: Audience, send_at: datetime = NOW
) -> int:
    async with sessions.begin() as session:
        broadcast = await broadcasts.draft(session, ADMIN, "<b>Hi</b>", audience, send_at, NOW)
        return broadcast.id


async def _broadcast_rows(
    sessions: async_sessionmaker[AsyncSession], broadcast_id: int
) -> list[Delivery]:
    async with sessions.begin() as session:
        rows = await session.scalars(
            select(Delivery).where(Delivery.broadcast_id == broadcast_id).order_by(Delivery.user_id)
        )
        return list(rows)


async def test_confirming_twice_inserts_each_recipient_once(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    broadcast_id = await _draft(sessions, Audience("region", "Europe"))
    async with sessions.begin() as session:
        first = await broadcasts.confirm(session, broadcast_id, ADMIN, NOW)
    async with sessions.begin() as session:
        second = await broadcasts.confirm(session, broadcast_id, ADMIN, NOW + timedelta(minutes=1))
    rows = await _broadcast_rows(sessions, broadcast_id)
    assert (first.queued_now, first.recipients) == (True, 2)
    assert (second.queued_now, second.recipients) == (False, 2)
    assert [row.user_id for row in rows] == [1, 2]
    assert {(row.kind, row.priority, row.state, row.payload) for row in rows} == {
        ("broadcast", 0, "pending", None)
    }
    assert all(NOW - timedelta(seconds=1) < row.due_at <= NOW for row in rows)


async def test_two_broadcasts_for_the_same_minute_both_reach_everyone(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    first_id = await _draft(sessions, Audience())
    second_id = await _draft(sessions, Audience())
    async with sessions.begin() as session:
        await broadcasts.confirm(session, first_id, ADMIN, NOW)
        await broadcasts.confirm(session, second_id, ADMIN, NOW)
    assert len(await _broadcast_rows(sessions, first_id)) == 5
    assert len(await _broadcast_rows(sessions, second_id)) == 5


async def test_cancel_skips_pending_rows_and_keeps_sent_ones(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    broadcast_id = await _draft(sessions, Audience())
    async with sessions.begin() as session:
        await broadcasts.confirm(session, broadcast_id, ADMIN, NOW)
    rows = await _broadcast_rows(sessions, broadcast_id)
    async with sessions.begin() as session:
        await deliveries.set_state(session, [rows[0].id], deliveries.SENT, sent_at=NOW)
        skipped = await broadcasts.cancel(session, broadcast_id, ADMIN, NOW)
    async with sessions.begin() as session:
        broadcast = await admin.get_broadcast(session, broadcast_id)
        counts = await admin.broadcast_counts(session, broadcast_id)
        with pytest.raises(LookupError):
            await broadcasts.cancel(session, broadcast_id, ADMIN, NOW)
    assert skipped == 4
    assert broadcast is not None and broadcast.state == "cancelled"
    assert (counts.delivered, counts.skipped, counts.waiting) == (1, 4, 0)


async def test_settle_finishes_once_nobody_waits(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    broadcast_id = await _draft(sessions, Audience("language", "de"))
    async with sessions.begin() as session:
        await broadcasts.confirm(session, broadcast_id, ADMIN, NOW)
    rows = await _broadcast_rows(sessions, broadcast_id)
    async with sessions.begin() as session:
        broadcast = await admin.get_broadcast(session, broadcast_id)
        assert broadcast is not None
        _counts, finished_early = await broadcasts.settle(session, broadcast, NOW)
        await deliveries.set_state(session, [rows[0].id], deliveries.SENT)
        await deliveries.set_state(session, [rows[1].id], deliveries.BLOCKED)
        counts, finished = await broadcasts.settle(session, broadcast, NOW)
        _again, finished_twice = await broadcasts.settle(session, broadcast, NOW)
    assert finished_early is False
    assert finished is True and finished_twice is False
    assert (counts.total, counts.delivered, counts.blocked, counts.failed) == (2, 1, 1, 0)


async def test_every_admin_action_is_audited(sessions: async_sessionmaker[AsyncSession]) -> None:
    broadcast_id = await _draft(sessions, Audience())
    async with sessions.begin() as session:
        await broadcasts.confirm(session, broadcast_id, ADMIN, NOW)
        await broadcasts.confirm(session, broadcast_id, ADMIN, NOW)
        await broadcasts.cancel(session, broadcast_id, ADMIN, NOW)
        entries = await admin.audit_entries(session, ADMIN)
    assert [entry.action for entry in entries] == [
        "broadcast_draft", "broadcast_confirm", "broadcast_cancel",
    ]  # fmt: skip
    assert entries[1].details == {"broadcast_id": broadcast_id, "recipients": 5}


async def test_stats_count_seeded_data(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions.begin() as session:
        user_one = await session.get(User, 1)
        user_three = await session.get(User, 3)
        assert user_one is not None and user_three is not None
        user_one.quiz_completed_at = NOW
        user_one.plan_confirmed_at = NOW
        user_three.quiz_completed_at = NOW
        user_three.paused_until = NOW + timedelta(days=2)
        user_three.came_from = "share"  # came through a shared link (so did the blocked 5)
        blocked_five = await session.get(User, 5)
        assert blocked_five is not None
        blocked_five.came_from = "share"
        await deliveries.add_many(
            session,
            [
                NewDelivery(user_id=1, kind="warmup", due_at=NOW - timedelta(days=day))
                for day in range(1, 5)
            ]
            + [NewDelivery(user_id=1, kind="stretch", due_at=NOW - timedelta(days=1))]
            + [NewDelivery(user_id=2, kind="warmup", due_at=NOW - timedelta(days=40))],
        )
        rows = list(await session.scalars(select(Delivery).order_by(Delivery.id)))
        for row, response in zip(
            rows, ["done", "done", "snoozed", None, "skipped", "done"], strict=True
        ):
            row.state = deliveries.SENT
            row.response = response
        last_week = NOW - timedelta(days=7)
        session.add_all(
            [
                Checkin(user_id=1, kind="after", asked_at=NOW, zone="green"),
                Checkin(user_id=1, kind="after", asked_at=NOW - timedelta(days=1), zone="red"),
                Checkin(user_id=2, kind="after", asked_at=last_week, zone="amber"),
                Checkin(user_id=2, kind="after", asked_at=last_week, zone=None),
                Escalation(user_id=2, reasons=["red_7_days"], created_at=last_week),
            ]
        )
    async with sessions.begin() as session:
        result = await stats.collect(session, NOW, weeks=3)
    assert result.users == stats.UserStats(total=7, active=4, paused=1, blocked=1)
    assert result.funnel == stats.Funnel(
        created=7, consented=6, quiz_finished=2, plan_confirmed=1, from_share=2
    )
    assert result.causes == {"LOAD": 4, "FORM": 1, "SHOES": 1, "STRENGTH": 1, "STRENGTH_X": 1}
    assert result.adherence == (
        stats.Adherence("stretch", skipped=1),
        stats.Adherence("warmup", done=2, snoozed=1, ignored=1),
    )
    assert [week.start.day for week in result.weeks] == [16, 23, 2]
    assert [week.checkins for week in result.weeks] == [
        {"green": 0, "amber": 0, "red": 0},
        {"green": 0, "amber": 1, "red": 0},
        {"green": 1, "amber": 0, "red": 1},
    ]
    assert [week.escalations for week in result.weeks] == [0, 1, 0]
