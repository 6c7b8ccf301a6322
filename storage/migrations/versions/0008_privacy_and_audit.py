"""privacy: anonymous tallies, notes about people, proposed organizations, audit trail

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:45:31.785971
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_events_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_events")),
    )
    with op.batch_alter_table("person_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_events_person_id"), ["person_id"], unique=False)
    op.create_table(
        "anonymous_tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=24), nullable=False),
        sa.Column("ref", sa.Integer(), nullable=False),
        sa.Column("question", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("actor_type_id", sa.Integer(), nullable=False),
        sa.Column("governorate_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anonymous_tallies")),
        sa.UniqueConstraint(
            "subject",
            "ref",
            "question",
            "value",
            "actor_type_id",
            "governorate_id",
            name="uq_anonymous_tallies_key",
        ),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_role", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("target_kind", sa.String(length=24), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("target_person_id", sa.Integer(), nullable=True),
        sa.Column("target_label", sa.String(length=200), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["people.id"],
            name=op.f("fk_audit_log_actor_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["target_person_id"],
            ["people.id"],
            name=op.f("fk_audit_log_target_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_log_target_person_id"), ["target_person_id"], unique=False
        )

    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proposed_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_organizations_proposed_by_id_people"),
            "people",
            ["proposed_by_id"],
            ["id"],
            ondelete="SET NULL",
            use_alter=True,
        )

    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=8), server_default="card", nullable=False)
        )
        batch_op.drop_constraint(batch_op.f("uq_review_cards_person_id"), type_="unique")
        batch_op.create_index(batch_op.f("ix_review_cards_person_id"), ["person_id"], unique=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_review_cards_chat_id"), ["chat_id", "message_id"]
        )


def downgrade() -> None:
    op.drop_table("person_events")
    with op.batch_alter_table("review_cards", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_review_cards_chat_id"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_review_cards_person_id"))
        batch_op.create_unique_constraint(
            batch_op.f("uq_review_cards_person_id"), ["person_id", "chat_id"]
        )
        batch_op.drop_column("kind")

    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_organizations_proposed_by_id_people"), type_="foreignkey"
        )
        batch_op.drop_column("proposed_by_id")

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_target_person_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
    op.drop_table("anonymous_tallies")
