"""`python -m bot playground`: the bot, the emulator and a terminal chat, in one process.

Type text or /commands; a number presses that button of the last message (or answers its
poll) unless the bot waits for typed text; `:press N` / `:say TEXT` force either; a trailing
backslash, `:multi` … `:end` or `:paste` … `.` makes one message of several lines; `:skip 1d` /
`:skip 3h` moves the clock forward and runs what falls due; `:location LAT LON` shares a
location; `:file PATH` sends a run file (.fit, .gpx, .tcx); `:strava connect | run KM |
deauthorize` drives a fake Strava account (bot.playground_strava) when STRAVA_CLIENT_ID is not
set; `:admin` switches admin rights; `:reset` starts afresh; `:help` lists all this; `:quit`
leaves. The chat lives in a real SQLite file and the clock in a file beside it, so both survive
a restart; photos and documents are saved beside them (bot.playground_files). Times are shown in
the runner's zone once set.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.config import Settings
from bot.playground_files import (
    PlaygroundPaths,
    SavedClock,
    free_path,
    open_in_viewer,
    reset,
)
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
from bot.playground_strava import PlaygroundStrava
from bot.storage import deliveries, users
from emulator import BotApiEmulator, EmulatedUser, RateLimits, TranscriptEntry

if TYPE_CHECKING:
    from bot.runtime import Runtime

ANSWER_SECONDS = 30.0
TIME_FORMAT = "%a %Y-%m-%d %H:%M"
__all__ = ["PLAYGROUND_USER", "choices", "run_playground"]


def choices(entry: TranscriptEntry) -> list[tuple[str, int | str]]:
    """What a number can pick on a message: poll options first, then inline buttons (link
    buttons open a page, so they are shown but not numbered)."""
    options: list[tuple[str, int | str]] = []
    if entry.poll is not None and not entry.poll.is_closed:
        options += [("poll", index) for index in range(len(entry.poll.options))]
    options += [
        ("button", b["text"]) for row in entry.inline_buttons for b in row if "callback_data" in b
    ]
    return options


def _read_file(name: str) -> bytes | None:
    """The bytes of the file `:file` names, or None when there is none."""
    path = Path(name).expanduser()
    return path.read_bytes() if path.is_file() else None


class Chat(Protocol):
    """The playground user's chat, as the printer reads it (an `EmulatedUser`)."""

    @property
    def user_id(self) -> int: ...

    def bot_messages(self) -> list[TranscriptEntry]: ...


class Printer:
    """Prints the bot's new messages once, and again marked "(edited)" after an edit; saves
    photos and documents to `folder` (again when an edit brings a new picture, like /history's
    "12 weeks"), prints where and shows them when a viewer can."""

    def __init__(self, user: Chat, folder: Path) -> None:
        self.user = user
        self.folder = folder
        self.seen: dict[int, int] = {}
        self.saved: dict[int, bytes] = {}
        """The digest of the file last saved for each message."""

    def print_new(self) -> TranscriptEntry | None:
        """Print what is new or edited since last time; the bot's latest message (one that
        only brings a reply keyboard, like the location offer, does not count: a number still
        means the buttons of the question above it)."""
        last = None
        for entry in self.user.bot_messages():
            shown = self.seen.get(entry.message_id)
            if shown != entry.edit_count:
                self.seen[entry.message_id] = entry.edit_count
                self._show(entry, edited=shown is not None)
            if "keyboard" not in (entry.reply_markup or {}):
                last = entry
        return last

    def _show(self, entry: TranscriptEntry, *, edited: bool) -> None:
        body = entry.poll.question if entry.poll is not None else entry.text or ""
        marker = "bot (edited)>" if edited else "bot>"
        print(f"\n{marker} {re.sub(r'<[^>]+>', '', body)}")
        digest = hashlib.sha256(entry.file_bytes).digest() if entry.file_bytes else None
        if digest is not None and self.saved.get(entry.message_id) != digest:
            self.saved[entry.message_id] = digest
            saved = self._save(entry)
            shown = ", opened in the viewer" if open_in_viewer(saved) else ""
            print(f"     (saved {entry.kind}: {saved}{shown})")
        for number, (kind, value) in enumerate(choices(entry), start=1):
            label = entry.poll.options[int(value)] if kind == "poll" and entry.poll else value
            print(f"     [{number}] {label}")
        for row in entry.inline_buttons:
            for button in row:
                if "url" in button:
                    print(f"     [link] {button['text']}: {button['url']}")
        keyboard = (entry.reply_markup or {}).get("keyboard")
        for row in keyboard or []:
            for button in row:
                how = "  (:location LAT LON)" if button.get("request_location") else ""
                print(f"     [keyboard] {button['text']}{how}")

    def _save(self, entry: TranscriptEntry) -> Path:
        content = entry.file_bytes or b""
        if entry.kind == "photo":  # Telegram keeps no name for a photo: named by its format
            name = "photo.png" if content.startswith(b"\x89PNG") else "photo.jpg"
        else:
            name = Path(entry.file_name or "document").name
        self.folder.mkdir(parents=True, exist_ok=True)
        path = free_path(self.folder, f"{entry.message_id:04d}-{name}")  # ids restart per run
        path.write_bytes(content)
        return path.resolve()


