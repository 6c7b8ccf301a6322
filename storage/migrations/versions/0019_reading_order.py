"""reading order: the languages a reader gets, in turn, when a text lacks hers

Each language of the taxonomy file names the languages its readers get, in order, when an
announcement, a meeting or a poll was not written in it (`fallback`).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 02:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("languages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fallback", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("languages", schema=None) as batch_op:
        batch_op.drop_column("fallback")
