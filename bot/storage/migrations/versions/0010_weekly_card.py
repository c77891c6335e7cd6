"""plans.card_weekday: the day the weekly card comes (Sunday by default)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 18:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(
            sa.Column("card_weekday", sa.SmallInteger(), nullable=False, server_default="6")
        )


def downgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("card_weekday")
