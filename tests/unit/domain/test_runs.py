"""When two records are one run, and when a run is a spike (Frandsen 2025)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.runs import Spike, is_same_run, spike

START = datetime(2026, 3, 3, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("shift", "other_m", "same"),
    [
        (timedelta(0), 10_000, True),
        (timedelta(minutes=5), 10_000, True),
        (timedelta(minutes=-5), 10_300, True),  # 300 m of 10.3 km: 2.9 %
        (timedelta(minutes=5, seconds=1), 10_000, False),
        (timedelta(0), 10_320, False),  # 3.1 % longer
        (timedelta(0), 9_690, False),
        (timedelta(hours=3), 10_000, False),  # a second run on the same day
    ],
)
def test_same_start_within_five_minutes_and_distance_within_three_percent(
    shift: timedelta, other_m: float, same: bool
) -> None:
    assert is_same_run(START, 10_000, START + shift, other_m) is same
    assert is_same_run(START + shift, other_m, START, 10_000) is same


@pytest.mark.parametrize(
    ("distance_m", "earlier", "expected"),
    [
        (11_000, [10_000], Spike.NONE),  # exactly 10 % longer: not "more than"
        (11_001, [10_000, 4_000], Spike.SPIKE),
        (20_000, [10_000], Spike.SPIKE),  # exactly double: not "more than 100 %"
        (20_001, [10_000], Spike.BIG),
        (9_000, [10_000], Spike.NONE),
        (30_000, [], Spike.NONE),  # nothing to compare with
    ],
)
def test_a_run_over_ten_percent_longer_than_the_longest_is_a_spike(
    distance_m: float, earlier: list[float], expected: Spike
) -> None:
    assert spike(distance_m, earlier) is expected
