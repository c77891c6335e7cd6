"""Strava connected in two taps, and runs that come in by themselves (issue #15, part 2).

Every story runs the real bot (python-telegram-bot over HTTP) against the Telegram emulator
and the fake Strava API (emulator/strava.py), on one hand-driven clock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import select, update

from bot.storage import strava as strava_storage
from bot.storage.models import Run, StravaConnection, StravaEvent, User
from emulator.strava import callback_query
from tests.activity_files import fixture
from tests.e2e.harness import START, BotHarness
from tests.e2e.strava_world import VERIFY_TOKEN, StravaWorld
from tests.e2e.test_everyday import runner_with_plan

RUNNER, ATHLETE = 4101, 9101
LOGGED_10K = "From Strava: Logged: run on Mon 2 Mar 07:00, 10.0 km, 50 min."
NICE = "Nice run!"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[StravaWorld]:
    started = await StravaWorld.started(tmp_path)
    try:
        yield started
    finally:
        await started.close()


async def runs_of(world: StravaWorld, user_id: int = RUNNER) -> list[Run]:
    async with world.harness.session() as session:
        return list(await session.scalars(select(Run).where(Run.user_id == user_id)))


async def connection_of(world: StravaWorld, user_id: int = RUNNER) -> StravaConnection | None:
    async with world.harness.session() as session:
        return await session.get(StravaConnection, user_id)


async def event_states(world: StravaWorld) -> dict[str, int]:
    async with world.harness.session() as session:
        return await strava_storage.events_by_state(session)


def run_at(world: StravaWorld, activity_id: int, km: float, hours_ago: float = 0) -> None:
    start = START + timedelta(hours=1 - hours_ago)  # 06:00 UTC = 07:00 Berlin on Monday
    world.strava.add_activity(ATHLETE, activity_id, start=start, distance_m=km * 1000)


async def test_connect_then_a_run_on_strava_is_logged_and_a_spike_pointed_out(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    run_at(world, 1, 4.0, hours_ago=24 * 7)
    run_at(world, 2, 10.0)

    assert await world.strava.push_activity(ATHLETE, 1, "create") == 200
    await world.process()
    first = await runner.next_bot_message()
    assert await world.strava.push_activity(ATHLETE, 2, "create") == 200
    await world.process()
    second = await runner.next_bot_message()

    assert first.text is not None and first.text.startswith("From Strava: Logged: run on Mon 23")
    assert second.text is not None
    assert second.text.startswith(f"{LOGGED_10K}\n{NICE}\nHeads-up: this run was more than twice")
    assert sorted((r.source, r.distance_m) for r in await runs_of(world)) == [
        ("strava", 4000.0), ("strava", 10000.0),
    ]  # fmt: skip
    assert await event_states(world) == {"done": 2}


async def test_tokens_are_stored_encrypted_and_the_connection_is_exported_without_them(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    grant = world.strava.grants[ATHLETE]

    row = await connection_of(world)
    await runner.send_command("/export")
    exported = (await runner.next_bot_message()).document or b""

    assert row is not None and row.athlete_id == ATHLETE
    assert grant.access_token not in row.access_token
    assert grant.refresh_token not in row.refresh_token
    assert b'"athlete_id": 9101' in exported
    for secret in (grant.access_token, grant.refresh_token, row.access_token):
        assert secret.encode() not in exported


async def test_a_forged_reused_or_expired_state_connects_nothing(world: StravaWorld) -> None:
    runner = world.harness.user(RUNNER)
    await runner_with_plan(world.harness, RUNNER)
    url = await world.connect_offer(runner)
    redirect = await world.strava.authorize(url, ATHLETE)
    answer = callback_query(redirect)
    callback = redirect.split("?")[0]
    forged = {**answer, "state": answer["state"].replace(str(RUNNER), "4999", 1)}

    forged_status, forged_page = await world.open_link(f"{callback}?{urlencode(forged)}")
    assert (forged_status, "not valid or has expired" in forged_page) == (400, True)
    assert (await world.open_link(redirect))[0] == 200
    connected = await runner.next_bot_message()
    reused_status, reused_page = await world.open_link(redirect)

    assert (connected.text or "").startswith("Strava connected.")
    assert (reused_status, "used already" in reused_page) == (400, True)
    assert await connection_of(world, 4999) is None
    assert world.strava.requests.count("POST /oauth/token authorization_code") == 1


async def test_an_expired_link_is_refused(world: StravaWorld) -> None:
    runner = world.harness.user(RUNNER)
    await runner_with_plan(world.harness, RUNNER)
    url = await world.connect_offer(runner)
    world.harness.clock.advance(timedelta(minutes=31))

    status, page = await world.open_link(await world.strava.authorize(url, ATHLETE))

    assert status == 400 and "expired" in page
    assert await connection_of(world) is None


async def test_a_missing_scope_or_a_refusal_connects_nothing(world: StravaWorld) -> None:
    runner = world.harness.user(RUNNER)
    await runner_with_plan(world.harness, RUNNER)
    url = await world.connect_offer(runner)

    status, page = await world.open_link(
        await world.strava.authorize(url, ATHLETE, scope="read,activity:read")
    )

    assert status == 400 and "leave that box ticked" in page
    assert await connection_of(world) is None


async def test_deauthorizing_at_strava_deletes_the_tokens_and_tells_the_runner(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)

    assert await world.strava.push_deauthorization(ATHLETE) == 200
    await world.process()

    told = await runner.next_bot_message()
    assert told.text == (
        "You removed KneeGuard's access in Strava, so I deleted the connection. /connect links it "
        "again."
    )
    assert await connection_of(world) is None


async def test_a_forged_deauthorization_changes_nothing(world: StravaWorld) -> None:
    await world.connected_runner(RUNNER, ATHLETE)
    forged = {"aspect_type": "update", "event_time": 1, "object_id": ATHLETE,
              "object_type": "athlete", "owner_id": ATHLETE, "subscription_id": 1,
              "updates": {"authorized": "false"}}  # fmt: skip

    assert await world.strava.push(forged) == 200
    await world.process()

    assert await connection_of(world) is not None
    assert await event_states(world) == {"ignored": 1}


async def test_an_expired_token_is_refreshed_before_the_activity_is_read(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    before = world.strava.grants[ATHLETE].access_token
    world.strava.expire_tokens(ATHLETE)
    async with world.harness.runtime.sessions_begin() as session:  # what the bot knows too
        await session.execute(
            update(StravaConnection).values(expires_at=world.harness.clock.now())
        )
    run_at(world, 3, 10.0)

    await world.strava.push_activity(ATHLETE, 3, "create")
    await world.process()

    assert (await runner.next_bot_message()).text == f"{LOGGED_10K}\n{NICE}"
    assert world.strava.grants[ATHLETE].access_token != before
    assert "POST /oauth/token refresh_token" in world.strava.requests
    row = await connection_of(world)
    assert row is not None and row.expires_at > world.harness.clock.now() + timedelta(hours=5)


async def test_the_same_run_from_a_file_and_from_strava_is_counted_once(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    await runner.send_document(fixture("2013-02-06-12-11-14.fit"), "run.fit")
    await runner.next_bot_message()
    [from_file] = await runs_of(world)
    world.strava.add_activity(
        ATHLETE, 4, start=from_file.started_at + timedelta(minutes=1),
        distance_m=from_file.distance_m * 1.01,
    )  # fmt: skip

    await world.strava.push_activity(ATHLETE, 4, "create")
    await world.process()

    said = (await runner.next_bot_message()).text or ""
    assert said.startswith("From Strava: Already logged: run on Wed 6 Feb 13:12")
    assert [run.source for run in await runs_of(world)] == ["file"]
    messages = len(runner.bot_messages())
    await world.strava.push_activity(ATHLETE, 4, "update")  # renamed on Strava: nothing to say
    await world.process()
    assert len(runner.bot_messages()) == messages
    assert await event_states(world) == {"done": 2}


async def test_a_deleted_activity_removes_its_run(world: StravaWorld) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    run_at(world, 5, 8.0)
    await world.strava.push_activity(ATHLETE, 5, "create")
    await world.process()
    await runner.next_bot_message()

    await world.strava.push_activity(ATHLETE, 5, "delete")
    await world.process()

    assert await runs_of(world) == []


async def test_a_ride_on_strava_is_not_counted_and_not_announced(world: StravaWorld) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    world.strava.add_activity(ATHLETE, 6, start=START, distance_m=30_000, sport_type="Ride")
    run_at(world, 7, 6.0)

    await world.strava.push_activity(ATHLETE, 6, "create")
    await world.strava.push_activity(ATHLETE, 7, "create")
    await world.process()

    said = (await runner.next_bot_message()).text or ""
    assert said.startswith("From Strava: Logged: run on Mon 2 Mar 07:00, 6.0 km")
    assert [run.distance_m for run in await runs_of(world)] == [6000.0]


async def test_no_praise_while_runs_are_on_hold(world: StravaWorld) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    async with world.harness.runtime.sessions_begin() as session:
        await session.execute(update(User).where(User.id == RUNNER).values(knee_status="rest"))
    run_at(world, 8, 10.0)

    await world.strava.push_activity(ATHLETE, 8, "create")
    await world.process()

    said = (await runner.next_bot_message()).text or ""
    assert said.startswith(LOGGED_10K)
    assert NICE not in said and "Your runs are on hold for now" in said
    assert len(await runs_of(world)) == 1


async def test_events_for_unknown_athletes_and_replays_are_not_stored_twice(
    world: StravaWorld,
) -> None:
    await world.connected_runner(RUNNER, ATHLETE)
    run_at(world, 9, 5.0)
    event = world.strava.activity_event(ATHLETE, 9, "create")
    stranger = world.strava.activity_event(7777, 9, "create")

    statuses = [await world.strava.push(e) for e in (event, event, stranger, {"junk": 1})]

    assert statuses == [200, 200, 200, 200]
    assert await event_states(world) == {"pending": 1}


async def test_with_a_subscription_id_events_naming_another_are_dropped(
    tmp_path: Path,
) -> None:
    world = await StravaWorld.started(tmp_path, strava_subscription_id=120475)  # the fake's
    try:
        await world.connected_runner(RUNNER, ATHLETE)
        genuine = world.strava.activity_event(ATHLETE, 80, "create")
        forged = {**world.strava.activity_event(ATHLETE, 81, "create"), "subscription_id": 1}

        assert [await world.strava.push(e) for e in (genuine, forged)] == [200, 200]

        assert await event_states(world) == {"pending": 1}
    finally:
        await world.close()


async def test_the_handshake_needs_our_verify_token(world: StravaWorld) -> None:
    assert not await world.strava.subscribe(f"{world.public_url}/strava/events", "wrong")
    assert await world.strava.subscribe(f"{world.public_url}/strava/events", VERIFY_TOKEN)


async def test_a_429_storm_waits_for_the_window_and_drops_nothing(tmp_path: Path) -> None:
    world = await StravaWorld.started(tmp_path, strava_limit_15min=3)
    try:
        runner = await world.connected_runner(RUNNER, ATHLETE)
        for activity_id in range(10, 15):
            run_at(world, activity_id, 5.0 + activity_id / 100, hours_ago=activity_id)
            await world.strava.push_activity(ATHLETE, activity_id, "create")
        world.strava.fail_next(429)
        waited_before = (
            REGISTRY.get_sample_value("kneeguard_strava_events_total", {"outcome": "waiting"})
            or 0.0
        )

        await world.process()  # the first call meets Strava's 429: the window is spent
        assert world.strava.api_requests() == ["GET /api/v3/activities/10"]
        assert await event_states(world) == {"pending": 5}
        world.harness.clock.advance(timedelta(minutes=15))
        await world.process()  # our own budget (3 a window) stops the fourth
        assert len(world.strava.api_requests()) == 4
        assert await event_states(world) == {"done": 3, "pending": 2}
        world.harness.clock.advance(timedelta(minutes=15))
        await world.process()

        assert await event_states(world) == {"done": 5}
        assert len(await runs_of(world)) == 5
        waited = REGISTRY.get_sample_value("kneeguard_strava_events_total", {"outcome": "waiting"})
        assert waited is not None and waited - waited_before == 5 + 2
        for _ in range(5):
            await runner.next_bot_message()
    finally:
        await world.close()


async def test_strava_failing_is_retried_later(world: StravaWorld) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    run_at(world, 20, 7.0)
    await world.strava.push_activity(ATHLETE, 20, "create")
    world.strava.fail_next(503, 2)  # the call and its one immediate retry

    await world.process()
    assert await event_states(world) == {"pending": 1}
    world.harness.clock.advance(timedelta(minutes=1))
    await world.process()

    assert (await runner.next_bot_message()).text is not None
    assert await event_states(world) == {"done": 1}


async def test_events_queued_before_a_restart_are_processed_after_it(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    run_at(world, 30, 6.0)
    await world.strava.push_activity(ATHLETE, 30, "create")
    async with world.harness.runtime.sessions_begin() as session:  # claimed, then the crash
        await strava_storage.claim_events(session, "dead-instance", world.harness.clock.now(), 5)

    await world.restart()
    await world.process()
    assert await event_states(world) == {"claimed": 1}  # its lease has not run out yet
    world.harness.clock.advance(strava_storage.CLAIM_LEASE + timedelta(seconds=1))
    await world.process()

    assert (await runner.next_bot_message()).text is not None
    assert await event_states(world) == {"done": 1}


async def test_disconnect_revokes_at_strava_and_deletes_here(world: StravaWorld) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)

    await runner.send_command("/disconnect")
    said = (await runner.next_bot_message()).text or ""

    assert said.startswith("Strava disconnected")
    assert world.strava.deauthorized == [ATHLETE]
    assert await connection_of(world) is None
    await runner.send_command("/disconnect")
    assert (await runner.next_bot_message()).text == "Strava is not connected. /connect links it."


async def test_secrets_never_reach_the_logs(
    world: StravaWorld, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    await world.connected_runner(RUNNER, ATHLETE)
    world.strava.fail_next(500, 2)
    run_at(world, 40, 5.0)
    await world.strava.push_activity(ATHLETE, 40, "create")
    await world.process()

    grant = world.strava.grants[ATHLETE]
    for secret in (grant.access_token, grant.refresh_token, world.strava.client_secret):
        assert secret not in caplog.text


async def test_without_strava_settings_connect_is_not_offered(tmp_path: Path) -> None:
    harness = await BotHarness.started(tmp_path)
    try:
        runner = harness.user(RUNNER)
        await runner_with_plan(harness, RUNNER)
        await runner.send_command("/connect")
        said = await runner.next_bot_message()
        assert said.text is not None and said.text.startswith("Strava is not set up")
        assert said.inline_buttons == []
        assert "strava_events" not in harness.runtime.periodic_jobs
        async with harness.session() as session:
            assert list(await session.scalars(select(StravaEvent))) == []
    finally:
        await harness.close()


async def test_delete_deauthorizes_at_strava_and_erases_the_connection(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)

    await runner.send_command("/delete")
    question = await runner.next_bot_message()
    await runner.press_button(question, text="Yes, delete everything")
    done = await runner.wait_for_edit(question)

    assert "all your data is deleted" in (done.text or "")
    assert world.strava.deauthorized == [ATHLETE]
    assert await connection_of(world) is None


async def test_strava_gear_feeds_the_shoe_nudge_with_the_pair_and_its_distance(
    world: StravaWorld,
) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)  # typed: 100 km on the shoes
    world.strava.add_gear(ATHLETE, "g7", "Pegasus 40", 650_000.0)
    world.strava.add_activity(
        ATHLETE, 50, start=START + timedelta(hours=1), distance_m=8000, gear_id="g7"
    )
    await world.strava.push_activity(ATHLETE, 50, "create")
    await world.process()
    await runner.next_bot_message()

    # Sunday 19:30 in Berlin (18:30 UTC) is the weekly shoe check.
    world.harness.clock.advance(timedelta(days=6, hours=13, minutes=31))
    await world.harness.tick()

    nudges = [m.text or "" for m in runner.bot_messages() if "km on them" in (m.text or "")]
    assert len(nudges) == 1
    assert nudges[0].startswith("Strava says your Pegasus 40 have about 650 km on them.")
    assert "GET /api/v3/gear/g7" in world.strava.api_requests()


async def test_an_edited_activity_updates_its_run_quietly(world: StravaWorld) -> None:
    runner = await world.connected_runner(RUNNER, ATHLETE)
    run_at(world, 60, 8.0)
    await world.strava.push_activity(ATHLETE, 60, "create")
    await world.process()
    await runner.next_bot_message()
    messages = len(runner.bot_messages())

    world.strava.athletes[ATHLETE].activities[60]["distance"] = 8400.0
    await world.strava.push_activity(ATHLETE, 60, "update")
    await world.process()

    assert [run.distance_m for run in await runs_of(world)] == [8400.0]
    assert len(runner.bot_messages()) == messages


async def test_the_whole_story_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    world = await StravaWorld.started(tmp_path, database_url=postgres_url, strava_limit_15min=1)
    try:
        runner = await world.connected_runner(RUNNER, ATHLETE)
        run_at(world, 70, 6.0, hours_ago=48)
        run_at(world, 71, 9.0)
        await world.strava.push_activity(ATHLETE, 70, "create")
        event = world.strava.activity_event(ATHLETE, 71, "create")
        assert [await world.strava.push(event) for _ in range(2)] == [200, 200]  # a replay

        await world.process()  # one request a window: the second waits
        assert await event_states(world) == {"done": 1, "pending": 1}
        world.harness.clock.advance(timedelta(minutes=15))
        await world.process()

        await runner.next_bot_message()
        second = (await runner.next_bot_message()).text or ""
        assert "Heads-up: this run was 50% longer" in second
        assert len(await runs_of(world)) == 2
    finally:
        await world.close()
