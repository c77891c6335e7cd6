"""Turns a due delivery into the message to send: text, rotating tip, buttons or a poll."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.content import Content, SafeHtml, join_html
from bot.domain.pain import TrainingMode
from bot.domain.shoes import assess_shoes
from bot.domain.vocabulary import HABIT_KINDS, ReminderKind
from bot.render.reminder_markup import ReminderMarkup
from bot.services.pause_notice import PAUSE_END_KIND, compose_pause_end
from bot.services.tips import next_tip
from bot.storage import checkins as checkin_store
from bot.storage import deliveries
from bot.storage.models import Broadcast, Delivery, Plan, User
from scheduler.dispatcher import Composed
from scheduler.planning import local_date
from scheduler.sender import Outgoing, PollPayload, Priority, SendResult, TextPayload

ONE_POLL_PER = timedelta(hours=8)
"""An extra poll gives way to a poll of its kind asked or planned this close to it."""
PAIN_OPTION_KEYS = ("p0", "p1_3", "p4_5", "p6_7", "p8_10")
MORNING_OPTION_KEYS = ("same_or_better", "slightly_worse", "clearly_worse")


def in_rest_mode(user: User) -> bool:
    """Red zone until a green check-in: no runs (bot.domain.pain sets the mode)."""
    return user.training_mode == TrainingMode.REST.value


class ReminderComposer:
    """Callable used by the dispatcher: (session, delivery, user, plan) -> Composed | None."""

    def __init__(self, content: Content, clock: Clock) -> None:
        self.content = content
        self.clock = clock
        self.markup = ReminderMarkup(content)
        self._last_tips: dict[tuple[int, str], str | None] = {}

    async def prepare(self, session: AsyncSession, rows: Sequence[Delivery]) -> None:
        """Fetch the last tip of every (runner, kind) in the batch in one query."""
        keys = {(row.user_id, row.kind) for row in rows if row.kind in HABIT_KINDS}
        self._last_tips = await deliveries.last_content_ids(session, keys)

    async def __call__(
        self, session: AsyncSession, row: Delivery, user: User, plan: Plan | None
    ) -> Composed | None:
        lang = user.language
        if row.kind == "broadcast":
            return await self._broadcast(session, row, user)
        if row.kind == "escalation":
            return self._escalation(row, user)
        if row.kind == "escalation_followup":
            return self._followup(row, user)
        if row.kind == PAUSE_END_KIND:
            return await compose_pause_end(self.content, session, row, user)
        kind = ReminderKind(row.kind)
        if kind in {ReminderKind.CHECKIN, ReminderKind.MORNING_CHECKIN}:
            if (row.payload or {}).get("extra") and await self._planned_poll_near(session, row):
                return None  # the week of daily polls after an escalation met a planned one
            return self.checkin_poll(row.user_id, user.chat_id, kind, lang, row.kind)
        if kind is ReminderKind.SHOES:
            return self._shoes(row, user, plan)
        if kind is ReminderKind.DISTANCE:
            body = self.content.text("reminders.distance", lang)
            return Composed(Outgoing(user.chat_id, TextPayload(body)))
        return await self._habit(session, row, user, kind)

    async def _planned_poll_near(self, session: AsyncSession, row: Delivery) -> bool:
        """Whether the runner was just asked, or is about to be asked after a run, the same
        question: an extra daily poll then gives way (planned polls always go)."""
        now = self.clock.now()
        if await checkin_store.polled_since(session, row.user_id, row.kind, now - ONE_POLL_PER):
            return True
        return await deliveries.planned_due_between(
            session, row.user_id, row.kind, now, now + ONE_POLL_PER
        )

    async def _habit(
        self, session: AsyncSession, row: Delivery, user: User, kind: ReminderKind
    ) -> Composed | None:
        lang = user.language
        if in_rest_mode(user) and kind is ReminderKind.STRETCH:
            return None  # no run today, so no after-run stretch (domain.plan.apply_training_mode)
        if in_rest_mode(user) and kind is ReminderKind.WARMUP:
            body = self.content.text("reminders.rest_instead_of_run", lang)
            markup = self.markup.habit(row.id, lang)
            return Composed(Outgoing(user.chat_id, TextPayload(body, reply_markup=markup)))
        tips = self.content.tips(kind.value, lang)
        key = (row.user_id, row.kind)
        last = (
            self._last_tips[key]
            if key in self._last_tips
            else await deliveries.last_content_id(session, row.user_id, row.kind)
        )
        tip = next_tip(tips, last)
        tip_html = self.content.text("tip.text", lang, tip=SafeHtml(tip.text), source=tip.source)
        body = self.content.text(f"reminders.{kind.value}", lang, tip=tip_html)
        markup = self.markup.habit(row.id, lang)
        return Composed(Outgoing(user.chat_id, TextPayload(body, reply_markup=markup)), tip.id)

    def _shoes(self, row: Delivery, user: User, plan: Plan | None) -> Composed | None:
        if plan is None:
            return None
        today = local_date(self.clock.now(), user.timezone or "UTC")
        verdict = assess_shoes(plan.shoe_km, plan.shoe_since, today, plan.shoe_limit_km)
        lang = user.language
        if not verdict.nudge:
            return None
        if verdict.km is not None and verdict.km >= verdict.threshold_km:
            body = self.content.text(
                "shoes.nudge_distance.text",
                lang,
                km=round(verdict.km),
                threshold_km=verdict.threshold_km,
            )
        else:
            body = self.content.text("shoes.nudge_age.text", lang, months=verdict.months or 12)
        markup = self.markup.shoes(row.id, lang)
        return Composed(Outgoing(user.chat_id, TextPayload(body, reply_markup=markup)))

    def checkin_poll(
        self, user_id: int, chat_id: int, kind: ReminderKind, lang: str | None, source: str
    ) -> Composed:
        """A non-anonymous poll; the check-in row is written once Telegram gives the poll id."""
        if kind is ReminderKind.MORNING_CHECKIN:
            question = self.content.plain("checkin.poll.morning_question", lang)
            keys = [f"checkin.poll.morning_options.{key}" for key in MORNING_OPTION_KEYS]
        else:
            question = self.content.plain("checkin.poll.pain_question", lang)
            keys = [f"checkin.poll.pain_options.{key}" for key in PAIN_OPTION_KEYS]
        options = tuple(self.content.plain(key, lang) for key in keys)
        payload = PollPayload(question, options, reply_markup=self.markup.checkin(lang))
        asked_at = self.clock.now()  # when it was asked, not when the answer came back

        async def record_poll(session: AsyncSession, result: SendResult) -> None:
            await checkin_store.open_poll(
                session, user_id, kind.value, result.poll_id, result.message_id, asked_at
            )

        return Composed(Outgoing(chat_id, payload), source, after_sent=record_poll)

    def _escalation(self, row: Delivery, user: User) -> Composed:
        lang = user.language
        reasons = (row.payload or {}).get("reasons", [])
        lines = [self.content.text(reason, lang) for reason in reasons]
        body = self.content.text("escalation.message.text", lang, reasons=join_html(lines))
        return Composed(Outgoing(user.chat_id, TextPayload(body), Priority.ESCALATION))

    def _followup(self, row: Delivery, user: User) -> Composed:
        lang = user.language
        markup = self.markup.follow_up(row.id, lang)
        body = self.content.text("escalation.follow_up", lang)
        return Composed(
            Outgoing(user.chat_id, TextPayload(body, reply_markup=markup), Priority.ESCALATION)
        )

    async def _broadcast(self, session: AsyncSession, row: Delivery, user: User) -> Composed | None:
        broadcast = await session.get(Broadcast, row.broadcast_id) if row.broadcast_id else None
        body = (row.payload or {}).get("text") or (broadcast.text if broadcast else None)
        if not body or (broadcast is not None and broadcast.state == "cancelled"):
            return None
        return Composed(Outgoing(user.chat_id, TextPayload(body), Priority.BROADCAST))
