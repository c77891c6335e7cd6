"""Render the example charts shown in the README: `.venv/bin/python docs/examples.py`.

Made-up runners (no real data): a 5-day-old account, and one of twelve weeks with a rest and a
see-a-clinician stretch, drawn by the same code the bot uses; a /stats chart; a weekly card.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.content import default_content
from bot.domain.weekly_card import WeekFigures, build_card
from bot.render.charts_stats import chart_labels as stats_labels
from bot.render.charts_stats import stats_chart
from bot.render.history_chart import chart_labels, history_chart
from bot.render.weekly_card import card_labels, card_picture
from bot.services.chart_data import chart_data
from bot.services.stats import Adherence, Funnel, Stats, UserStats, Week
from bot.storage.models import Checkin, KneeStatusChange, Run

HERE = Path(__file__).parent
NOW = datetime(2026, 3, 29, 17, 0, tzinfo=UTC)
ZONES = {"0": "green", "1-3": "green", "4-5": "amber", "6-7": "red"}


def runner(days: int, seed: int) -> tuple[list[Checkin], list[Run], list[KneeStatusChange]]:
    """Runs every other day with a pain check-in, morning answers between, a few misses."""
    pick = random.Random(seed)
    checkins: list[Checkin] = []
    runs: list[Run] = []
    changes: list[KneeStatusChange] = []
    hold = range(days // 2 - 4, days // 2) if days > 20 else range(0)
    for back in range(days - 1, -1, -1):
        day = NOW - timedelta(days=back)
        if back in hold:
            continue
        if back % 2 == 0:
            runs.append(Run(started_at=day - timedelta(hours=10),
                            distance_m=pick.uniform(4, 9 + (days - back) / 20) * 1000))  # fmt: skip
            choices = ("0", "1-3", "1-3", "4-5") if back < days // 2 else ("1-3", "4-5", "6-7")
            pain = pick.choice(choices)
            checkins.append(Checkin(id=back * 2 + 1, kind="checkin", status="answered", pain=pain,
                                    zone=ZONES[pain], asked_at=day - timedelta(hours=8),
                                    red_flag=False))  # fmt: skip
        else:
            answered = pick.random() > 0.25
            trend = pick.choice(("same_or_better", "same_or_better", "slightly_worse"))
            checkins.append(Checkin(
                id=back * 2, kind="morning_checkin", status="answered" if answered else "missing",
                trend=trend if answered else None, asked_at=day - timedelta(hours=15),
                red_flag=False,
            ))  # fmt: skip
    if days > 20:
        walked = NOW - timedelta(days=days // 2 + 1)
        checkins.append(Checkin(id=9999, kind="walking", status="answered", zone="red",
                                asked_at=walked, red_flag=False))  # fmt: skip
        changes = [
            KneeStatusChange(id=1, status="see_clinician", at=NOW - timedelta(days=days // 2 + 1)),
            KneeStatusChange(id=2, status="rest", at=NOW - timedelta(days=days // 2 - 1)),
            KneeStatusChange(id=3, status="returning", at=NOW - timedelta(days=days // 2 - 4)),
        ]
    return checkins, runs, changes


def main() -> None:
    labels = chart_labels(default_content(), "en")
    for name, days, window in (("history-5-days", 5, 28), ("history-4-weeks", 84, 28),
                               ("history-12-weeks", 84, 84)):  # fmt: skip
        data = chart_data(*runner(days, seed=days), NOW, "Europe/Berlin", window)
        (HERE / f"{name}.png").write_bytes(history_chart(data, labels))
    weeks = tuple(
        Week(datetime(2026, 2, 2, tzinfo=UTC) + timedelta(weeks=index),
             {"green": 30 + 3 * index, "amber": 6 + index % 3, "red": index % 2},
             index % 3 == 1, active=18 + 2 * index)
        for index in range(8)
    )  # fmt: skip
    stats = Stats(
        UserStats(64, 51, 7, 6), Funnel(64, 58, 49, 41),
        {"LOAD": 27, "STRENGTH": 22, "SHOES": 9, "FORM": 6, "WARMUP": 4},
        (Adherence("warmup", done=96, snoozed=14, skipped=9, ignored=21, held=6),
         Adherence("strength", done=58, snoozed=6, skipped=12, ignored=15, held=11),
         Adherence("checkin", done=131, ignored=17, held=3),
         Adherence("morning_checkin", done=88, ignored=22, held=4)),
        weeks,
    )  # fmt: skip
    (HERE / "stats.png").write_bytes(stats_chart(stats, stats_labels(default_content(), "en")))
    this_week = WeekFigures(3, 22.5, 2, 2, (2.0, 0.0, 2.0), (6.0, 0, 7.5, 0, 0, 0, 9.0))
    last_week = WeekFigures(3, 20.0, 1, 2, (2.0, 2.0), (5.0, 0, 6.0, 0, 0, 0, 9.0))
    card = build_card(this_week, last_week, "ok")
    assert card is not None
    (HERE / "weekly-card.png").write_bytes(card_picture(card, card_labels(default_content(), "en")))


if __name__ == "__main__":
    main()
