"""native polls and standalone poll audiences

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 22:08:18.902748
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("result_ref", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_result_ref"), ["result_ref"], unique=False)

    with op.batch_alter_table("polls", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audience", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column("native", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("polls", schema=None) as batch_op:
        batch_op.drop_column("native")
        batch_op.drop_column("audience")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_result_ref"))
        batch_op.drop_column("result_ref")
