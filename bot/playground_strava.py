"""The playground's fake Strava account: `/connect`, then `:strava connect` taps "Authorize",
`:strava run 10` records a 10 km run on Strava (its push event comes in), `:strava deauthorize`
removes the app at Strava. Used only when STRAVA_CLIENT_ID is not set.
"""

from __future__ import annotations

import base64
import re
import socket
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import aiohttp

from bot.clock import ManualClock
from emulator import EmulatedUser
from emulator.strava import FakeStrava

if TYPE_CHECKING:
    from aiohttp import web

    from bot.config import Settings
    from bot.runtime import Runtime

ATHLETE = 424242
CLIENT_ID = "4242"
VERIFY_TOKEN = "playground"
KEY = base64.urlsafe_b64encode(b"kneeguard-playground-only-key-32").decode()
"""A fixed key, so a connection survives a restart of the playground (its tokens are fake)."""
USAGE = "write :strava connect, :strava run KM or :strava deauthorize"


class PlaygroundStrava:
    def __init__(self, clock: ManualClock) -> None:
        self.fake = FakeStrava(client_id=CLIENT_ID, clock=clock)
        self.port = 0
        self.server: web.AppRunner | None = None
        self.next_activity = int(clock.now().timestamp())

    async def start(self) -> dict[str, Any]:
        """Start the fake; the settings that point the bot at it (as validated values: they
        go into `Settings.model_copy`, which does not validate)."""
        from pydantic import SecretStr

        await self.fake.start()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        return {
            "strava_client_id": CLIENT_ID,
            "strava_client_secret": SecretStr(self.fake.client_secret),
            "strava_verify_token": SecretStr(VERIFY_TOKEN), "strava_base_url": self.fake.base_url,
            "public_url": f"http://127.0.0.1:{self.port}", "token_encryption_key": SecretStr(KEY),
            "webhook_listen": "127.0.0.1",
        }  # fmt: skip

    async def serve(self, application: Any, settings: Settings) -> None:
        from bot.runner import start_strava_server

        self.server = await start_strava_server(application, settings, self.port)
        await self.fake.subscribe(f"http://127.0.0.1:{self.port}/strava/events", VERIFY_TOKEN)

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.cleanup()
        await self.fake.stop()

    async def handle(self, words: list[str], user: EmulatedUser, runtime: Runtime) -> str:
        """Carry out `:strava ...`; a line saying what happened."""
        from scheduler.strava_jobs import process_strava_events

        if words == ["connect"]:
            return await self._connect(user)
        if len(words) == 2 and words[0] == "run":
            try:
                km = float(words[1])
            except ValueError:
                return f"({USAGE})"
            self.next_activity += 1
            now = runtime.clock.now()
            self.fake.add_activity(
                ATHLETE, self.next_activity, start=now - timedelta(minutes=6 * km),
                distance_m=km * 1000, moving_s=int(6 * 60 * km),
            )  # fmt: skip
            status = await self.fake.push_activity(ATHLETE, self.next_activity, "create")
            await process_strava_events(runtime)
            return f"(Strava: a {km:g} km run recorded; its event answered {status})"
        if words == ["deauthorize"]:
            status = await self.fake.push_deauthorization(ATHLETE)
            await process_strava_events(runtime)
            return f"(Strava: KneeGuard removed from your account; the event answered {status})"
        return f"({USAGE})"

    async def _connect(self, user: EmulatedUser) -> str:
        links = [
            button["url"]
            for entry in user.bot_messages()
            for row in entry.inline_buttons
            for button in row
            if "/oauth/authorize" in button.get("url", "")
        ]
        if not links:
            return "(send /connect first: its button holds the link)"
        redirect = await self.fake.authorize(links[-1], ATHLETE)
        async with aiohttp.ClientSession() as browser, browser.get(redirect) as page:
            shown = re.sub(r"<[^>]+>", " ", (await page.text()).split("<p>")[-1]).strip()
            return f"(the browser shows: {shown})"
