"""Builds a runner's week from their quiz and routine, and turns it into due reminders."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.knee_status import KneeStatus
from bot.domain.plan import Plan as WeekPlan
from bot.domain.plan import build_plan, for_status, knee_checks
from bot.domain.quiz import CauseScore, QuizResult
from bot.domain.rules import Rules
from bot.domain.vocabulary import Cause
from bot.domain.weekly_card import CARD_TIME, WEEKLY_CARD_KIND
from bot.storage import deliveries, plans, quizzes
from bot.storage.models import Plan, User
from scheduler.dispatcher import next_delivery

NEW_RUNNER = "new_runner"
"""The quiz's distance answer of a new or returning runner (content/quiz.yaml)."""


def parse_days(raw: str) -> frozenset[int]:
    return frozenset(int(part) for part in raw.split(",") if part.strip().isdigit())


def format_days(days: frozenset[int] | set[int]) -> str:
    return ",".join(str(day) for day in sorted(days))


async def latest_result(session: AsyncSession, user: User) -> QuizResult:
    """The last finished quiz as a domain result (causes ranked), or load-and-strength basics."""
    row = await quizzes.latest_finished(session, user.id)
    ranking = row.ranking if row is not None else [["LOAD", 1], ["STRENGTH", 1]]
    ranked = tuple(CauseScore(Cause(cause), int(score)) for cause, score in ranking)
    if len(ranked) < 2:
        ranked = (*ranked, CauseScore(Cause.STRENGTH, 0))
    return QuizResult(ranked=ranked, red_flag=None, red_flag_option=None, flags=frozenset())


async def is_new_runner(session: AsyncSession, user: User) -> bool:
    """Whether the runner's last quiz said they are new to running or returning to it."""
    row = await quizzes.latest_finished(session, user.id)
    return row is not None and (row.answers or {}).get("distance") == NEW_RUNNER


def week_of(result: QuizResult, plan: Plan, rules: Rules) -> WeekPlan | None:
    """The week table for a plan, or None while running days or run time are missing."""
    days = parse_days(plan.running_days)
    if not days or plan.run_time is None:
        return None
    return build_plan(result, days, plan.run_time, plan.weekly_km, rules)


async def replan(
    session: AsyncSession, user: User, plan: Plan | None, rules: Rules, now: datetime
) -> datetime | None:
    """Replace the user's schedules and pending reminders with what their week and their knee
    status allow (bot.domain.plan.for_status); returns the first due time of an enabled one.
    Without a confirmed plan only the status's own daily knee check is scheduled."""
    status = KneeStatus(user.knee_status or KneeStatus.OK)
    week = week_of(await latest_result(session, user), plan, rules) if plan else None
    await deliveries.drop_scheduled_pending(session, user.id)
    if week is not None:
        items = for_status(week, status, rules.reminders).reminders
    else:
        items = knee_checks(status, rules.reminders)
    rules_of_week = [(item.kind.value, item.weekday, item.local_time) for item in items]
    if plan is not None:  # the weekly card (it says when there is nothing to say: it skips)
        rules_of_week.append((WEEKLY_CARD_KIND, plan.card_weekday, CARD_TIME))
    schedules = await plans.replace_schedules(session, user.id, rules_of_week)
    upcoming = [
        delivery
        for schedule in schedules
        if (delivery := next_delivery(schedule, user, now, rules.reminders)) is not None
    ]
    await deliveries.add_many(session, upcoming)
    muted = plan.muted if plan is not None else frozenset()
    enabled = [
        item.due_at for item in upcoming
        if item.kind not in muted and item.kind != WEEKLY_CARD_KIND
    ]  # fmt: skip
    return min(enabled) if enabled else None
