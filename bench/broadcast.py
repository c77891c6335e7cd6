"""Broadcast: one admin message to N runners, queued by the real services as the /broadcast
flow does, sent by the real Dispatcher, Sender and TelegramRateLimiter against the emulator (in
its own process) enforcing Telegram's limits scaled up, with the progress job running.

The emulator child here is `bench.emulator_process` plus two read-only routes: how often each
chat received the broadcast (duplicates, losses) and the admin chat's messages (the report).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bench.delivery import (
    RATE_TARGET,
    RUN_TIMEOUT_SECONDS,
    SCALE,
    _dispatch_until_idle,
    start_limited_bot,
)
from bench.emulator_process import RemoteEmulator, _Control, serve
from bench.lifecycle import crashed_tasks_row, scratch_folder, task_failures
from bench.report import Row
from bench.seed import seed_database
from bot.handlers.admin import status_markup
from bot.runtime import Runtime, runtime_of
from bot.services import broadcasts
from bot.storage import admin as admin_storage
from bot.storage import deliveries
from bot.storage.admin import Audience, BroadcastCounts
from bot.storage.models import Delivery
from emulator import BotApiEmulator, RateLimits
from scheduler.broadcast_jobs import broadcast_progress

MARKER = "bench-broadcast-7"
BODY = f"<b>New this week</b>: three short knee drills for rest days. <i>{MARKER}</i>"
PROGRESS_SECONDS = 10.0
"""How often the scheduler runs `broadcast_progress` (scheduler/jobs.py)."""
SEED_AHEAD = timedelta(hours=1)
"""Plans are seeded as of an hour from now: their reminders exist but none falls due in the run."""
REPORT_PATTERN = re.compile(
    r"(\d+) delivered, (\d+) blocked the bot \(marked inactive\), (\d+) failed, (\d+) skipped"
)
FLOW_KEYS = "admin.broadcast_flow"


class _BroadcastControl(_Control):
    """The delivery control API plus broadcast copies per chat and one chat's messages."""

    def routes(self) -> list[web.RouteDef]:
        return [*super().routes(), web.get("/copies", self.copies), web.get("/chat", self.chat)]

    async def copies(self, request: web.Request) -> web.Response:
        """Chats whose bot messages contain `marker`, how many did twice or more, other sends."""
        marker = request.query["marker"]
        per_chat: Counter[int] = Counter()
        others = 0
        for message in self.emulator.state.messages.values():
            if message.sender != "bot":
                continue
            if marker in str(message.content.get("text", "")):
                per_chat[message.chat_id] += 1
            elif message.chat_id <= self.users:
                others += 1
        return web.json_response(
            {
                "copies": sum(per_chat.values()),
                "chats": len(per_chat),
                "duplicates": sum(count - 1 for count in per_chat.values() if count > 1),
                "other_messages_to_runners": others,
            }
        )

    async def chat(self, request: web.Request) -> web.Response:
        """The bot's messages in one chat, oldest first: text and how often each was edited."""
        chat_id = int(request.query["id"])
        messages = sorted(
            (message for message in self.emulator.state.messages.values()
             if message.chat_id == chat_id and message.sender == "bot"),
            key=lambda message: message.message_id,
        )  # fmt: skip
        return web.json_response(
            [
                {"text": message.content.get("text", ""), "edits": message.edit_count}
                for message in messages
            ]
        )


class _BroadcastEmulator(RemoteEmulator):
    """RemoteEmulator running this module's child (users 1..N, the admin is user N)."""

    child_module = "bench.broadcast"

    async def copies(self) -> dict[str, int]:
        """How the broadcast landed in the chats (see `_BroadcastControl.copies`)."""
        query = {"marker": MARKER}
        return await self._call("GET", "/copies", params=query)  # type: ignore[no-any-return]

    async def chat(self, chat_id: int) -> list[dict[str, Any]]:
        """The bot's messages in one chat."""
        query = {"id": str(chat_id)}
        return await self._call("GET", "/chat", params=query)  # type: ignore[no-any-return]


