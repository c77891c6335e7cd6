"""Delivery: N reminders due at once, through the real Dispatcher, Sender, TelegramRateLimiter
and PTB Bot, against the emulator (in its own process) enforcing Telegram's limits scaled up.

The dispatcher is ticked every `dispatch_interval_seconds`, as the scheduler job does, until
every row has an outcome. Rates come from the emulator's admission times (system monotonic).
"""

from __future__ import annotations

import asyncio
import itertools
import math
import time
from datetime import UTC, datetime
from typing import Any

from telegram.ext import Application

from bench.emulator_process import RemoteEmulator
from bench.lifecycle import crashed_tasks_row, scratch_folder, task_failures
from bench.report import Row
from bench.seed import seed_database
from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings, load_settings
from bot.runtime import runtime_of
from bot.storage import deliveries
from emulator import RateLimits
from scheduler.dispatcher import Dispatcher
from scheduler.ratelimit import TelegramRateLimiter

SCALE = 3.0
"""Telegram's limits ×3 (90 messages/s): short runs, and the bot process (about 95 sends/s on
this 2-core machine next to the emulator, see RESULTS.md) is not the bottleneck."""
RATE_TARGET = 0.95
RUN_TIMEOUT_SECONDS = 600.0
CPU_TARGET_MS = 1.5
PROBE_FROM = 10_000
"""Waves this large also measure how fast runners are answered while the wave goes out."""
PROBE_INTERVAL_SECONDS = 0.25
REPLY_TARGET_MS = 250.0


async def start_limited_bot(
    remote: RemoteEmulator, database_url: str, limits: RateLimits, **settings: Any
) -> tuple[Application[Any, Any, Any, Any, Any, Any], Settings]:
    """The real bot against the remote emulator, pacing itself at the emulator's limits."""
    limit = int(limits.global_per_second)
    loaded = load_settings(
        bot_token=remote.token, database_url=database_url,
        telegram_base_url=remote.base_url, messages_per_second=limit, **settings,
    )  # fmt: skip
    limiter = TelegramRateLimiter(
        overall_max_rate=limit, chat_per_second=limits.per_chat_per_second,
        chat_burst=limits.per_chat_burst,
    )  # fmt: skip
    application = build_application(
        loaded, clock=SystemClock(), rate_limiter=limiter, start_jobs=False
    )
    await application.initialize()
    assert application.post_init is not None and application.post_shutdown is not None
    await application.post_init(application)
    return application, loaded


async def run_delivery(
    count: int, scale: float = SCALE, probe: bool | None = None, http_client: str = "aiohttp"
) -> list[Row]:
    """Deliver `count` due reminders to `count` runners; rows for the table. With `probe`
    (by default from PROBE_FROM reminders on) runners write and press during the wave;
    `http_client` is the transport under PTB (TELEGRAM_HTTP_CLIENT)."""
    limits = RateLimits().scaled(scale)
    limit = limits.global_per_second
    with scratch_folder() as work, task_failures() as failures:
        database_url = f"sqlite+aiosqlite:///{work / 'delivery.db'}"
        now = datetime.now(UTC)
        await seed_database(database_url, count, now, due_now=count)
        async with RemoteEmulator(users=count, scale=scale) as remote:
            application, settings = await start_limited_bot(
                remote, database_url, limits, telegram_http_client=http_client
            )
            runtime = runtime_of(application)
            assert runtime.dispatcher is not None and runtime.sessions is not None
            probing = count >= PROBE_FROM if probe is None else probe
            if probing:  # runners write and press during the wave: the bot must poll
                await application.start()
                assert application.updater is not None
                await application.updater.start_polling(poll_interval=0.0, timeout=1)
            started = time.monotonic()
            cpu_started = time.process_time()
            prober = asyncio.create_task(_probe(remote)) if probing else None
            async with asyncio.timeout(RUN_TIMEOUT_SECONDS):
                await _dispatch_until_idle(runtime.dispatcher, settings.dispatch_interval_seconds)
            await runtime.dispatcher.drain()
            cpu = time.process_time() - cpu_started
            probes = await _stop_probing(prober) if prober is not None else None
            async with runtime.sessions() as session:
                states = await deliveries.count_by_state(session)
            if probing:
                assert application.updater is not None
                await application.updater.stop()
                await application.stop()
            await application.post_shutdown(application)
            await application.shutdown()
            stats = await remote.stats()
            seen = await remote.deliveries()
    name = f"delivery {count:,} due at once"
    rows = _rows(count, limit, started, states, stats, seen)
    sent = states.get("sent", 0)
    rows.append(
        Row(name, "bot CPU per delivered message", f"{cpu / max(sent, 1) * 1000:.2f} ms",
            f"≤ {CPU_TARGET_MS} ms", cpu / max(sent, 1) * 1000 <= CPU_TARGET_MS,
            f"{cpu:.1f} CPU-s in the bot process for {sent:,} sent"
            + (" (and the probes' answers)" if probes else ""))
    )  # fmt: skip
    if probes is not None:
        rows += _probe_rows(name, probes)
    rows.append(crashed_tasks_row(name, failures))
    return rows


Probes = dict[str, list[tuple[float, float]]]


