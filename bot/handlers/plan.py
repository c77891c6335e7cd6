"""Plan setup: time zone, running days, run time, weekly distance, shoes, then the week table.

    quiz result ──"Set up my plan"──▶ tz ─▶ days ─▶ time ─▶ km ─▶ shoes ─▶ review ─▶ confirmed
                                      ◀── Back on every step; typed answers where they make sense

Each answer is saved at once (the flow survives restarts); reminders exist once confirmed.
/settings reuses the same steps and returns to its menu after each one.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.domain.units import Units
from bot.domain.weekly_card import WEEKLY_CARD_KIND
from bot.handlers import location_keyboard
from bot.handlers.common import (
    Callback,
    Context,
    answer,
    consenting_user,
    local_text,
    remember_chosen_language,
    reply_after_commit,
    runtime,
    say,
    show_after_commit,
    text,
    unit_name,
)
from bot.handlers.plan_render import PREFIX, render_step, threshold_bounds, week_text
from bot.handlers.text_steps import register_text_step
from bot.render.locale_format import WEEKDAY_TIME
from bot.services import knee, plan_setup, planner
from bot.services.plan_setup import FLOW, InputError, max_weekly
from bot.storage import flows, plans, quizzes, users
from bot.storage.models import Flow
from scheduler.planning import local_date


async def show_step(
    update: Update, context: Context, session: Any, flow: Flow, *, new: bool = False
) -> None:
    """Render the flow's step in its message (edited in place, or a new one); the settings
    menu is a step of this flow too."""
    if flow.step == "menu":
        from bot.handlers.settings import show_menu

        await show_menu(update, context, session, flow, new=new)
        return
    user = await users.get(session, flow.user_id)
    assert user is not None
    plan = await plans.get_or_create(session, user.id)
    summary = await week_text(update, context, session, user, plan) if flow.step == "review" else ""
    body, markup = render_step(update, context, flow, user, plan, summary)
    show_after_commit(session, update, context, flow, body, markup, new=new)
    location_keyboard.offer(session, update, context, flow)


async def begin(update: Update, context: Context, mode: str, step: str) -> None:
    """Start the plan flow at `step` (setup from the beginning, or one settings item)."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        user = await consenting_user(update, context, session)
        if user is None:
            return
        if user.quiz_completed_at is None and mode == "setup":
            await say(update, text(context, update, "plan.no_quiz_yet"))
            return
        plan = await plans.get_or_create(session, user.id)
        data = {"mode": mode, "days": sorted(planner.parse_days(plan.running_days))}
        flow = await flows.start(session, user.id, FLOW, step, rt.clock.now(), data)
        if step == "menu":
            from bot.handlers.settings import show_menu

            await show_menu(update, context, session, flow)
        else:
            await show_step(update, context, session, flow, new=True)


async def plan_command(update: Update, context: Context) -> None:
    """Show the confirmed week, or start setting it up."""
    rt = runtime(context)
    assert update.effective_user is not None
    async with rt.sessions_begin() as session:
        user = await users.get(session, update.effective_user.id)
        plan = await plans.get(session, update.effective_user.id) if user else None
        if user is not None and plan is not None and user.plan_confirmed_at is not None:
            await say(update, await week_text(update, context, session, user, plan))
            return
    await begin(update, context, "setup", "tz")


