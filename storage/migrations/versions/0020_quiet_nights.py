"""quiet nights: an organizer's "to review" message arrives without a sound at night

Organizers get one "to review" message, edited as items arrive and are decided; each can have
the new ones arrive silently between 22:00 and 07:00.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 02:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("quiet_nights", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("quiet_nights")
