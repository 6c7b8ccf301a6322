"""reporting rounds: organizations asked for their update, and their answers

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reporting_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("deadline", UTC_DATETIME, nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("closed_at", UTC_DATETIME, nullable=True),
        sa.Column("auto_reminded_at", UTC_DATETIME, nullable=True),
        sa.Column("manual_reminded_at", UTC_DATETIME, nullable=True),
        sa.Column("progress_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("progress_message_id", sa.BigInteger(), nullable=True),
        sa.Column("progress_locale", sa.String(length=8), nullable=True),
        sa.Column("progress_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["people.id"],
            name=op.f("fk_reporting_rounds_created_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_rounds")),
    )
    with op.batch_alter_table("reporting_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reporting_rounds_deadline"), ["deadline"])
        batch_op.create_index(batch_op.f("ix_reporting_rounds_status"), ["status"])
    op.create_table(
        "round_organizations",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("asked_at", UTC_DATETIME, nullable=False),
        sa.Column("answered_at", UTC_DATETIME, nullable=True),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("answered_by_id", sa.Integer(), nullable=True),
        sa.Column("colleagues_told_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["people.id"],
            name=op.f("fk_round_organizations_answered_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_round_organizations_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["reporting_rounds.id"],
            name=op.f("fk_round_organizations_round_id_reporting_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", "organization_id", name=op.f("pk_round_organizations")),
    )
    with op.batch_alter_table("round_organizations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_round_organizations_organization_id"), ["organization_id"]
        )
    with op.batch_alter_table("sector_updates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("round_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_sector_updates_round_id"), ["round_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_sector_updates_round_id_reporting_rounds"),
            "reporting_rounds",
            ["round_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("sector_updates", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_sector_updates_round_id_reporting_rounds"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_sector_updates_round_id"))
        batch_op.drop_column("round_id")
    with op.batch_alter_table("round_organizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_round_organizations_organization_id"))
    op.drop_table("round_organizations")
    with op.batch_alter_table("reporting_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reporting_rounds_status"))
        batch_op.drop_index(batch_op.f("ix_reporting_rounds_deadline"))
    op.drop_table("reporting_rounds")
