"""The message owed when a timed pause ends by itself: "Reminders are back on", next one when."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Content
from bot.domain.vocabulary import PAUSE_END_KIND
from bot.render.locale_format import WEEKDAY_TIME, local_moment
from bot.services.pausing import announcement_is_current, next_reminder
from bot.storage import deliveries
from bot.storage.deliveries import Claimed
from bot.storage.models import User
from scheduler.dispatcher import Composed
from scheduler.sender import Outgoing, TextPayload

__all__ = ["PAUSE_END_KIND", "compose_pause_end"]


async def compose_pause_end(
    content: Content, session: AsyncSession, row: Claimed, user: User
) -> Composed | None:
    """The announcement, or None when the runner resumed or paused again meanwhile."""
    if not announcement_is_current(row, user):
        return None
    upcoming = next_reminder(await deliveries.pending_for_user(session, user.id))
    if upcoming is None:  # no plan yet, or every reminder switched off
        body = content.text("pause.ended_nothing_planned", user.language)
    else:
        lang = content.resolve_language(user.language)
        when = local_moment(upcoming.due_at, user.timezone, lang, WEEKDAY_TIME)
        body = content.text("pause.ended", lang, next_time=when)
    return Composed(Outgoing(user.chat_id, TextPayload(body)))
