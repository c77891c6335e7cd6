"""an index on deliveries.due_at, so pruning old records does not scan the whole table

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_deliveries_due_at", "deliveries", ["due_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_deliveries_due_at", table_name="deliveries")
