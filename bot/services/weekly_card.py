"""The weekly card as a delivery: read the two local weeks, build the card, render it.

The card is a schedule of its own kind (`weekly_card`, Sunday 18:00 local by default): the
planner adds it next to the week's reminders, the dispatcher plans each next one like any
schedule, a pause or the /settings toggle skips it, and `compose_weekly_card` returns None (the
row is then marked skipped) when there is nothing to say.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content import Content, SafeHtml, join_html
from bot.domain.knee_status import KneeStatus
from bot.domain.rules import DistanceRules
from bot.domain.units import Units
from bot.domain.vocabulary import ReminderKind
from bot.domain.weekly_card import WEEKLY_CARD_KIND, Card, WeekFigures, build_card
from bot.render.units import distance_text
from bot.render.weekly_card import card_labels, card_picture
from bot.services import distance as distance_service
from bot.services.chart_data import WALKING, pain_value
from bot.storage import checkins as checkin_store
from bot.storage import deliveries
from bot.storage import runs as run_store
from bot.storage.models import Checkin, Delivery, Run, User
from scheduler.dispatcher import Composed
from scheduler.sender import Outgoing, PhotoPayload

__all__ = ["WEEKLY_CARD_KIND", "compose_weekly_card", "week_figures"]
KEY = "weekly_card"


def week_figures(
    first_day: date, zone: ZoneInfo, runs: Iterable[Run], sent: Iterable[Delivery],
    checkins: Iterable[Checkin],
) -> WeekFigures:  # fmt: skip
    """The figures of the 7 local days from `first_day`."""
    days = [first_day + timedelta(days=offset) for offset in range(7)]

    def in_week(moment: datetime) -> bool:
        return first_day <= moment.astimezone(zone).date() <= days[-1]

    week_runs = [run for run in runs if in_week(run.started_at)]
    daily = [0.0] * 7
    for run in week_runs:
        daily[(run.started_at.astimezone(zone).date() - first_day).days] += run.distance_m / 1000
    strength = [
        row for row in sent
        if row.kind == ReminderKind.STRENGTH and row.state == deliveries.SENT
        and in_week(row.due_at)
    ]  # fmt: skip
    pains = tuple(
        pain_value(row.pain)
        for row in checkins
        if row.status == checkin_store.ANSWERED and row.pain is not None
        and row.kind != WALKING and in_week(row.asked_at)
    )  # fmt: skip
    return WeekFigures(
        runs=len(week_runs), km=round(sum(daily), 1),
        strength_done=sum(row.response == "done" for row in strength),
        strength_planned=len(strength), pains=pains,
        daily_km=tuple(round(km, 1) for km in daily),
    )  # fmt: skip


async def load_card(
    session: AsyncSession, user: User, now: datetime, rules: DistanceRules
) -> Card | None:
    """This local week (Monday to today) against the one before."""
    zone = ZoneInfo(user.timezone or "UTC")
    today = now.astimezone(zone).date()
    this_monday = today - timedelta(days=today.weekday())
    last_monday = this_monday - timedelta(days=7)
    since = datetime.combine(last_monday, time(0), tzinfo=zone)
    runs = await run_store.started_between(session, user.id, since, now)
    sent = await deliveries.for_user_since(session, user.id, since)
    checkins = await checkin_store.answered_since(session, user.id, since)
    this_week = week_figures(this_monday, zone, runs, sent, checkins)
    last_week = week_figures(last_monday, zone, runs, sent, checkins)
    status = KneeStatus(user.knee_status or KneeStatus.OK)
    ramp = await distance_service.assess_weeks(session, user, this_monday, rules)
    return build_card(this_week, last_week, status, user.knee_return_km, ramp)


def card_text(
    card: Card, content: Content, lang: str | None, units: Units = Units.KM
) -> SafeHtml:
    """Two lines (the week; the knee and next week's suggestion) and the footer."""

    def text(name: str, **params: object) -> SafeHtml:
        return content.text(f"{KEY}.{name}", lang, **params)

    def distance(km: float) -> str:
        return distance_text(content, lang, km, units)

    this, last = card.this_week, card.last_week
    week = text("week", runs=this.runs, km=distance(this.km), last_runs=last.runs,
                last_km=distance(last.km))  # fmt: skip
    if this.strength_planned or this.strength_done:
        week = join_html([week, text("strength", done=this.strength_done,
                                     planned=this.strength_planned)], " ")  # fmt: skip
    knee = text("knee", status=content.plain(f"{KEY}.statuses.{card.status.value}", lang),
                trend=content.plain(f"{KEY}.trends.{card.trend.value}", lang))  # fmt: skip
    advice = text(f"suggestions.{card.suggestion.value}", km=distance(card.next_km or 0))
    second = [text("praise"), knee, advice] if card.praise else [knee, advice]
    return join_html([week, join_html(second, " "), text("footer")])


async def compose_weekly_card(
    content: Content, session: AsyncSession, user: User, now: datetime
) -> Composed | None:
    """The card as a photo with its lines, or None when there is nothing to say."""
    card = await load_card(session, user, now, content.rules.distance)
    if card is None:
        return None
    lang = user.language
    labels = card_labels(content, lang, user.units)
    picture = await asyncio.to_thread(card_picture, card, labels)
    caption = card_text(card, content, lang, user.units)
    return Composed(Outgoing(user.chat_id, PhotoPayload(picture, caption)))
