"""directory: who is listed and what shows

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 18:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "directory_entries",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("show_name", sa.Boolean(), nullable=False),
        sa.Column("show_title", sa.Boolean(), nullable=False),
        sa.Column("accepts_requests", sa.Boolean(), nullable=False),
        sa.Column("since", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_directory_entries_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_directory_entries")),
    )


def downgrade() -> None:
    op.drop_table("directory_entries")
