"""Retention: after RETENTION_DAYS, delivered texts are emptied, update ids and stale drafts go."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.database import Database
from storage.models import FsmRecord, OutboxMessage, ProcessedUpdate
from storage.services.retention import RetentionService
from storage.types import utcnow
from tests.harness import Harness


async def test_the_retention_sweep_forgets_old_texts_ids_and_drafts(
    harness: Harness, db: Database
) -> None:
    old, recent = utcnow() - timedelta(days=200), utcnow() - timedelta(days=10)
    async with db.write() as session:
        session.add_all(
            [
                OutboxMessage(chat_id=1, payload={"text": "old and sent"}, status="sent",
                              dedupe_key="a", created_at=old),
                OutboxMessage(chat_id=1, payload={"text": "old, still waiting"},
                              status="pending", dedupe_key="b", created_at=old),
                OutboxMessage(chat_id=1, payload={"text": "recent and sent"}, status="sent",
                              dedupe_key="c", created_at=recent),
                ProcessedUpdate(bot_id=1, update_id=1, received_at=old),
                ProcessedUpdate(bot_id=1, update_id=2, received_at=recent),
                FsmRecord(key="1:5:5:default", state="Reg:name", data={"full_name": "X"},
                          updated_at=old),
                FsmRecord(key="1:6:6:default", state="Reg:name", data={}, updated_at=recent),
            ]
        )  # fmt: skip
    swept = await RetentionService(db, days=180).sweep()
    assert (swept.messages_emptied, swept.updates_forgotten, swept.drafts_deleted) == (1, 1, 1)
    async with db.read() as session:
        payloads = {
            row.dedupe_key: row.payload for row in await session.scalars(select(OutboxMessage))
        }
        assert payloads == {
            "a": {"expired": True},
            "b": {"text": "old, still waiting"},  # not delivered yet: kept
            "c": {"text": "recent and sent"},
        }
        assert [u.update_id for u in await session.scalars(select(ProcessedUpdate))] == [2]
        assert [r.key for r in await session.scalars(select(FsmRecord))] == ["1:6:6:default"]
    again = await RetentionService(db, days=180).sweep()
    assert again.messages_emptied == 0
    assert "retention" in harness.app.metronome.sweeps