async def clock_text(runtime: Runtime, clock: ManualClock, moment: datetime | None = None) -> str:
    """A moment (the clock by default) in the runner's zone once set, with UTC beside it."""
    moment = moment or clock.now()
    async with runtime.session() as session:
        user = await users.get(session, PLAYGROUND_USER)
    zone = user.timezone if user is not None and user.timezone else None
    if zone is None or zone == "UTC":
        return f"{moment:{TIME_FORMAT}} UTC"
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local:{TIME_FORMAT}} {zone} ({moment:%H:%M} UTC)"


async def _skip(
    runtime: Runtime, clock: ManualClock, printer: Printer, span: timedelta, saved: SavedClock
) -> TranscriptEntry | None:
    """Move the clock by `span`, stopping at each of the runner's due reminders on the way (as
    time passes for real), so each arrives on time instead of all being judged too late; each
    move is saved, so a restart goes on from there."""
    target = clock.now() + span
    last = None
    while True:
        async with runtime.session() as session:
            pending = await deliveries.pending_for_user(session, printer.user.user_id)
        due = next((row.due_at for row in pending if clock.now() < row.due_at <= target), None)
        if due is None:
            break
        saved.save(clock.set(due))
        await runtime.run_periodic_jobs()
        print(f"({await clock_text(runtime, clock)})")
        last = printer.print_new() or last
    saved.save(clock.set(target))
    await runtime.run_periodic_jobs()
    return printer.print_new() or last


async def _send(
    action: Action, user: EmulatedUser, last: TranscriptEntry | None, runtime: Runtime,
    now: datetime,
) -> bool:  # fmt: skip
    """Carry out a press or a text; False when nothing was sent (a hint was printed)."""
    if action.kind == "file":
        content = await asyncio.to_thread(_read_file, action.text)
        if content is None:
            print(f"(no file at {action.text})")
            return False
        await user.send_document(content, Path(action.text).name)
        return True
    if action.kind == "location":
        await user.share_location(action.latitude, action.longitude)
        return True
    picks = choices(last) if last is not None else []
    if action.kind == "number":
        async with runtime.session() as session:
            text_waiting = await waiting_for_text(session, user.user_id, now)
        if not number_presses(bool(picks), text_waiting):
            if picks:
                print(f"(sent as typed text: the bot waits for a typed answer; "
                      f":press {action.number} presses button {action.number})")  # fmt: skip
            await user.send_text(action.text)
            return True
    if action.kind in {"number", "press"}:
        if last is None or not picks:
            print("(the last message has no buttons; type text or a /command)")
            return False
        if not 1 <= action.number <= len(picks):
            print(f"(pick a number from 1 to {len(picks)})")
            return False
        kind, value = picks[action.number - 1]
        if kind == "poll":
            await user.answer_poll(last, [int(value)])
        else:
            await user.press_button(last, text=str(value))
        return True
    await user.send_text(action.text)  # "text" and "say"; a leading /command is one
    return True


def switch_admin(runtime: Runtime) -> bool:
    """Give the playground user admin rights, or take them away; whether they now have them.
    The handlers read `runtime.settings.admin_ids` on every update, so it takes effect at once."""
    admins = runtime.settings.admin_ids ^ {PLAYGROUND_USER}
    runtime.settings = runtime.settings.model_copy(update={"admin_ids": admins})
    return PLAYGROUND_USER in admins


def admin_state(admin: bool) -> str:
    """Whether the playground user (the admin id) has admin rights now, and how to switch."""
    if admin:
        return f"admin rights on for user {PLAYGROUND_USER}: /stats, /broadcast, /addtip work"
    return f"admin rights off for user {PLAYGROUND_USER}: :admin switches them on"


