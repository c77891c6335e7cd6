"""Stored quiz results on a real database (SQLite and PostgreSQL): a runner whose quiz is from
the eight-question era keeps their plan; a finished quiz with a "soon" flag counts as finished."""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.content import default_content
from bot.domain.knee_status import KneeStatus
from bot.domain.plan import build_plan
from bot.domain.vocabulary import Cause
from bot.services import accounts, planner, quiz_flow, quiz_result
from bot.storage import users
from bot.storage.models import QuizResult

CONTENT = default_content()
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OLD_ANSWERS = {
    "where": "front", "red_flags": "none", "distance": "up_lot", "strength": "never",
    "shoes": "over_800", "stride": "unsure", "warmup": "easy_jog", "when": "stairs",
}  # fmt: skip
OLD_RANKING = [["STRENGTH", 4], ["LOAD", 3], ["SHOES", 2], ["FORM", 1], ["WARMUP", 0],
               ["SURFACE", 0]]  # fmt: skip


async def test_an_eight_question_quiz_keeps_its_ranking_and_plan(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with migrated_sessions.begin() as session:
        user, _ = await users.touch(session, 1, 1, "en", NOW)
        await accounts.give_consent(session, user, NOW)
        session.add(QuizResult(user_id=1, answers=OLD_ANSWERS, ranking=OLD_RANKING,
                               red_flag=None, created_at=NOW))  # fmt: skip
    async with migrated_sessions.begin() as session:
        user = await users.get(session, 1)
        assert user is not None
        result = await planner.latest_result(session, user)

    assert result.top_causes == (Cause.STRENGTH, Cause.LOAD)
    plan = build_plan(result, frozenset({0, 2, 4}), time(8, 0), 20.0, CONTENT.rules)
    assert plan.focus == (Cause.STRENGTH, Cause.LOAD) and len(plan.strength_days) == 2
    shown = quiz_result.from_stored(CONTENT.quiz(), OLD_ANSWERS, OLD_RANKING)
    assert [item.cause for item in shown.scored] == [
        Cause.STRENGTH, Cause.LOAD, Cause.SHOES, Cause.FORM
    ]  # fmt: skip


async def test_a_quiz_finished_with_a_soon_flag_is_the_latest_finished_and_holds_runs(
    migrated_sessions: async_sessionmaker[AsyncSession],
) -> None:
    quiz = CONTENT.quiz()
    answers = {
        "where": "front", "red_flags": "night", "distance": "same_less", "changed": "hills",
        "strength": "regular", "shoes": "under_500", "stride": "short_quick",
        "warmup": "easy_jog",
    }  # fmt: skip
    async with migrated_sessions.begin() as session:
        user, _ = await users.touch(session, 2, 2, "en", NOW)
        await accounts.give_consent(session, user, NOW)
        step = await quiz_flow.start(session, quiz, 2, NOW)
        assert step.flow is not None
        flow = step.flow
        for question_id, option_id in answers.items():
            await quiz_flow.choose(session, quiz, user, flow, question_id, option_id, NOW,
                                   CONTENT.rules)  # fmt: skip
        final = await quiz_flow.choose(session, quiz, user, flow, "when", "downhill", NOW,
                                       CONTENT.rules)  # fmt: skip
    assert final.result is not None and final.result.red_flag_option == "night"

    async with migrated_sessions.begin() as session:
        user = await users.get(session, 2)
        assert user is not None
        assert user.knee_status == KneeStatus.SEE_CLINICIAN
        assert user.top_causes == "LOAD,FORM" and user.quiz_completed_at is not None
        result = await planner.latest_result(session, user)
    assert result.top_causes == (Cause.LOAD, Cause.FORM)
