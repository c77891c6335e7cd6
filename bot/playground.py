"""`python -m bot playground`: the bot, the emulator and a terminal chat, in one process.

Type text or /commands; a number presses that button of the last message (or answers its
poll); `:skip 1d` / `:skip 3h` moves the clock forward and runs what falls due;
`:location LAT LON` shares a location; `:file PATH` sends a file (a .fit, .gpx or .tcx run);
`:quit` leaves. State lives in a real SQLite file.
"""

from __future__ import annotations

import asyncio
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.clock import ManualClock
from bot.config import Settings
from bot.storage import deliveries
from emulator import BotApiEmulator, EmulatedUser, RateLimits, TranscriptEntry

if TYPE_CHECKING:
    from bot.runtime import Runtime

PLAYGROUND_USER = 4242
ANSWER_SECONDS = 30.0
SKIP = re.compile(r"^:skip\s+(\d+)\s*([dhm])$")
UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def choices(entry: TranscriptEntry) -> list[tuple[str, int | str]]:
    """What a number can pick on a message: poll options first, then inline buttons."""
    options: list[tuple[str, int | str]] = []
    if entry.poll is not None and not entry.poll.is_closed:
        options += [("poll", index) for index in range(len(entry.poll.options))]
    options += [("button", b["text"]) for row in entry.inline_buttons for b in row]
    return options


def _read_file(name: str) -> bytes | None:
    """The bytes of the file `:file` names, or None when there is none."""
    path = Path(name).expanduser()
    return path.read_bytes() if path.is_file() else None


def _show(entry: TranscriptEntry) -> None:
    body = entry.poll.question if entry.poll is not None else entry.text or ""
    print(f"\nbot> {re.sub(r'<[^>]+>', '', body)}")
    for number, (kind, value) in enumerate(choices(entry), start=1):
        label = entry.poll.options[int(value)] if kind == "poll" and entry.poll else value
        print(f"     [{number}] {label}")


async def _print_new(user: EmulatedUser, seen: dict[int, int]) -> TranscriptEntry | None:
    last = None
    for entry in user.bot_messages():
        if seen.get(entry.message_id) != entry.edit_count:
            seen[entry.message_id] = entry.edit_count
            _show(entry)
        last = entry
    return last


async def _skip(
    runtime: Runtime, clock: ManualClock, user: EmulatedUser, seen: dict[int, int],
    span: timedelta,
) -> TranscriptEntry | None:
    """Move the clock by `span`, stopping at each of the runner's due reminders on the way (as
    time passes for real), so each arrives on time instead of all being judged too late."""
    target = clock.now() + span
    last = None
    while True:
        async with runtime.session() as session:
            pending = await deliveries.pending_for_user(session, user.user_id)
        due = next((row.due_at for row in pending if clock.now() < row.due_at <= target), None)
        if due is None:
            break
        clock.set(due)
        await runtime.run_periodic_jobs()
        print(f"({due:%a %H:%M} UTC)")
        last = await _print_new(user, seen) or last
    clock.set(target)
    await runtime.run_periodic_jobs()
    return await _print_new(user, seen) or last


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
          "':file PATH' sends a run file, ':quit' leaves.", flush=True)  # fmt: skip
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
                span = timedelta(**{UNITS[skip.group(2)]: int(skip.group(1))})
                last = await _skip(runtime_of(app), clock, user, seen, span) or last
                print(f"(clock is now {clock.now():%a %Y-%m-%d %H:%M} UTC)")
                continue
            elif line.startswith(":location"):
                _, lat, lon = line.split()
                await user.share_location(float(lat), float(lon))
            elif line.startswith(":file"):
                name = line.removeprefix(":file").strip()
                content = await asyncio.to_thread(_read_file, name)
                if content is None:
                    print(f"(no file at {name})")
                    continue
                await user.send_document(content, Path(name).name)
            elif line.isdigit() and last is not None:
                picks = choices(last)
                if not picks:
                    print("(the last message has no buttons; type text or a /command)")
                    continue
                if not 1 <= int(line) <= len(picks):
                    print(f"(pick a number from 1 to {len(picks)})")
                    continue
                kind, value = picks[int(line) - 1]
                if kind == "poll":
                    await user.answer_poll(last, [int(value)])
                else:
                    await user.press_button(last, text=str(value))
            elif line.startswith("/"):
                command, _, args = line.partition(" ")
                await user.send_command(command, args=args)
            else:
                await user.send_text(line)
            # print once the bot has handled what was typed (a chart takes a moment to draw)
            await emulator.wait_until_delivered(confirmed=True)
            await asyncio.wait_for(app.update_queue.join(), ANSWER_SECONDS)
            last = await _print_new(user, seen) or last
    finally:
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()
        await emulator.stop()
    return 0
