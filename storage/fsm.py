"""aiogram FSM storage in the project's database, so dialogs survive a restart."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.database import Database
from storage.models import FsmRecord
from storage.types import utcnow


def storage_key(key: StorageKey) -> str:
    # chat and user ids stand between colons so deletion on request can find them.
    return ":".join(
        str(part)
        for part in (
            key.bot_id,
            key.business_connection_id or "",
            key.chat_id,
            key.user_id,
            key.thread_id or "",
            key.destiny,
        )
    )


class SQLStorage(BaseStorage):
    def __init__(self, db: Database) -> None:
        self.db = db
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert

    async def _save(self, key: StorageKey, **values: Any) -> None:
        """Change state or data in one short transaction; drop the row once both are empty."""
        async with self.db.write() as session:
            record = await session.get(FsmRecord, storage_key(key))
            if record is None:
                record = FsmRecord(key=storage_key(key), state=None, data={})
                session.add(record)
            for name, value in values.items():
                setattr(record, name, value)
            record.updated_at = utcnow()
            if record.state is None and not record.data:
                if record in session.new:
                    session.expunge(record)
                else:
                    await session.delete(record)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._save(key, state=state.state if isinstance(state, State) else state)

    async def get_state(self, key: StorageKey) -> str | None:
        async with self.db.read() as session:
            return await session.scalar(
                select(FsmRecord.state).where(FsmRecord.key == storage_key(key))
            )

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._save(key, data=dict(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with self.db.read() as session:
            data = await session.scalar(
                select(FsmRecord.data).where(FsmRecord.key == storage_key(key))
            )
        return dict(data or {})

    async def close(self) -> None:
        """The database belongs to the application, which disposes of it."""
