"""/tip: one tip now, for the runner's top causes, never the same one twice in a row.

With consent, the tip shown is remembered as a `deliveries` row (kind "tip", state "sent",
content_id = tip id), so the rotation continues from it. Without consent nothing is stored:
the tip changes with the hour instead.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import zip_longest
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.content import Content, SafeHtml
from bot.domain.vocabulary import Cause
from bot.handlers.common import Context, language, runtime, say
from bot.storage import admin as admin_storage
from bot.storage import deliveries, users
from bot.storage.models import Delivery, Tip

log = logging.getLogger(__name__)

TIP_KIND = "tip"
ADMIN_TIP_PREFIX = "admin:"
ADMIN_SOURCE_SEPARATOR = "\n— "
"""/addtip stores "text\\n— source" in one column."""


@dataclass(frozen=True, slots=True)
class TipChoice:
    """A tip from content or added by an admin, with its source."""

    id: str
    text: str
    source: str


def from_admin(row: Tip) -> TipChoice:
    """An admin-added tip, its source split off the stored text."""
    body, _, source = row.text.rpartition(ADMIN_SOURCE_SEPARATOR)
    if not body:
        body, source = row.text, "—"
    return TipChoice(f"{ADMIN_TIP_PREFIX}{row.id}", body, source)


def tip_pool(
    content: Content, lang: str | None, causes: Sequence[str],
    admin_tips: Mapping[str, Sequence[Tip]],
) -> list[TipChoice]:  # fmt: skip
    """Tips for the causes, taking turns between causes; all causes when fewer than two tips."""
    known = [cause for cause in causes if cause in Cause.__members__]
    chosen = known or list(Cause)
    pool = _interleaved(content, lang, chosen, admin_tips)
    if len(pool) < 2:
        pool = _interleaved(content, lang, list(Cause), admin_tips)
    return pool


def _interleaved(
    content: Content, lang: str | None, causes: Sequence[str],
    admin_tips: Mapping[str, Sequence[Tip]],
) -> list[TipChoice]:  # fmt: skip
    per_cause = [
        [TipChoice(tip.id, tip.text, tip.source) for tip in content.tips(cause, lang)]
        + [from_admin(row) for row in admin_tips.get(cause, ())]
        for cause in causes
    ]
    return [tip for turn in zip_longest(*per_cause) for tip in turn if tip is not None]


def next_tip(pool: Sequence[TipChoice], last_id: str | None) -> TipChoice:
    """The tip after the last one shown (the first when it is unknown)."""
    ids = [tip.id for tip in pool]
    return pool[(ids.index(last_id) + 1) % len(pool) if last_id in ids else 0]


def tip_of_the_hour(pool: Sequence[TipChoice], now: datetime) -> TipChoice:
    """A tip that changes every hour, for runners about whom nothing is stored."""
    return pool[int(now.timestamp() // 3600) % len(pool)]


def render(content: Content, lang: str | None, tip: TipChoice) -> SafeHtml:
    return content.text("tip.text", lang, tip=tip.text, source=tip.source)


async def _last_tip(session: AsyncSession, user_id: int) -> Delivery | None:
    """The runner's latest remembered tip row (the same rows `last_content_id` reads)."""
    return await session.scalar(
        select(Delivery)
        .where(
            Delivery.user_id == user_id,
            Delivery.kind == TIP_KIND,
            Delivery.state == deliveries.SENT,
        )
        .order_by(Delivery.sent_at.desc())
        .limit(1)
    )


async def tip_command(update: Update, context: Context) -> None:
    """/tip: one tip now, rendered with its source."""
    rt = runtime(context)
    assert update.effective_user is not None
    lang = language(update)
    now = rt.clock.now()
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        consented = user is not None and user.consent == "given"
        top = user.top_causes.split(",") if consented and user is not None else []
        admin_tips = {cause: await admin_storage.tips_for(session, cause) for cause in Cause}
        pool = tip_pool(rt.content, lang, [cause.strip() for cause in top], admin_tips)
        if not consented or user is None:
            tip = tip_of_the_hour(pool, now)
        else:
            last = await _last_tip(session, user.id)
            tip = next_tip(pool, last.content_id if last else None)
            # Due times are unique per user and kind: two tips in one instant get 1 µs apart.
            moment = max(now, last.due_at + timedelta(microseconds=1)) if last else now
            session.add(
                Delivery(
                    user_id=user.id, kind=TIP_KIND, due_at=moment, priority=0,
                    state=deliveries.SENT, sent_at=moment, content_id=tip.id, attempts=1,
                )
            )  # fmt: skip
    await say(update, render(rt.content, lang, tip))


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(CommandHandler("tip", tip_command, filters=filters.ChatType.PRIVATE))
