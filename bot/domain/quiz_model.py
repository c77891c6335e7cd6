"""The quiz as data: questions, button options with their scores, and the causes they point to."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.domain.vocabulary import Cause, RedFlagLevel


@dataclass(frozen=True)
class QuizOption:
    """One answer button: a callback-safe id, its label, and what choosing it means."""

    id: str
    label: str
    scores: Mapping[Cause, int]
    red_flag: RedFlagLevel | None = None
    flags: frozenset[str] = frozenset()
    reason: str | None = None
    """What choosing it says about the runner, for the result's "why" ("more hills")."""


@dataclass(frozen=True)
class QuizQuestion:
    """One question with its answer options, in the order they are shown."""

    id: str
    text: str
    options: tuple[QuizOption, ...]
    source: str

    def option(self, option_id: str) -> QuizOption | None:
        """The option with this id, or None when the question has no such option."""
        return next((option for option in self.options if option.id == option_id), None)


@dataclass(frozen=True)
class CauseInfo:
    """What the bot tells a runner about one cause, with the evidence behind it."""

    cause: Cause
    title: str
    why: str
    what_to_do: str
    source: str
    why_by_question: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Evidence worded for the answers behind the cause, by question id, in preference order:
    LOAD from a distance rise speaks of distance; LOAD from hills or pace does not."""

    def why_for(self, questions: Collection[str]) -> str:
        """The evidence text for a cause put there by answers to these questions."""
        return next(
            (text for question, text in self.why_by_question.items() if question in questions),
            self.why,
        )


@dataclass(frozen=True)
class Quiz:
    """The whole quiz: questions in order, cause texts, and the evidence order for ties."""

    questions: tuple[QuizQuestion, ...]
    causes: Mapping[Cause, CauseInfo]
    tie_break: tuple[Cause, ...]

    def question(self, question_id: str) -> QuizQuestion | None:
        """The question with this id, or None."""
        return next((q for q in self.questions if q.id == question_id), None)

    def position(self, question_id: str) -> int:
        """The 0-based position of a question; raises KeyError for an unknown id."""
        for index, question in enumerate(self.questions):
            if question.id == question_id:
                return index
        raise KeyError(question_id)
