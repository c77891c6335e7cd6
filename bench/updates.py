"""Update handling: button presses handled per second end to end through the emulator.

Three bots on the same kind of emulator process (limits off: this measures handling, not
Telegram's flood limits), each with K users acting at once:
* a bare echo bot (a message in, the same text back): the reference;
* a trivial button bot (answer the press, edit the message);
* KneeGuard itself: every runner presses Done on a real reminder the dispatcher sent (answer,
  record the answer in the database, edit the acknowledgement under the reminder).
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bench.emulator_process import RemoteEmulator
from bench.lifecycle import AnyApplication, initialize, start_polling, stop
from bench.report import Row, ratio
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import load_settings
from bot.runtime import runtime_of
from scheduler.ratelimit import TelegramRateLimiter

PRESS_TARGET = 0.5
PRESS_CPU_TARGET_MS = 4.0
TRIVIAL_TARGET = 0.7


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """The user's text back."""
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


async def pressed(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """A toast and the message edited."""
    assert update.callback_query is not None
    await update.callback_query.answer("Noted")
    await update.callback_query.edit_message_text("Done ✓")


async def _polling(application: AnyApplication) -> None:
    await initialize(application)
    await start_polling(application)


async def echo_rate(users: int) -> float:
    """Messages echoed per second when every user writes at once."""
    async with RemoteEmulator(users=users, limits=False) as remote:
        application = ApplicationBuilder().token(remote.token).base_url(remote.base_url).build()
        application.add_handler(MessageHandler(filters.TEXT, echo))
        await _polling(application)
        await remote.write_all("hello")
        elapsed = await remote.wait_calls("sendMessage", users)
        await stop(application)
    return users / elapsed


async def trivial_button_rate(users: int) -> tuple[float, float]:
    """Presses answered and edited per second by a bot with one trivial handler, and its CPU
    seconds per press (this process: the bot; the emulator runs in its own)."""
    async with RemoteEmulator(users=users, limits=False) as remote:
        application = ApplicationBuilder().token(remote.token).base_url(remote.base_url).build()
        application.add_handler(CallbackQueryHandler(pressed))
        await _polling(application)
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="t:1:done")]])
        await asyncio.gather(
            *(application.bot.send_message(user_id, "Run today?", reply_markup=markup)
              for user_id in range(1, users + 1))
        )  # fmt: skip
        cpu = time.process_time()
        await remote.press_all(":done")
        elapsed = await remote.wait_calls("editMessageText", users)
        cpu = time.process_time() - cpu
        await stop(application)
    return users / elapsed, cpu / users


async def kneeguard_rate(users: int, http_client: str = "aiohttp") -> tuple[float, float]:
    """Reminder Done presses handled per second by the real bot (reminders sent first), and
    its CPU seconds per press; `http_client` is the transport under PTB (TELEGRAM_HTTP_CLIENT)."""
    from bench.seed import seed_database

    work = Path(tempfile.mkdtemp(prefix="kneeguard-bench-"))
    try:
        database_url = f"sqlite+aiosqlite:///{work / 'updates.db'}"
        await seed_database(database_url, users, datetime.now(UTC), due_now=users)
        async with RemoteEmulator(users=users, limits=False) as remote:
            settings = load_settings(
                bot_token=remote.token, database_url=database_url,
                telegram_base_url=remote.base_url, telegram_http_client=http_client,
            )  # fmt: skip
            limiter = TelegramRateLimiter(
                overall_max_rate=100_000, chat_per_second=1_000, chat_burst=100
            )
            application = build_application(
                settings, clock=SystemClock(), rate_limiter=limiter, start_jobs=False
            )
            await _polling(application)
            runtime = runtime_of(application)
            assert runtime.dispatcher is not None
            while (await runtime.dispatcher.tick()).claimed:
                pass
            await runtime.dispatcher.drain()
            before = int((await remote.stats())["calls"].get("editMessageText", 0))
            cpu = time.process_time()
            presses = await remote.press_all(":done")
            # Done answers the press and edits the acknowledgement under the reminder.
            elapsed = await remote.wait_calls("editMessageText", before + presses)
            cpu = time.process_time() - cpu
            await stop(application)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return presses / elapsed, cpu / presses


async def run_updates(users: int) -> list[Row]:
    """All three rates and KneeGuard's ratio to the echo bot."""
    echo_per_second = await echo_rate(users)
    trivial_per_second, trivial_cpu = await trivial_button_rate(users)
    ours_per_second, ours_cpu = await kneeguard_rate(users)
    httpx_per_second, httpx_cpu = await kneeguard_rate(users, "httpx")
    name = f"updates {users:,} users at once"
    share = ours_per_second / echo_per_second if echo_per_second else 0.0
    return [
        Row(name, "bare echo bot: messages/s", f"{echo_per_second:.0f}"),
        Row(name, "trivial button bot (answer + edit): presses/s", f"{trivial_per_second:.0f}"),
        Row(name, "KneeGuard reminder Done: presses/s", f"{ours_per_second:.0f}",
            note="answer, DB write, acknowledgement edited under the reminder"),
        Row(name, "KneeGuard ÷ echo", f"{share:.2f}", f"≥ {PRESS_TARGET}",
            share >= PRESS_TARGET),
        Row(name, "KneeGuard ÷ trivial button bot",
            ratio(ours_per_second, trivial_per_second), f"≥ {TRIVIAL_TARGET}",
            ours_per_second >= TRIVIAL_TARGET * trivial_per_second),
        Row(name, "bot CPU per press: trivial button bot / KneeGuard",
            f"{trivial_cpu * 1000:.1f} / {ours_cpu * 1000:.1f} ms", f"≤ {PRESS_CPU_TARGET_MS} ms",
            ours_cpu * 1000 <= PRESS_CPU_TARGET_MS, "process CPU while the presses are handled"),
        Row(name, "KneeGuard on httpx (TELEGRAM_HTTP_CLIENT=httpx): presses/s, CPU per press",
            f"{httpx_per_second:.0f}, {httpx_cpu * 1000:.1f} ms",
            note=f"aiohttp ÷ httpx presses/s {ratio(ours_per_second, httpx_per_second)}"),
    ]  # fmt: skip
