"""/tip end to end: rotation without repeats, top causes first, admin tips, and no consent."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

from sqlalchemy import select, update

from bot.content import default_content
from bot.services.tips import TipChoice, from_admin, next_tip, tip_of_the_hour, tip_pool
from bot.storage import admin as admin_storage
from bot.storage.models import Delivery, Tip, User
from emulator import EmulatedUser
from tests.e2e.harness import BotHarness
from tests.e2e.test_onboarding import consent

CONTENT = default_content()


async def ask_tip(runner: EmulatedUser) -> str:
    await runner.send_command("/tip")
    return (await runner.next_bot_message()).text or ""


def tip_texts(cause: str) -> list[str]:
    return [tip.text for tip in CONTENT.tips(cause)]


async def test_two_tips_in_a_row_differ_and_follow_the_top_cause(harness: BotHarness) -> None:
    runner = harness.user(7001)
    await consent(runner)
    async with harness.runtime.sessions_begin() as session:
        await session.execute(update(User).where(User.id == 7001).values(top_causes="FORM"))

    first, second = await ask_tip(runner), await ask_tip(runner)  # the clock stands still

    assert first != second
    form = tip_texts("FORM")
    assert any(text in first for text in form) and any(text in second for text in form)
    assert "Source:" in first
    async with harness.session() as session:
        rows = list(await session.scalars(select(Delivery).where(Delivery.kind == "tip")))
    assert [row.content_id for row in sorted(rows, key=lambda row: row.due_at)] == [
        "fm_cadence",
        "fm_under_body",
    ]
    assert {row.state for row in rows} == {"sent"}


async def test_the_rotation_includes_admin_tips_and_never_repeats(harness: BotHarness) -> None:
    runner = harness.user(7002)
    await consent(runner)
    async with harness.runtime.sessions_begin() as session:
        await session.execute(update(User).where(User.id == 7002).values(top_causes="SURFACE"))
        await admin_storage.add_tip(
            session, "SURFACE", "Keep easy days easy.", "Seitz 2010", 999, harness.clock.now()
        )

    shown = [await ask_tip(runner) for _ in range(7)]

    assert all(earlier != later for earlier, later in pairwise(shown))
    admin_tip = next(text for text in shown if "Keep easy days easy." in text)
    assert "Seitz 2010" in admin_tip and "—" not in admin_tip


async def test_tip_without_consent_works_and_stores_nothing(harness: BotHarness) -> None:
    runner = harness.user(7003)
    shown = await ask_tip(runner)
    every_tip = [
        text for cause in CONTENT.tip_kinds() if cause.isupper() for text in tip_texts(cause)
    ]
    assert any(text in shown for text in every_tip) and "Source:" in shown
    async with harness.session() as session:
        assert list(await session.scalars(select(Delivery))) == []


# ── the rotation rules ────────────────────────────────────────────────────────


def choices(*ids: str) -> list[TipChoice]:
    return [TipChoice(tip_id, f"text {tip_id}", "source") for tip_id in ids]


def test_next_tip_follows_the_last_one_and_wraps() -> None:
    pool = choices("a", "b", "c")
    assert [next_tip(pool, last).id for last in (None, "a", "b", "c", "gone")] == [
        "a",
        "b",
        "c",
        "a",
        "a",
    ]


def test_the_pool_takes_turns_between_causes_with_admin_tips_last() -> None:
    admin = Tip(id=7, cause="FORM", text="Short strides.\n— Coach", created_by=1)
    pool = tip_pool(CONTENT, "en", ["LOAD", "FORM"], {"FORM": [admin]})
    load, form = CONTENT.tips("LOAD"), CONTENT.tips("FORM")
    assert [tip.id for tip in pool[:4]] == [load[0].id, form[0].id, load[1].id, form[1].id]
    assert pool[-1] == TipChoice("admin:7", "Short strides.", "Coach")


def test_unknown_or_no_causes_fall_back_to_every_cause() -> None:
    every = tip_pool(CONTENT, "en", [], {})
    assert tip_pool(CONTENT, "en", ["NONSENSE"], {}) == every
    assert len(every) == sum(
        len(CONTENT.tips(cause)) for cause in CONTENT.tip_kinds() if cause.isupper()
    )


def test_an_admin_tip_without_a_source_line_keeps_its_text() -> None:
    assert from_admin(Tip(id=3, cause="LOAD", text="Rest more.", created_by=1)) == TipChoice(
        "admin:3", "Rest more.", "—"
    )


def test_tip_of_the_hour_changes_with_the_hour() -> None:
    pool = choices("a", "b", "c")
    nine, ten = datetime(2026, 3, 2, 9, 5, tzinfo=UTC), datetime(2026, 3, 2, 10, 5, tzinfo=UTC)
    assert tip_of_the_hour(pool, nine) != tip_of_the_hour(pool, ten)
