"""What each plan and settings step shows: its text and buttons, and the week as a table."""

from __future__ import annotations

import math
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.content import join_html
from bot.domain.plan import PlanDay, too_few_rest_days
from bot.domain.shoes import assess_shoes
from bot.domain.units import Units, from_km
from bot.domain.vocabulary import ReminderKind
from bot.handlers.common import (
    Callback,
    Context,
    button,
    distance,
    keyboard,
    label,
    runtime,
    text,
    unit_name,
)
from bot.render.locale_format import language_name
from bot.render.units import distance_value
from bot.services import plan_setup, planner
from bot.storage.models import Flow, Plan, User
from scheduler.planning import local_date

PREFIX = "p"
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _press(flow: Flow, action: str, argument: str = "") -> Callback:
    return Callback(PREFIX, flow.token, action, argument)


def _back_row(update: Update, context: Context, flow: Flow) -> list[InlineKeyboardButton]:
    return [button(label(context, update, "common.back_button"), _press(flow, "back"))]


def render_step(
    update: Update, context: Context, flow: Flow, user: User, plan: Plan, week_text: str = ""
) -> tuple[str, InlineKeyboardMarkup]:
    """The message for the flow's current step."""
    step = flow.step
    if step == "tz":
        zones = [button(zone, _press(flow, "tz", zone)) for zone in plan_setup.COMMON_ZONES]
        rows = [zones[i : i + 2] for i in range(0, len(zones), 2)]
        if flow.data.get("mode") == "settings":
            rows.append(_back_row(update, context, flow))
        return text(context, update, "plan.timezone.prompt"), keyboard(rows)
    if step == "days":
        chosen = set(flow.data.get("days", []))
        days = []
        for day, key in enumerate(WEEKDAY_KEYS):
            name = label(context, update, f"plan.days.weekdays.{key}")
            caption = (
                label(context, update, "plan.days.selected_mark", day=name)
                if day in chosen
                else name
            )
            days.append(button(caption, _press(flow, "day", str(day))))
        rows = [
            days[:4],
            days[4:],
            [button(label(context, update, "plan.days.done_button"), _press(flow, "days_done"))],
        ]
        return text(context, update, "plan.days.prompt"), keyboard(
            [*rows, _back_row(update, context, flow)]
        )
    if step == "time":
        times = [button(value, _press(flow, "time", value)) for value in plan_setup.RUN_TIMES]
        rows = [times[:4], times[4:], _back_row(update, context, flow)]
        return text(context, update, "plan.run_time.prompt"), keyboard(rows)
    if step == "km":
        choices = [
            button(label(context, update, f"units.{user.units.value}", value=value),
                   _press(flow, "km", argument))
            for value, argument in plan_setup.weekly_choices(user.units)
        ]  # fmt: skip
        skip = button(
            label(context, update, "plan.weekly_km.skip_button"), _press(flow, "km", "skip")
        )
        rows = [choices, [skip], _back_row(update, context, flow)]
        prompt = text(context, update, "plan.weekly_km.prompt",
                      unit_name=unit_name(context, update, user.units))  # fmt: skip
        return prompt, keyboard(rows)
    if step == "shoes":
        bounds = shoe_bounds(context, update, user.units)
        rows = [
            [
                button(
                    label(context, update, f"plan.shoes.options.{key}", **bounds),
                    _press(flow, "shoes", key),
                )
            ]
            for key in plan_setup.SHOE_CHOICES
        ]
        prompt = text(context, update, "plan.shoes.prompt",
                      unit_name=unit_name(context, update, user.units))  # fmt: skip
        return prompt, keyboard([*rows, _back_row(update, context, flow)])
    if step == "units":
        rows = [
            [button(label(context, update, f"units.options.{units.value}"),
                    _press(flow, "units", units.value))]
            for units in Units
        ]  # fmt: skip
        return text(context, update, "units.prompt"), keyboard(
            [*rows, _back_row(update, context, flow)]
        )
    if step == "quiet":
        presets = [
            button(value, _press(flow, "quiet", value)) for value in plan_setup.QUIET_CHOICES
        ]
        off = button(label(context, update, "settings.quiet_off"), _press(flow, "quiet", "off"))
        rows = [presets, [off], _back_row(update, context, flow)]
        return text(context, update, "settings.quiet_prompt"), keyboard(rows)
    if step == "card":
        card_days = []
        for day, key in enumerate(WEEKDAY_KEYS):
            name = label(context, update, f"plan.days.weekdays.{key}")
            if day == plan.card_weekday:
                name = label(context, update, "plan.days.selected_mark", day=name)
            card_days.append(button(name, _press(flow, "card", str(day))))
        rows = [card_days[:4], card_days[4:], _back_row(update, context, flow)]
        return text(context, update, "weekly_card.settings_prompt"), keyboard(rows)
    if step == "language":
        rt = runtime(context)
        codes = [
            button(language_name(code), _press(flow, "lang", code)) for code in rt.content.languages
        ]
        auto = button(
            label(context, update, "settings.language_auto"),
            _press(flow, "lang", plan_setup.LANGUAGE_AUTO),
        )
        rows = [codes, [auto], _back_row(update, context, flow)]
        return text(context, update, "settings.language_prompt"), keyboard(rows)
    if step == "threshold":
        body = text(context, update, "settings.shoe_threshold_prompt",
                    **threshold_bounds(context, update, user.units))  # fmt: skip
        return body, keyboard([_back_row(update, context, flow)])
    if step != "review":  # an empty text with the review buttons would be sent otherwise
        raise ValueError(f"the plan flow has no step {step!r} to render")
    rows = [
        [button(label(context, update, "plan.confirm_button"), _press(flow, "confirm"))],
        [button(label(context, update, "plan.change_button"), _press(flow, "back"))],
    ]
    return week_text, keyboard(rows)


