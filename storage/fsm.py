"""aiogram FSM storage in the project's database, so dialogs survive a restart.

Without Redis one process handles all updates (its event isolation is in-process too), so that
process may keep what it wrote: each key's state and data are read once and then served from
memory, and every change is still written at once (a restart loses nothing). Those who change
rows behind its back, the retention sweep (drafts months old) and an erasure finished by
another process, are seen after CACHE_SECONDS at most.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.database import Database
from storage.models import FsmRecord
from storage.types import utcnow

CACHE_SECONDS = 300.0
CACHE_KEYS = 20_000


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


@dataclass(slots=True)
class _Known:
    state: str | None
    data: str  # JSON, so each reader gets its own copy, as from the database
    read_at: float


class SQLStorage(BaseStorage):
    def __init__(
        self, db: Database, cache_seconds: float = CACHE_SECONDS, cache_keys: int = CACHE_KEYS
    ) -> None:
        self.db = db
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert
        self._cache_seconds = cache_seconds
        self._cache_keys = cache_keys
        self._known: OrderedDict[str, _Known] = OrderedDict()

    async def _load(self, key: str) -> _Known:
        known = self._known.get(key)
        now = time.monotonic()
        if known is not None and now - known.read_at < self._cache_seconds:
            self._known.move_to_end(key)
            return known
        async with self.db.read() as session:
            row = (
                await session.execute(
                    select(FsmRecord.state, FsmRecord.data).where(FsmRecord.key == key)
                )
            ).first()
        state, data = (row[0], row[1] or {}) if row is not None else (None, {})
        return self._remember(key, state, data, now)

    def _remember(self, key: str, state: str | None, data: Mapping[str, Any], now: float) -> _Known:
        known = _Known(state, json.dumps(data, ensure_ascii=False), now)
        self._known[key] = known
        self._known.move_to_end(key)
        while len(self._known) > self._cache_keys:
            self._known.popitem(last=False)
        return known

    async def _save(self, key: StorageKey, **values: Any) -> None:
        """Write the key's state and data in one statement; drop the row once both are empty."""
        name = storage_key(key)
        known = await self._load(name)
        state = values["state"] if "state" in values else known.state
        data = dict(values["data"]) if "data" in values else json.loads(known.data)
        async with self.db.write() as session:
            if state is None and not data:
                await session.execute(delete(FsmRecord).where(FsmRecord.key == name))
            else:
                now = utcnow()
                statement = self._insert(FsmRecord).values(
                    key=name, state=state, data=data, updated_at=now
                )
                await session.execute(
                    statement.on_conflict_do_update(
                        index_elements=[FsmRecord.key],
                        set_={"state": state, "data": data, "updated_at": now},
                    )
                )
        self._remember(name, state, data, time.monotonic())

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._save(key, state=state.state if isinstance(state, State) else state)

    async def get_state(self, key: StorageKey) -> str | None:
        return (await self._load(storage_key(key))).state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._save(key, data=data)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        return dict(json.loads((await self._load(storage_key(key))).data))

    def forget_user(self, user_id: int) -> None:
        """Drop what is kept in memory of a person's dialogs (their rows were deleted)."""
        marker = f":{user_id}:"
        for name in [name for name in self._known if marker in name]:
            del self._known[name]

    async def close(self) -> None:
        """The database belongs to the application, which disposes of it."""
