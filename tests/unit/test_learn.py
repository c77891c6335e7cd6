"""/learn cards: one screen each with a source; the doctor card is the quiz's red-flag list."""

from __future__ import annotations

import html
import re

import pytest

from bot.content import default_content
from bot.domain.vocabulary import RedFlagLevel
from bot.services import learn

CONTENT = default_content()


def visible(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


@pytest.mark.parametrize("index", range(len(learn.CARDS)))
def test_each_card_is_one_screen_with_a_source_and_a_disclaimer(index: int) -> None:
    text = visible(learn.card(CONTENT, None, index))

    assert text.startswith(f"Learn {index + 1}/{len(learn.CARDS)}\n")
    assert len(text) < 1000
    assert "Source: " in text and re.search(r"not (medical advice|a diagnosis)", text, re.I)


def test_the_deck_covers_the_seed_topics() -> None:
    titles = [visible(learn.card(CONTENT, None, i)).splitlines()[1] for i in range(9)]

    assert titles == [
        "Soreness or pain?", "When to see a doctor", "How long to rest", "Hard surfaces",
        "Body weight", "Painkillers", "Braces and taping", "Shoes", "Cadence",
    ]  # fmt: skip


def test_the_doctor_card_lists_the_quizs_red_flags_under_their_urgency() -> None:
    question = CONTENT.quiz().question("red_flags")
    assert question is not None
    text = visible(learn.card(CONTENT, None, learn.CARDS.index("see_doctor")))
    today, _, within_days = text.partition("See a GP or physiotherapist within a few days:")

    for option in question.options:
        if option.red_flag is RedFlagLevel.URGENT:
            assert f"• {option.label}" in today and f"• {option.label}" not in within_days
        elif option.red_flag is RedFlagLevel.SOON:
            assert f"• {option.label}" in within_days and f"• {option.label}" not in today
    assert text.count("• ") == len([o for o in question.options if o.red_flag])


def test_the_painkiller_card_gives_no_dose() -> None:
    text = visible(learn.card(CONTENT, None, learn.CARDS.index("painkillers")))

    assert not re.search(r"\d\s*(mg|g|tablets?|times a day)", text, re.I)
    assert "no doses" in text


@pytest.mark.parametrize("index", [-3, 9, 99])
def test_a_forged_index_lands_on_a_real_card(index: int) -> None:
    assert learn.card(CONTENT, None, index) == learn.card(CONTENT, None, learn.clamp(index))
