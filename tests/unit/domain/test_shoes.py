"""Shoe wear nudges."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain.shoes import ShoeThresholdError, assess_shoes, months_between, validate_threshold

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("km", "since", "threshold", "reasons"),
    [
        (599.0, date(2025, 6, 1), None, ()),
        (600.0, date(2025, 6, 1), None, ("shoes.nudge_distance",)),
        (650.0, None, 700, ()),
        (700.0, None, 700, ("shoes.nudge_distance",)),
        (100.0, date(2025, 3, 3), None, ()),  # one day short of 12 months
        (100.0, date(2025, 3, 2), None, ("shoes.nudge_age",)),
        (900.0, date(2024, 1, 1), None, ("shoes.nudge_distance", "shoes.nudge_age")),
        (None, None, None, ()),
    ],
)
def test_assess_shoes(
    km: float | None, since: date | None, threshold: int | None, reasons: tuple[str, ...]
) -> None:
    assessment = assess_shoes(km, since, TODAY, threshold)

    assert assessment.reasons == reasons
    assert assessment.nudge == bool(reasons)


@pytest.mark.parametrize("km", [499, 801, 0])
def test_threshold_outside_500_to_800_is_rejected(km: int) -> None:
    with pytest.raises(ShoeThresholdError, match=str(km)):
        validate_threshold(km)


@pytest.mark.parametrize("km", [500, 650, 800])
def test_threshold_inside_the_range_is_kept(km: int) -> None:
    assert validate_threshold(km) == km


def test_months_between_counts_whole_months() -> None:
    assert months_between(date(2025, 1, 31), date(2025, 2, 28)) == 0
    assert months_between(date(2025, 1, 15), date(2026, 1, 15)) == 12
    assert months_between(date(2026, 5, 1), TODAY) == 0
