"""A runner sends activity files to the chat: runs logged once, other sports and bad files
answered in one sentence, spikes pointed out, /runs lists them (issue #15, part 1)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.domain.knee_status import RedFlagReported
from bot.domain.vocabulary import RedFlagLevel
from bot.services import knee
from bot.storage import users
from bot.storage.models import Run
from emulator import EmulatedUser, TranscriptEntry
from emulator.methods.bot import MAX_DOWNLOAD_BYTES
from tests.activity_files import Leg, fixture, gpx, gzipped, tcx
from tests.e2e.harness import START, BotHarness
from tests.e2e.test_everyday import runner_with_plan

RUNNER = 4001
LONG_RUN = "2013-02-06-12-11-14.fit"  # 4,835.38 m from 12:11:14 UTC, 2,625 s
LOGGED_LONG_RUN = "Logged: run on Wed 6 Feb 13:11, 4.8 km, 44 min."  # Berlin is UTC+1


async def runner_in_berlin(harness: BotHarness) -> EmulatedUser:
    runner = harness.user(RUNNER)
    await runner_with_plan(harness, RUNNER)
    return runner


async def send(runner: EmulatedUser, content: bytes, name: str) -> TranscriptEntry:
    """Send a file; the bot's one reply."""
    await runner.send_document(content, name)
    return await runner.next_bot_message()


async def nothing_more(runner: EmulatedUser) -> None:
    """The bot said nothing else about the file: the next reply is the one to /runs."""
    await runner.send_command("/runs")
    reply = (await runner.next_bot_message()).text or ""
    assert reply.startswith(("Your last runs", "No runs logged yet")), reply


async def stored_runs(harness: BotHarness, user_id: int = RUNNER) -> list[Run]:
    async with harness.session() as session:
        rows = await session.scalars(select(Run).where(Run.user_id == user_id))
        return list(rows)


async def test_a_fit_run_is_logged_in_the_runners_zone_and_listed(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)

    reply = await send(runner, fixture(LONG_RUN), "Morning_Run.fit")

    assert reply.text == LOGGED_LONG_RUN
    [run] = await stored_runs(harness)
    assert abs(run.distance_m - 4835.38) <= 0.005 * 4835.38
    assert (run.elevation_gain_m, run.source) == (168, "file")
    await runner.send_command("/runs")
    assert (await runner.next_bot_message()).text == (
        "Your last runs\n• Wed 6 Feb 13:11: 4.8 km, 44 min"
    )
    chart = await runner.next_bot_message()  # the weekly kilometres, as a picture
    assert chart.photo is not None and chart.photo.startswith(b"\x89PNG")
    assert (chart.text or "").startswith("Your logged runs, the last 8 weeks")
    actions = harness.emulator.state.chat_actions
    assert [(a.chat_id, a.action) for a in actions] == [(RUNNER, "upload_photo")]


async def test_the_same_run_again_even_gzipped_is_logged_once(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)
    await send(runner, fixture(LONG_RUN), "run.fit")

    again = await send(runner, gzipped(fixture(LONG_RUN)), "12345.fit.gz")

    assert again.text == "Already logged: run on Wed 6 Feb 13:11, 4.8 km. Nothing changed."
    assert len(await stored_runs(harness)) == 1
    await nothing_more(runner)


async def test_walks_and_rides_are_named_and_not_counted(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)

    walk = await send(runner, fixture("garmin-fenix-5-walk.fit"), "walk.fit")
    ride = await send(runner, fixture("garmin-fenix-5-bike.fit"), "ride.fit")

    assert walk.text == "That was a walk: I only count runs, so I left it out."
    assert ride.text == "That was a ride: I only count runs, so I left it out."
    assert await stored_runs(harness) == []


async def test_a_multisport_file_counts_only_its_running_leg(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)
    ride = Leg("Biking", START - timedelta(hours=3), 20_000, speed_m_s=8)
    run = Leg("Running", START - timedelta(hours=2), 5_000, speed_m_s=3.2)

    reply = await send(runner, tcx(ride, run, multisport=True), "brick.tcx")

    assert (reply.text or "").splitlines() == [
        "That was a ride: I only count runs, so I left it out.",
        "Logged: run on Mon 2 Mar 04:00, 5.0 km, 26 min.",
    ]
    assert [round(r.distance_m) for r in await stored_runs(harness)] == [5_000]


