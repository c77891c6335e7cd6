"""The Strava job: queued push events become runs; the runners hear what came in.

Also `tell`, used by the OAuth callback: a notice rendered from content and sent once (a runner
who blocked the bot is skipped; the data is stored either way).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from telegram.error import TelegramError

from bot.content import SafeHtml, join_html
from bot.domain.knee_status import Message, may_send
from bot.handlers.activities import outcome_line, spike_text
from bot.services import strava_events
from bot.services.runs import Verdict
from bot.services.strava import Notice, NoticeKind

if TYPE_CHECKING:
    from bot.content import Content
    from bot.runtime import Runtime

log = logging.getLogger(__name__)
STRAVA_EVENTS_SECONDS = 5.0


def notice_text(content: Content, notice: Notice, default_zone: str) -> SafeHtml:
    """What the runner reads: connected, access removed, or the run that came in."""
    lang = notice.language
    if notice.kind is NoticeKind.CONNECTED:
        return content.text("strava.connected", lang)
    if notice.kind is NoticeKind.DEAUTHORIZED:
        return content.text("strava.deauthorized", lang)
    assert notice.outcome is not None
    zone = notice.timezone or default_zone
    line = outcome_line(content, lang, notice.outcome, zone)
    parts: list[str] = [SafeHtml(f"{content.text('strava.from_strava', lang)} {line}")]
    if notice.outcome.verdict is Verdict.LOGGED:
        # The knee status rules: no praise while runs are on hold, only a gentle note.
        praise = may_send(notice.knee_status, Message.PRAISE)
        parts.append(content.text("strava.nice_run" if praise else "strava.on_hold", lang))
        heads_up = spike_text(content, lang, notice.outcome)
        if heads_up is not None:
            parts.append(heads_up)
    return join_html(parts)


async def tell(runtime: Runtime, notices: Sequence[Notice]) -> None:
    for notice in notices:
        if runtime.bot is None:
            return
        body = notice_text(runtime.content, notice, runtime.settings.default_timezone)
        try:
            await runtime.bot.send_message(notice.chat_id, body)
        except TelegramError as error:
            log.warning("could not tell a runner about Strava: %s", type(error).__name__)


async def process_strava_events(runtime: Runtime) -> None:
    """Handle the due push events (claimed like deliveries), then tell the runners."""
    if runtime.strava is None:
        return
    notices = await strava_events.process_due_events(
        runtime.strava, runtime.settings.instance_id, runtime.clock.now()
    )
    await tell(runtime, notices)
