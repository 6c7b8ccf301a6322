"""outcomes and translations: news of updates, translators' pairs, proposed translations

People are told what became of their updates unless they turn it off; the language pairs a
member translates; the translations members propose; when a round's report was announced.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 22:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("hear_outcomes", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch_op.add_column(sa.Column("translates", sa.JSON(), server_default="[]", nullable=False))
    with op.batch_alter_table("reporting_rounds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_told_at", UTC_DATETIME, nullable=True))
    op.create_table(
        "translations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("update_id", sa.Integer(), nullable=True),
        sa.Column("followup_item_id", sa.Integer(), nullable=True),
        sa.Column("source_locale", sa.String(length=8), nullable=False),
        sa.Column("target_locale", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("translator_id", sa.Integer(), nullable=True),
        sa.Column("credited", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", UTC_DATETIME, nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["update_id"],
            ["sector_updates.id"],
            name=op.f("fk_translations_update_id_sector_updates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["followup_item_id"],
            ["followup_items.id"],
            name=op.f("fk_translations_followup_item_id_followup_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["translator_id"],
            ["people.id"],
            name=op.f("fk_translations_translator_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["people.id"],
            name=op.f("fk_translations_reviewed_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translations")),
    )
    with op.batch_alter_table("translations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_translations_update_id"), ["update_id"])
        batch_op.create_index(batch_op.f("ix_translations_followup_item_id"), ["followup_item_id"])
        batch_op.create_index(batch_op.f("ix_translations_translator_id"), ["translator_id"])
        batch_op.create_index(batch_op.f("ix_translations_status"), ["status"])


def downgrade() -> None:
    with op.batch_alter_table("translations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_translations_status"))
        batch_op.drop_index(batch_op.f("ix_translations_translator_id"))
        batch_op.drop_index(batch_op.f("ix_translations_followup_item_id"))
        batch_op.drop_index(batch_op.f("ix_translations_update_id"))
    op.drop_table("translations")
    with op.batch_alter_table("reporting_rounds", schema=None) as batch_op:
        batch_op.drop_column("report_told_at")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("translates")
        batch_op.drop_column("hear_outcomes")