async def test_a_gpx_run_made_by_the_test_is_logged(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)
    leg = Leg("running", START - timedelta(days=1), 12_500, speed_m_s=2.9, climb_m=60)

    reply = await send(runner, gzipped(gpx(leg)), "Evening_Run.gpx.gz")

    assert reply.text == "Logged: run on Sun 1 Mar 06:00, 12.5 km, 1 h 12 min."


async def test_a_run_far_longer_than_the_30_day_longest_gets_a_cited_heads_up(
    harness: BotHarness,
) -> None:
    runner = await runner_in_berlin(harness)
    await send(runner, gpx(Leg("running", START - timedelta(days=10), 8_000)), "a.gpx")
    await send(runner, gpx(Leg("running", START - timedelta(days=40), 30_000)), "old.gpx")

    longer = await send(runner, gpx(Leg("running", START - timedelta(days=3), 9_600)), "b.gpx")
    double = await send(runner, gpx(Leg("running", START, 20_000)), "c.gpx")
    steady = await send(runner, gpx(Leg("running", START + timedelta(days=1), 9_000)), "d.gpx")

    assert "this run was 20% longer than your longest in the 30 days before it (8.0 km)" in (
        longer.text or ""
    )
    assert "Frandsen 2025" in (longer.text or "") and "not a diagnosis" in (longer.text or "")
    assert "more than twice as long as your longest" in (double.text or "")
    assert "(9.6 km)" in (double.text or "")
    assert (steady.text or "").startswith("Logged:") and "Heads-up" not in (steady.text or "")


async def test_broken_and_misnamed_files_get_one_clear_sentence(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)
    timeless = gpx(Leg("running", START, 5_000, with_times=False))
    cases = {
        "activity-settings-corruptheader.fit": (
            fixture("activity-settings-corruptheader.fit"), "it looks damaged or cut short"),
        "invoice.fit": (b"%PDF-1.7\n% not a run", "it is not a FIT, GPX or TCX activity file"),
        "route.gpx": (timeless, "That file has no times"),
        "empty.tcx": (b"", "I couldn't find an activity"),
    }  # fmt: skip

    for name, (content, expected) in cases.items():
        reply = await send(runner, content, name)
        assert expected in (reply.text or ""), name
        assert "Nothing was stored" in (reply.text or ""), name

    assert await stored_runs(harness) == []
    await nothing_more(runner)


async def test_a_file_over_20_mb_is_refused_without_downloading(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)

    reply = await send(runner, b"\0" * (MAX_DOWNLOAD_BYTES + 1), "huge.gpx")

    assert (reply.text or "").startswith("That file is too big for me")
    assert harness.emulator.stats.calls["getFile"] == 0


async def test_other_documents_get_the_what_i_understand_answer(harness: BotHarness) -> None:
    runner = await runner_in_berlin(harness)

    reply = await send(runner, b"%PDF-1.7", "training-plan.pdf")

    assert "the only files I read are runs (.fit, .gpx, .tcx)" in (reply.text or "")
    assert harness.emulator.stats.calls["getFile"] == 0
    await nothing_more(runner)


async def test_without_consent_a_file_is_not_read_or_stored(harness: BotHarness) -> None:
    stranger = harness.user(4002)

    reply = await send(stranger, fixture(LONG_RUN), "run.fit")

    assert reply.text == "I need your consent first. Send /start."
    assert harness.emulator.stats.calls["getFile"] == 0
    assert await stored_runs(harness, 4002) == []


async def test_a_run_logged_while_runs_are_on_hold_is_accepted_gently(
    harness: BotHarness,
) -> None:
    """The knee status rules the reply: no heads-up that reads like training advice, no praise;
    the run is stored, and the runner is reminded why runs are on hold."""
    runner = await runner_in_berlin(harness)
    await send(runner, gpx(Leg("running", START - timedelta(days=10), 8_000)), "a.gpx")
    async with harness.runtime.sessions_begin() as session:
        user = await users.get(session, RUNNER)
        assert user is not None
        now = harness.clock.now()
        event = RedFlagReported(now, RedFlagLevel.SOON, "night")
        await knee.apply(session, user, event, now, harness.runtime.content.rules,
                         advice_shown=True)  # fmt: skip

    reply = await send(runner, gpx(Leg("running", START, 20_000)), "long.gpx")

    text = reply.text or ""
    assert text.startswith("Logged: run on")
    assert "Heads-up" not in text and "great" not in text.lower()
    assert "Your runs are on hold until a GP or physiotherapist has checked your knee" in text
    assert len(await stored_runs(harness)) == 2