async def run_broadcast(count: int, scale: float = SCALE) -> list[Row]:
    """Broadcast to `count` consenting active runners through the real services; table rows."""
    limits = RateLimits().scaled(scale)
    limit = limits.global_per_second
    admin_id = count + 1
    with scratch_folder() as work, task_failures() as failures:
        database_url = f"sqlite+aiosqlite:///{work / 'broadcast.db'}"
        await seed_database(database_url, count, datetime.now(UTC) + SEED_AHEAD)
        async with _BroadcastEmulator(users=admin_id, scale=scale) as remote:
            application, settings = await start_limited_bot(
                remote, database_url, limits, admin_ids=frozenset({admin_id})
            )
            runtime = runtime_of(application)
            assert runtime.dispatcher is not None and runtime.sessions is not None
            queued_at = time.monotonic()
            broadcast_id, recipients = await _queue_broadcast(runtime, admin_id)
            queue_seconds = time.monotonic() - queued_at
            started = time.monotonic()
            progress = asyncio.create_task(_progress_every(runtime, PROGRESS_SECONDS))
            try:
                async with asyncio.timeout(RUN_TIMEOUT_SECONDS):
                    await _dispatch_until_idle(
                        runtime.dispatcher, settings.dispatch_interval_seconds
                    )
                await runtime.dispatcher.drain()
            finally:
                progress.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await progress
            await broadcast_progress(runtime)  # the job's next run, if it had not finished it
            async with runtime.sessions() as session:
                counts = await admin_storage.broadcast_counts(session, broadcast_id)
                broadcast = await admin_storage.get_broadcast(session, broadcast_id)
                final_state = broadcast.state if broadcast is not None else "missing"
                states = await _states_of(session, broadcast_id)
            await application.post_shutdown(application)
            await application.shutdown()
            stats = await remote.stats()
            copies = await remote.copies()
            admin_chat = await remote.chat(admin_id)
    name = f"broadcast to {count:,} runners"
    rows = [Row(name, "queued (confirm: audience + one row each)", f"{queue_seconds:.2f} s",
                note=f"{recipients:,} recipients")]  # fmt: skip
    rows += _delivery_rows(name, count, limit, started, stats, copies, states)
    rows.append(_report_row(name, counts, final_state, states, copies, admin_chat))
    rows.append(crashed_tasks_row(name, failures))
    return rows


async def _queue_broadcast(runtime: Runtime, admin_id: int) -> tuple[int, int]:
    """Draft, confirm and post the status message, as the admin flow does; (id, recipients)."""
    assert runtime.bot is not None
    now = runtime.clock.now()
    audience = Audience()
    async with runtime.sessions_begin() as session:
        draft = await broadcasts.draft(session, admin_id, BODY, audience, now, now)
        confirmation = await broadcasts.confirm(session, draft.id, admin_id, now)
        assert confirmation.queued_now
        content = runtime.content
        status = content.text(
            f"{FLOW_KEYS}.scheduled_status", None, number=draft.id,
            audience=content.plain(f"{FLOW_KEYS}.audience_names.all", None, value=""),
            total=confirmation.recipients, when=now.strftime("%Y-%m-%d %H:%M"),
        )  # fmt: skip
        markup = status_markup(content.plain(f"{FLOW_KEYS}.stop_button", None), draft.id)
        message = await runtime.bot.send_message(admin_id, status, reply_markup=markup)
        await admin_storage.set_status_message(session, draft.id, admin_id, message.message_id)
    return draft.id, confirmation.recipients


async def _states_of(session: AsyncSession, broadcast_id: int) -> dict[str, int]:
    """The broadcast's delivery rows by state (the seeded future reminders left out)."""
    rows = await session.execute(
        select(Delivery.state, func.count())
        .where(Delivery.broadcast_id == broadcast_id)
        .group_by(Delivery.state)
    )
    return {state: int(number) for state, number in rows.all()}


async def _progress_every(runtime: Runtime, seconds: float) -> None:
    """The progress job on its interval, as the scheduler runs it."""
    while True:
        await asyncio.sleep(seconds)
        await broadcast_progress(runtime)


