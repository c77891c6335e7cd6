"""The tables. One row of `deliveries` per message the bot owes or sent: the queue and its log."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.domain.units import Units, effective_units
from bot.storage.types import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


def user_fk() -> Any:
    return ForeignKey("users.id", ondelete="CASCADE")


class User(Base):
    """A Telegram user who wrote to the bot. Without consent only id, chat and refusal are kept."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    language_code: Mapped[str | None] = mapped_column(String(16))
    preferred_language: Mapped[str | None] = mapped_column(String(16))
    consent: Mapped[str] = mapped_column(String(16), default="pending")
    status: Mapped[str] = mapped_column(String(16), default="active")
    timezone: Mapped[str | None] = mapped_column(String(64))
    quiet_start: Mapped[time] = mapped_column(Time, default=time(22, 0))
    quiet_end: Mapped[time] = mapped_column(Time, default=time(7, 0))
    paused_until: Mapped[datetime | None]
    paused_indefinitely: Mapped[bool] = mapped_column(Boolean, default=False)
    # The knee status (bot.domain.knee_status) lives in the columns that held the older
    # "training mode" (migration 0006 converted them): no table rebuild on SQLite.
    knee_status: Mapped[str] = mapped_column("training_mode", String(16), default="ok")
    knee_status_since: Mapped[datetime | None] = mapped_column("training_mode_until")
    knee_status_reason: Mapped[str | None] = mapped_column(String(32))
    knee_urgency: Mapped[str | None] = mapped_column(String(8))
    knee_episode_since: Mapped[datetime | None]
    knee_return_km: Mapped[float | None] = mapped_column(Float)
    top_causes: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    consent_changed_at: Mapped[datetime | None]
    quiz_completed_at: Mapped[datetime | None]
    plan_confirmed_at: Mapped[datetime | None]
    blocked_at: Mapped[datetime | None]
    came_from: Mapped[str | None] = mapped_column(String(16))
    """How the first /start came: "share" through a shared link, else None. Never who shared."""
    distance_unit: Mapped[str | None] = mapped_column(String(2))
    """ "km" or "mi" as chosen in /settings; None: the default for the Telegram language."""

    @property
    def language(self) -> str | None:
        """The language chosen in /settings, else the one Telegram reports."""
        return self.preferred_language or self.language_code

    @property
    def units(self) -> Units:
        """Kilometres or miles: chosen in /settings, else from the Telegram language code."""
        return effective_units(self.distance_unit, self.language_code)


class Flow(Base):
    """Where a user is in a multi-step flow (quiz, setup, settings); survives restarts."""

    __tablename__ = "flows"

    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), primary_key=True)
    name: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    token: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime]


class QuizResult(Base):
    """A finished (or red-flag-stopped) cause quiz."""

    __tablename__ = "quiz_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), index=True)
    answers: Mapped[dict[str, Any]]
    ranking: Mapped[list[Any]]
    red_flag: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime]


class Plan(Base):
    """The runner's week: running days, run time, distance and shoes."""

    __tablename__ = "plans"

    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), primary_key=True)
    running_days: Mapped[str] = mapped_column(String(16), default="")
    run_time: Mapped[time | None] = mapped_column(Time)
    run_minutes: Mapped[int] = mapped_column(Integer, default=60)
    weekly_km: Mapped[float | None] = mapped_column(Float)
    shoe_km: Mapped[float] = mapped_column(Float, default=0.0)
    shoe_since: Mapped[date | None] = mapped_column(Date)
    shoe_limit_km: Mapped[int] = mapped_column(Integer, default=600)
    disabled_kinds: Mapped[str] = mapped_column(String(128), default="")
    confirmed_at: Mapped[datetime | None]
    card_weekday: Mapped[int] = mapped_column(SmallInteger, default=6, server_default="6")
    """The weekly card's day (0 = Monday, 6 = Sunday), at 18:00 local; off via `muted`."""

    @property
    def muted(self) -> frozenset[str]:
        """Reminder kinds the runner switched off."""
        return frozenset(filter(None, self.disabled_kinds.split(",")))

    def toggle_muted(self, kind: str) -> None:
        self.disabled_kinds = ",".join(sorted(self.muted ^ {kind}))


class Schedule(Base):
    """One recurring reminder rule: kind, weekday (0=Mon) and local time."""

    __tablename__ = "schedules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    weekday: Mapped[int] = mapped_column(SmallInteger)
    local_time: Mapped[time] = mapped_column(Time)


class Delivery(Base):
    """A message owed or sent; (user, kind, due_at) is unique, so nothing is sent twice."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "due_at"),
        # Every index is written with the row: migration 0013 dropped those no query needs
        # (per-runner queries use the unique index's user_id prefix).
        Index("ix_deliveries_due_at", "due_at"),  # pruning finds old records without a scan
        Index(  # claims and the due backlog: one range scan per priority level, oldest first
            "ix_deliveries_pending_priority_due",
            "priority",
            "due_at",
            sqlite_where=text("state = 'pending'"),
            postgresql_where=text("state = 'pending'"),
        ),
        *(
            Index(
                f"ix_deliveries_{state}",
                "claimed_at",
                sqlite_where=text(f"state = '{state}'"),
                postgresql_where=text(f"state = '{state}'"),
            )
            for state in ("claimed", "sending")  # in flight: found at once by crash recovery
        ),
        *(  # foreign keys: their actions and the broadcast queries look up one id, never NULL
            Index(
                f"ix_deliveries_{column}",
                column,
                sqlite_where=text(f"{column} IS NOT NULL"),
                postgresql_where=text(f"{column} IS NOT NULL"),
            )
            for column in ("schedule_id", "broadcast_id")
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk())
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("schedules.id", ondelete="SET NULL"))
    broadcast_id: Mapped[int | None] = mapped_column(
        ForeignKey("broadcasts.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(24))
    due_at: Mapped[datetime]
    priority: Mapped[int] = mapped_column(SmallInteger, default=1)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    response: Mapped[str | None] = mapped_column(String(16))
    responded_at: Mapped[datetime | None]
    content_id: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(String(200))


class Instance(Base):
    """A running bot instance's heartbeat: claims of one silent for long are taken back."""

    __tablename__ = "instances"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # Settings.instance_id
    last_seen: Mapped[datetime]


