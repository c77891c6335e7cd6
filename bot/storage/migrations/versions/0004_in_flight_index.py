"""indexes on in-flight deliveries, so start-up recovery does not scan the whole queue

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 00:01:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IN_FLIGHT = ("claimed", "sending")


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        for state in IN_FLIGHT:
            batch_op.create_index(
                f"ix_deliveries_{state}",
                ["claimed_at"],
                unique=False,
                sqlite_where=sa.text(f"state = '{state}'"),
                postgresql_where=sa.text(f"state = '{state}'"),
            )


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        for state in IN_FLIGHT:
            batch_op.drop_index(f"ix_deliveries_{state}")
