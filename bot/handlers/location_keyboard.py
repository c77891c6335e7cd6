"""The "📍 Share location" reply keyboard of the time-zone step (plan setup and /settings).

A reply keyboard cannot sit on the step's own message (that one carries the inline list of
zones), so it comes in a short message of its own right after the step, once per visit of the
step. Whichever way the zone is then given (location, list, typed), or when the runner goes Back
or sends /cancel, the keyboard is taken away again with the message that says what happened.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update

from bot.handlers.common import Context, label, local_text, runtime, say, text
from bot.runtime import after_commit
from bot.services.plan_setup import FLOW as PLAN_FLOW
from bot.storage.models import Flow, User

SHOWN = "location_keyboard"
"""Flow data flag: the location keyboard is showing in the chat."""
TIMEZONE_STEP = "tz"


def location_markup(update: Update, context: Context) -> ReplyKeyboardMarkup:
    """One button that asks Telegram to send the runner's location; gone after one use."""
    share = KeyboardButton(
        label(context, update, "plan.timezone.share_location_button"), request_location=True
    )
    return ReplyKeyboardMarkup([[share]], one_time_keyboard=True, resize_keyboard=True)


def is_shown(flow: Flow | None) -> bool:
    """Whether the flow put the location keyboard in the chat (and has not taken it away)."""
    return flow is not None and bool(flow.data.get(SHOWN))


def is_asked(flow: Flow | None) -> bool:
    """Whether a shared location answers the flow now: the plan flow's time-zone step."""
    return flow is not None and flow.name == PLAN_FLOW and flow.step == TIMEZONE_STEP


def offer(session: AsyncSession, update: Update, context: Context, flow: Flow) -> None:
    """On the time-zone step: the keyboard, once the step is shown (not again on a retry)."""
    if flow.step != TIMEZONE_STEP or is_shown(flow):
        return
    flow.data = {**flow.data, SHOWN: True}
    body = text(context, update, "plan.timezone.location_hint")
    markup = location_markup(update, context)

    async def send() -> None:
        await say(update, body, markup)

    after_commit(session, send)


def close(
    session: AsyncSession, update: Update, context: Context, flow: Flow, user: User | None,
    *, changed: bool = True,
) -> bool:  # fmt: skip
    """Leaving the step: say which zone holds now and take the keyboard away (False if none)."""
    if not is_shown(flow):
        return False
    flow.data = {key: value for key, value in flow.data.items() if key != SHOWN}
    rt = runtime(context)
    zone = (user.timezone if user is not None else None) or rt.settings.default_timezone
    local_time = local_text(context, update, rt.clock.now(), zone)
    key = "plan.timezone.confirmed" if changed else "plan.timezone.kept"
    body = text(context, update, key, zone=zone, local_time=local_time)

    async def send() -> None:
        await say(update, body, ReplyKeyboardRemove())

    after_commit(session, send)
    return True
