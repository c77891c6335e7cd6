"""Pain zones and the escalation rule table."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.pain import (
    Action,
    CheckinRecord,
    PainZone,
    TrainingMode,
    classify_checkin,
    evaluate,
)
from bot.domain.vocabulary import MorningTrend, PainBand

START = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)
SAME, SLIGHTLY, CLEARLY = (
    MorningTrend.SAME_OR_BETTER,
    MorningTrend.SLIGHTLY_WORSE,
    MorningTrend.CLEARLY_WORSE,
)


@pytest.mark.parametrize(
    ("band", "trend", "walking", "zone"),
    [
        (PainBand.NONE, None, False, PainZone.GREEN),
        (PainBand.MILD, SAME, False, PainZone.GREEN),
        (PainBand.MILD, SLIGHTLY, False, PainZone.AMBER),
        (PainBand.NONE, CLEARLY, False, PainZone.RED),
        (PainBand.MODERATE, None, False, PainZone.AMBER),
        (PainBand.MODERATE, SAME, False, PainZone.AMBER),
        (PainBand.STRONG, SAME, False, PainZone.RED),
        (PainBand.SEVERE, None, False, PainZone.RED),
        (PainBand.MILD, SAME, True, PainZone.RED),
    ],
)
def test_classify_checkin(
    band: PainBand, trend: MorningTrend | None, walking: bool, zone: PainZone
) -> None:
    assert classify_checkin(band, trend, walking) == zone


def _record(
    day: float, band: PainBand | None, trend: MorningTrend | None = None, **kw
) -> CheckinRecord:
    return CheckinRecord(START + timedelta(days=day), band, trend, **kw)


GREEN, AMBER, RED = PainBand.MILD, PainBand.MODERATE, PainBand.STRONG


@pytest.mark.parametrize(
    ("history", "zone", "action", "mode", "reasons"),
    [
        pytest.param([], None, Action.CARRY_ON, TrainingMode.NORMAL, (), id="no check-ins"),
        pytest.param(
            [_record(0, GREEN)], PainZone.GREEN, Action.CARRY_ON, TrainingMode.NORMAL, (),
            id="green",
        ),
        pytest.param(
            [_record(0, GREEN), _record(1, AMBER)], PainZone.AMBER, Action.HOLD,
            TrainingMode.HOLD, (), id="one amber holds",
        ),
        pytest.param(
            [_record(0, AMBER), _record(1, AMBER)], PainZone.AMBER, Action.CUT_VOLUME,
            TrainingMode.REDUCED, (), id="two ambers cut volume",
        ),
        pytest.param(
            [_record(0, AMBER), _record(1, GREEN), _record(2, AMBER)], PainZone.AMBER,
            Action.HOLD, TrainingMode.HOLD, (), id="ambers split by green are not in a row",
        ),
        pytest.param(
            [_record(0, RED)], PainZone.RED, Action.REST, TrainingMode.REST, (), id="red rests",
        ),
        pytest.param(
            [_record(0, RED), _record(2, AMBER)], PainZone.AMBER, Action.REST,
            TrainingMode.REST, (), id="rest continues until green",
        ),
        pytest.param(
            [_record(0, RED), _record(2, AMBER), _record(3, GREEN)], PainZone.GREEN,
            Action.CARRY_ON, TrainingMode.NORMAL, (), id="green ends rest",
        ),
        pytest.param(
            [_record(0, GREEN, red_flag=True)], PainZone.RED, Action.ESCALATE,
            TrainingMode.REST, ("escalation.reasons.red_flag",), id="red flag at once",
        ),
        pytest.param(
            [_record(0, RED), _record(5, RED)], PainZone.RED, Action.REST, TrainingMode.REST,
            (), id="red for 6 days: not yet",
        ),
        pytest.param(
            [_record(0, RED), _record(6, RED)], PainZone.RED, Action.ESCALATE,
            TrainingMode.REST, ("escalation.reasons.red_7_days",), id="red lasting 7 days",
        ),
        pytest.param(
            [_record(0, RED), _record(3, AMBER), _record(6, RED)], PainZone.RED, Action.REST,
            TrainingMode.REST, (), id="red not continuous for 7 days",
        ),
        pytest.param(
            [_record(0, AMBER), _record(12, AMBER)], PainZone.AMBER, Action.CUT_VOLUME,
            TrainingMode.REDUCED, (), id="amber for 13 days: not yet",
        ),
        pytest.param(
            [_record(0, AMBER), _record(7, RED), _record(13, AMBER)], PainZone.AMBER,
            Action.ESCALATE, TrainingMode.REST, ("escalation.reasons.persisting_14_days",),
            id="amber or red lasting 14 days",
        ),
        pytest.param(
            [_record(0, GREEN, SLIGHTLY), _record(1, GREEN, SLIGHTLY)], PainZone.AMBER,
            Action.ESCALATE, TrainingMode.REDUCED, ("escalation.reasons.worse_twice",),
            id="worse twice in a row",
        ),
        pytest.param(
            [_record(0, GREEN, SLIGHTLY), _record(0.5, AMBER), _record(1, GREEN, CLEARLY)],
            PainZone.RED, Action.ESCALATE, TrainingMode.REST,
            ("escalation.reasons.worse_twice",), id="worse twice among morning check-ins",
        ),
        pytest.param(
            [_record(0, GREEN, SLIGHTLY), _record(1, GREEN, SAME), _record(2, GREEN, SLIGHTLY)],
            PainZone.AMBER, Action.HOLD, TrainingMode.HOLD, (), id="worse, better, worse",
        ),
    ],
)  # fmt: skip
def test_rule_table(
    history: list[CheckinRecord],
    zone: PainZone | None,
    action: Action,
    mode: TrainingMode,
    reasons: tuple[str, ...],
) -> None:
    assessment = evaluate(history, now=START + timedelta(days=30))

    assert (assessment.zone, assessment.action, assessment.training_mode) == (zone, action, mode)
    assert assessment.reasons == reasons


def test_missing_check_ins_do_not_count_as_pain_free() -> None:
    history = [_record(0, RED), _record(9, RED)]  # nothing reported in between

    assessment = evaluate(history, now=START + timedelta(days=9))

    assert assessment.action == Action.ESCALATE
    assert assessment.training_mode == TrainingMode.REST


def test_a_silent_week_after_red_keeps_resting() -> None:
    assessment = evaluate([_record(0, RED)], now=START + timedelta(days=8))

    assert assessment.training_mode == TrainingMode.REST


def test_check_ins_after_now_are_ignored() -> None:
    history = [_record(0, GREEN), _record(2, RED)]

    assessment = evaluate(history, now=START + timedelta(days=1))

    assert assessment.zone == PainZone.GREEN


def test_an_answer_without_pain_information_is_missing() -> None:
    history = [_record(0, AMBER), _record(1, None, SAME)]

    assessment = evaluate(history, now=START + timedelta(days=2))

    assert assessment.zone == PainZone.AMBER
    assert assessment.training_mode == TrainingMode.HOLD


def test_the_episode_start_is_the_first_non_green_check_in() -> None:
    history = [_record(0, GREEN), _record(1, AMBER), _record(2, RED)]

    assessment = evaluate(history, now=START + timedelta(days=3))

    assert assessment.episode_started_at == history[1].at


@pytest.mark.parametrize(
    ("history", "key"),
    [
        ([_record(0, GREEN)], "checkin.zone.green"),
        ([_record(0, AMBER)], "checkin.zone.amber"),
        ([_record(0, AMBER), _record(1, AMBER)], "checkin.zone.two_ambers"),
        ([_record(0, RED)], "checkin.zone.red"),
        ([_record(0, RED), _record(1, AMBER)], "checkin.zone.rest_until_green"),
    ],
)
def test_reply_key_follows_zone_and_mode(history: list[CheckinRecord], key: str) -> None:
    assert evaluate(history, now=START + timedelta(days=2)).reply_key == key
