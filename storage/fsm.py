"""aiogram FSM storage in the project's database, so dialogs survive a restart.

Without Redis one process handles all updates (its event isolation is in-process too), so that
process may keep what it wrote: each key's state and data are read once and then served from
memory, and every change is still written by the end of its update (a restart loses nothing).
Those who change rows behind its back, the retention sweep (drafts months old) and an erasure
finished by another process, are seen after CACHE_SECONDS at most.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey
from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.database import Database
from storage.models import FsmRecord
from storage.types import utcnow

CACHE_SECONDS = 300.0
CACHE_KEYS = 20_000

# Built once: every update reads or writes a dialog, and building a statement costs more than
# SQLite takes to run it.
_LOAD = select(FsmRecord.state, FsmRecord.data).where(FsmRecord.key == bindparam("key"))
_DELETE = delete(FsmRecord).where(FsmRecord.key == bindparam("key"))


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
class _Batch:
    changes: dict[str, tuple[str | None, dict[str, Any]]] = field(default_factory=dict)
    open: bool = True


# The batch of the update this task is handling (SQLStorage.batch), if any.
_batch: ContextVar[_Batch | None] = ContextVar("fsm_batch", default=None)


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
        insert = (pg_insert if db.dialect == "postgresql" else sqlite_insert)(FsmRecord).values(
            key=bindparam("key"),
            state=bindparam("state"),
            data=bindparam("data"),
            updated_at=bindparam("at"),
        )
        self._upsert = insert.on_conflict_do_update(
            index_elements=[FsmRecord.key],
            set_={
                "state": insert.excluded.state,
                "data": insert.excluded.data,
                "updated_at": insert.excluded.updated_at,
            },
        )
        self._cache_seconds = cache_seconds
        self._cache_keys = cache_keys
        self._known: OrderedDict[str, _Known] = OrderedDict()

    async def _load(self, key: str) -> _Known:
        known = self._known.get(key)
        now = time.monotonic()
        if known is not None and now - known.read_at < self._cache_seconds:
            self._known.move_to_end(key)
            return known
        rows = await self.db.quick_rows(_LOAD, {"key": key})
        state, data = (rows[0]["state"], rows[0]["data"] or {}) if rows else (None, {})
        return self._remember(key, state, data, now)

    def _remember(self, key: str, state: str | None, data: Mapping[str, Any], now: float) -> _Known:
        known = _Known(state, json.dumps(data, ensure_ascii=False), now)
        self._known[key] = known
        self._known.move_to_end(key)
        while len(self._known) > self._cache_keys:
            self._known.popitem(last=False)
        return known

    async def _save(self, key: StorageKey, **values: Any) -> None:
        """Change the key's state or data: at once, or at the end of the update being handled
        (`batch`)."""
        name = storage_key(key)
        known = await self._load(name)
        state = values["state"] if "state" in values else known.state
        data = dict(values["data"]) if "data" in values else json.loads(known.data)
        self._remember(name, state, data, time.monotonic())
        batch = _batch.get()
        if batch is not None and batch.open:
            batch.changes[name] = (state, data)
        else:
            await self._write({name: (state, data)})

    @asynccontextmanager
    async def batch(self) -> AsyncIterator[None]:
        """Changes made inside are written together when it ends (an update's handler sets a
        state, then its prompts; clear() is two changes): one transaction instead of two or
        three, before the update counts as handled. Written even when the handler fails, as
        they would have been one by one."""
        batch = _Batch()
        token = _batch.set(batch)
        try:
            yield
        finally:
            _batch.reset(token)
            batch.open = False  # a task the handler started writes at once from now on
            if batch.changes:
                await self._write(batch.changes)

    async def _write(self, changes: Mapping[str, tuple[str | None, dict[str, Any]]]) -> None:
        """Each key's row as it is now; a key with neither state nor data loses its row."""
        try:
            async with self.db.quick_write() as connection:
                for name, (state, data) in changes.items():
                    if state is None and not data:
                        await connection.execute(_DELETE, {"key": name})
                    else:
                        values = {"key": name, "state": state, "data": data, "at": utcnow()}
                        await connection.execute(self._upsert, values)
        except BaseException:
            for name in changes:  # memory no longer matches the table: read it again
                self._known.pop(name, None)
            raise

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
