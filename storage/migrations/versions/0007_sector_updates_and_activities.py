"""sector updates and activities

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 22:26:29.414681
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["people.id"],
            name=op.f("fk_activities_created_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_activities_organization_id_organizations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sectors.id"], name=op.f("fk_activities_sector_id_sectors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activities_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activities_sector_id"), ["sector_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_status"), ["status"], unique=False)

    op.create_table(
        "sector_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("actor_type_id", sa.Integer(), nullable=True),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("original_locale", sa.String(length=8), nullable=False),
        sa.Column("link", sa.String(length=512), nullable=True),
        sa.Column("document_file_id", sa.String(length=256), nullable=True),
        sa.Column("document_name", sa.String(length=256), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_type_id"],
            ["actor_types.id"],
            name=op.f("fk_sector_updates_actor_type_id_actor_types"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["people.id"],
            name=op.f("fk_sector_updates_author_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_sector_updates_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["people.id"],
            name=op.f("fk_sector_updates_reviewed_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sectors.id"], name=op.f("fk_sector_updates_sector_id_sectors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sector_updates")),
    )
    with op.batch_alter_table("sector_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sector_updates_author_id"), ["author_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sector_updates_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sector_updates_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sector_updates_sector_id"), ["sector_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sector_updates_status"), ["status"], unique=False)

    op.create_table(
        "activity_governorates",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("governorate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_governorates_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["governorate_id"],
            ["governorates.id"],
            name=op.f("fk_activity_governorates_governorate_id_governorates"),
        ),
        sa.PrimaryKeyConstraint(
            "activity_id", "governorate_id", name=op.f("pk_activity_governorates")
        ),
    )
    op.create_table(
        "sector_update_governorates",
        sa.Column("update_id", sa.Integer(), nullable=False),
        sa.Column("governorate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["governorate_id"],
            ["governorates.id"],
            name=op.f("fk_sector_update_governorates_governorate_id_governorates"),
        ),
        sa.ForeignKeyConstraint(
            ["update_id"],
            ["sector_updates.id"],
            name=op.f("fk_sector_update_governorates_update_id_sector_updates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "update_id", "governorate_id", name=op.f("pk_sector_update_governorates")
        ),
    )


def downgrade() -> None:
    op.drop_table("sector_update_governorates")
    op.drop_table("activity_governorates")
    with op.batch_alter_table("sector_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sector_updates_status"))
        batch_op.drop_index(batch_op.f("ix_sector_updates_sector_id"))
        batch_op.drop_index(batch_op.f("ix_sector_updates_organization_id"))
        batch_op.drop_index(batch_op.f("ix_sector_updates_created_at"))
        batch_op.drop_index(batch_op.f("ix_sector_updates_author_id"))

    op.drop_table("sector_updates")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_status"))
        batch_op.drop_index(batch_op.f("ix_activities_sector_id"))
        batch_op.drop_index(batch_op.f("ix_activities_organization_id"))

    op.drop_table("activities")
