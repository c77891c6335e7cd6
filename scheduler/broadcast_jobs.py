"""The broadcast progress job: edit each running broadcast's status message, report when done.

The recipients themselves are sent by the dispatcher (they are `deliveries` rows); this job only
reads their states, so it can run every few seconds and after any restart.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, TelegramError

from bot.services import broadcasts
from bot.storage import admin as admin_storage
from bot.storage.admin import Audience, BroadcastCounts
from bot.storage.models import Broadcast
from scheduler.sender import Outgoing, Priority, TextPayload

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)
KEYS = "admin.broadcast_flow"
STOP_PREFIX = "adm"
ADMIN_LANGUAGE: str | None = None
"""Status and reports are written in the default language (an admin may have no user row)."""


async def broadcast_progress(runtime: Runtime) -> None:
    """Show each running broadcast's progress; mark finished ones and send their report."""
    now = runtime.clock.now()
    updates: list[tuple[Broadcast, BroadcastCounts, bool]] = []
    async with runtime.sessions_begin() as session:
        for broadcast in await admin_storage.queued_broadcasts(session):
            if broadcast.send_at is not None and broadcast.send_at > now:
                continue
            counts, finished = await broadcasts.settle(session, broadcast, now)
            updates.append((broadcast, counts, finished))
    for broadcast, counts, finished in updates:
        await _show(runtime, broadcast, counts, finished)
        if finished:
            await _report(runtime, broadcast, counts)


def _status_text(runtime: Runtime, broadcast: Broadcast, counts: BroadcastCounts) -> str:
    content = runtime.content
    audience = Audience.from_dict(broadcast.audience)
    key = f"{KEYS}.audience_names.{audience.segment}"
    value = audience.value
    name = content.plain(key, ADMIN_LANGUAGE, value=int(value) if value.isdigit() else value)
    return content.text(
        f"{KEYS}.status", ADMIN_LANGUAGE, number=str(broadcast.id), audience=name, done=counts.done,
        total=counts.total, delivered=counts.delivered, blocked=counts.blocked,
        failed=counts.failed,
    )  # fmt: skip


def _stop_markup(runtime: Runtime, broadcast_id: int) -> InlineKeyboardMarkup:
    caption = runtime.content.plain(f"{KEYS}.stop_button", ADMIN_LANGUAGE)
    data = f"{STOP_PREFIX}:0:stop:{broadcast_id}"
    return InlineKeyboardMarkup([[InlineKeyboardButton(caption, callback_data=data)]])


async def _show(
    runtime: Runtime, broadcast: Broadcast, counts: BroadcastCounts, finished: bool
) -> None:
    """Edit the status message in place; "not modified" means nothing changed since last time."""
    if runtime.bot is None or broadcast.status_chat_id is None:
        return
    if broadcast.status_message_id is None:
        return
    markup = None if finished else _stop_markup(runtime, broadcast.id)
    try:
        await runtime.bot.edit_message_text(
            _status_text(runtime, broadcast, counts),
            chat_id=broadcast.status_chat_id,
            message_id=broadcast.status_message_id,
            reply_markup=markup,
        )
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            log.warning("could not update broadcast %s status: %s", broadcast.id, error)
    except TelegramError as error:
        log.warning("could not update broadcast %s status: %s", broadcast.id, error)


async def _report(runtime: Runtime, broadcast: Broadcast, counts: BroadcastCounts) -> None:
    """Tell the admin, in a new message (so it notifies), how the broadcast ended."""
    chat_id = broadcast.status_chat_id or broadcast.admin_id
    body = runtime.content.text(
        f"{KEYS}.report", ADMIN_LANGUAGE, number=str(broadcast.id),
        delivered=counts.delivered, blocked=counts.blocked, failed=counts.failed,
        skipped=counts.skipped,
    )  # fmt: skip
    if runtime.sender is not None:
        result = await runtime.sender.send(
            Outgoing(chat_id, TextPayload(body), priority=Priority.REMINDER)
        )
        log.info("broadcast %s finished, report %s", broadcast.id, result.status.value)
        return
    if runtime.bot is not None:
        with contextlib.suppress(TelegramError):
            await runtime.bot.send_message(chat_id, body)
