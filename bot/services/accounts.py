"""Consent, blocking and erasure: what the bot may keep about a person."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.vocabulary import CAME_FROM_SHARE, SHARE_PAYLOAD
from bot.storage import user_rows, users
from bot.storage.models import User

GIVEN = "given"
DECLINED = "declined"
PENDING = "pending"


def arrival(payload: Sequence[str]) -> str | None:
    """How a newcomer came, from their first /start's payload: "share" through a shared link;
    any other payload (unknown, typed by hand) says nothing."""
    return CAME_FROM_SHARE if list(payload) == [SHARE_PAYLOAD] else None


async def give_consent(session: AsyncSession, user: User, now: datetime) -> None:
    """Record consent; giving it again (a double tap, an old button) changes nothing."""
    if user.consent != GIVEN:
        user.consent = GIVEN
        user.consent_changed_at = now
    user.status = "active"


async def erase_health_data(session: AsyncSession, user_id: int) -> None:
    """Remove every row about the user except the user row itself."""
    await user_rows.delete_all_but_user(session, user_id)


async def decline_consent(session: AsyncSession, user: User, now: datetime) -> None:
    """Keep only the chat id and the refusal: erase answers, plan, reminders and settings."""
    await erase_health_data(session, user.id)
    user.consent = DECLINED
    user.consent_changed_at = now
    user.timezone = None
    user.top_causes = ""
    user.knee_status = "ok"
    user.knee_status_since = None
    user.knee_status_reason = None
    user.knee_urgency = None
    user.knee_episode_since = None
    user.knee_return_km = None
    user.paused_until = None
    user.paused_indefinitely = False
    user.quiz_completed_at = None
    user.plan_confirmed_at = None
    user.came_from = None


async def erase_everything(session: AsyncSession, user_id: int) -> None:
    """Delete the person entirely (/delete)."""
    await erase_health_data(session, user_id)
    await user_rows.delete_user(session, user_id)


async def note_blocked(session: AsyncSession, chat_id: int, now: datetime) -> None:
    await users.mark_blocked(session, chat_id, now)


async def note_unblocked(session: AsyncSession, user_id: int) -> None:
    await users.mark_active(session, user_id)
