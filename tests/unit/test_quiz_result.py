"""The quiz result in words: short, honest about what scored, "Why?" pages per cause, and
old stored rankings still shown."""

from __future__ import annotations

import html
import itertools
import re

import pytest

from bot.content import default_content
from bot.domain.quiz import score_quiz
from bot.domain.vocabulary import Cause
from bot.services import quiz_result
from tests.unit.domain.test_quiz import NEUTRAL, QUIZ, SOON
from tests.unit.domain.test_quiz_answer_space import every_answer_set

CONTENT = default_content()
TITLES = {cause: info.title for cause, info in QUIZ.causes.items()}


def visible(text: str) -> str:
    """What the runner sees: the text without tags, entities resolved."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def shown_titles(text: str) -> list[Cause]:
    lines = [line for line in visible(text).splitlines() if re.match(r"\d+\. ", line)]
    return [
        next(cause for cause, title in TITLES.items() if line.split(". ", 1)[1].startswith(title))
        for line in lines
    ]


SAMPLE = list(itertools.islice(every_answer_set(), 0, None, 7))  # 7,715 of 54,000, all shapes


def test_the_result_shows_exactly_the_causes_that_scored_in_rank_order() -> None:
    for answers in SAMPLE:
        result = score_quiz(QUIZ, answers)
        text = quiz_result.summary(CONTENT, None, result)
        assert shown_titles(text) == [item.cause for item in result.scored], answers


def test_the_result_fits_one_phone_screen() -> None:
    longest = max(
        len(visible(quiz_result.summary(CONTENT, None, score_quiz(QUIZ, answers))))
        for answers in SAMPLE
    )

    assert longest < 700


@pytest.mark.parametrize("flag", SOON)
def test_a_soon_flag_puts_its_advice_on_top_and_stays_under_a_thousand(flag: str) -> None:
    longest = 0
    for answers in SAMPLE[::13]:
        result = score_quiz(QUIZ, {**answers, "red_flags": flag})
        text = visible(quiz_result.summary(CONTENT, None, result))
        assert text.startswith("Please see a GP or physiotherapist within the next few days.")
        assert "Your run reminders are on hold" in text
        assert CONTENT.plain(f"red_flag.symptoms.{flag}") in text
        assert shown_titles(text) == [item.cause for item in result.scored]
        longest = max(longest, len(text))

    assert longest < 1000


def test_every_why_page_stays_under_a_thousand_and_cites_its_sources() -> None:
    for answers in SAMPLE[::5]:
        result = score_quiz(QUIZ, answers)
        for page in range(quiz_result.page_count(result)):
            text = visible(quiz_result.detail(CONTENT, None, result, page))
            assert len(text) < 1000 and "Source: " in text and "not a diagnosis" in text


def test_nothing_scored_says_so_and_gives_the_basics() -> None:
    result = score_quiz(QUIZ, {**NEUTRAL, "where": "inside"})

    text = visible(quiz_result.summary(CONTENT, None, result))
    why = visible(quiz_result.detail(CONTENT, None, result, 0))

    assert "No clear cause" in text and shown_titles(text) == []
    assert "GP or physiotherapist" in text  # inside pain: worth a look
    assert quiz_result.page_count(result) == 1
    assert "strength" in why and "Source: " in why


def test_a_hill_runner_whose_distance_held_reads_about_hills_not_distance() -> None:
    answers = {**NEUTRAL, "where": "front", "changed": "hills", "when": "downhill"}
    result = score_quiz(QUIZ, answers)

    text = visible(quiz_result.summary(CONTENT, None, result))
    why = visible(quiz_result.detail(CONTENT, None, result, 0))

    assert "1. Too much, too soon: pain around the kneecap, more hills, it hurts downhill" in text
    assert "more hills" in why and "30 %" not in why and "increased their distance" not in why


def test_a_runner_whose_distance_rose_reads_the_study_as_it_was() -> None:
    result = score_quiz(QUIZ, {**NEUTRAL, "distance": "up_lot"})

    why = visible(quiz_result.detail(CONTENT, None, result, 0))

    assert "distance up a lot" in why
    assert "tended to get more overuse injuries" in why and "not certain" in why
    assert "Nielsen 2014 JOSPT (HR 1.59, 95 % CI 0.96–2.66)" in why


def test_why_pages_clamp_to_the_causes_shown() -> None:
    result = score_quiz(QUIZ, {**NEUTRAL, "shoes": "over_800", "warmup": "straight"})

    pages = [visible(quiz_result.detail(CONTENT, None, result, page)) for page in (0, 1, 9)]

    assert quiz_result.page_count(result) == 2
    assert "1. Shoes" in pages[0] and "2. Cold starts" in pages[1] and pages[2] == pages[1]


def test_an_old_stored_quiz_shows_its_stored_ranking() -> None:
    old_answers = {"where": "front", "red_flags": "none", "distance": "up_lot"}  # 8-question era
    ranking = [["LOAD", 3], ["STRENGTH", 1], ["FORM", 0], ["SHOES", 0], ["WARMUP", 0]]

    result = quiz_result.from_stored(QUIZ, old_answers, ranking)

    assert [item.cause for item in result.scored] == [Cause.LOAD, Cause.STRENGTH]
    assert len(result.ranked) == len(Cause)
    text = visible(quiz_result.summary(CONTENT, None, result))
    assert "1. Too much, too soon\n2. Hip and thigh strength" in text


def test_a_new_stored_quiz_is_scored_again_with_its_reasons() -> None:
    answers = {**NEUTRAL, "changed": "pace"}

    result = quiz_result.from_stored(QUIZ, answers, [])

    assert quiz_result.reasons(QUIZ, result, Cause.LOAD) == "faster pace or intervals"


def test_why_pages_say_so_when_the_knee_status_holds_progression() -> None:
    result = score_quiz(QUIZ, {**NEUTRAL, "distance": "up_lot"})

    held = visible(quiz_result.detail(CONTENT, None, result, 0, progression_allowed=False))
    free = visible(quiz_result.detail(CONTENT, None, result, 0))

    assert "holds any increase for now" in held and "holds any increase" not in free


@pytest.mark.parametrize("flag", SOON)
def test_no_great_beside_a_see_a_gp_advice(flag: str) -> None:
    """ "No pain, I want to prevent it" with a within-days sign: the advice, never "great"."""
    result = score_quiz(QUIZ, {**NEUTRAL, "red_flags": flag})
    shown = visible(quiz_result.summary(CONTENT, "en", result))

    assert "preventing" in result.flags
    assert "Please see a GP or physiotherapist" in shown
    assert "great" not in shown.lower()
    calm = visible(quiz_result.summary(CONTENT, "en", score_quiz(QUIZ, NEUTRAL)))
    assert "No pain right now: great." in calm
