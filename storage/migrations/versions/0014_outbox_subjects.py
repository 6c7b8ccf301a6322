"""outbox rows record the people they are about

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 19:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_subjects",
        sa.Column("outbox_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outbox_id"],
            ["outbox.id"],
            name=op.f("fk_outbox_subjects_outbox_id_outbox"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_outbox_subjects_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("outbox_id", "person_id", name=op.f("pk_outbox_subjects")),
    )
    with op.batch_alter_table("outbox_subjects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_subjects_person_id"), ["person_id"], unique=False
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("subjects_known", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
    # Rows already written do not know whom they are about: /forget still searches those.
    op.execute(sa.text("UPDATE outbox SET subjects_known = false"))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("subjects_known")
    with op.batch_alter_table("outbox_subjects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_subjects_person_id"))
    op.drop_table("outbox_subjects")
