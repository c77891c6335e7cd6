"""The cause quiz as a persisted flow: start, answer, go back, finish or stop at a red flag.

An urgent red flag stops the quiz; a "soon" one lets it finish, and at the end the runner's
knee status moves to "see a clinician" (the result shows that advice on top). A stored row's
`red_flag` names only the flag that stopped a quiz; a finished quiz keeps its "soon" answer
in `answers`, so it still counts as the runner's latest finished quiz."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain import quiz as quiz_rules
from bot.domain.knee_status import RedFlagReported
from bot.domain.quiz import QuizResult
from bot.domain.quiz_model import Quiz, QuizQuestion
from bot.domain.rules import Rules
from bot.services import knee
from bot.storage import flows
from bot.storage.models import Flow, User
from bot.storage.models import QuizResult as QuizResultRow

FLOW = "quiz"


@dataclass(frozen=True, slots=True)
class QuizStep:
    """What to show next: a question, a finished result, or a red flag that stopped the quiz."""

    flow: Flow | None
    question: QuizQuestion | None = None
    index: int = 0
    total: int = 0
    can_go_back: bool = False
    result: QuizResult | None = None


def current_step(quiz: Quiz, flow: Flow) -> QuizStep:
    answers = dict(flow.data.get("answers", {}))
    question = quiz_rules.next_question(quiz, answers)
    position = quiz_rules.progress(quiz, answers)
    return QuizStep(
        flow=flow,
        question=question,
        index=position.index,
        total=position.total,
        can_go_back=quiz_rules.can_go_back(quiz, answers),
    )


async def start(session: AsyncSession, quiz: Quiz, user_id: int, now: datetime) -> QuizStep:
    flow = await flows.start(session, user_id, FLOW, "question", now, {"answers": {}})
    return current_step(quiz, flow)


async def choose(
    session: AsyncSession, quiz: Quiz, user: User, flow: Flow, question_id: str,
    option_id: str, now: datetime, rules: Rules,
) -> QuizStep:  # fmt: skip
    """Record one answer; raises the domain's QuizAnswerError / QuizQuestionExpired."""
    answers = quiz_rules.answer(quiz, dict(flow.data.get("answers", {})), question_id, option_id)
    flows.advance(flow, "question", now, answers=answers)
    if not quiz_rules.is_finished(quiz, answers):
        return current_step(quiz, flow)
    result = quiz_rules.score_quiz(quiz, answers)
    session.add(
        QuizResultRow(
            user_id=user.id,
            answers=answers,
            ranking=[[item.cause.value, item.score] for item in result.ranked],
            red_flag=result.red_flag.value if result.stopped and result.red_flag else None,
            created_at=now,
        )
    )
    if not result.stopped:
        user.top_causes = ",".join(cause.value for cause in result.top_causes)
        user.quiz_completed_at = now
    if result.red_flag is not None:  # the quiz shows the advice itself; runs wait for a check
        event = RedFlagReported(now, result.red_flag, result.red_flag_option)
        await knee.apply(session, user, event, now, rules, advice_shown=True)
    await flows.finish(session, user.id)
    return QuizStep(flow=None, result=result)


def back(quiz: Quiz, flow: Flow, now: datetime) -> QuizStep:
    answers = quiz_rules.go_back(quiz, dict(flow.data.get("answers", {})))
    flows.advance(flow, "question", now, answers=answers)
    return current_step(quiz, flow)
