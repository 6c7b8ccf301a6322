"""decisions: questions the network decides in the chat (proposal, consent, time poll, score,
ranked choice, dot vote), who may vote, and one ballot per voter

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = storage.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey(
                "meetings.id", ondelete="SET NULL", name="fk_decisions_meeting_id_meetings"
            ),
            nullable=True,
        ),
        sa.Column("hide_results", sa.Boolean(), nullable=False),
        sa.Column("named", sa.Boolean(), nullable=False),
        sa.Column("quorum_percent", sa.Integer(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("open_options", sa.Boolean(), nullable=False),
        sa.Column("native", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("audience_size", sa.Integer(), nullable=False),
        sa.Column("remind_at", UTC, nullable=True),
        sa.Column("reminded", sa.Boolean(), nullable=False),
        sa.Column("close_at", UTC, nullable=False),
        sa.Column("closed_at", UTC, nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("announced_at", UTC, nullable=True),
        sa.Column(
            "followup_item_id",
            sa.Integer(),
            sa.ForeignKey(
                "followup_items.id",
                ondelete="SET NULL",
                name="fk_decisions_followup_item_id_followup_items",
            ),
            nullable=True,
        ),
        sa.Column(
            "created_by_id",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", ondelete="SET NULL", name="fk_decisions_created_by_id_people"
            ),
            nullable=True,
        ),
        sa.Column("created_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
    )
    op.create_index("ix_decisions_status", "decisions", ["status"])
    op.create_index("ix_decisions_close_at", "decisions", ["close_at"])
    op.create_table(
        "decision_recipients",
        sa.Column(
            "decision_id",
            sa.Integer(),
            sa.ForeignKey(
                "decisions.id",
                ondelete="CASCADE",
                name="fk_decision_recipients_decision_id_decisions",
            ),
            nullable=False,
        ),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", ondelete="CASCADE", name="fk_decision_recipients_person_id_people"
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("decision_id", "person_id", name="pk_decision_recipients"),
    )
    op.create_index("ix_decision_recipients_person_id", "decision_recipients", ["person_id"])
    op.create_table(
        "decision_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "decision_id",
            sa.Integer(),
            sa.ForeignKey(
                "decisions.id", ondelete="CASCADE", name="fk_decision_votes_decision_id_decisions"
            ),
            nullable=False,
        ),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", ondelete="SET NULL", name="fk_decision_votes_person_id_people"
            ),
            nullable=True,
        ),
        sa.Column("ballot", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("reason_public", sa.Boolean(), nullable=False),
        sa.Column("actor_type_id", sa.Integer(), nullable=True),
        sa.Column("governorate_ids", sa.JSON(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_decision_votes"),
        sa.UniqueConstraint("decision_id", "person_id", name="uq_decision_votes_decision_id"),
    )
    op.create_index("ix_decision_votes_decision_id", "decision_votes", ["decision_id"])
    op.create_index("ix_decision_votes_person_id", "decision_votes", ["person_id"])


def downgrade() -> None:
    op.drop_table("decision_votes")
    op.drop_table("decision_recipients")
    op.drop_table("decisions")
