"""The weekly card's rules: skipped when empty, the knee status rules the words, one suggestion."""

from __future__ import annotations

import pytest

from bot.domain.knee_status import KneeStatus
from bot.domain.weekly_card import Suggestion, Trend, WeekFigures, build_card, trend

CALM = WeekFigures(runs=3, km=20.0, strength_done=2, strength_planned=2, pains=(2.0, 0.0))
BEFORE = WeekFigures(runs=2, km=15.0, strength_done=2, strength_planned=2, pains=(2.0, 2.0))


def test_nothing_to_say_is_no_card() -> None:
    assert build_card(WeekFigures(), WeekFigures(), KneeStatus.OK) is None


def test_a_knee_on_hold_always_gets_its_card_even_without_runs() -> None:
    card = build_card(WeekFigures(), WeekFigures(), KneeStatus.REST)
    assert card is not None and card.suggestion is Suggestion.REST and not card.praise


def test_ok_and_calm_suggests_at_most_ten_percent_more_and_praises() -> None:
    steady = WeekFigures(runs=3, km=19.0, strength_done=2, strength_planned=2, pains=(2.0,))
    card = build_card(CALM, steady, KneeStatus.OK)
    assert card is not None
    assert (card.suggestion, card.next_km, card.praise) == (Suggestion.PROGRESS, 22.0, True)


def test_a_week_that_jumped_holds_as_the_distance_rules_do() -> None:
    """15 → 20 km is a third more: the distance question says hold, and so does the card."""
    card = build_card(CALM, BEFORE, KneeStatus.OK)
    assert card is not None
    assert (card.suggestion, card.next_km, card.praise) == (Suggestion.HOLD, None, True)


def test_a_small_week_steps_up_by_kilometres_not_percent() -> None:
    small = WeekFigures(runs=2, km=5.0, strength_done=2, strength_planned=2, pains=(1.0,))
    card = build_card(small, small, KneeStatus.OK)
    assert card is not None and card.suggestion is Suggestion.PROGRESS
    assert card.next_km is not None and card.next_km > 5.5  # +2–3 km, not +10 %


def test_a_return_without_a_known_distance_names_no_figure() -> None:
    card = build_card(CALM, BEFORE, KneeStatus.RETURNING)
    assert card is not None and (card.suggestion, card.next_km) == (Suggestion.RETURNING_EASY, None)


@pytest.mark.parametrize(
    ("status", "suggestion", "praise"),
    [
        (KneeStatus.REST, Suggestion.REST, False),
        (KneeStatus.SEE_CLINICIAN, Suggestion.SEE_CLINICIAN, False),
        (KneeStatus.RETURNING, Suggestion.RETURNING, True),
        (KneeStatus.CAUTION, Suggestion.HOLD, True),
        (KneeStatus.REDUCED, Suggestion.HOLD, True),
    ],
)
def test_no_progression_outside_ok_and_no_praise_while_runs_are_on_hold(
    status: KneeStatus, suggestion: Suggestion, praise: bool
) -> None:
    card = build_card(CALM, BEFORE, status, return_km=8.0)
    assert card is not None
    assert (card.suggestion, card.praise) == (suggestion, praise)
    assert card.suggestion is not Suggestion.PROGRESS


def test_returning_names_the_return_distance() -> None:
    card = build_card(CALM, BEFORE, KneeStatus.RETURNING, return_km=8.0)
    assert card is not None and card.next_km == 8.0


def test_worse_pain_eases_off_and_is_never_praised() -> None:
    sore = WeekFigures(runs=3, km=20.0, strength_done=2, strength_planned=2, pains=(6.5, 4.5))
    card = build_card(sore, BEFORE, KneeStatus.OK)
    assert card is not None
    assert (card.trend, card.suggestion, card.praise) == (Trend.WORSE, Suggestion.EASE_OFF, False)


def test_missed_strength_comes_before_more_distance() -> None:
    short = WeekFigures(runs=3, km=20.0, strength_done=0, strength_planned=2, pains=(2.0,))
    card = build_card(short, BEFORE, KneeStatus.OK)
    assert card is not None and card.suggestion is Suggestion.STRENGTH and not card.praise


def test_no_runs_logged_asks_for_runs() -> None:
    card = build_card(WeekFigures(pains=(2.0,)), BEFORE, KneeStatus.OK)
    assert card is not None and card.suggestion is Suggestion.LOG_RUNS and not card.praise


def test_trend_needs_more_than_one_point_of_change() -> None:
    assert trend((), (2.0,)) is Trend.UNKNOWN
    assert trend((2.0,), ()) is Trend.STEADY
    assert trend((3.0,), (2.0,)) is Trend.STEADY
    assert trend((4.5,), (2.0,)) is Trend.WORSE
    assert trend((0.0,), (2.0, 2.0)) is Trend.BETTER
