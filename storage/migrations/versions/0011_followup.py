"""follow-up of recommendations and commitments

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pillars",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pillars")),
        sa.UniqueConstraint("code", name=op.f("uq_pillars_code")),
    )
    op.create_table(
        "followup_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("original_locale", sa.String(length=8), nullable=False),
        sa.Column("pillar_id", sa.Integer(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("update_id", sa.Integer(), nullable=True),
        sa.Column("stated_by_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("level_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("review", sa.String(length=16), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["people.id"],
            name=op.f("fk_followup_items_author_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["people.id"],
            name=op.f("fk_followup_items_created_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_followup_items_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pillar_id"], ["pillars.id"], name=op.f("fk_followup_items_pillar_id_pillars")
        ),
        sa.ForeignKeyConstraint(
            ["stated_by_id"],
            ["organizations.id"],
            name=op.f("fk_followup_items_stated_by_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["update_id"],
            ["sector_updates.id"],
            name=op.f("fk_followup_items_update_id_sector_updates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_items")),
        sa.UniqueConstraint("update_id", name=op.f("uq_followup_items_update_id")),
    )
    with op.batch_alter_table("followup_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_items_author_id"), ["author_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_followup_items_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_followup_items_level"), ["level"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_followup_items_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_followup_items_review"), ["review"], unique=False)

    op.create_table(
        "followup_asks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("occasion", sa.String(length=24), nullable=False),
        sa.Column("asked_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reminded_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["followup_items.id"],
            name=op.f("fk_followup_asks_item_id_followup_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_followup_asks_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_asks")),
        sa.UniqueConstraint(
            "item_id", "organization_id", "occasion", name=op.f("uq_followup_asks_item_id")
        ),
    )
    with op.batch_alter_table("followup_asks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followup_asks_item_id"), ["item_id"], unique=False)

    op.create_table(
        "followup_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("link", sa.String(length=512), nullable=True),
        sa.Column("document_file_id", sa.String(length=256), nullable=True),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("for_organization_id", sa.Integer(), nullable=True),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["people.id"],
            name=op.f("fk_followup_changes_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["for_organization_id"],
            ["organizations.id"],
            name=op.f("fk_followup_changes_for_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["followup_items.id"],
            name=op.f("fk_followup_changes_item_id_followup_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_changes")),
    )
    with op.batch_alter_table("followup_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followup_changes_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_followup_changes_by_id"), ["by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_followup_changes_item_id"), ["item_id"], unique=False)

    op.create_table(
        "followup_followers",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("since", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["followup_items.id"],
            name=op.f("fk_followup_followers_item_id_followup_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_followup_followers_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "person_id", name=op.f("pk_followup_followers")),
    )
    with op.batch_alter_table("followup_followers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_followers_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "followup_item_governorates",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("governorate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["governorate_id"],
            ["governorates.id"],
            name=op.f("fk_followup_item_governorates_governorate_id_governorates"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["followup_items.id"],
            name=op.f("fk_followup_item_governorates_item_id_followup_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "item_id", "governorate_id", name=op.f("pk_followup_item_governorates")
        ),
    )
    op.create_table(
        "followup_item_sectors",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["followup_items.id"],
            name=op.f("fk_followup_item_sectors_item_id_followup_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sectors.id"], name=op.f("fk_followup_item_sectors_sector_id_sectors")
        ),
        sa.PrimaryKeyConstraint("item_id", "sector_id", name=op.f("pk_followup_item_sectors")),
    )
    op.create_table(
        "followup_owners",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["followup_items.id"],
            name=op.f("fk_followup_owners_item_id_followup_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_followup_owners_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.Column("named", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", "organization_id", name=op.f("pk_followup_owners")),
    )
    with op.batch_alter_table("followup_owners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_followup_owners_organization_id"), ["organization_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("followup_owners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_owners_organization_id"))

    op.drop_table("followup_owners")
    op.drop_table("followup_item_sectors")
    op.drop_table("followup_item_governorates")
    with op.batch_alter_table("followup_followers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_followers_person_id"))

    op.drop_table("followup_followers")
    with op.batch_alter_table("followup_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_changes_item_id"))
        batch_op.drop_index(batch_op.f("ix_followup_changes_by_id"))
        batch_op.drop_index(batch_op.f("ix_followup_changes_at"))

    op.drop_table("followup_changes")
    with op.batch_alter_table("followup_asks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_asks_item_id"))

    op.drop_table("followup_asks")
    with op.batch_alter_table("followup_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_items_review"))
        batch_op.drop_index(batch_op.f("ix_followup_items_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_followup_items_level"))
        batch_op.drop_index(batch_op.f("ix_followup_items_created_at"))
        batch_op.drop_index(batch_op.f("ix_followup_items_author_id"))

    op.drop_table("followup_items")
    op.drop_table("pillars")
