"""index review (issue 17): indexes no query needs dropped, foreign-key indexes made partial

- ix_deliveries_pending_due (due_at, pending rows): the due backlog is counted through
  ix_deliveries_pending_priority_due, one range per priority level, like the claims;
- ix_deliveries_user_state (user_id, state): every per-runner query finds its rows through
  the unique (user_id, kind, due_at) index, and the claim, `sending` and outcome writes no
  longer rewrite it;
- ix_deliveries_schedule_id and ix_deliveries_broadcast_id only on rows that have one: the
  foreign-key actions and the broadcast queries look up one id (never NULL), and reminders,
  which have no broadcast, stay out of the broadcast index.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 20:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTIAL_FOREIGN_KEYS = ("schedule_id", "broadcast_id")


def upgrade() -> None:
    op.drop_index("ix_deliveries_pending_due", table_name="deliveries")
    op.drop_index("ix_deliveries_user_state", table_name="deliveries")
    for column in PARTIAL_FOREIGN_KEYS:
        op.drop_index(f"ix_deliveries_{column}", table_name="deliveries")
        op.create_index(
            f"ix_deliveries_{column}",
            "deliveries",
            [column],
            unique=False,
            sqlite_where=sa.text(f"{column} IS NOT NULL"),
            postgresql_where=sa.text(f"{column} IS NOT NULL"),
        )


def downgrade() -> None:
    for column in PARTIAL_FOREIGN_KEYS:
        op.drop_index(f"ix_deliveries_{column}", table_name="deliveries")
        op.create_index(f"ix_deliveries_{column}", "deliveries", [column], unique=False)
    op.create_index("ix_deliveries_user_state", "deliveries", ["user_id", "state"], unique=False)
    op.create_index(
        "ix_deliveries_pending_due",
        "deliveries",
        ["due_at"],
        unique=False,
        sqlite_where=sa.text("state = 'pending'"),
        postgresql_where=sa.text("state = 'pending'"),
    )
