"""Pain zones of single check-ins (the series is the knee status's: test_knee_status.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.pain import CheckinRecord, PainZone, classify_checkin
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


def test_a_record_without_pain_information_has_no_zone() -> None:
    assert _record(0, None, SAME).zone() is None
    assert _record(0, None, SLIGHTLY).zone() is PainZone.AMBER
    assert _record(0, None, None, pain_when_walking=True).zone() is PainZone.RED
    assert _record(0, None, None, red_flag=True).zone() is PainZone.RED
