"""Activity files sent to the chat (.fit, .gpx, .tcx, also gzipped) and /runs.

A file is fetched with getFile (Telegram lets bots download up to 20 MB), read off the event
loop by `bot.activities`, and its runs are logged through `bot.services.runs`. The reply is one
short message: a line per session, then a heads-up when a run is a spike. Other documents are
left to the fallback's "what I understand" answer.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import operator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.activities import MAX_FILE_BYTES, ActivityFileError, read_activity_file
from bot.content import Content, SafeHtml, fixed_number, join_html
from bot.domain.knee_status import RUNS_ON_HOLD, KneeStatus
from bot.domain.runs import Spike, weekly_totals
from bot.domain.units import Units, from_km
from bot.handlers.common import (
    Context,
    consenting_user,
    language,
    runtime,
    say,
    text,
    uploading_photo,
)
from bot.render.locale_format import local_moment
from bot.render.runs_chart import runs_chart_labels, runs_picture
from bot.services import run_effects
from bot.services import runs as runs_service
from bot.services.runs import Outcome, Verdict
from bot.storage import runs

log = logging.getLogger(__name__)
EXTENSIONS = ("fit", "gpx", "tcx", "fit.gz", "gpx.gz", "tcx.gz")
MIME_TYPES = ("application/vnd.ant.fit", "application/gpx+xml", "application/vnd.garmin.tcx+xml")
ACTIVITY_DOCUMENT = functools.reduce(
    operator.or_,
    [
        *(filters.Document.FileExtension(extension) for extension in EXTENSIONS),
        *(filters.Document.MimeType(mime_type) for mime_type in MIME_TYPES),
    ],
)
"""Documents that name themselves activity files; their content decides what they really are."""
MAX_LINES = 10
"""Sessions listed in one reply; a longer multisport file ends with "...and N more"."""
RUNS_LISTED = 10
CHART_WEEKS = 8
CHART_SPAN = timedelta(weeks=CHART_WEEKS)
"""/runs draws the kilometres of the last eight weeks, this one included."""
READING_AT_ONCE = 1
"""Files read at the same time; others wait their turn, so a burst of big files cannot take all
cores and memory (a 20 MB GPX needs ~5 s and ~270 MiB; a 10 km FIT 0.1 s)."""
READING_SLOTS = "activity_reading_slots"


RUN_START = "EEE d MMM HH:mm"


def when_text(moment: datetime, zone: str, lang: str | None = None) -> str:
    """A start in the runner's zone and language, e.g. "Tue 3 Dec 07:12", "вт 3 дек. 07:12"."""
    return local_moment(moment, zone, lang, RUN_START)


def km_text(
    content: Content, lang: str | None, distance_m: float, units: Units = Units.KM
) -> str:
    """A run's distance to one decimal in the runner's unit: "10.0 km", "6.2 mi"."""
    value = fixed_number(from_km(distance_m / 1000, units), 1)
    return content.plain(f"units.{units.value}", lang, value=value)