def _delivery_rows(
    name: str, count: int, limit: float, started: float, stats: dict[str, Any],
    copies: dict[str, int], states: dict[str, int],
) -> list[Row]:  # fmt: skip
    # The status message went out before `started`; the report is the last admission of all.
    admitted = sorted(moment for moment in stats["admitted"] if moment >= started)
    admitted = admitted[: copies["copies"]]
    last = admitted[-1] if admitted else started
    overall = len(admitted) / (last - started) if last > started else 0.0
    after_burst = [moment for moment in admitted if moment >= started + 1.0]
    sustained = len(after_burst) / (last - (started + 1.0)) if len(after_burst) > 1 else overall
    rate_limited = int(stats["rate_limited"])
    chats_limited = int(stats["chats_rate_limited"])
    duplicates, losses = copies["duplicates"], count - copies["chats"]
    others = copies["other_messages_to_runners"]
    return [
        Row(name, "messages/s ÷ enforced limit (sustained, after the first second)",
            f"{sustained / limit:.2f}", f"≥ {RATE_TARGET}", sustained / limit >= RATE_TARGET,
            f"{sustained:.0f}/s of {limit:.0f}/s; whole run {overall:.0f}/s incl. burst, "
            f"{last - started:.0f} s"),
        Row(name, "429 answers", str(rate_limited), "0", rate_limited == 0),
        Row(name, "chats with a per-chat limit hit", str(chats_limited), "0",
            chats_limited == 0),
        Row(name, "duplicates (a chat got the broadcast twice)", str(duplicates), "0",
            duplicates == 0),
        Row(name, "losses (recipients whose chat never got it)", str(losses), "0",
            losses == 0,
            f"rows sent {states.get('sent', 0):,}, failed {states.get('failed', 0):,}, "
            f"in doubt {states.get('in_doubt', 0):,}, skipped {states.get('skipped', 0):,}, "
            f"left pending/claimed/sending {states.get('pending', 0):,}/"
            f"{states.get('claimed', 0):,}/{states.get('sending', 0):,}; "
            f"{others} other messages to runners"),
    ]  # fmt: skip


def _report_row(
    name: str, counts: BroadcastCounts, final_state: str, states: dict[str, int],
    copies: dict[str, int], admin_chat: list[dict[str, Any]],
) -> Row:  # fmt: skip
    """Does the admin's final report add up: delivered = sent rows = chats reached = total?"""
    reports = [match for item in admin_chat if (match := REPORT_PATTERN.search(item["text"]))]
    edits = admin_chat[0]["edits"] if admin_chat else 0
    if len(reports) != 1:
        note = f"{len(reports)} reports in the admin chat; broadcast {final_state}"
        return Row(name, "final report adds up", "no", "yes", False, note)
    delivered, blocked, failed, skipped = (int(group) for group in reports[0].groups())
    adds_up = (
        final_state == admin_storage.FINISHED
        and delivered == counts.delivered == states.get(deliveries.SENT, 0) == copies["chats"]
        and delivered + blocked + failed + skipped == counts.total
    )
    return Row(name, "final report adds up", "yes" if adds_up else "no", "yes", adds_up,
               f"report: {delivered:,} delivered, {blocked} blocked, {failed} failed, "
               f"{skipped} skipped of {counts.total:,}; sent rows "
               f"{states.get(deliveries.SENT, 0):,}; chats reached {copies['chats']:,}; "
               f"status message edited {edits} times")  # fmt: skip


def _control(emulator: BotApiEmulator, users: int) -> _BroadcastControl:
    return _BroadcastControl(emulator, users - 1)  # users 1..N-1 are runners, N the admin


def main() -> None:
    parser = argparse.ArgumentParser(description="the broadcast benchmark's emulator process")
    parser.add_argument("--users", type=int, default=0)
    parser.add_argument("--scale", type=float, default=1.0)
    arguments = parser.parse_args()
    asyncio.run(serve(arguments.users, arguments.scale, True, control=_control))


if __name__ == "__main__":
    main()