async def run_playground(settings: Settings, database: str, language_code: str = "en") -> int:
    """Chat with the bot in this terminal until `:quit` or end of input; `:reset` deletes the
    database, the saved files and the saved clock, then starts afresh."""
    paths = PlaygroundPaths.beside(Path(database))
    loop = asyncio.get_running_loop()

    async def read_line() -> str:
        return await loop.run_in_executor(None, sys.stdin.readline)

    collector = InputCollector()
    while True:
        outcome, settings = await _chat(settings, paths, collector, read_line, language_code)
        if outcome == "quit":
            return 0
        removed = reset(paths)
        print(f"(reset: removed {', '.join(removed) or 'nothing (nothing was saved yet)'}; "
              "starting afresh)", flush=True)  # fmt: skip


async def _chat(
    settings: Settings, paths: PlaygroundPaths, collector: InputCollector,
    read_line: Callable[[], Awaitable[str]], language_code: str = "en",
) -> tuple[Literal["quit", "reset"], Settings]:  # fmt: skip
    """One run of the bot on the playground's files until `:quit`, end of input or `:reset`;
    how it ended, with the settings as `:admin` left them."""
    from pydantic import SecretStr

    from bot.app import build_application
    from bot.runtime import runtime_of
    from scheduler.ratelimit import TelegramRateLimiter

    saved = SavedClock(paths.clock)
    clock = ManualClock(saved.resume(datetime.now(UTC).replace(second=0, microsecond=0)))
    emulator = BotApiEmulator("4242:PLAYGROUND", clock=clock, limits=RateLimits(enabled=False))
    await emulator.start()
    strava = None if settings.strava_enabled else PlaygroundStrava(clock)
    strava_settings = await strava.start() if strava is not None else {}
    paths.database.parent.mkdir(parents=True, exist_ok=True)
    playground_settings = settings.model_copy(
        update={
            "database_url": f"sqlite+aiosqlite:///{paths.database}",
            "telegram_base_url": emulator.base_url,
            **strava_settings,
        }
    )
    playground_settings.bot_token = SecretStr("4242:PLAYGROUND")
    limiter = TelegramRateLimiter(overall_max_rate=1000, chat_per_second=1000, chat_burst=100)
    app: Any = build_application(
        playground_settings, clock=clock, rate_limiter=limiter, start_jobs=False
    )
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    runtime = runtime_of(app)
    if strava is not None:
        await strava.serve(app, playground_settings)
    user = emulator.user(PLAYGROUND_USER, first_name="You", language_code=language_code)
    printer = Printer(user, paths.folder)
    admin = PLAYGROUND_USER in runtime.settings.admin_ids
    print("KneeGuard playground: type /start. Numbers press buttons (:press N, :say TEXT force "
          "either), ':skip 1d' moves time, ':multi' … ':end' or ':paste' … '.' sends several "
          "lines, ':admin' switches admin rights, ':reset' starts afresh, ':help' lists more, "
          f"':quit' leaves. You are user {PLAYGROUND_USER}, the admin id of the playground "
          f"(admin rights {'on' if admin else 'off'}; ADMIN_IDS={PLAYGROUND_USER} starts with "
          "them on). "
          f"The clock is at {await clock_text(runtime, clock)} (kept in {paths.clock}); "
          f"the chat in {paths.database}; files go to {paths.folder}/.", flush=True)  # fmt: skip
    last: TranscriptEntry | None = None
    outcome: Literal["quit", "reset"] = "quit"
    try:
        while True:
            line = await read_line()
            if not line:
                break
            typed = collector.feed(line)
            if typed is None or not typed.strip():
                continue
            try:
                action = parse(typed)
            except PlaygroundInputError as error:
                print(f"({error})")
                continue
            if action.kind in {"quit", "reset"}:
                outcome = "reset" if action.kind == "reset" else "quit"
                break
            if action.kind == "help":
                print(HELP)
                continue
            if action.kind == "admin":
                print(f"({admin_state(switch_admin(runtime))})")
                continue
            if action.kind == "skip":
                last = await _skip(runtime, clock, printer, action.span, saved) or last
                print(f"(clock is now {await clock_text(runtime, clock)})")
                continue
            if action.kind == "strava":
                said = "(STRAVA_CLIENT_ID is set: the real Strava is used)"
                if strava is not None:
                    said = await strava.handle(action.text.split(), user, runtime)
                print(said)
                last = printer.print_new() or last
                continue
            if not await _send(action, user, last, runtime, clock.now()):
                continue
            # print once the bot has handled what was typed (a chart takes a moment to draw)
            await emulator.wait_until_delivered(confirmed=True)
            await asyncio.wait_for(app.update_queue.join(), ANSWER_SECONDS)
            last = printer.print_new() or last
    finally:
        saved.save(clock.now())
        admins = runtime.settings.admin_ids
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()
        if strava is not None:
            await strava.stop()
        await emulator.stop()
    return outcome, settings.model_copy(update={"admin_ids": admins})
