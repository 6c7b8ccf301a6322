"""announced internet cuts: windows and their daily intervals

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 19:55:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cut_windows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("daily_from", sa.String(length=5), nullable=False),
        sa.Column("daily_to", sa.String(length=5), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["people.id"],
            name=op.f("fk_cut_windows_created_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cut_windows")),
    )
    with op.batch_alter_table("cut_windows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cut_windows_last_day"), ["last_day"], unique=False)
    op.create_table(
        "cut_intervals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["window_id"],
            ["cut_windows.id"],
            name=op.f("fk_cut_intervals_window_id_cut_windows"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cut_intervals")),
    )
    with op.batch_alter_table("cut_intervals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cut_intervals_ends_at"), ["ends_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_cut_intervals_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_cut_intervals_window_id"), ["window_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cut_intervals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cut_intervals_window_id"))
        batch_op.drop_index(batch_op.f("ix_cut_intervals_starts_at"))
        batch_op.drop_index(batch_op.f("ix_cut_intervals_ends_at"))
    op.drop_table("cut_intervals")
    with op.batch_alter_table("cut_windows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cut_windows_last_day"))
    op.drop_table("cut_windows")
