"""The bot, the Telegram emulator and the fake Strava (emulator/strava.py) on one clock.

world = await StravaWorld.started(tmp_path)
runner = await world.connected_runner(4101, athlete_id=9101)     # /connect, authorize, connected
world.strava.add_activity(9101, 1, start=..., distance_m=10_000)
assert await world.strava.push_activity(9101, 1, "create") == 200
await world.process()                                             # the strava_events job, once
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from cryptography.fernet import Fernet

from bot.runner import start_strava_server
from emulator import EmulatedUser, TranscriptEntry
from emulator.strava import FakeStrava
from scheduler.strava_jobs import process_strava_events
from tests.e2e.harness import BotHarness
from tests.e2e.test_everyday import runner_with_plan

CLIENT_ID = "4242"
CLIENT_SECRET = "fake-client-secret-do-not-log"
VERIFY_TOKEN = "kneeguard-verify-token"
ENCRYPTION_KEY = Fernet.generate_key().decode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class StravaWorld:
    def __init__(self, harness: BotHarness, strava: FakeStrava, port: int) -> None:
        self.harness = harness
        self.strava = strava
        self.port = port
        self.public_url = f"http://127.0.0.1:{port}"
        self.server: web.AppRunner | None = None
        self.browser = aiohttp.ClientSession()

    @classmethod
    async def started(cls, tmp_path: Path, **settings: Any) -> StravaWorld:
        strava = FakeStrava(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
        await strava.start()
        port = free_port()
        harness = await BotHarness.started(
            tmp_path, strava_client_id=CLIENT_ID, strava_client_secret=CLIENT_SECRET,
            strava_verify_token=VERIFY_TOKEN, strava_base_url=strava.base_url,
            public_url=f"http://127.0.0.1:{port}", token_encryption_key=ENCRYPTION_KEY,
            webhook_listen="127.0.0.1", **settings,
        )  # fmt: skip
        strava.clock = harness.clock
        world = cls(harness, strava, port)
        await world.serve()
        assert await strava.subscribe(f"{world.public_url}/strava/events", VERIFY_TOKEN)
        return world

    async def serve(self) -> None:
        assert self.harness.application is not None
        self.server = await start_strava_server(
            self.harness.application, self.harness.settings, self.port
        )

    async def restart(self) -> None:
        """The bot stops (its web server too) and starts again on the same database."""
        if self.server is not None:
            await self.server.cleanup()
        await self.harness.restart()
        await self.serve()

    async def close(self) -> None:
        await self.browser.close()
        if self.server is not None:
            await self.server.cleanup()
        await self.harness.close()
        await self.strava.stop()

    async def process(self) -> None:
        """The strava_events job, once, at the clock's time."""
        await process_strava_events(self.harness.runtime)

    async def open_link(self, url: str) -> tuple[int, str]:
        """The runner's browser opens a URL (the redirect to our callback): status and page."""
        async with self.browser.get(url, allow_redirects=False) as answer:
            return answer.status, await answer.text()

    async def connect_offer(self, runner: EmulatedUser) -> str:
        """/connect; the URL behind the "Connect Strava" button."""
        await runner.send_command("/connect")
        offer = await runner.next_bot_message()
        [[button]] = offer.inline_buttons
        assert button["text"] == "Connect Strava"
        url: str = button["url"]
        return url

    async def connected_runner(self, user_id: int, athlete_id: int) -> EmulatedUser:
        runner = self.harness.user(user_id)
        await runner_with_plan(self.harness, user_id)
        url = await self.connect_offer(runner)
        status, _ = await self.open_link(await self.strava.authorize(url, athlete_id))
        assert status == 200
        said: TranscriptEntry = await runner.next_bot_message()
        assert (said.text or "").startswith("Strava connected.")
        return runner
