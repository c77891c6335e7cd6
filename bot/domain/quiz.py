"""Quiz flow and scoring: the next question, Back, answer checks, ranked causes and red flags.

Content brief §4 (revised 2026-12): an "urgent" red flag stops the quiz at once; a "soon" one
lets it finish (the runner then waits for a professional, but keeps the result). The result
shows every cause that scored at least one point, ranked, ties in evidence order, each with
the answers that put it there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.domain.quiz_model import Quiz, QuizOption, QuizQuestion
from bot.domain.vocabulary import Cause, RedFlagLevel

RED_FLAG_SEVERITY = (RedFlagLevel.URGENT, RedFlagLevel.SOON)


class QuizAnswerError(ValueError):
    """An answer names a question or option the quiz does not have."""

    def __init__(self, question_id: str, option_id: str | None = None) -> None:
        if option_id is None:
            message = f"unknown quiz question {question_id!r}"
        else:
            message = f"unknown option {option_id!r} for quiz question {question_id!r}"
        super().__init__(message)
        self.question_id = question_id
        self.option_id = option_id


class QuizQuestionExpired(ValueError):
    """A button of a question that is no longer the current one was pressed."""

    def __init__(self, question_id: str, current_id: str | None) -> None:
        super().__init__(f"question {question_id!r} is not current (current: {current_id!r})")
        self.question_id = question_id
        self.current_id = current_id


class QuizIncomplete(ValueError):
    """Scoring was asked for before every question was answered and no urgent flag stopped it."""

    def __init__(self, question_id: str) -> None:
        super().__init__(f"quiz not finished: question {question_id!r} is unanswered")
        self.question_id = question_id


@dataclass(frozen=True)
class QuizProgress:
    """Where the runner is: the 1-based index of the current question out of the total."""

    index: int
    total: int


@dataclass(frozen=True)
class CauseScore:
    """One cause with its points."""

    cause: Cause
    score: int


@dataclass(frozen=True)
class Contribution:
    """One answer that gave a cause points: the question, the option and the points."""

    cause: Cause
    question_id: str
    option_id: str
    points: int


@dataclass(frozen=True)
class QuizResult:
    """Causes ranked by score (ties in evidence order), the red flag if any, option flags, and
    which answers gave each cause its points (empty for results rebuilt from an old ranking)."""

    ranked: tuple[CauseScore, ...]
    red_flag: RedFlagLevel | None
    red_flag_option: str | None
    flags: frozenset[str]
    contributions: tuple[Contribution, ...] = ()

    @property
    def stopped(self) -> bool:
        """Whether an urgent red flag stopped the quiz before the end."""
        return self.red_flag is RedFlagLevel.URGENT

    @property
    def scored(self) -> tuple[CauseScore, ...]:
        """The causes with at least one point, ranked: the ones the result shows."""
        return tuple(item for item in self.ranked if item.score >= 1)

    def because(self, cause: Cause) -> tuple[Contribution, ...]:
        """The answers that gave this cause its points, in quiz order."""
        return tuple(item for item in self.contributions if item.cause == cause)

    @property
    def top_causes(self) -> tuple[Cause, Cause]:
        """The two causes that set the plan's focus."""
        return self.ranked[0].cause, self.ranked[1].cause

    def score_of(self, cause: Cause) -> int:
        """The points a cause received."""
        return next(item.score for item in self.ranked if item.cause == cause)


def _chosen(quiz: Quiz, answers: Mapping[str, str]) -> list[tuple[QuizQuestion, QuizOption]]:
    """The answered questions in quiz order with their options; rejects unknown ids."""
    known = {question.id for question in quiz.questions}
    for question_id in answers:
        if question_id not in known:
            raise QuizAnswerError(question_id)
    chosen = []
    for question in quiz.questions:
        if question.id in answers:
            option = question.option(answers[question.id])
            if option is None:
                raise QuizAnswerError(question.id, answers[question.id])
            chosen.append((question, option))
    return chosen


def red_flag_of(quiz: Quiz, answers: Mapping[str, str]) -> RedFlagLevel | None:
    """The most severe red flag among the answers, or None."""
    levels = {option.red_flag for _, option in _chosen(quiz, answers) if option.red_flag}
    return next((level for level in RED_FLAG_SEVERITY if level in levels), None)


def next_question(quiz: Quiz, answers: Mapping[str, str]) -> QuizQuestion | None:
    """The first unanswered question, or None when finished or stopped by an urgent flag."""
    if red_flag_of(quiz, answers) is RedFlagLevel.URGENT:
        return None
    return next((q for q in quiz.questions if q.id not in answers), None)


def is_finished(quiz: Quiz, answers: Mapping[str, str]) -> bool:
    """Whether the quiz is over: every question answered, or an urgent flag stopped it."""
    return next_question(quiz, answers) is None


def progress(quiz: Quiz, answers: Mapping[str, str]) -> QuizProgress:
    """The progress header numbers for the current question."""
    current = next_question(quiz, answers)
    total = len(quiz.questions)
    index = total if current is None else quiz.position(current.id) + 1
    return QuizProgress(index=index, total=total)


def answer(
    quiz: Quiz, answers: Mapping[str, str], question_id: str, option_id: str
) -> dict[str, str]:
    """New answers with this button recorded; only the current question accepts answers."""
    question = quiz.question(question_id)
    if question is None:
        raise QuizAnswerError(question_id)
    if question.option(option_id) is None:
        raise QuizAnswerError(question_id, option_id)
    current = next_question(quiz, answers)
    if current is None or current.id != question_id:
        raise QuizQuestionExpired(question_id, current.id if current else None)
    return {**answers, question_id: option_id}


def go_back(quiz: Quiz, answers: Mapping[str, str]) -> dict[str, str]:
    """New answers without the last answered question (in quiz order); unchanged at the start."""
    answered = [question.id for question, _ in _chosen(quiz, answers)]
    if not answered:
        return dict(answers)
    return {key: value for key, value in answers.items() if key != answered[-1]}


def can_go_back(quiz: Quiz, answers: Mapping[str, str]) -> bool:
    """Whether a Back button makes sense: at least one question is answered."""
    return bool(_chosen(quiz, answers))


def score_quiz(quiz: Quiz, answers: Mapping[str, str]) -> QuizResult:
    """Rank the causes from finished answers; a red flag is reported whatever else was answered."""
    chosen = _chosen(quiz, answers)
    red_flag = red_flag_of(quiz, answers)
    if red_flag is not RedFlagLevel.URGENT:
        unanswered = next((q for q in quiz.questions if q.id not in answers), None)
        if unanswered is not None:
            raise QuizIncomplete(unanswered.id)
    totals = dict.fromkeys(quiz.tie_break, 0)
    contributions = []
    for question, option in chosen:
        for cause, points in option.scores.items():
            totals[cause] += points
            if points:
                contributions.append(Contribution(cause, question.id, option.id, points))
    order = {cause: position for position, cause in enumerate(quiz.tie_break)}
    ranked = sorted(totals.items(), key=lambda item: (-item[1], order[item[0]]))
    flag_option = next(
        (option.id for _, option in chosen if option.red_flag == red_flag and red_flag), None
    )
    return QuizResult(
        ranked=tuple(CauseScore(cause, score) for cause, score in ranked),
        red_flag=red_flag,
        red_flag_option=flag_option,
        flags=frozenset(flag for _, option in chosen for flag in option.flags),
        contributions=tuple(contributions),
    )