async def apply_answer(
    update: Update, context: Context, session: Any, flow: Flow, action: str, argument: str
) -> str | None:
    """Apply one button or typed answer; returns the step to show next (None: stay)."""
    rt = runtime(context)
    now = rt.clock.now()
    user = await users.get(session, flow.user_id)
    assert user is not None
    plan = await plans.get_or_create(session, user.id)
    if action == "tz":
        zone = plan_setup.parse_zone(argument)
        if zone != user.timezone:
            user.timezone = zone
            # What is queued moves to the new local times now, confirmed plan or not (a runner
            # on hold gets the daily knee check before any plan is set up).
            await knee.replan_for_status(session, user, rt.content.rules, now)
    elif action == "day":
        flows.advance(
            flow,
            flow.step,
            now,
            days=plan_setup.toggle_day(flow.data.get("days", []), int(argument)),
        )
        return flow.step
    elif action == "days_done":
        days = flow.data.get("days", [])
        if not days:
            raise InputError("plan.days.none_selected", "")
        plan.running_days = planner.format_days(set(days))
    elif action == "time":
        plan.run_time = plan_setup.parse_time(argument)
    elif action == "km":
        plan.weekly_km = (
            None if argument == "skip" else plan_setup.parse_weekly_km(argument, user.units)
        )
        if flow.data.get("mode") != "settings":
            quiz = await quizzes.latest_finished(session, user.id)
            shoes = (
                plan_setup.QUIZ_SHOES_KM.get((quiz.answers or {}).get("shoes", ""))
                if quiz
                else None
            )
            if shoes is not None:  # the quiz asked already: shoe questions are asked once
                plan.shoe_km, plan.shoe_since = shoes, None
                return plan_setup.next_step("shoes")
    elif action == "shoes":
        today = local_date(now, user.timezone or "UTC")
        if argument in plan_setup.SHOE_CHOICES:
            plan.shoe_km, plan.shoe_since = plan_setup.SHOE_CHOICES[argument] or 0.0, None
        else:
            km, since = plan_setup.parse_shoes(argument, today, user.units)
            plan.shoe_km, plan.shoe_since = km or 0.0, since
    elif action == "card":
        if not (argument.isdigit() and 0 <= int(argument) <= 6):
            raise InputError("plan.expired", argument)
        plan.card_weekday = int(argument)
        if WEEKLY_CARD_KIND in plan.muted:
            plan.toggle_muted(WEEKLY_CARD_KIND)  # choosing a day switches the card back on
    elif action == "threshold":
        plan.shoe_limit_km = plan_setup.parse_shoe_threshold(argument, user.units)
    elif action == "units":
        if argument not in {units.value for units in Units}:
            raise InputError("plan.expired", argument)
        user.distance_unit = argument
    elif action == "quiet":
        user.quiet_start, user.quiet_end = plan_setup.parse_quiet_hours(argument)
    elif action == "lang":
        chosen = None if argument == plan_setup.LANGUAGE_AUTO else argument
        if chosen is not None and chosen not in runtime(context).content.languages:
            raise InputError("plan.expired", argument)
        user.preferred_language = chosen
        remember_chosen_language(context, chosen)
    else:
        raise InputError("plan.expired", action)
    if flow.data.get("mode") == "settings":
        return None
    return plan_setup.next_step(flow.step)


async def finish_settings_item(
    update: Update, context: Context, session: Any, flow: Flow, *, changed: bool = True,
    new: bool = False,
) -> None:  # fmt: skip
    """After a settings change: re-plan the reminders and go back to the settings menu
    ("« Back" without a change goes back without claiming anything was saved); `new` shows the
    menu as a new message (below a confirmation that came in between)."""
    from bot.handlers.settings import show_menu

    if not changed:
        await show_menu(update, context, session, flow, new=new)
        return
    rt = runtime(context)
    user = await users.get(session, flow.user_id)
    assert user is not None
    await knee.replan_for_status(session, user, rt.content.rules, rt.clock.now())
    await show_menu(update, context, session, flow, saved=True, new=new)


async def confirm(update: Update, context: Context, session: Any, flow: Flow) -> None:
    rt = runtime(context)
    now = rt.clock.now()
    user = await users.get(session, flow.user_id)
    plan = await plans.get_or_create(session, flow.user_id)
    assert user is not None
    plan.confirmed_at = now
    user.plan_confirmed_at = now
    first = await planner.replan(session, user, plan, rt.content.rules, now)
    await flows.finish(session, user.id)
    when = "—"
    if first is not None:
        when = local_text(context, update, first, user.timezone, WEEKDAY_TIME)
    confirmed = text(context, update, "plan.confirmed", next_time=when)
    show_after_commit(session, update, context, flow, confirmed)