def duration_text(content: Content, lang: str | None, seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 60:
        return content.plain("activities.duration_minutes", lang, minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    return content.plain("activities.duration_hours", lang, hours=hours, minutes=f"{minutes:02d}")


def outcome_line(
    content: Content, lang: str | None, outcome: Outcome, zone: str, units: Units = Units.KM
) -> SafeHtml:
    """One session's line: logged, already logged, or another sport left out."""
    session = outcome.session
    if outcome.verdict is Verdict.NOT_RUN:
        sport = content.plain(f"activities.sports.{session.sport.value}", lang)
        return content.text("activities.not_run", lang, sport=sport)
    when = when_text(session.started_at, zone, content.resolve_language(lang))
    km = km_text(content, lang, session.distance_m, units)
    if outcome.verdict is Verdict.DUPLICATE:
        return content.text("activities.duplicate", lang, when=when, km=km)
    duration = duration_text(content, lang, session.moving_s)
    return content.text("activities.logged", lang, when=when, km=km, duration=duration)


def spike_text(
    content: Content, lang: str | None, outcome: Outcome, units: Units = Units.KM
) -> SafeHtml | None:
    """The heads-up for a run much longer than the 30-day longest (Frandsen 2025), if any."""
    if outcome.spike is Spike.NONE:
        return None
    longest_km = km_text(content, lang, outcome.longest_before_m, units)
    if outcome.spike is Spike.BIG:
        return content.text("activities.big_spike", lang, longest_km=longest_km)
    percent = round(100 * (outcome.session.distance_m / outcome.longest_before_m - 1))
    return content.text("activities.spike", lang, percent=percent, longest_km=longest_km)


def file_reply(
    content: Content, lang: str | None, outcomes: list[Outcome], zone: str,
    knee_status: str = KneeStatus.OK, units: Units = Units.KM,
) -> SafeHtml:  # fmt: skip
    """A line per session (at most MAX_LINES), then the strongest spike heads-up; while the
    knee status holds runs, a run is accepted with a gentle word instead (never praise)."""
    lines: list[str] = [outcome_line(content, lang, o, zone, units) for o in outcomes[:MAX_LINES]]
    if len(outcomes) > MAX_LINES:
        lines.append(content.text("activities.more", lang, count=len(outcomes) - MAX_LINES))
    logged = any(outcome.verdict is Verdict.LOGGED for outcome in outcomes)
    if logged and KneeStatus(knee_status) in RUNS_ON_HOLD:
        return join_html([*lines, content.text(f"activities.on_hold.{knee_status}", lang)])
    spikes = sorted(
        (o for o in outcomes if o.spike is not Spike.NONE), key=lambda o: o.spike is Spike.BIG
    )
    heads_up = spike_text(content, lang, spikes[-1], units) if spikes else None
    return join_html([*lines, *([heads_up] if heads_up else [])])


async def activity_file(update: Update, context: Context) -> None:
    """A .fit/.gpx/.tcx file: its runs logged once, other sports named, a bad file explained."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    document = message.document
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
    if user is None:
        return
    try:
        if document.file_size is not None and document.file_size > MAX_FILE_BYTES:
            raise ActivityFileError("too_big", f"declared size {document.file_size}")
        content = await _download(context, document.file_id)
        async with _reading_slot(context):
            sessions = await asyncio.to_thread(
                read_activity_file, content, document.file_name or ""
            )
    except ActivityFileError as error:
        log.info("refused an activity file: %s", error.key)  # never the file or its name
        await say(update, text(context, update, f"activities.errors.{error.key}"))
        return
    async with rt.sessions_begin() as session:
        now = rt.clock.now()
        outcomes = await runs_service.log_sessions(session, user.id, sessions, now)
        logged = [outcome.session for outcome in outcomes if outcome.verdict is Verdict.LOGGED]
        await run_effects.after_logged(session, user.id, logged, now, rt.content.rules)
    zone = user.timezone or rt.settings.default_timezone
    reply = file_reply(
        rt.content, language(update, context), outcomes, zone, user.knee_status, user.units
    )
    await say(update, reply)


def _reading_slot(context: Context) -> asyncio.Semaphore:
    """The application's limit on files read at once (made in its own event loop)."""
    slots = context.bot_data.get(READING_SLOTS)
    if not isinstance(slots, asyncio.Semaphore):
        slots = context.bot_data[READING_SLOTS] = asyncio.Semaphore(READING_AT_ONCE)
    return slots


async def _download(context: Context, file_id: str) -> bytes:
    """The file's bytes; Telegram's "file is too big" becomes the too-big answer."""
    try:
        telegram_file = await context.bot.get_file(file_id)
    except BadRequest as error:
        if "too big" in str(error).lower():
            raise ActivityFileError("too_big", "Telegram refused the download") from error
        raise
    return bytes(await telegram_file.download_as_bytearray())


async def runs_command(update: Update, context: Context) -> None:
    """/runs: the last logged runs, newest first, in the runner's time zone."""
    rt = runtime(context)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        latest = await runs.latest(session, user.id, RUNS_LISTED) if user is not None else []
        recent = (
            await runs.started_between(session, user.id, now - CHART_SPAN, now)
            if user is not None
            else []
        )
    if user is None:
        return
    if not latest:
        await say(update, text(context, update, "activities.list_empty"))
        return
    lang, zone = language(update, context), user.timezone or rt.settings.default_timezone
    lines = [rt.content.text("activities.list_heading", lang)] + [
        rt.content.text(
            "activities.list_line", lang,
            when=when_text(run.started_at, zone, rt.content.resolve_language(lang)),
            km=km_text(rt.content, lang, run.distance_m, user.units),
            duration=duration_text(rt.content, lang, run.moving_s),
        )
        for run in latest
    ]  # fmt: skip
    await say(update, join_html(lines))
    await uploading_photo(update)
    weeks = weekly_totals(
        [(run.started_at, run.distance_m) for run in recent], ZoneInfo(zone),
        now.astimezone(ZoneInfo(zone)).date(), CHART_WEEKS,
    )  # fmt: skip
    shown = [(monday, round(from_km(km, user.units), 1)) for monday, km in weeks]
    labels = runs_chart_labels(rt.content, lang, user.units)
    picture = await asyncio.to_thread(runs_picture, shown, labels)
    caption = rt.content.text("activities.chart.caption", lang, weeks=CHART_WEEKS)
    assert update.effective_chat is not None
    await update.effective_chat.send_photo(picture, caption=caption)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & private & ACTIVITY_DOCUMENT, activity_file)
    )
    application.add_handler(CommandHandler("runs", runs_command, filters=private))
