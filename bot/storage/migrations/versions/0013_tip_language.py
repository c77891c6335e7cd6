"""tips.language: the language an admin wrote a tip in; only runners served in it see it

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 20:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Tips added before languages were written in English, the only language there was.
    with op.batch_alter_table("tips") as batch:
        batch.add_column(
            sa.Column("language", sa.String(length=16), nullable=False, server_default="en")
        )


def downgrade() -> None:
    with op.batch_alter_table("tips") as batch:
        batch.drop_column("language")
