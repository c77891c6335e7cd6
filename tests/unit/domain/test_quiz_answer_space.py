"""Every answer set of the shipped quiz, scored against the brief's table (content brief §4),
and named runner stories with the causes a coach would name first."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from bot.domain.quiz import QuizResult, score_quiz
from bot.domain.vocabulary import Cause
from tests.unit.domain.test_quiz import EXPECTED_SCORES, NEUTRAL, QUIZ, SOON

SCORED_QUESTIONS = [question for question in QUIZ.questions if question.id != "red_flags"]
DISTANCE_ROSE = {"up_little", "up_lot", "new_runner"}
EVIDENCE_ORDER = [Cause.LOAD, Cause.STRENGTH, Cause.FORM, Cause.SHOES, Cause.WARMUP, Cause.SURFACE]


def every_answer_set() -> Iterator[dict[str, str]]:
    """All 54,000 answer sets without a red flag (a red flag is checked on its own below)."""
    ids = [question.id for question in SCORED_QUESTIONS]
    for combination in itertools.product(*[[o.id for o in q.options] for q in SCORED_QUESTIONS]):
        yield {**dict(zip(ids, combination, strict=True)), "red_flags": "none"}


def expected_points(answers: dict[str, str]) -> dict[Cause, int]:
    """The brief's table summed by hand, independent of the YAML and the scorer."""
    totals = dict.fromkeys(Cause, 0)
    for question_id, option_id in answers.items():
        for cause, points in EXPECTED_SCORES.get((question_id, option_id), {}).items():
            totals[cause] += points
    return totals


@pytest.fixture(scope="module")
def scored() -> list[tuple[dict[str, str], QuizResult]]:
    return [(answers, score_quiz(QUIZ, answers)) for answers in every_answer_set()]


def test_the_answer_space_is_complete(scored: list[tuple[dict[str, str], QuizResult]]) -> None:
    assert len(scored) == 5 * 4 * 5 * 3 * 4 * 3 * 3 * 5


def test_every_cause_that_scored_is_shown_and_no_other(
    scored: list[tuple[dict[str, str], QuizResult]],
) -> None:
    wrong = [
        answers
        for answers, result in scored
        if {item.cause: item.score for item in result.scored}
        != {cause: points for cause, points in expected_points(answers).items() if points}
    ]

    assert wrong == []


def test_causes_rank_by_points_then_in_evidence_order(
    scored: list[tuple[dict[str, str], QuizResult]],
) -> None:
    wrong = []
    for answers, result in scored:
        points = expected_points(answers)
        ranked = sorted(
            (cause for cause in Cause if points[cause]),
            key=lambda cause: (-points[cause], EVIDENCE_ORDER.index(cause)),
        )
        if [item.cause for item in result.scored] != ranked:
            wrong.append(answers)

    assert wrong == []


def test_each_cause_names_exactly_the_answers_that_gave_it_points(
    scored: list[tuple[dict[str, str], QuizResult]],
) -> None:
    for answers, result in scored[::11]:
        for item in result.scored:
            behind = {(c.question_id, c.option_id) for c in result.because(item.cause)}
            expected = {
                (question_id, option_id)
                for question_id, option_id in answers.items()
                if EXPECTED_SCORES.get((question_id, option_id), {}).get(item.cause)
            }
            assert behind == expected, (answers, item.cause)
            assert sum(c.points for c in result.because(item.cause)) == item.score


def test_load_speaks_of_distance_only_when_distance_rose(
    scored: list[tuple[dict[str, str], QuizResult]],
) -> None:
    load = QUIZ.causes[Cause.LOAD]
    distance_text = load.why_by_question["distance"]
    for answers, result in scored:
        if not result.score_of(Cause.LOAD):
            continue
        questions = {item.question_id for item in result.because(Cause.LOAD)}
        why = load.why_for(questions)
        if answers["distance"] in DISTANCE_ROSE:
            assert why == distance_text, answers
        else:
            assert why != distance_text and "30 %" not in why, answers
            assert "distance" not in " ".join(
                QUIZ.question(c.question_id).option(c.option_id).reason or ""  # type: ignore[union-attr]
                for c in result.because(Cause.LOAD)
            ), answers


