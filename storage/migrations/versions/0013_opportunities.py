"""opportunities and organization introductions

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 19:35:26.950391
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "opportunities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=160), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("link", sa.String(length=512), nullable=True),
        sa.Column("document_file_id", sa.String(length=256), nullable=True),
        sa.Column("document_name", sa.String(length=256), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["people.id"],
            name=op.f("fk_opportunities_author_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_opportunities_organization_id_organizations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by_id"],
            ["people.id"],
            name=op.f("fk_opportunities_reviewed_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunities_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunities_deadline"), ["deadline"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opportunities_reviewed_at"), ["reviewed_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunities_status"), ["status"], unique=False)

    op.create_table(
        "opportunity_choices",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("delivery", sa.String(length=8), nullable=False),
        sa.Column("last_digest_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_opportunity_choices_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_opportunity_choices")),
    )
    op.create_table(
        "opportunity_deliveries",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_opportunity_deliveries_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_opportunity_deliveries_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "opportunity_id", "person_id", name=op.f("pk_opportunity_deliveries")
        ),
    )
    with op.batch_alter_table("opportunity_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunity_deliveries_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "opportunity_governorates",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("governorate_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["governorate_id"],
            ["governorates.id"],
            name=op.f("fk_opportunity_governorates_governorate_id_governorates"),
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_opportunity_governorates_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "opportunity_id", "governorate_id", name=op.f("pk_opportunity_governorates")
        ),
    )
    op.create_table(
        "opportunity_saves",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("saved_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("reminded_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_opportunity_saves_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_opportunity_saves_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("opportunity_id", "person_id", name=op.f("pk_opportunity_saves")),
    )
    with op.batch_alter_table("opportunity_saves", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunity_saves_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "opportunity_sectors",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_opportunity_sectors_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sectors.id"], name=op.f("fk_opportunity_sectors_sector_id_sectors")
        ),
        sa.PrimaryKeyConstraint("opportunity_id", "sector_id", name=op.f("pk_opportunity_sectors")),
    )
    with op.batch_alter_table("intro_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("organization_id", sa.Integer(), nullable=True))
        batch_op.alter_column("target_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_index(
            batch_op.f("ix_intro_requests_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_intro_requests_organization_id_organizations"),
            "organizations",
            ["organization_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    # A request to an organization that nobody answered yet has no target: it cannot stay.
    op.execute("DELETE FROM intro_requests WHERE target_id IS NULL")
    with op.batch_alter_table("intro_requests", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_intro_requests_organization_id_organizations"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_intro_requests_organization_id"))
        batch_op.alter_column("target_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("organization_id")

    op.drop_table("opportunity_sectors")
    with op.batch_alter_table("opportunity_saves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_saves_person_id"))

    op.drop_table("opportunity_saves")
    op.drop_table("opportunity_governorates")
    with op.batch_alter_table("opportunity_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_deliveries_person_id"))

    op.drop_table("opportunity_deliveries")
    op.drop_table("opportunity_choices")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunities_status"))
        batch_op.drop_index(batch_op.f("ix_opportunities_reviewed_at"))
        batch_op.drop_index(batch_op.f("ix_opportunities_deadline"))
        batch_op.drop_index(batch_op.f("ix_opportunities_author_id"))

    op.drop_table("opportunities")
