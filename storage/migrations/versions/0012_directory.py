"""directory: who is listed and what shows; introductions

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
        sa.Column("share_username", sa.Boolean(), nullable=False),
        sa.Column("since", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_directory_entries_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_directory_entries")),
    )
    op.create_table(
        "intro_blocks",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("blocked_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["blocked_id"],
            ["people.id"],
            name=op.f("fk_intro_blocks_blocked_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_intro_blocks_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "blocked_id", name=op.f("pk_intro_blocks")),
    )
    op.create_table(
        "intro_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("relay_requester", sa.Integer(), nullable=False),
        sa.Column("relay_target", sa.Integer(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["people.id"],
            name=op.f("fk_intro_requests_requester_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["people.id"],
            name=op.f("fk_intro_requests_target_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intro_requests")),
    )
    with op.batch_alter_table("intro_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_intro_requests_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_intro_requests_requester_id"), ["requester_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_intro_requests_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_intro_requests_target_id"), ["target_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("intro_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intro_requests_target_id"))
        batch_op.drop_index(batch_op.f("ix_intro_requests_status"))
        batch_op.drop_index(batch_op.f("ix_intro_requests_requester_id"))
        batch_op.drop_index(batch_op.f("ix_intro_requests_created_at"))

    op.drop_table("intro_requests")
    op.drop_table("intro_blocks")
    op.drop_table("directory_entries")