def test_dont_know_about_shoes_weighs_like_the_middle_band_not_like_worn_out() -> None:
    unknown = score_quiz(QUIZ, {**NEUTRAL, "shoes": "unknown"}).score_of(Cause.SHOES)
    worn = score_quiz(QUIZ, {**NEUTRAL, "shoes": "over_800"}).score_of(Cause.SHOES)
    lot = score_quiz(QUIZ, {**NEUTRAL, "distance": "up_lot"}).score_of(Cause.LOAD)

    assert (unknown, worn, lot) == (1, 2, 2)


@pytest.mark.parametrize("flag", SOON)
def test_a_soon_red_flag_changes_no_score(flag: str) -> None:
    for answers in itertools.islice(every_answer_set(), 0, None, 97):
        flagged = score_quiz(QUIZ, {**answers, "red_flags": flag})
        assert flagged.ranked == score_quiz(QUIZ, answers).ranked


# name, answers that differ from NEUTRAL, the causes shown in order (brief §4 weights).
STORIES: list[tuple[str, dict[str, str], list[Cause]]] = [
    ("careful runner, no pain", {}, []),
    ("marathon build-up", {"where": "front", "distance": "up_lot", "changed": "long_run",
                           "when": "during_runs"}, [Cause.LOAD, Cause.STRENGTH]),
    ("couch to 5k beginner", {"where": "front", "distance": "new_runner", "strength": "never",
                              "shoes": "unknown", "when": "stairs"},
     [Cause.STRENGTH, Cause.LOAD, Cause.SHOES]),
    ("hill convert, same distance", {"where": "front", "changed": "hills", "when": "downhill"},
     [Cause.LOAD, Cause.FORM, Cause.STRENGTH]),
    ("interval newbie", {"where": "below", "changed": "pace", "when": "during_runs"},
     [Cause.LOAD]),
    ("old shoes only", {"shoes": "over_800"}, [Cause.SHOES]),
    ("doesn't know shoe mileage", {"shoes": "unknown"}, [Cause.SHOES]),
    ("heel striker", {"stride": "long_heel", "where": "front"},
     [Cause.FORM, Cause.LOAD, Cause.STRENGTH]),
    ("unsure stride, nothing else", {"stride": "unsure"}, []),
    ("cold starter", {"warmup": "straight"}, [Cause.WARMUP]),
    ("static stretcher", {"warmup": "static_only"}, [Cause.WARMUP]),
    ("desk worker with stairs pain", {"where": "front", "strength": "never", "when": "stairs"},
     [Cause.STRENGTH, Cause.LOAD]),
    ("IT band after more distance", {"where": "outside", "distance": "up_lot",
                                     "when": "downhill"},
     [Cause.LOAD, Cause.STRENGTH, Cause.FORM]),
    ("road runner, same distance", {"where": "front", "when": "hard_ground"},
     [Cause.LOAD, Cause.STRENGTH, Cause.SURFACE]),
    ("new shoes, worn old ones", {"changed": "new_gear", "shoes": "over_800"}, [Cause.SHOES]),
    ("a little more distance, some strength", {"distance": "up_little", "strength": "sometimes"},
     [Cause.LOAD, Cause.STRENGTH]),
    ("everything at once", {"where": "front", "distance": "up_lot", "changed": "hills",
                            "strength": "never", "shoes": "over_800", "stride": "long_heel",
                            "warmup": "straight", "when": "downhill"},
     [Cause.LOAD, Cause.FORM, Cause.STRENGTH, Cause.SHOES, Cause.WARMUP]),
    ("returning after a break, good habits", {"distance": "new_runner"}, [Cause.LOAD]),
    ("inside pain, no other sign", {"where": "inside"}, []),
    ("worn shoes and long strides tie", {"shoes": "over_800", "stride": "long_heel"},
     [Cause.FORM, Cause.SHOES]),
    ("weak hips, worn shoes", {"strength": "never", "shoes": "over_800"},
     [Cause.STRENGTH, Cause.SHOES]),
    ("mid-life shoes, cold start", {"shoes": "km500_800", "warmup": "straight"},
     [Cause.SHOES, Cause.WARMUP]),
    ("long run jump, quick stride", {"changed": "long_run", "where": "below"}, [Cause.LOAD]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("answers", "expected"),
    [(answers, expected) for _, answers, expected in STORIES],
    ids=[name for name, _, _ in STORIES],
)
def test_runner_stories(answers: dict[str, str], expected: list[Cause]) -> None:
    result = score_quiz(QUIZ, {**NEUTRAL, **answers})

    assert [item.cause for item in result.scored] == expected


def test_there_are_at_least_twenty_stories() -> None:
    assert len(STORIES) >= 20
