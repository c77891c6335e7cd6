"""strava: connections (tokens encrypted), the push-event queue, the shared request budget

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 18:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    utc = bot.storage.types.UtcDateTime(timezone=True)
    op.create_table(
        "strava_connections",
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("athlete_id", sa.BigInteger(), nullable=False),
        sa.Column("scope", sa.String(length=128), nullable=False),
        sa.Column("access_token", sa.Text(), nullable=False),
        sa.Column("refresh_token", sa.Text(), nullable=False),
        sa.Column("expires_at", utc, nullable=False),
        sa.Column("state_nonce", sa.String(length=32), nullable=False),
        sa.Column("connected_at", utc, nullable=False),
        sa.Column("gear_id", sa.String(length=32), nullable=True),
        sa.Column("gear_name", sa.String(length=128), nullable=True),
        sa.Column("gear_km", sa.Float(), nullable=True),
        sa.Column("gear_seen_at", utc, nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_strava_connections_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_strava_connections")),
        sa.UniqueConstraint("athlete_id", name=op.f("uq_strava_connections_athlete_id")),
    )
    op.create_table(
        "strava_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("object_type", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.BigInteger(), nullable=False),
        sa.Column("aspect_type", sa.String(length=16), nullable=False),
        sa.Column("event_time", sa.BigInteger(), nullable=False),
        sa.Column("updates", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("not_before", utc, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_at", utc, nullable=True),
        sa.Column("received_at", utc, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strava_events")),
        sa.UniqueConstraint(
            "owner_id", "object_type", "object_id", "aspect_type", "event_time",
            name=op.f("uq_strava_events_owner_id_object_type_object_id_aspect_type_event_time"),
        ),
    )
    op.create_index(
        "ix_strava_events_state_not_before", "strava_events", ["state", "not_before"]
    )
    op.create_table(
        "strava_budget",
        sa.Column("span", sa.String(length=8), nullable=False),
        sa.Column("window_start", utc, nullable=False),
        sa.Column("used", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("span", "window_start", name=op.f("pk_strava_budget")),
    )


def downgrade() -> None:
    op.drop_table("strava_budget")
    op.drop_index("ix_strava_events_state_not_before", table_name="strava_events")
    op.drop_table("strava_events")
    op.drop_table("strava_connections")
