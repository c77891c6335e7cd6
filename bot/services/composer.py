"""Turns a due delivery into the message to send: text, rotating tip, buttons or a poll."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.content import Content, SafeHtml, join_html
from bot.domain.content_schema import Exercise
from bot.domain.knee_status import KneeStatus, may_send
from bot.domain.shoes import assess_shoes
from bot.domain.vocabulary import HABIT_KINDS, Cause, ReminderKind
from bot.render.reminder_markup import ReminderMarkup
from bot.render.units import distance_text
from bot.services import distance as distance_service
from bot.services.pause_notice import PAUSE_END_KIND, compose_pause_end
from bot.services.tips import next_tip
from bot.services.weekly_card import WEEKLY_CARD_KIND, compose_weekly_card
from bot.storage import checkins as checkin_store
from bot.storage import deliveries
from bot.storage import strava as strava_storage
from bot.storage.deliveries import Claimed
from bot.storage.models import Broadcast, Plan, User
from scheduler.dispatcher import Composed
from scheduler.planning import local_date
from scheduler.sender import Outgoing, PollPayload, Priority, SendResult, TextPayload

ONE_POLL_PER = timedelta(hours=8)
"""An extra poll gives way to a poll of its kind asked or planned this close to it."""
PAIN_OPTION_KEYS = ("p0", "p1_3", "p4_5", "p6_7", "p8_10")
MORNING_OPTION_KEYS = ("same_or_better", "slightly_worse", "clearly_worse")


def status_of(user: User) -> KneeStatus:
    return KneeStatus(user.knee_status or KneeStatus.OK)


class ReminderComposer:
    """Callable used by the dispatcher: (session, delivery, user, plan) -> Composed | None."""

    def __init__(self, content: Content, clock: Clock) -> None:
        self.content = content
        self.clock = clock
        self.markup = ReminderMarkup(content)
        self._last_tips: dict[tuple[int, str], str | None] = {}

    async def prepare(self, session: AsyncSession, rows: Sequence[Claimed]) -> None:
        """Fetch the last tip of every (runner, kind) in the batch in one query."""
        keys = {(row.user_id, row.kind) for row in rows if row.kind in HABIT_KINDS}
        self._last_tips = await deliveries.last_content_ids(session, keys)

    async def __call__(
        self, session: AsyncSession, row: Claimed, user: User, plan: Plan | None
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
        if row.kind == WEEKLY_CARD_KIND:
            return await compose_weekly_card(self.content, session, user, self.clock.now())
        kind = ReminderKind(row.kind)
        status = status_of(user)
        if not may_send(status, kind):
            return None  # queued before the knee status changed: the status rules what goes
        if kind is ReminderKind.KNEE_CHECK:
            return self._knee_check(row, user, status)
        if kind in {ReminderKind.CHECKIN, ReminderKind.MORNING_CHECKIN}:
            if (row.payload or {}).get("extra") and await self._planned_poll_near(session, row):
                return None  # the week of daily polls after an escalation met a planned one
            return self.checkin_poll(row.user_id, user.chat_id, kind, lang, row.kind)
        if kind is ReminderKind.SHOES:
            return await self._shoes(session, row, user, plan)
        if kind is ReminderKind.DISTANCE:
            return await self._distance(session, user)
        return await self._habit(session, row, user, kind)

    async def _distance(self, session: AsyncSession, user: User) -> Composed:
        """The weekly distance: from the runs logged this week when there are any (the ramp
        advice with it), else the question to type it."""
        lang = user.language
        logged = await distance_service.logged_this_week(
            session, user, self.clock.now(), self.content.rules.distance
        )
        if logged is None:
            name = self.content.plain(f"units.names.{user.units.value}", lang)
            body = self.content.text("reminders.distance", lang, unit_name=name)
        else:
            km, verdict = logged
            shown = distance_text(self.content, lang, km, user.units)
            body = join_html(
                [self.content.text("reminders.distance_logged", lang, km=shown),
                 distance_service.advice_text(self.content, user, verdict)]
            )  # fmt: skip
        return Composed(Outgoing(user.chat_id, TextPayload(body)))

    async def _planned_poll_near(self, session: AsyncSession, row: Claimed) -> bool:
        """Whether the runner was just asked, or is about to be asked after a run, the same
        question: an extra daily poll then gives way (planned polls always go)."""
        now = self.clock.now()
        if await checkin_store.polled_since(session, row.user_id, row.kind, now - ONE_POLL_PER):
            return True
        return await deliveries.planned_due_between(
            session, row.user_id, row.kind, now, now + ONE_POLL_PER
        )

    async def _habit(
        self, session: AsyncSession, row: Claimed, user: User, kind: ReminderKind
    ) -> Composed | None:
        lang = user.language
        status = status_of(user)
        if kind is ReminderKind.REST and status is KneeStatus.REST:
            body = self.content.text("reminders.rest_instead_of_run", lang)
            return Composed(Outgoing(user.chat_id, TextPayload(body)))  # no Snooze, no Skip
        if kind is ReminderKind.STRENGTH:  # the routine itself, every time (content brief §4)
            body = self.content.text("reminders.strength.text", lang, routine=self.routine(lang))
            markup = self.markup.habit_json(row.id, lang)
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
        if kind is ReminderKind.WARMUP and status is not KneeStatus.OK:
            km = user.knee_return_km
            note = self.content.text(
                f"reminders.warmup_{status.value}" + ("_km" if km else ""), lang,
                km=distance_text(self.content, lang, km or 0, user.units),
            )  # fmt: skip
            body = join_html([note, body])
        if kind is ReminderKind.WARMUP and Cause.FORM.value in user.top_causes.split(","):
            body = join_html([self.content.text("reminders.warmup_cadence.text", lang), body])
        markup = self.markup.habit_json(row.id, lang)
        return Composed(Outgoing(user.chat_id, TextPayload(body, reply_markup=markup)), tip.id)

    def routine(self, lang: str | None) -> SafeHtml:
        """The strength routine's card: each exercise with sets, reps, start, move, mistake."""
        cards = [
            self.content.text("reminders.exercise_card", lang, **_card_fields(exercise))
            for exercise in self.content.exercises(lang)
            if not exercise.extra
        ]
        return join_html(cards, "\n\n")

    async def _shoes(
        self, session: AsyncSession, row: Claimed, user: User, plan: Plan | None
    ) -> Composed | None:
        if plan is None:
            return None
        today = local_date(self.clock.now(), user.timezone or "UTC")
        # Strava's gear, when the runner's runs come with one, knows the pair and its distance
        # (unless the runner said "new shoes" after the last run with it).
        gear = await strava_storage.connection(session, user.id)
        if (
            gear is not None and gear.gear_km is not None and gear.gear_seen_at is not None
            and (plan.shoe_since is None or gear.gear_seen_at.date() >= plan.shoe_since)
        ):  # fmt: skip
            verdict = assess_shoes(gear.gear_km, None, today, plan.shoe_limit_km)
            if not verdict.nudge:
                return None
            body = self.content.text(
                "shoes.nudge_strava.text", user.language, pair=gear.gear_name or "",
                km=distance_text(self.content, user.language, gear.gear_km, user.units, 0),
                threshold_km=distance_text(
                    self.content, user.language, verdict.threshold_km, user.units, 0
                ),
            )  # fmt: skip
            markup = self.markup.shoes_json(row.id, user.language)
            return Composed(Outgoing(user.chat_id, TextPayload(body, reply_markup=markup)))
        verdict = assess_shoes(plan.shoe_km, plan.shoe_since, today, plan.shoe_limit_km)
        lang = user.language
        if not verdict.nudge:
            return None
        if verdict.km is not None and verdict.km >= verdict.threshold_km:
            body = self.content.text(
                "shoes.nudge_distance.text",
                lang,
                km=distance_text(self.content, lang, verdict.km, user.units, 0),
                threshold_km=distance_text(self.content, lang, verdict.threshold_km, user.units, 0),
            )
        else:
            body = self.content.text("shoes.nudge_age.text", lang, months=verdict.months or 12)
        markup = self.markup.shoes_json(row.id, lang)
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

    def _escalation(self, row: Claimed, user: User) -> Composed:
        """The one "see a professional" message at its urgency, and what brings runs back."""
        body = self.escalation_text(row.payload or {}, user.language)
        return Composed(Outgoing(user.chat_id, TextPayload(body), Priority.ESCALATION))

    def escalation_text(self, payload: dict[str, object], lang: str | None) -> str:
        urgency = str(payload.get("urgency") or "soon")
        reason = str(payload.get("reason") or "")
        symptom_id = payload.get("symptom")
        if symptom_id or reason == "severe_pain" or urgency == "urgent":
            symptom_key = f"red_flag.symptoms.{symptom_id or reason or 'checkin_button'}"
            if not self.content.has(symptom_key, lang):
                symptom_key = "red_flag.symptoms.checkin_button"
            symptom = self.content.plain(symptom_key, lang)
            advice = self.content.text(f"red_flag.{urgency}.text", lang, symptom=symptom)
        else:
            keys = [f"escalation.reasons.{reason}"] if reason else []
            keys += [str(key) for key in payload.get("reasons", []) or []]  # rows queued earlier
            lines = [self.content.text(key, lang) for key in keys if self.content.has(key, lang)]
            advice = self.content.text("escalation.message.text", lang, reasons=join_html(lines))
        return join_html([advice, self.content.text("status.runs_on_hold_footer", lang)], "\n\n")

    def _knee_check(self, row: Claimed, user: User, status: KneeStatus) -> Composed:
        """The gentle daily check: a pain poll while resting, buttons while waiting to be
        checked (still hurts, better, cleared, told to rest)."""
        lang = user.language
        if status is KneeStatus.REST:
            return self.checkin_poll(
                row.user_id, user.chat_id, ReminderKind.CHECKIN, lang, row.kind
            )
        markup = self.markup.status_answers(lang, with_worry=True)
        body = self.content.text("status.daily_check", lang)
        return Composed(Outgoing(user.chat_id, TextPayload(body, reply_markup=markup)))

    def _followup(self, row: Claimed, user: User) -> Composed:
        lang = user.language
        markup = self.markup.follow_up_json(row.id, lang)
        body = self.content.text("escalation.follow_up", lang)
        return Composed(
            Outgoing(user.chat_id, TextPayload(body, reply_markup=markup), Priority.ESCALATION)
        )

    async def _broadcast(self, session: AsyncSession, row: Claimed, user: User) -> Composed | None:
        broadcast = await session.get(Broadcast, row.broadcast_id) if row.broadcast_id else None
        body = (row.payload or {}).get("text") or (broadcast.text if broadcast else None)
        if not body or (broadcast is not None and broadcast.state == "cancelled"):
            return None
        return Composed(Outgoing(user.chat_id, TextPayload(body), Priority.BROADCAST))


def _card_fields(exercise: Exercise) -> dict[str, object]:
    return {
        "name": exercise.name, "sets": exercise.sets, "reps": exercise.reps,
        "start": exercise.start, "how": exercise.how, "avoid": exercise.avoid,
    }  # fmt: skip
