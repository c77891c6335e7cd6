"""/settings: change any piece of the plan without retaking the quiz; each change re-plans."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.domain.plan import too_few_rest_days
from bot.domain.units import Units
from bot.domain.vocabulary import ReminderKind
from bot.domain.weekly_card import WEEKLY_CARD_KIND
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    button,
    keyboard,
    label,
    show_after_commit,
    text,
)
from bot.handlers.plan import begin, finish_settings_item, show_step
from bot.handlers.plan_render import WEEKDAY_KEYS
from bot.services import planner
from bot.services.plan_setup import FLOW
from bot.storage import flows, plans, runs, users
from bot.storage.models import Flow, Plan, User

PREFIX = "s"
ITEMS = {"timezone": "tz", "days": "days", "run_time": "time", "weekly_km": "km",
         "shoes": "shoes", "shoe_threshold": "threshold", "quiet_hours": "quiet",
         "language": "language", "weekly_card": "card", "units": "units"}  # fmt: skip
TOGGLE_KINDS = (*(kind.value for kind in ReminderKind), WEEKLY_CARD_KIND)


async def show_menu(
    update: Update, context: Context, session: Any, flow: Flow, *, saved: bool = False,
    new: bool = False,
) -> None:  # fmt: skip
    """The settings menu in the flow's message (or a new one); reminder kinds toggle in place."""
    from bot.handlers.common import runtime

    now = runtime(context).clock.now()
    flows.advance(flow, "menu", now)
    plan = await plans.get_or_create(session, flow.user_id)
    disabled = plan.muted
    rows = [
        [
            button(
                label(context, update, f"settings.buttons.{key}"),
                Callback(PREFIX, flow.token, "item", key),
            )
        ]
        for key in ITEMS
    ]
    for kind in TOGGLE_KINDS:
        mark = "🔕" if kind in disabled else "🔔"
        caption = f"{mark} {label(context, update, f'plan.items.{kind}')}"
        rows.append([button(caption, Callback(PREFIX, flow.token, "toggle", kind))])
    rows.append(
        [
            button(
                label(context, update, "settings.buttons.done"),
                Callback(PREFIX, flow.token, "done"),
            )
        ]
    )
    user = await users.get(session, flow.user_id)
    from_runs = bool(await runs.latest(session, flow.user_id, 1))
    body = "\n\n".join([text(context, update, "settings.menu"),
                         current_values(update, context, user, plan, from_runs)])  # fmt: skip
    if saved:
        body = f"{text(context, update, 'settings.saved')}\n\n{body}"
        days = planner.parse_days(plan.running_days)
        new_runner = user is not None and await planner.is_new_runner(session, user)
        if days and too_few_rest_days(days, new_runner):  # content brief §4: plan sanity
            key = "plan.summary.few_rest_days_new" if new_runner else "plan.summary.no_rest_day"
            body = f"{body}\n\n{text(context, update, key)}"
    show_after_commit(session, update, context, flow, body, keyboard(rows), new=new)


DISTANCE_SOURCE = {
    True: "settings.current.distance_runs", False: "settings.current.distance_typed"
}


def current_values(
    update: Update, context: Context, user: User | None, plan: Plan, from_runs: bool = False
) -> str:
    """What is set now, so a change can be seen (time zone, runs, quiet hours, and where the
    weekly distance comes from: logged runs, or the number typed each Sunday)."""
    none = label(context, update, "settings.current.unset")
    days = [int(day) for day in plan.running_days.split(",") if day.strip().isdigit()]
    day_names = " ".join(
        label(context, update, f"plan.days.weekdays.{WEEKDAY_KEYS[day]}") for day in sorted(days)
    )
    runs = " ".join(filter(None, [day_names, plan.run_time and f"{plan.run_time:%H:%M}"]))
    units = user.units if user is not None else Units.KM
    quiet = none
    if user is not None and user.quiet_start != user.quiet_end:
        quiet = f"{user.quiet_start:%H:%M}–{user.quiet_end:%H:%M}"
    return text(
        context, update, "settings.current.text",
        zone=(user.timezone if user is not None else None) or none,
        runs=runs or none, quiet=quiet,
        distance=label(context, update, DISTANCE_SOURCE[from_runs]),
        units=label(context, update, f"units.options.{units.value}"),
    )  # fmt: skip


async def settings_command(update: Update, context: Context) -> None:
    """Open the settings menu."""
    await begin(update, context, "settings", "menu")


async def settings_pressed(update: Update, context: Context) -> None:
    """A settings menu button."""
    from bot.handlers.common import runtime

    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        flow = await flows.get(session, update.effective_user.id)
        if parsed is None or flow is None or flow.name != FLOW or parsed.token != flow.token:
            await answer(update, text(context, update, "settings.expired"))
            return
        await answer(update)
        if query.message is not None:
            flow.message_id = query.message.message_id
        if parsed.action == "item" and parsed.argument in ITEMS:
            flows.advance(flow, ITEMS[parsed.argument], rt.clock.now())
            await show_step(update, context, session, flow)
        elif parsed.action == "toggle" and parsed.argument in TOGGLE_KINDS:
            plan = await plans.get_or_create(session, flow.user_id)
            plan.toggle_muted(parsed.argument)
            await finish_settings_item(update, context, session, flow)
        elif parsed.action == "done":
            await flows.finish(session, flow.user_id)
            user = await users.get(session, flow.user_id)
            if user is not None and user.plan_confirmed_at is not None:
                key = "settings.saved"
            elif user is not None and user.quiz_completed_at is not None:
                key = "settings.saved_plan_pending"  # quiz done, plan not confirmed yet
            else:
                key = "plan.no_quiz_yet"
            show_after_commit(session, update, context, flow, text(context, update, key))
        else:
            await show_menu(update, context, session, flow)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(
        CommandHandler("settings", settings_command, filters=filters.ChatType.PRIVATE)
    )
    application.add_handler(CallbackQueryHandler(settings_pressed, pattern=rf"^{PREFIX}:"))
