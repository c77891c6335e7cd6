"""Strava push events: checked and queued at the edge, then turned into runs by the job.

Strava is never called inside a database transaction (SQLite has one writer, and the budget
counts in its own short transactions): read, call, then write. What the runner should hear comes
back as `Notice`s (bot.services.strava).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.activities import ActivitySession
from bot.activities.sessions import sport_named
from bot.ops import metrics
from bot.services import run_effects
from bot.services.runs import Verdict, log_one
from bot.services.strava import Notice, NoticeKind, StravaLink
from bot.storage import runs, strava, users
from bot.storage.models import StravaConnection
from bot.strava.client import REFRESH_MARGIN, BudgetSpent, NotFound, StravaError, Unauthorized

log = logging.getLogger(__name__)

EVENTS_PER_TICK = 20
MAX_ATTEMPTS = 24
"""Failed tries of one event before it is set aside as failed (kept, never deleted)."""
RETRY_CAP = timedelta(hours=1)
EVENT_RETENTION = timedelta(days=7)
"""Handled events are kept a week (a replay within it is recognised), then forgotten."""
OBJECT_TYPES = frozenset({"activity", "athlete"})
ASPECT_TYPES = frozenset({"create", "update", "delete"})


async def receive_event(link: StravaLink, body: object, now: datetime) -> bool:
    """Queue a push event when it is well formed and names a connected athlete (else False:
    acknowledged and forgotten). Replays of a queued event are stored once."""
    if not isinstance(body, dict):
        return False
    fields = (body.get("owner_id"), body.get("object_id"), body.get("event_time"))
    object_type, aspect = body.get("object_type"), body.get("aspect_type")
    updates = body.get("updates") or {}
    if (
        not all(isinstance(value, int) and not isinstance(value, bool) for value in fields)
        or object_type not in OBJECT_TYPES or aspect not in ASPECT_TYPES
        or not isinstance(updates, dict)
        or link.subscription_id not in (None, body.get("subscription_id"))
    ):  # fmt: skip
        return False
    owner_id, object_id, event_time = fields
    assert isinstance(owner_id, int) and isinstance(object_id, int)
    assert isinstance(event_time, int)
    async with link.sessions.begin() as session:
        if await strava.connection_of_athlete(session, owner_id) is None:
            return False
        return await strava.add_event(
            session, owner_id=owner_id, object_type=str(object_type), object_id=object_id,
            aspect_type=str(aspect), event_time=event_time,
            updates={str(k): str(v) for k, v in updates.items()}, now=now,
        )  # fmt: skip


def session_from(activity: Mapping[str, Any]) -> ActivitySession:
    """Strava's activity as the session an activity file would give (StravaError if odd)."""
    try:
        started = datetime.strptime(str(activity["start_date"]), "%Y-%m-%dT%H:%M:%SZ")
        return ActivitySession(
            sport=sport_named(str(activity.get("sport_type") or activity.get("type") or "")),
            started_at=started.replace(tzinfo=UTC),
            distance_m=float(activity["distance"]),
            moving_s=float(activity["moving_time"]),
            elevation_gain_m=_float_or_none(activity.get("total_elevation_gain")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise StravaError(f"unexpected activity: {type(error).__name__}") from None


def _float_or_none(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


async def fresh_access_token(link: StravaLink, row: StravaConnection, now: datetime) -> str:
    """The runner's access token, refreshed first when it ends within the hour."""
    if row.expires_at - now > REFRESH_MARGIN:
        return link.cipher.decrypt(row.access_token)
    tokens = await link.client.refresh(link.cipher.decrypt(row.refresh_token))
    async with link.sessions.begin() as session:
        await strava.store_tokens(
            session, row.user_id, link.cipher.encrypt(tokens.access_token),
            link.cipher.encrypt(tokens.refresh_token), tokens.expires_at,
        )  # fmt: skip
    return tokens.access_token


async def process_due_events(link: StravaLink, claimer: str, now: datetime) -> list[Notice]:
    """Claim due events and handle each; a spent budget puts the rest back until it resets,
    a failure retries later with a growing delay. Nothing is dropped."""
    async with link.sessions.begin() as session:
        await strava.prune_events(session, now - EVENT_RETENTION)
        events = await strava.claim_events(session, claimer, now, EVENTS_PER_TICK)
    notices: list[Notice] = []
    for index, event in enumerate(events):
        try:
            state, notice = await _handle(link, event, now)
        except BudgetSpent as spent:
            async with link.sessions.begin() as session:
                rest = [item.id for item in events[index:]]
                await strava.postpone_events(session, rest, spent.until, failed_attempt=False)
            metrics.STRAVA_EVENTS.labels(outcome="waiting").inc(len(rest))
            log.info("Strava budget spent: %d events wait until %s", len(rest), spent.until)
            break
        except Exception as error:
            # Strava failing, or a bug: retried later, and never silently lost.
            delay = min(timedelta(minutes=2**event.attempts), RETRY_CAP)
            log.warning("Strava event %d failed (attempt %d): %s", event.id, event.attempts + 1,
                        error if isinstance(error, StravaError) else repr(error))  # fmt: skip
            gave_up = event.attempts + 1 >= MAX_ATTEMPTS
            metrics.STRAVA_EVENTS.labels(outcome=strava.FAILED if gave_up else "waiting").inc()
            async with link.sessions.begin() as session:
                if gave_up:
                    await strava.finish_event(session, event.id, strava.FAILED)
                else:
                    await strava.postpone_events(
                        session, [event.id], now + delay, failed_attempt=True
                    )
            continue
        async with link.sessions.begin() as session:
            await strava.finish_event(session, event.id, state)
        metrics.STRAVA_EVENTS.labels(outcome=state).inc()
        if notice is not None:
            notices.append(notice)
    return notices


async def _handle(
    link: StravaLink, event: strava.Event, now: datetime
) -> tuple[str, Notice | None]:
    async with link.sessions.begin() as session:
        row = await strava.connection_of_athlete(session, event.owner_id)
        user = await users.get(session, row.user_id) if row is not None else None
    if row is None or user is None:
        return strava.IGNORED, None  # disconnected since, or never ours
    base = Notice(user.id, user.chat_id, user.language, NoticeKind.RUN, user.knee_status,
                  user.timezone)  # fmt: skip
    if event.object_type == "athlete":
        if event.updates.get("authorized") != "false":
            return strava.IGNORED, None
        if await _still_authorized(link, row, now):
            log.warning("a deauthorization event Strava does not confirm was ignored")
            return strava.IGNORED, None
        async with link.sessions.begin() as session:
            await strava.delete_connection(session, user.id)
        return strava.DONE, replace(base, kind=NoticeKind.DEAUTHORIZED)
    fingerprint = runs.strava_fingerprint(event.object_id)
    if event.aspect_type == "delete":
        async with link.sessions.begin() as session:
            await runs.delete_by_fingerprint(session, user.id, fingerprint)
        return strava.DONE, None
    try:
        token = await fresh_access_token(link, row, now)
        activity = await link.client.activity(token, event.object_id)
    except NotFound:
        return strava.IGNORED, None  # deleted since, or a forged id
    except Unauthorized:  # access revoked at Strava without an event reaching us
        async with link.sessions.begin() as session:
            await strava.delete_connection(session, user.id)
        return strava.DONE, replace(base, kind=NoticeKind.DEAUTHORIZED)
    if (activity.get("athlete") or {}).get("id") != event.owner_id:
        return strava.IGNORED, None
    session_data = session_from(activity)
    gear = await _gear_of(link, token, activity) if session_data.is_run else None
    async with link.sessions.begin() as session:
        if gear is not None:
            await strava.store_gear(session, user.id, *gear, now)
        existing = await runs.by_fingerprint(session, user.id, fingerprint)
        if existing is not None:  # an update: keep the stored run in step with Strava
            if not session_data.is_run:
                await session.delete(existing)
            else:
                existing.distance_m = session_data.distance_m
                existing.moving_s = session_data.moving_s
                existing.started_at = session_data.started_at
            return strava.DONE, None
        outcome = await log_one(
            session, user.id, session_data, now, runs.STRAVA, fingerprint=fingerprint
        )
        if outcome.verdict is Verdict.LOGGED:  # "Run done?", the after-run check-in, shoes
            await run_effects.after_logged(session, user.id, [session_data], now, link.rules)
    if outcome.verdict is Verdict.NOT_RUN:
        return strava.DONE, None  # rides and walks on Strava are not the bot's business
    if outcome.verdict is Verdict.DUPLICATE and event.aspect_type == "update":
        return strava.DONE, None  # a renamed run logged from a file: said once is enough
    return strava.DONE, replace(base, outcome=outcome)


async def _gear_of(
    link: StravaLink, token: str, activity: Mapping[str, Any]
) -> tuple[str, str, float] | None:
    """The shoes a run was in (id, name, km on them), read before anything is written."""
    gear_id = activity.get("gear_id")
    if not isinstance(gear_id, str) or not gear_id:
        return None
    try:
        gear = await link.client.gear(token, gear_id)
    except NotFound:
        return None
    distance = gear.get("distance")
    if not isinstance(distance, int | float):
        return None
    return gear_id, str(gear.get("name") or gear_id)[:128], float(distance) / 1000


async def _still_authorized(link: StravaLink, row: StravaConnection, now: datetime) -> bool:
    """Whether Strava still accepts the runner's tokens (a forged deauthorization)."""
    try:
        await link.client.athlete(await fresh_access_token(link, row, now))
    except (Unauthorized, ValueError):
        return False
    return True
