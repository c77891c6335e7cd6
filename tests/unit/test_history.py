"""/history figures: chart points match check-ins, adherence, a streak that spares rest."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.content import default_content
from bot.render.history_chart import chart_labels, history_chart, read_plotted_points
from bot.services import history
from bot.services.history import DayStatus
from bot.storage.models import Checkin, Delivery, KneeStatusChange, Run

NOW = datetime(2026, 3, 30, 18, 0, tzinfo=UTC)  # a Monday evening
_ids = iter(range(1, 10_000))
TREND_NAMES = ("same_or_better", "slightly_worse", "clearly_worse")


def checkin(
    days_ago: float, status: str = "answered", pain: str | None = "1-3", *, zone: str | None = None,
    kind: str = "checkin", red_flag: bool = False,
) -> Checkin:  # fmt: skip
    asked = NOW - timedelta(days=days_ago)
    if zone is None and status == "answered" and pain is not None:
        zone = {"0": "green", "1-3": "green", "4-5": "amber"}.get(pain, "red")
    return Checkin(
        id=next(_ids), user_id=1, kind=kind, asked_at=asked, status=status,
        pain=pain if status == "answered" else None, zone=zone, red_flag=red_flag,
        answered_at=asked if status == "answered" else None,
    )  # fmt: skip


def reminder(
    days_ago: float, kind: str = "warmup", state: str = "sent", response: str | None = None
) -> Delivery:
    due = NOW - timedelta(days=days_ago)
    return Delivery(
        id=next(_ids), user_id=1, kind=kind, due_at=due, state=state, response=response,
        sent_at=due if state == "sent" else None,
    )  # fmt: skip


# ── chart data ────────────────────────────────────────────────────────────────


def run(days_ago: float, km: float) -> Run:
    return Run(
        id=next(_ids), user_id=1, started_at=NOW - timedelta(days=days_ago),
        distance_m=km * 1000, moving_s=km * 360, source="file", fingerprint=str(next(_ids)),
    )  # fmt: skip


def test_points_are_the_answered_checkins_at_their_band_middle() -> None:
    rows = [checkin(9, pain="0"), checkin(7, pain="4-5"), checkin(5, pain="8-10")]
    chart = history.chart_data(rows, [], [], NOW, "UTC")
    assert [(point.checkin_id, point.at, point.pain) for point in chart.points] == [
        (rows[0].id, rows[0].asked_at, 0.0),
        (rows[1].id, rows[1].asked_at, 4.5),
        (rows[2].id, rows[2].asked_at, 9.0),
    ]
    assert [point.zone for point in chart.points] == ["green", "amber", "red"]


def test_every_band_middle_lies_in_its_zone() -> None:
    assert history.PAIN_MIDPOINTS == {"0": 0.0, "1-3": 2.0, "4-5": 4.5, "6-7": 6.5, "8-10": 9.0}


def test_missing_checkins_are_marked_and_never_plotted_as_pain() -> None:
    answered, missing, still_open = (
        checkin(6, pain="4-5"),
        checkin(4, "missing"),
        checkin(0.2, "open"),
    )
    chart = history.chart_data([answered, missing, still_open], [], [], NOW, "UTC")
    assert [point.checkin_id for point in chart.points] == [answered.id]
    assert chart.missing == (missing.asked_at,)


def test_every_answer_kind_has_its_own_series() -> None:
    after_run = checkin(6, pain="1-3")
    mornings = [
        checkin(5, pain=None, kind="morning_checkin", zone="green"),
        checkin(4, pain=None, kind="morning_checkin", zone="amber"),
        checkin(3, pain=None, kind="morning_checkin", zone="red"),
    ]
    for row, trend in zip(mornings, TREND_NAMES, strict=True):
        row.trend = trend
    walking = checkin(2, pain=None, zone="red", kind="walking")
    flag = checkin(1, pain=None, zone="red", kind="red_flag", red_flag=True)
    chart = history.chart_data([after_run, *mornings, walking, flag], [], [], NOW, "UTC")
    assert [point.checkin_id for point in chart.points] == [after_run.id]
    assert [(mark.at, mark.level) for mark in chart.mornings] == [
        (mornings[0].asked_at, "green"), (mornings[1].asked_at, "amber"),
        (mornings[2].asked_at, "red"),
    ]  # fmt: skip
    assert chart.walking == (walking.asked_at,)
    assert chart.flags == (flag.asked_at,)


def test_the_span_starts_at_the_first_data_point_within_one_and_twelve_weeks() -> None:
    assert history.chart_data([], [], [], NOW, "UTC").days == 7  # empty: one week
    assert history.chart_data([checkin(0.1)], [], [], NOW, "UTC").days == 7  # a 1-day account
    assert history.chart_data([checkin(10)], [], [], NOW, "UTC").days == 11
    assert history.chart_data([], [run(20, 5)], [], NOW, "UTC").days == 21  # a run counts too
    old = [checkin(200), checkin(40)]
    assert history.chart_data(old, [], [], NOW, "UTC").days == 28
    assert history.chart_data(old, [], [], NOW, "UTC", window=84).days == 84


def test_the_span_is_whole_local_days_ending_today() -> None:
    chart = history.chart_data([checkin(3)], [], [], NOW, "Europe/Berlin")
    assert chart.start == datetime(2026, 3, 24, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert chart.end == NOW


def test_only_the_chosen_window_is_charted() -> None:
    old, recent = checkin(29, pain="6-7"), checkin(27, pain="6-7")
    chart = history.chart_data([old, recent], [], [], NOW, "UTC")
    assert [point.checkin_id for point in chart.points] == [recent.id]
    assert chart.has_older
    long_view = history.chart_data([old, recent], [], [], NOW, "UTC", window=84)
    assert [point.checkin_id for point in long_view.points] == [old.id, recent.id]
    assert not history.chart_data([recent], [], [], NOW, "UTC").has_older


def test_runs_are_summed_per_local_day_in_km() -> None:
    runs = [run(3.2, 5.0), run(3.1, 2.5), run(1, 10.04), run(40, 12)]
    chart = history.chart_data([checkin(30)], runs, [], NOW, "UTC")
    assert [(bar.day, bar.km) for bar in chart.runs] == [
        (date(2026, 3, 27), 7.5), (date(2026, 3, 29), 10.0),
    ]  # fmt: skip
    assert all(bar.at.hour == 12 for bar in chart.runs)


def test_rest_and_see_a_clinician_are_bands_clipped_to_the_chart() -> None:
    changes = [
        change(40, "rest"), change(20, "returning"), change(10, "caution"),
        change(8, "rest"), change(6, "see_clinician"), change(3, "returning"),
        change(1, "see_clinician"),
    ]  # fmt: skip
    chart = history.chart_data([checkin(27)], [], changes, NOW, "UTC")
    assert [(band.status, band.began, band.ended) for band in chart.bands] == [
        ("rest", chart.start, changes[1].at),
        ("rest", changes[3].at, changes[4].at),
        ("see_clinician", changes[4].at, changes[5].at),
        ("see_clinician", changes[6].at, NOW),
    ]


def test_the_png_plots_exactly_the_service_points() -> None:
    rows = [checkin(10, pain="1-3"), checkin(8, "missing"), checkin(6, pain="6-7")]
    chart = history.chart_data(rows, [run(6.1, 8)], [], NOW, "Europe/Berlin")
    png = history_chart(chart, chart_labels(default_content(), "en"))
    assert png.startswith(b"\x89PNG")
    plotted = read_plotted_points(png)
    assert plotted == [(point.at.isoformat(), point.pain) for point in chart.points]
    assert len(plotted) == 2 and not any(math.isnan(pain) for _, pain in plotted)


def test_an_empty_period_still_renders() -> None:
    chart = history.chart_data([checkin(2, "missing")], [], [], NOW, "UTC")
    png = history_chart(chart, chart_labels(default_content(), "en"))
    assert read_plotted_points(png) == []


# ── adherence ─────────────────────────────────────────────────────────────────


def test_adherence_counts_done_of_sent_per_kind() -> None:
    rows = [
        reminder(1, "warmup", response="done"), reminder(3, "warmup", response="skipped"),
        reminder(5, "warmup"), reminder(2, "strength", response="done"),
        reminder(4, "warmup", state="skipped"),  # held back by a pause: never sent
        reminder(6, "checkin"), reminder(6, "distance"), reminder(40, "warmup", response="done"),
    ]  # fmt: skip
    figures = history.adherence([], rows, NOW)
    assert {row.kind: (row.done, row.sent) for row in figures.kinds} == {
        "warmup": (1, 3),
        "strength": (1, 1),
    }
    assert (figures.done, figures.sent) == (2, 4)


def test_checkins_answered_of_asked_leave_open_polls_out() -> None:
    rows = [checkin(5), checkin(4, "missing"), checkin(3), checkin(0.1, "open")]
    figures = history.adherence(rows, [], NOW)
    assert (figures.checkins_answered, figures.checkins_asked) == (2, 3)


# ── streak ────────────────────────────────────────────────────────────────────


def statuses(
    checkins: list[Checkin], sent: list[Delivery], changes: list[KneeStatusChange] | None = None
) -> dict[date, DayStatus]:
    spans = history.hold_spans(changes or [], NOW)
    return history.day_statuses(checkins, sent, NOW, "UTC", spans, days=14)


def change(days_back: float, status: str) -> KneeStatusChange:
    return KneeStatusChange(id=None, user_id=1, status=status, at=NOW - timedelta(days=days_back))


def test_done_days_in_a_row_make_the_streak() -> None:
    sent = [reminder(days, response="done") for days in (1, 2, 3)]
    assert history.streak(statuses([], sent)) == 3


def test_a_checkin_keeps_a_planned_day_without_done() -> None:
    sent = [reminder(1), reminder(2, response="done")]
    assert history.streak(statuses([checkin(1)], sent)) == 2


def test_a_planned_day_without_done_or_checkin_breaks_the_streak() -> None:
    sent = [reminder(1, response="done"), reminder(2, response="skipped"), reminder(3, "strength")]
    result = statuses([], sent)
    assert result[(NOW - timedelta(days=2)).date()] is DayStatus.BROKEN
    assert history.streak(result) == 1


def test_rest_days_do_not_break_the_streak() -> None:
    # Runs on days 1, 3 and 5 back; the days between have only rest-day reminders or nothing.
    sent = [reminder(days, response="done") for days in (1, 3, 5)]
    sent += [reminder(2, "rest"), reminder(4, "rest", response="skipped")]
    assert history.streak(statuses([], sent)) == 3


def test_paused_days_do_not_break_the_streak() -> None:
    sent = [reminder(1, response="done"), reminder(5, response="done")]
    sent += [reminder(days, state="skipped") for days in (2, 3, 4)]  # the dispatcher held them
    result = statuses([], sent)
    assert {result[(NOW - timedelta(days=back)).date()] for back in (2, 3, 4)} == {
        DayStatus.NEUTRAL
    }
    assert history.streak(result) == 2


def test_rest_mode_after_a_red_checkin_does_not_break_the_streak() -> None:
    red, green = checkin(6, pain="6-7"), checkin(2, pain="1-3")
    # Reminders kept coming while resting (days 5, 4, 3) and were not answered.
    sent = [reminder(days) for days in (6, 5, 4, 3)] + [reminder(7, response="done")]
    result = statuses([red, green], sent, [change(6, "rest"), change(2, "returning")])
    assert {result[(NOW - timedelta(days=back)).date()] for back in (5, 4, 3)} == {
        DayStatus.NEUTRAL
    }
    assert history.streak(result) == 2  # day 7 (done) and day 6 (red check-in answered)


def test_without_rest_mode_the_same_unanswered_days_break_it() -> None:
    sent = [reminder(days) for days in (5, 4, 3)] + [reminder(7, response="done")]
    assert history.streak(statuses([checkin(6, pain="1-3")], sent)) == 0


def test_today_and_open_checkins_do_not_break_the_streak_yet() -> None:
    sent = [reminder(0.05), reminder(1, "checkin"), reminder(2, response="done")]
    result = statuses([checkin(1, "open")], sent)
    assert result[NOW.date()] is DayStatus.NEUTRAL
    assert result[(NOW - timedelta(days=1)).date()] is DayStatus.NEUTRAL
    assert history.streak(result) == 1


def test_a_missing_checkin_on_a_planned_day_breaks_it() -> None:
    sent = [reminder(1, "checkin"), reminder(2, response="done")]
    assert history.streak(statuses([checkin(1, "missing")], sent)) == 0


def test_runs_are_on_hold_from_rest_or_see_a_clinician_until_the_status_lets_them_go() -> None:
    rest, clinic, back = change(6, "rest"), change(4, "see_clinician"), change(2, "returning")
    spans = history.hold_spans([rest, clinic, back], NOW)
    assert spans == ((rest.at, back.at),)
    assert history.hold_spans([rest], NOW) == ((rest.at, NOW),)
    assert history.hold_spans([change(3, "caution")], NOW) == ()


def test_rest_notes_while_runs_are_on_hold_are_not_missed_habits() -> None:
    rows = [reminder(days, "rest") for days in (5, 4)] + [reminder(1, "rest", response="done")]
    held = history.adherence(
        [], rows, NOW, hold=history.hold_spans([change(6, "rest"), change(3, "ok")], NOW)
    )
    assert (held.done, held.sent) == (1, 1)
    assert (history.adherence([], rows, NOW).sent) == 3


def test_days_are_local_to_the_runner() -> None:
    # 23:30 UTC on day 2 back is already day 1 back in Berlin: done there counts for that day.
    late = reminder(0)
    late.due_at = datetime.combine((NOW - timedelta(days=2)).date(), datetime.min.time(), UTC)
    late.due_at += timedelta(hours=23, minutes=30)
    late.response = "done"
    berlin = history.day_statuses([], [late], NOW, "Europe/Berlin", days=3)
    assert berlin[(NOW - timedelta(days=1)).date()] is DayStatus.KEPT


def test_build_reports_no_data_without_checkins_or_runs() -> None:
    figures = history.build([], [reminder(1, response="done")], [], NOW, "UTC")
    assert not figures.has_data
    assert history.build([checkin(3, "missing")], [], [], NOW, "UTC").has_data
    assert history.build([], [], [run(2, 5)], NOW, "UTC").has_data
