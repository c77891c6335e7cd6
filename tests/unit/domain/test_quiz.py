"""Quiz flow and scoring against the shipped quiz and small made-up ones; the whole answer
space of the shipped quiz is scored, and a table of runner stories states the expected causes."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from bot.content import default_content
from bot.domain.quiz import (
    QuizAnswerError,
    QuizIncomplete,
    QuizProgress,
    QuizQuestionExpired,
    answer,
    can_go_back,
    go_back,
    is_finished,
    next_question,
    progress,
    score_quiz,
)
from bot.domain.quiz_model import CauseInfo, Quiz, QuizOption, QuizQuestion
from bot.domain.vocabulary import Cause, RedFlagLevel

QUIZ = default_content().quiz()
NEUTRAL = {
    "where": "none",
    "red_flags": "none",
    "distance": "same_less",
    "changed": "nothing",
    "strength": "regular",
    "shoes": "under_500",
    "stride": "short_quick",
    "warmup": "easy_jog",
    "when": "no_pain",
}
# The content brief's scoring table (§4), restated here so the YAML is checked against it.
EXPECTED_SCORES = {
    ("where", "front"): {Cause.STRENGTH: 1, Cause.LOAD: 1},
    ("where", "outside"): {Cause.LOAD: 1, Cause.STRENGTH: 1},
    ("where", "below"): {Cause.LOAD: 1},
    ("where", "inside"): {},
    ("where", "none"): {},
    ("red_flags", "none"): {},
    ("distance", "same_less"): {},
    ("distance", "up_little"): {Cause.LOAD: 1},
    ("distance", "up_lot"): {Cause.LOAD: 2},
    ("distance", "new_runner"): {Cause.LOAD: 2},
    ("changed", "nothing"): {},
    ("changed", "pace"): {Cause.LOAD: 1},
    ("changed", "hills"): {Cause.LOAD: 1, Cause.FORM: 1},
    ("changed", "long_run"): {Cause.LOAD: 1},
    ("changed", "new_gear"): {Cause.SHOES: 1},
    ("strength", "regular"): {},
    ("strength", "sometimes"): {Cause.STRENGTH: 1},
    ("strength", "never"): {Cause.STRENGTH: 2},
    ("shoes", "under_500"): {},
    ("shoes", "km500_800"): {Cause.SHOES: 1},
    ("shoes", "over_800"): {Cause.SHOES: 2},
    ("shoes", "unknown"): {Cause.SHOES: 1},  # "don't know" weighs low
    ("stride", "short_quick"): {},
    ("stride", "long_heel"): {Cause.FORM: 2},
    ("stride", "unsure"): {},  # 0, with a step count offered
    ("warmup", "easy_jog"): {},
    ("warmup", "static_only"): {Cause.WARMUP: 1},
    ("warmup", "straight"): {Cause.WARMUP: 1},
    ("when", "stairs"): {Cause.STRENGTH: 1},
    ("when", "downhill"): {Cause.LOAD: 1, Cause.FORM: 1},
    ("when", "during_runs"): {Cause.LOAD: 1},
    ("when", "hard_ground"): {Cause.SURFACE: 1},
    ("when", "no_pain"): {},
}
URGENT = ("cant_bear", "severe", "locked", "swollen", "hot", "numb", "pop")
SOON = ("gives_way", "night", "worsening", "mild_swelling", "catching")


def test_the_quiz_has_the_nine_questions_of_the_brief_in_order() -> None:
    assert [q.id for q in QUIZ.questions] == list(NEUTRAL)


def test_every_scoring_option_is_in_the_brief_table() -> None:
    shipped = {
        (question.id, option.id)
        for question in QUIZ.questions
        for option in question.options
        if option.red_flag is None
    }
    assert shipped == set(EXPECTED_SCORES)


@pytest.mark.parametrize(("question_id", "option_id"), sorted(EXPECTED_SCORES))
def test_each_option_adds_exactly_its_weights(question_id: str, option_id: str) -> None:
    result = score_quiz(QUIZ, {**NEUTRAL, question_id: option_id})

    scores = {item.cause: item.score for item in result.ranked if item.score}
    assert scores == EXPECTED_SCORES[(question_id, option_id)]


def test_the_red_flag_list_keeps_its_ids_and_levels() -> None:
    question = QUIZ.question("red_flags")
    assert question is not None

    levels = {option.id: option.red_flag for option in question.options}

    assert levels == {
        **dict.fromkeys(URGENT, RedFlagLevel.URGENT), **dict.fromkeys(SOON, RedFlagLevel.SOON),
        "none": None,
    }  # fmt: skip


@pytest.mark.parametrize("option_id", URGENT)
def test_an_urgent_red_flag_stops_the_quiz(option_id: str) -> None:
    answers = {"where": "front", "red_flags": option_id}

    assert next_question(QUIZ, answers) is None
    assert is_finished(QUIZ, answers)
    result = score_quiz(QUIZ, answers)
    assert (result.red_flag, result.red_flag_option) == (RedFlagLevel.URGENT, option_id)
    assert result.stopped


@pytest.mark.parametrize("option_id", SOON)
def test_a_soon_red_flag_lets_the_quiz_finish_and_is_reported_at_the_end(option_id: str) -> None:
    answers = {"where": "front", "red_flags": option_id}

    assert next_question(QUIZ, answers).id == "distance"
    with pytest.raises(QuizIncomplete):
        score_quiz(QUIZ, answers)
    result = score_quiz(QUIZ, {**NEUTRAL, "where": "front", "red_flags": option_id})
    assert (result.red_flag, result.red_flag_option) == (RedFlagLevel.SOON, option_id)
    assert not result.stopped
    assert {item.cause for item in result.scored} == {Cause.LOAD, Cause.STRENGTH}


def test_urgent_beats_soon_when_both_are_present() -> None:
    quiz = _tiny_quiz(
        [("a", {}, RedFlagLevel.SOON), ("b", {}, None)],
        [("c", {}, RedFlagLevel.URGENT), ("d", {}, None)],
    )

    result = score_quiz(quiz, {"q1": "a", "q2": "c"})

    assert result.red_flag == RedFlagLevel.URGENT


def test_no_red_flag_on_a_normal_finish() -> None:
    assert score_quiz(QUIZ, NEUTRAL).red_flag is None


def test_ties_break_in_evidence_order() -> None:
    answers = {**NEUTRAL, "shoes": "km500_800", "warmup": "static_only", "when": "hard_ground"}
    answers |= {"changed": "hills", "strength": "sometimes"}

    result = score_quiz(QUIZ, answers)

    assert [item.cause for item in result.ranked] == list(QUIZ.tie_break)
    assert QUIZ.tie_break == tuple(Cause)  # LOAD > STRENGTH > FORM > SHOES > WARMUP > SURFACE


def test_higher_score_outranks_the_tie_break_order() -> None:
    answers = {**NEUTRAL, "shoes": "over_800", "stride": "long_heel", "warmup": "straight"}
    answers |= {"distance": "up_little"}

    result = score_quiz(QUIZ, answers)

    assert result.top_causes == (Cause.FORM, Cause.SHOES)
    assert result.score_of(Cause.SHOES) == 2


def test_no_pain_and_good_habits_show_no_cause_and_plan_the_basics() -> None:
    result = score_quiz(QUIZ, NEUTRAL)

    assert result.scored == ()
    assert result.top_causes == (Cause.LOAD, Cause.STRENGTH)  # the plan's basics
    assert "preventing" in result.flags


def test_inside_pain_asks_for_an_assessment() -> None:
    assert "assess" in score_quiz(QUIZ, {**NEUTRAL, "where": "inside"}).flags


def test_scoring_an_unfinished_quiz_names_the_missing_question() -> None:
    with pytest.raises(QuizIncomplete, match="shoes"):
        score_quiz(QUIZ, {key: NEUTRAL[key] for key in list(NEUTRAL)[:5]})


@pytest.mark.parametrize(
    "answers", [{"where": "elbow"}, {"shoulder": "front"}], ids=["option", "question"]
)
def test_unknown_ids_are_rejected(answers: dict[str, str]) -> None:
    with pytest.raises(QuizAnswerError):
        score_quiz(QUIZ, answers)


def test_answer_records_the_current_question_and_moves_on() -> None:
    answers = answer(QUIZ, {}, "where", "front")

    assert answers == {"where": "front"}
    assert next_question(QUIZ, answers).id == "red_flags"
    assert progress(QUIZ, answers) == QuizProgress(index=2, total=9)


def test_answer_rejects_an_unknown_option() -> None:
    with pytest.raises(QuizAnswerError, match="'knee'"):
        answer(QUIZ, {}, "where", "knee")


def test_a_button_of_an_old_question_has_expired() -> None:
    answers = {"where": "front", "red_flags": "none"}

    with pytest.raises(QuizQuestionExpired):
        answer(QUIZ, answers, "where", "outside")


def test_back_removes_the_last_answer_and_is_harmless_at_the_start() -> None:
    answers = {"where": "front", "red_flags": "none", "distance": "up_lot"}

    assert go_back(QUIZ, answers) == {"where": "front", "red_flags": "none"}
    assert go_back(QUIZ, {}) == {}
    assert not can_go_back(QUIZ, {})
    assert can_go_back(QUIZ, answers)


def test_progress_counts_from_one_to_the_total() -> None:
    assert progress(QUIZ, {}).index == 1
    assert progress(QUIZ, NEUTRAL).index == progress(QUIZ, NEUTRAL).total == 9


def _tiny_quiz(*questions: list[tuple[str, dict[Cause, int], RedFlagLevel | None]]) -> Quiz:
    built = tuple(
        QuizQuestion(
            id=f"q{number}",
            text="?",
            options=tuple(
                QuizOption(option_id, option_id, MappingProxyType(scores), red_flag)
                for option_id, scores, red_flag in options
            ),
            source="test",
        )
        for number, options in enumerate(questions, start=1)
    )
    causes = {cause: CauseInfo(cause, "t", "w", "d", "s") for cause in Cause}
    return Quiz(built, MappingProxyType(causes), tuple(Cause))