async def _probe(remote: RemoteEmulator) -> Probes:
    """Every PROBE_INTERVAL_SECONDS a runner who just got their reminder writes /help or presses
    Done (alternately), until cancelled; the seconds to the first and the last answer."""
    results: Probes = {"help": [], "done": []}
    tasks: set[asyncio.Task[None]] = set()

    async def one(kind: str) -> None:
        first, complete = await remote.probe(kind)
        if first is not None and complete is not None:
            results[kind].append((first, complete))

    try:
        for number in itertools.count():
            task = asyncio.create_task(one("help" if number % 2 else "done"))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            await asyncio.sleep(PROBE_INTERVAL_SECONDS)
    except asyncio.CancelledError:
        await asyncio.gather(*tasks, return_exceptions=True)
    return results


async def _stop_probing(prober: asyncio.Task[Probes]) -> Probes:
    prober.cancel()
    return await prober


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else math.nan


def _probe_rows(name: str, probes: Probes) -> list[Row]:
    """p50/p99/worst of the time to the first answer (and to Done's edit)."""
    rows = []
    series = (
        ("/help → reply", [first for first, _ in probes["help"]]),
        ("Done → toast (answerCallbackQuery)", [first for first, _ in probes["done"]]),
        ("Done → acknowledgement edited", [complete for _, complete in probes["done"]]),
    )
    firsts = [first for kind in probes.values() for first, _ in kind]
    for label, values in series:
        rows.append(Row(name, f"during the wave: {label} p50 / p99 / worst",
                        _milliseconds(values), note=f"{len(values)} probes"))
    p99 = _percentile(firsts, 0.99) * 1000
    rows.append(Row(name, "during the wave: a runner's first answer (/help or Done), p99",
                    f"{p99:.0f} ms", f"≤ {REPLY_TARGET_MS:.0f} ms", p99 <= REPLY_TARGET_MS,
                    f"{len(firsts)} probes, one every {PROBE_INTERVAL_SECONDS} s"))
    return rows  # fmt: skip


def _milliseconds(values: list[float]) -> str:
    if not values:
        return "—"
    return " / ".join(
        f"{_percentile(values, share) * 1000:.0f}" for share in (0.5, 0.99, 1.0)
    ) + " ms"


async def _dispatch_until_idle(dispatcher: Dispatcher, interval: float) -> None:
    """Tick as the scheduler job does until a tick after a full drain claims nothing."""
    while True:
        if not (await dispatcher.tick()).claimed:
            await dispatcher.drain()
            if not (await dispatcher.tick()).claimed:
                return
        await asyncio.sleep(interval)


def _rows(
    count: int, limit: float, started: float, states: dict[str, int],
    stats: dict[str, object], seen: dict[str, object],
) -> list[Row]:  # fmt: skip
    admitted = sorted(stats["admitted"])  # type: ignore[call-overload]
    sent = len(admitted)
    last = admitted[-1] if admitted else started
    overall = sent / (last - started) if last > started else 0.0
    after_burst = [moment for moment in admitted if moment >= started + 1.0]
    sustained = len(after_burst) / (last - (started + 1.0)) if len(after_burst) > 1 else overall
    ids = seen["ids"]  # type: ignore[index]
    duplicates = int(seen["duplicates"])  # type: ignore[call-overload]
    losses = count - len(ids)  # type: ignore[arg-type]
    rate_limited = int(stats["rate_limited"])  # type: ignore[call-overload]
    chats_limited = int(stats["chats_rate_limited"])  # type: ignore[call-overload]
    name = f"delivery {count:,} due at once"
    return [
        Row(name, "messages/s ÷ enforced limit (sustained, after the first second)",
            f"{sustained / limit:.2f}", f"≥ {RATE_TARGET}", sustained / limit >= RATE_TARGET,
            f"{sustained:.0f}/s of {limit:.0f}/s; whole run {overall:.0f}/s incl. burst"),
        Row(name, "429 answers", str(rate_limited), "0", rate_limited == 0),
        Row(name, "chats with a per-chat limit hit", str(chats_limited), "0",
            chats_limited == 0),
        Row(name, "duplicates (same delivery twice in chats)", str(duplicates), "0",
            duplicates == 0),
        Row(name, "losses (due rows never in a chat)", str(losses), "0", losses == 0,
            f"rows sent {states.get('sent', 0):,}, failed {states.get('failed', 0):,}, "
            f"missed {states.get('missed', 0):,}, left claimed {states.get('claimed', 0):,}, "
            f"left sending {states.get('sending', 0):,}"),
    ]  # fmt: skip


async def run_transport(count: int = 3_000, rounds: int = 2) -> list[Row]:
    """Bot CPU per delivered message on aiohttp and on httpx, interleaved in one run."""
    cpu: dict[str, list[str]] = {"aiohttp": [], "httpx": []}
    for _ in range(rounds):
        for client in cpu:
            rows = await run_delivery(count, probe=False, http_client=client)
            cpu[client] += [row.value for row in rows if row.measure.startswith("bot CPU")]
    name = f"transport, {count:,} due at once"
    return [
        Row(name, f"bot CPU per delivered message on {client}", " / ".join(values),
            note=f"{rounds} runs, interleaved")
        for client, values in cpu.items()
    ]  # fmt: skip
