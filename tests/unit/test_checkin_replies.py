"""What the bot says after a check-in follows the knee status it leaves the runner in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.content import default_content
from bot.domain.knee_status import Escalation, KneeState, KneeStatus, Transition, Trigger
from bot.domain.pain import PainZone
from bot.domain.vocabulary import RedFlagLevel
from bot.services.checkins import reply_key

NOW = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)


def moved(
    before: KneeStatus, after: KneeStatus, escalation: Escalation | None = None
) -> Transition:
    return Transition(KneeState(before, NOW), KneeState(after, NOW), None, escalation)


@pytest.mark.parametrize(
    ("transition", "zone", "key"),
    [
        (moved(KneeStatus.OK, KneeStatus.OK), PainZone.GREEN, "checkin.zone.green"),
        (moved(KneeStatus.CAUTION, KneeStatus.OK), PainZone.GREEN, "checkin.zone.back_to_ok"),
        (moved(KneeStatus.CAUTION, KneeStatus.CAUTION), PainZone.GREEN, "checkin.zone.green_hold"),
        (moved(KneeStatus.OK, KneeStatus.CAUTION), PainZone.AMBER, "checkin.zone.amber"),
        (moved(KneeStatus.CAUTION, KneeStatus.REDUCED), PainZone.AMBER, "checkin.zone.two_ambers"),
        (moved(KneeStatus.OK, KneeStatus.REST), PainZone.RED, "checkin.zone.red"),
        (moved(KneeStatus.REST, KneeStatus.REST), PainZone.GREEN, "checkin.zone.rest_green"),
        (moved(KneeStatus.REST, KneeStatus.REST), PainZone.AMBER, "checkin.zone.rest_until_green"),
        (moved(KneeStatus.REST, KneeStatus.RETURNING), PainZone.GREEN,
         "checkin.zone.returning_start"),
        (moved(KneeStatus.SEE_CLINICIAN, KneeStatus.SEE_CLINICIAN), PainZone.GREEN,
         "checkin.zone.still_see_clinician"),
    ],
)  # fmt: skip
def test_reply_follows_the_status(transition: Transition, zone: PainZone, key: str) -> None:
    assert reply_key(transition, zone) == key
    assert default_content().has(f"{key}.text")


def test_an_escalation_speaks_alone_no_cut_30_percent_beside_it() -> None:
    escalation = Escalation(RedFlagLevel.SOON, Trigger.NON_GREEN_THREE)
    transition = moved(KneeStatus.REDUCED, KneeStatus.SEE_CLINICIAN, escalation)
    assert reply_key(transition, PainZone.AMBER) is None


def test_green_while_on_hold_never_says_carry_on() -> None:
    content = default_content()
    for status in (KneeStatus.REST, KneeStatus.SEE_CLINICIAN):
        key = reply_key(moved(status, status), PainZone.GREEN)
        assert key is not None
        assert "progression is fine" not in content.text(f"{key}.text")
