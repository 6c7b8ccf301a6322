"""outages: a shared delivery state, first due and expiry times of outbox rows

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 19:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delivery_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paused_until", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("unreachable_since", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_state")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("first_due_at", storage.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("expires_at", storage.types.UTCDateTime(timezone=True), nullable=True)
        )
    # Rows waiting now were first due when they are due (their retries are lost to history).
    op.execute(sa.text("UPDATE outbox SET first_due_at = due_at"))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("expires_at")
        batch_op.drop_column("first_due_at")
    op.drop_table("delivery_state")