async def week_text(update: Update, context: Context, session: Any, user: User, plan: Plan) -> str:
    """The week as a table: one line per day with each reminder and its local time."""
    rt = runtime(context)
    result = await planner.latest_result(session, user)
    week = planner.week_of(result, plan, rt.content.rules)
    if week is None:
        return text(context, update, "plan.days.none_selected")
    lines = [text(context, update, "plan.summary.heading")]
    status = user.knee_status or "ok"
    if status != "ok":  # the knee status rules the week: say so on top
        lines.insert(0, text(context, update, f"status.plan_banner.{status}"))
    titles = [rt.content.quiz(user.language).causes[item.cause].title for item in result.scored]
    if len(titles) >= 2:
        lines.append(text(context, update, "plan.summary.focus", first=titles[0], second=titles[1]))
    elif titles:  # one cause scored: it and the basics, not a cause the answers never named
        lines.append(text(context, update, "plan.summary.focus_one", first=titles[0]))
    else:
        lines.append(text(context, update, "plan.summary.focus_basics"))
    new_runner = await planner.is_new_runner(session, user)
    if too_few_rest_days(week.running_days, new_runner):  # content brief §4: plan sanity
        key = "plan.summary.few_rest_days_new" if new_runner else "plan.summary.no_rest_day"
        lines.append(text(context, update, key))
    table = week.week_table()
    for day in table:
        timed = [
            (item.local_time, f"plan.items.{item.kind.value}")
            for item in day.reminders
            if item.kind is not ReminderKind.SHOES  # said on a line of its own, below
        ]
        if day.is_run_day:
            timed.append((week.run_time, "plan.items.run"))
        items = [
            label(context, update, "plan.summary.item", label=label(context, update, key),
                  time=at.strftime("%H:%M"))
            for at, key in sorted(timed, key=lambda entry: entry[0])  # warm-up, run, stretch
        ]  # fmt: skip
        body = ", ".join(items) if items else label(context, update, "plan.summary.rest_day")
        day_name = label(context, update, f"plan.days.weekdays.{WEEKDAY_KEYS[day.weekday]}")
        lines.append(text(context, update, "plan.summary.day_line", day=day_name, items=body))
    if plan.weekly_km:
        weekly = distance(context, update, plan.weekly_km, user.units, digits=0)
        lines.append(text(context, update, "plan.summary.weekly_km", km=weekly))
    shoe_line = _shoe_check_line(update, context, user, plan, table)
    if shoe_line:
        lines.append(shoe_line)
    lines.append(text(context, update, "common.not_medical_advice"))
    return join_html(lines)


def _shoe_check_line(
    update: Update, context: Context, user: User, plan: Plan, table: tuple[PlanDay, ...]
) -> str | None:
    """The weekly shoe check honestly: it only speaks when the pair is due (bot.domain.shoes),
    so it is not listed as a reminder of every Sunday. None when switched off or not planned."""
    slot = next(
        ((day.weekday, item.local_time) for day in table for item in day.reminders
         if item.kind is ReminderKind.SHOES),
        None,
    )  # fmt: skip
    if slot is None or ReminderKind.SHOES.value in plan.muted:
        return None
    rules = runtime(context).content.rules.shoes
    today = local_date(runtime(context).clock.now(), user.timezone or "UTC")
    verdict = assess_shoes(plan.shoe_km, plan.shoe_since, today, plan.shoe_limit_km, rules)
    weekday, at = slot
    day_name = label(context, update, f"plan.days.weekdays.{WEEKDAY_KEYS[weekday]}")
    key = "plan.summary.shoes_due" if verdict.nudge else "plan.summary.shoes_when_due"
    return text(
        context, update, key, day=day_name, time=at.strftime("%H:%M"),
        km=distance(context, update, verdict.km or 0, user.units, digits=0),
        threshold_km=distance(context, update, verdict.threshold_km, user.units, digits=0),
        months=rules.max_months,
    )  # fmt: skip


def shoe_bounds(context: Context, update: Update, units: Units) -> dict[str, str]:
    """The shoe range captions' bounds in the runner's unit, miles rounded to tens: each as a
    distance ("310 mi") and as a bare number ("310", for the low end of a range)."""
    bounds: dict[str, str] = {}
    for name, km in plan_setup.SHOE_RANGE_KM.items():
        bounds[name] = distance(context, update, km, units, digits=-1)
        bounds[f"{name}_value"] = distance_value(km, units, digits=-1)
    return bounds


def threshold_bounds(context: Context, update: Update, units: Units) -> dict[str, object]:
    """The shoe threshold prompt's numbers in the runner's unit: the range rounded inwards, so
    every number shown is accepted, and the unit's name."""
    rules = runtime(context).content.rules.shoes
    return {
        "min_km": math.ceil(from_km(rules.min_km, units)),
        "max_km": math.floor(from_km(rules.max_km, units)),
        "default_km": round(from_km(rules.default_km, units)),
        "unit_name": unit_name(context, update, units),
    }
