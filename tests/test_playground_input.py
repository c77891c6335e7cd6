"""What a typed playground line means: presses, texts, multi-line input, playground commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.playground_input import (
    HELP,
    PLAYGROUND_USER,
    Action,
    InputCollector,
    PlaygroundInputError,
    number_presses,
    parse,
    waiting_for_text,
)
from bot.storage import flows, users
from bot.storage.deliveries import NewDelivery, add_many, set_state
from bot.storage.models import Delivery
from tests.conftest import migrated

NOW = datetime(2026, 3, 8, 18, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (":quit", Action("quit")),
        (":help", Action("help")),
        (":admin", Action("admin")),
        (":reset", Action("reset")),
        (":skip 3h", Action("skip", span=timedelta(hours=3))),
        (":skip 30m", Action("skip", span=timedelta(minutes=30))),
        (":location 52.5 13.4", Action("location", latitude=52.5, longitude=13.4)),
        (":press 2", Action("press", number=2)),
        (":say 24", Action("say", text="24")),
        ("24", Action("number", text="24", number=24)),
        ("/addtip LOAD\nEasy days easy.\nSeitz 2010", Action(
            "text", text="/addtip LOAD\nEasy days easy.\nSeitz 2010")),
    ],
)  # fmt: skip
def test_each_input_means_one_action(typed: str, expected: Action) -> None:
    assert parse(typed) == expected


@pytest.mark.parametrize(
    ("typed", "hint"),
    [(":skip soon", ":skip 1d"), (":press two", ":press 2"), (":say", ":say"),
     (":location here", ":location 52.52"), (":nosuch", ":help")],
)  # fmt: skip
def test_a_mistyped_playground_command_says_how_it_is_written(typed: str, hint: str) -> None:
    with pytest.raises(PlaygroundInputError, match=hint):
        parse(typed)


def test_a_trailing_backslash_continues_the_message() -> None:
    collector = InputCollector()

    assert collector.feed("/addtip LOAD\\\n") is None and collector.waiting
    assert collector.feed("Keep easy days easy.\\\n") is None
    assert collector.feed("Seitz 2010\n") == "/addtip LOAD\nKeep easy days easy.\nSeitz 2010"
    assert not collector.waiting
    assert collector.feed("next\n") == "next"


def test_paste_collects_lines_until_a_single_dot() -> None:
    collector = InputCollector()

    fed = [collector.feed(f"{line}\n") for line in [":paste", "/broadcast", "Dots... stay.", "."]]

    assert fed == [None, None, None, "/broadcast\nDots... stay."]
    assert not collector.waiting
    assert collector.feed(".") == "."  # outside :paste a dot is an ordinary line
    assert collector.feed(":end") == ":end"


def test_multi_collects_lines_until_end() -> None:
    collector = InputCollector()

    fed = [collector.feed(line) for line in [":multi", "/broadcast", "", "  indented", ":end"]]

    assert fed == [None, None, None, None, "/broadcast\n\n  indented"]
    assert collector.feed(":end") == ":end"  # outside :multi it is an ordinary line


@pytest.mark.parametrize(
    ("has_choices", "text_waiting", "presses"),
    [(True, False, True), (True, True, False), (False, False, False), (False, True, False)],
)
def test_a_number_presses_only_buttons_when_no_text_is_awaited(
    has_choices: bool, text_waiting: bool, presses: bool
) -> None:
    assert number_presses(has_choices, text_waiting) is presses


def test_help_lists_every_playground_command_and_how_to_be_admin() -> None:
    for command in (":press", ":say", ":multi", ":end", ":paste", ":skip", ":location", ":admin",
                    ":reset", ":help", ":quit"):  # fmt: skip
        assert command in HELP
    assert f"ADMIN_IDS={PLAYGROUND_USER}" in HELP and "4242" in HELP
    assert "data/playground/" in HELP and "data/playground.clock" in HELP


async def test_waiting_for_text_follows_flow_steps_and_the_distance_question(
    sqlite_url: str,
) -> None:
    async with migrated(sqlite_url) as sessions:
        async with sessions.begin() as session:
            await users.touch(session, PLAYGROUND_USER, PLAYGROUND_USER, "en", NOW)
        async with sessions.begin() as session:
            nothing = await waiting_for_text(session, PLAYGROUND_USER, NOW)
            await add_many(session, [NewDelivery(PLAYGROUND_USER, "distance", NOW)])
        async with sessions.begin() as session:
            [row] = list(await session.scalars(select(Delivery)))
            await set_state(session, [row.id], "sent", sent_at=NOW)
        async with sessions.begin() as session:
            distance_asked = await waiting_for_text(session, PLAYGROUND_USER, NOW)
            flow = await flows.start(session, PLAYGROUND_USER, "plan", "km", NOW)
            km_step = await waiting_for_text(session, PLAYGROUND_USER, NOW)
            flows.advance(flow, "days", NOW)
            days_step = await waiting_for_text(session, PLAYGROUND_USER, NOW)
            await flows.start(session, PLAYGROUND_USER, "quiz", "q1", NOW)
            quiz = await waiting_for_text(session, PLAYGROUND_USER, NOW)
            await flows.start(session, PLAYGROUND_USER, "addtip", "text", NOW)
            tip = await waiting_for_text(session, PLAYGROUND_USER, NOW)

    assert (nothing, distance_asked) == (False, True)
    assert (km_step, days_step, quiz, tip) == (True, False, False, True)