class Checkin(Base):
    """A knee check-in: asked by poll or buttons, answered, or closed as missing."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    asked_at: Mapped[datetime]
    poll_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(12), default="open")
    pain: Mapped[str | None] = mapped_column(String(8))
    trend: Mapped[str | None] = mapped_column(String(16))
    red_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    zone: Mapped[str | None] = mapped_column(String(8))
    answered_at: Mapped[datetime | None]


class Escalation(Base):
    """A "please see a doctor" message the bot owed the runner, and its follow-up."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), index=True)
    reasons: Mapped[list[Any]]
    created_at: Mapped[datetime]
    followed_up_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(16))


class KneeStatusChange(Base):
    """One move of a runner's knee status: the history behind /status, /history and /export."""

    __tablename__ = "knee_status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), index=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(32))
    urgency: Mapped[str | None] = mapped_column(String(8))
    return_km: Mapped[float | None] = mapped_column(Float)
    at: Mapped[datetime]


class WeeklyDistance(Base):
    """Kilometres the runner reported for one week (weeks start on Monday, local time)."""

    __tablename__ = "weekly_distances"
    __table_args__ = (UniqueConstraint("user_id", "week_start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk())
    week_start: Mapped[date] = mapped_column(Date)
    km: Mapped[float] = mapped_column(Float)


class Run(Base):
    """One run the runner logged (from an activity file now; typed or imported later).

    `fingerprint` identifies the run's content (sport, start, distance, time), so the same file
    sent twice is stored once; runs logged from different sources are matched by the rule in
    `bot.domain.runs.is_same_run`.
    """

    __tablename__ = "runs"
    __table_args__ = (
        UniqueConstraint("user_id", "fingerprint"),
        Index("ix_runs_user_started", "user_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, user_fk())
    started_at: Mapped[datetime]
    distance_m: Mapped[float] = mapped_column(Float)
    moving_s: Mapped[float] = mapped_column(Float)
    elevation_gain_m: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class StravaConnection(Base):
    """A runner's Strava authorization. Tokens are Fernet-encrypted (bot.strava.tokens) and
    marked secret: /export leaves them out."""

    __tablename__ = "strava_connections"

    user_id: Mapped[int] = mapped_column(BigInteger, user_fk(), primary_key=True)
    athlete_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    scope: Mapped[str] = mapped_column(String(128))
    access_token: Mapped[str] = mapped_column(Text, info={"secret": True})
    refresh_token: Mapped[str] = mapped_column(Text, info={"secret": True})
    expires_at: Mapped[datetime]
    state_nonce: Mapped[str] = mapped_column(String(32), info={"secret": True})
    connected_at: Mapped[datetime]
    gear_id: Mapped[str | None] = mapped_column(String(32))
    """The shoes of the runner's latest Strava run, their name and Strava's distance on them."""
    gear_name: Mapped[str | None] = mapped_column(String(128))
    gear_km: Mapped[float | None] = mapped_column(Float)
    gear_seen_at: Mapped[datetime | None]


class StravaEvent(Base):
    """A push event from Strava, stored as it came (the queue); a job claims and processes it.

    States: pending → claimed → done | ignored | failed. Unique per (owner, object, aspect,
    event time), so a replayed event is stored once."""

    __tablename__ = "strava_events"
    __table_args__ = (
        UniqueConstraint("owner_id", "object_type", "object_id", "aspect_type", "event_time"),
        Index("ix_strava_events_state_not_before", "state", "not_before"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(BigInteger)
    object_type: Mapped[str] = mapped_column(String(16))
    object_id: Mapped[int] = mapped_column(BigInteger)
    aspect_type: Mapped[str] = mapped_column(String(16))
    event_time: Mapped[int] = mapped_column(BigInteger)
    updates: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(12), default="pending")
    not_before: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None]
    received_at: Mapped[datetime]


class StravaBudget(Base):
    """Requests made to Strava in one window ("15min" or "day", by its start), shared by every
    instance; a window is marked full when Strava answers 429."""

    __tablename__ = "strava_budget"

    span: Mapped[str] = mapped_column(String(8), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(primary_key=True)
    used: Mapped[int] = mapped_column(Integer, default=0)


class Broadcast(Base):
    """An admin's message to an audience; its recipients are rows in `deliveries`."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    admin_id: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    audience: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(12), default="draft")
    send_at: Mapped[datetime | None]
    status_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    status_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class Tip(Base):
    """A tip an admin added from the chat, tagged with a cause."""

    __tablename__ = "tips"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cause: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16), server_default="en")
    """The language the admin wrote it in: only runners served in that language get it."""
    created_by: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]


class AuditEntry(Base):
    """Every admin action, for accountability."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    admin_id: Mapped[int] = mapped_column(BigInteger, index=True)
    action: Mapped[str] = mapped_column(String(32))
    details: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]


USER_TABLES: tuple[type[Base], ...] = (
    Flow,
    QuizResult,
    Plan,
    Schedule,
    Delivery,
    Checkin,
    Escalation,
    KneeStatusChange,
    WeeklyDistance,
    Run,
    StravaConnection,
)
"""Tables holding rows about one user (all keyed by `user_id`), for export and erasure."""
