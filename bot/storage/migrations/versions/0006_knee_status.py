"""knee status: its history table and columns; existing runners start where their data says

The status lives in the users columns that held the older training mode (`training_mode`,
`training_mode_until`), so SQLite needs no table rebuild. Existing runners are converted:
normal → ok, hold → caution, reduced → reduced, rest → rest; a runner whose last answered
check-in was red starts in rest; one with an escalation in the last 14 days that they did not
report as checked starts in "see a clinician".

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

import bot.storage.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FROM_TRAINING_MODE = {"normal": "ok", "hold": "caution", "reduced": "reduced", "rest": "rest"}
ESCALATION_STILL_OPEN = timedelta(days=14)


def upgrade() -> None:
    op.create_table(
        "knee_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("urgency", sa.String(length=8), nullable=True),
        sa.Column("return_km", sa.Float(), nullable=True),
        sa.Column("at", bot.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_knee_status_changes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knee_status_changes")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_knee_status_changes_user_id"), "knee_status_changes", ["user_id"], unique=False
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("knee_status_reason", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("knee_urgency", sa.String(length=8), nullable=True))
        batch_op.add_column(
            sa.Column(
                "knee_episode_since", bot.storage.types.UtcDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(sa.Column("knee_return_km", sa.Float(), nullable=True))
    _convert_runners()


def _convert_runners() -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)
    users = sa.table(
        "users", sa.column("id", sa.BigInteger), sa.column("training_mode", sa.String),
        sa.column("training_mode_until", bot.storage.types.UtcDateTime(timezone=True)),
        sa.column("knee_status_reason", sa.String), sa.column("knee_urgency", sa.String),
        sa.column("knee_episode_since", bot.storage.types.UtcDateTime(timezone=True)),
    )  # fmt: skip
    changes = sa.table(
        "knee_status_changes", sa.column("user_id", sa.BigInteger),
        sa.column("status", sa.String), sa.column("reason", sa.String),
        sa.column("urgency", sa.String),
        sa.column("at", bot.storage.types.UtcDateTime(timezone=True)),
    )  # fmt: skip
    statuses = {
        user_id: FROM_TRAINING_MODE.get(mode or "normal", "ok")
        for user_id, mode in bind.execute(sa.select(users.c.id, users.c.training_mode))
    }
    last_zone = sa.text(
        "SELECT c.user_id, c.zone FROM checkins c WHERE c.status = 'answered' "
        "AND c.zone IS NOT NULL AND c.id = (SELECT c2.id FROM checkins c2 "
        "WHERE c2.user_id = c.user_id AND c2.status = 'answered' AND c2.zone IS NOT NULL "
        "ORDER BY c2.answered_at DESC, c2.id DESC LIMIT 1)"
    )
    for user_id, zone in bind.execute(last_zone):
        if zone == "red" and statuses.get(user_id) in {"ok", "caution", "reduced"}:
            statuses[user_id] = "rest"
    open_escalations = sa.text(
        "SELECT DISTINCT user_id FROM escalations WHERE created_at >= :since "
        "AND (outcome IS NULL OR outcome <> 'checked')"
    ).bindparams(sa.bindparam("since", type_=bot.storage.types.UtcDateTime(timezone=True)))
    for (user_id,) in bind.execute(open_escalations, {"since": now - ESCALATION_STILL_OPEN}):
        if user_id in statuses:
            statuses[user_id] = "see_clinician"
    for user_id, status in statuses.items():
        episode = now if status in {"caution", "reduced", "rest"} else None
        bind.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(
                training_mode=status, training_mode_until=now, knee_status_reason="migrated",
                knee_urgency="soon" if status == "see_clinician" else None,
                knee_episode_since=episode,
            )
        )  # fmt: skip
        if status != "ok":
            bind.execute(
                changes.insert().values(
                    user_id=user_id, status=status, reason="migrated",
                    urgency="soon" if status == "see_clinician" else None, at=now,
                )
            )  # fmt: skip


def downgrade() -> None:
    back = {"ok": "normal", "caution": "hold", "reduced": "reduced", "rest": "rest",
            "see_clinician": "rest", "returning": "hold"}  # fmt: skip
    for status, mode in back.items():
        op.execute(
            sa.text("UPDATE users SET training_mode = :mode WHERE training_mode = :status")
            .bindparams(mode=mode, status=status)
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("knee_return_km")
        batch_op.drop_column("knee_episode_since")
        batch_op.drop_column("knee_urgency")
        batch_op.drop_column("knee_status_reason")
    op.drop_index(op.f("ix_knee_status_changes_user_id"), table_name="knee_status_changes")
    op.drop_table("knee_status_changes")
