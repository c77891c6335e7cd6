"""Typed weekly kilometres, answering the Sunday distance question."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.handlers.common import Context, runtime, text
from bot.services import distance
from bot.services.plan_setup import MAX_WEEKLY_KM, InputError, parse_weekly_km
from bot.storage import plans, users


async def typed_distance(update: Update, context: Context, session: AsyncSession) -> str | None:
    """Record typed kilometres if the distance question is open: the reply, or None if not."""
    message = update.effective_message
    if message is None or not message.text or update.effective_user is None:
        return None
    rt = runtime(context)
    now = rt.clock.now()
    user = await users.get(session, update.effective_user.id)
    if user is None or user.consent != "given":
        return None
    question = await distance.awaiting_distance(session, user.id, now)
    if question is None:
        return None
    try:
        km = parse_weekly_km(message.text)
    except InputError:
        return text(context, update, "distance.invalid", max_km=MAX_WEEKLY_KM)
    plan = await plans.get_or_create(session, user.id)
    verdict = await distance.record_week(session, user, plan, km, now, rt.content.rules.distance)
    question.response = "done"
    question.responded_at = now
    key, params = distance.advice(user, verdict)  # the knee status speaks before the ramp
    advice = rt.content.text(key, user.language, **params)
    recorded = text(context, update, "distance.recorded", km=f"{km:g}")
    return f"{recorded}\n{advice}"
