"""What the bot keeps, it keeps for a while only (RETENTION_DAYS, default 180).

Past that: messages already delivered (or refused, or cancelled) lose their text (the row stays
for counts and for editing a card on /forget), processed update ids go, and dialog drafts left
half-finished go. People's profiles stay until they delete them with /forget.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import String, cast, delete, not_, update

from storage.database import Database
from storage.models import FINAL_STATUSES, FsmRecord, OutboxMessage, ProcessedUpdate
from storage.types import utcnow

EXPIRED: dict[str, object] = {"expired": True}


@dataclass(frozen=True, slots=True)
class Swept:
    messages_emptied: int
    updates_forgotten: int
    drafts_deleted: int


class RetentionService:
    def __init__(self, db: Database, days: int) -> None:
        self.db = db
        self.keep = timedelta(days=days)

    async def sweep(self) -> Swept:
        cutoff = utcnow() - self.keep
        async with self.db.write() as session:
            emptied = await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.status.in_(FINAL_STATUSES),
                    OutboxMessage.created_at < cutoff,
                    not_(cast(OutboxMessage.payload, String).contains('"expired"')),
                )
                .values(payload=EXPIRED, last_error=None)
            )
            forgotten = await session.execute(
                delete(ProcessedUpdate).where(ProcessedUpdate.received_at < cutoff)
            )
            drafts = await session.execute(delete(FsmRecord).where(FsmRecord.updated_at < cutoff))
        return Swept(
            int(emptied.rowcount or 0),  # type: ignore[attr-defined]
            int(forgotten.rowcount or 0),  # type: ignore[attr-defined]
            int(drafts.rowcount or 0),  # type: ignore[attr-defined]
        )
