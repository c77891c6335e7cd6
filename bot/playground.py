"""`python -m bot playground`: the bot, the emulator and a terminal chat, in one process.

Type text or /commands; a number presses that button of the last message (or answers its
poll); `:skip 1d` / `:skip 3h` moves the clock forward and runs what falls due;
`:location LAT LON` shares a location; `:quit` leaves. State lives in a real SQLite file.
"""

from __future__ import annotations

import asyncio
import re
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import ManualClock
from bot.config import Settings
from emulator import BotApiEmulator, EmulatedUser, RateLimits, TranscriptEntry

PLAYGROUND_USER = 4242
SKIP = re.compile(r"^:skip\s+(\d+)\s*([dhm])$")
UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def _show(entry: TranscriptEntry) -> None:
    body = re.sub(r"<[^>]+>", "", entry.text or "")
    if entry.poll is not None:
        body = entry.poll.question if hasattr(entry.poll, "question") else body
        options = getattr(entry.poll, "options", [])
        for number, option in enumerate(options, start=1):
            body += f"\n  ({number}) {option.get('text') if isinstance(option, dict) else option}"
    print(f"\nbot> {body}")
    number = 1
    for row in entry.inline_buttons:
        print("     " + "  ".join(f"[{number + i}] {b['text']}" for i, b in enumerate(row)))
        number += len(row)


async def _print_new(user: EmulatedUser, seen: dict[int, int]) -> TranscriptEntry | None:
    last = None
    for entry in user.bot_messages():
        if seen.get(entry.message_id) != entry.edit_count:
            seen[entry.message_id] = entry.edit_count
            _show(entry)
        last = entry
    return last


async def run_playground(settings: Settings, database: str) -> int:
    """Chat with the bot in this terminal until `:quit` or end of input."""
    from bot.app import build_application
    from bot.runtime import runtime_of
    from scheduler.ratelimit import TelegramRateLimiter

    clock = ManualClock(datetime.now(UTC).replace(second=0, microsecond=0))
    emulator = BotApiEmulator("4242:PLAYGROUND", clock=clock, limits=RateLimits(enabled=False))
    await emulator.start()
    playground_settings = settings.model_copy(
        update={
            "database_url": f"sqlite+aiosqlite:///{database}",
            "telegram_base_url": emulator.base_url,
        }
    )
    from pydantic import SecretStr

    playground_settings.bot_token = SecretStr("4242:PLAYGROUND")
    limiter = TelegramRateLimiter(overall_max_rate=1000, chat_per_second=1000, chat_burst=100)
    app: Any = build_application(
        playground_settings, clock=clock, rate_limiter=limiter, start_jobs=False
    )
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    user = emulator.user(PLAYGROUND_USER, first_name="You")
    seen: dict[int, int] = {}
    print("KneeGuard playground: type /start. Numbers press buttons, ':skip 1d' moves time, "
          "':quit' leaves.", flush=True)  # fmt: skip
    loop = asyncio.get_running_loop()
    last: TranscriptEntry | None = None
    try:
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line or line.strip() in {":quit", ":q"}:
                break
            line = line.strip()
            if not line:
                continue
            skip = SKIP.match(line)
            if skip:
                clock.advance(timedelta(**{UNITS[skip.group(2)]: int(skip.group(1))}))
                await runtime_of(app).run_periodic_jobs()
                print(f"(clock is now {clock.now():%a %Y-%m-%d %H:%M} UTC)")
            elif line.startswith(":location"):
                _, lat, lon = line.split()
                await user.share_location(float(lat), float(lon))
            elif line.isdigit() and last is not None:
                number = int(line)
                captions = [b["text"] for row in last.inline_buttons for b in row]
                if last.poll is not None and not captions:
                    await user.answer_poll(last, [number - 1])
                elif 1 <= number <= len(captions):
                    await user.press_button(last, text=captions[number - 1])
            elif line.startswith("/"):
                command, _, args = line.partition(" ")
                await user.send_command(command, args=args)
            else:
                await user.send_text(line)
            await emulator.wait_until_delivered()
            await asyncio.sleep(0.3)  # let the bot answer before printing (interactive only)
            last = await _print_new(user, seen) or last
    finally:
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()
        await emulator.stop()
    return 0
