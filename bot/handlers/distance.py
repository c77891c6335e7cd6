"""Typed weekly kilometres, answering the Sunday distance question."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.handlers.activities import file_reply
from bot.handlers.common import Context, distance, runtime, text, unit_name
from bot.services import distance as distance_service
from bot.services import run_distance
from bot.services.plan_setup import InputError, max_weekly, parse_weekly_km
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
    question = await distance_service.awaiting_distance(session, user.id, now)
    if question is None:
        return None
    try:
        km = parse_weekly_km(message.text, user.units)
    except InputError:
        return text(context, update, "distance.invalid", max_km=max_weekly(user.units),
                    unit_name=unit_name(context, update, user.units))  # fmt: skip
    plan = await plans.get_or_create(session, user.id)
    rules = rt.content.rules.distance
    verdict = await distance_service.record_week(session, user, plan, km, now, rules)
    question.response = "done"
    question.responded_at = now
    advice = distance_service.advice_text(rt.content, user, verdict)  # the knee status speaks first
    shown = distance(context, update, km, user.units)
    recorded = text(context, update, "distance.recorded", km=shown)
    return f"{recorded}\n{advice}"


async def typed_run_distance(
    update: Update, context: Context, session: AsyncSession
) -> str | None:
    """A number typed after "Run done?" → Done logs that run (None when nothing waits for it)."""
    message = update.effective_message
    if message is None or not message.text or update.effective_user is None:
        return None
    rt = runtime(context)
    now = rt.clock.now()
    user = await users.get(session, update.effective_user.id)
    if user is None or user.consent != "given":
        return None
    started = await run_distance.awaiting_run_distance(session, user, now, rt.content.rules)
    if started is None:
        return None
    outcome = await run_distance.log_typed_run(
        session, user, message.text, started, now, rt.content.rules
    )
    if outcome is None:
        return None
    zone = user.timezone or rt.settings.default_timezone
    return file_reply(
        rt.content, user.language, [outcome], zone, user.knee_status, user.units
    )
