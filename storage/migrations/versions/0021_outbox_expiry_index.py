"""outbox expiry index: the worker finds rows past their time without reading every due row

The worker drops rows whose time has passed (a reminder once its meeting began) before each
claim. Without an index that read every due pending row, 16 ms of the event loop per claim with
10,000 queued, which cost the paid broadcast a tenth of its pace.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 05:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_outbox_status_expires_at", "outbox", ["status", "expires_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_status_expires_at", table_name="outbox")