async def plan_pressed(update: Update, context: Context) -> None:
    """A button of the plan flow; stale or forged ones are told they expired."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    parsed = Callback.parse(query.data)
    if parsed is not None and parsed.action == "setup":
        await answer(update)
        await begin(update, context, "setup", "tz")
        return
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        flow = await flows.get(session, update.effective_user.id)
        if parsed is None or flow is None or flow.name != FLOW or parsed.token != flow.token:
            await answer(update, text(context, update, "plan.expired"))
            return
        if query.message is not None:
            flow.message_id = query.message.message_id
        await answer(update)
        await handle_action(update, context, session, flow, parsed.action, parsed.argument)


async def handle_action(
    update: Update, context: Context, session: Any, flow: Flow, action: str, argument: str
) -> None:
    rt = runtime(context)
    now = rt.clock.now()
    settings_mode = flow.data.get("mode") == "settings"
    if action == "confirm":
        await confirm(update, context, session, flow)
        return
    if action == "back":
        if settings_mode:
            await _close_location_keyboard(update, context, session, flow, changed=False)
            await finish_settings_item(update, context, session, flow, changed=False)
            return
        flows.advance(flow, plan_setup.previous_step(flow.step), now)
        await show_step(update, context, session, flow)
        return
    try:
        following = await apply_answer(update, context, session, flow, action, argument)
    except InputError as error:
        user = await users.get(session, flow.user_id)
        units = user.units if user is not None else Units.KM
        hint = text(context, update, error.key, **_hint_params(context, update, error, units))
        reply_after_commit(session, update, hint)
        await show_step(update, context, session, flow, new=True)
        return
    closed = action == "tz" and await _close_location_keyboard(update, context, session, flow)
    # A typed zone or a location pin pushed the question up: the next step goes below the
    # confirmation. A pressed zone keeps the question in place, the confirmation comes under it.
    closed = closed and update.callback_query is None
    if following is None:
        await finish_settings_item(update, context, session, flow, new=closed)
        return
    flows.advance(flow, following, now)
    await show_step(update, context, session, flow, new=closed)


async def _close_location_keyboard(
    update: Update, context: Context, session: Any, flow: Flow, *, changed: bool = True
) -> bool:
    """The time zone is settled: confirm it, take the location keyboard away (True if shown)."""
    user = await users.get(session, flow.user_id)
    return location_keyboard.close(session, update, context, flow, user, changed=changed)


def _hint_params(
    context: Context, update: Update, error: InputError, units: Units
) -> dict[str, object]:
    """Only the placeholders the hint's text needs, distances in the runner's unit."""
    known: dict[str, object] = {
        "value": error.value, "unit_name": unit_name(context, update, units),
        "max_km": max_weekly(units),
    }  # fmt: skip
    if error.key == "settings.shoe_threshold_invalid":
        known.update(threshold_bounds(context, update, units))
    needed = runtime(context).content.placeholders(error.key)
    return {name: value for name, value in known.items() if name in needed}


TYPED_ACTIONS = {
    "tz": "tz", "time": "time", "km": "km", "shoes": "shoes", "threshold": "threshold",
    "quiet": "quiet",
}  # fmt: skip


async def plan_text(update: Update, context: Context, flow: Flow) -> None:
    """A typed answer (zone, HH:MM, kilometres, shoe age) or a shared location."""
    message = update.effective_message
    assert message is not None
    rt = runtime(context)
    async with rt.sessions_begin() as session:
        live = await flows.get(session, flow.user_id)
        if live is None:
            return
        if message.location is not None and live.step == "tz":
            zone = plan_setup.zone_from_location(
                message.location.latitude, message.location.longitude
            )
            await handle_action(update, context, session, live, "tz", zone or "")
            return
        action = TYPED_ACTIONS.get(live.step)
        if action is None or not message.text:
            reply_after_commit(session, update, text(context, update, "quiz.use_buttons"))
            await show_step(update, context, session, live, new=True)
            return
        await handle_action(update, context, session, live, action, message.text)


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    application.add_handler(CommandHandler("plan", plan_command, filters=filters.ChatType.PRIVATE))
    application.add_handler(CallbackQueryHandler(plan_pressed, pattern=rf"^{PREFIX}:"))
    register_text_step(FLOW, plan_text)
