"""indexes on deliveries: due_at (pruning old records without a scan) and, on pending rows,
(priority, due_at) (claiming the most urgent first without sorting a backlog)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_deliveries_due_at", "deliveries", ["due_at"], unique=False)
    op.create_index(
        "ix_deliveries_pending_priority_due",
        "deliveries",
        ["priority", "due_at"],
        unique=False,
        sqlite_where=sa.text("state = 'pending'"),
        postgresql_where=sa.text("state = 'pending'"),
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_pending_priority_due", table_name="deliveries")
    op.drop_index("ix_deliveries_due_at", table_name="deliveries")
