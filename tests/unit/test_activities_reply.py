"""The reply to an activity file: a line per session, capped, the strongest heads-up last."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.activities import ActivitySession, Sport
from bot.content import default_content
from bot.domain.runs import Spike
from bot.handlers.activities import MAX_LINES, duration_text, file_reply, when_text
from bot.services.runs import Outcome, Verdict

CONTENT = default_content()
MORNING = datetime(2026, 12, 1, 6, 12, tzinfo=UTC)  # a Tuesday


def logged(km: float, spike: Spike = Spike.NONE, longest_km: float = 0.0) -> Outcome:
    session = ActivitySession(Sport.RUNNING, MORNING, km * 1000, km * 300)
    return Outcome(Verdict.LOGGED, session, spike, longest_km * 1000)


def test_starts_are_shown_in_the_runners_zone() -> None:
    assert when_text(MORNING, "Europe/Berlin") == "Tue 1 Dec 07:12"
    assert when_text(MORNING, "America/New_York") == "Tue 1 Dec 01:12"


def test_durations_read_in_minutes_then_hours() -> None:
    assert duration_text(CONTENT, "en", 52 * 60 + 10) == "52 min"
    assert duration_text(CONTENT, "en", 3600 + 5 * 60) == "1 h 05 min"


def test_a_file_with_many_sessions_lists_ten_and_counts_the_rest() -> None:
    walk = ActivitySession(Sport.WALKING, MORNING, 1_000, 600)
    outcomes = [Outcome(Verdict.NOT_RUN, walk)] * 13

    lines = file_reply(CONTENT, "en", outcomes, "UTC").splitlines()

    assert len(lines) == MAX_LINES + 1 and lines[-1] == "…and 3 more."


def test_the_biggest_spike_of_a_file_gives_the_one_heads_up() -> None:
    outcomes = [logged(11, Spike.SPIKE, 9.5), logged(25, Spike.BIG, 11), logged(5)]

    reply = file_reply(CONTENT, "en", outcomes, "UTC")

    assert reply.count("Heads-up") == 1 and "more than twice as long" in reply
    assert "(11.0 km)" in reply


def test_no_heads_up_without_a_spike() -> None:
    assert "Heads-up" not in file_reply(CONTENT, "en", [logged(10)], "UTC")
