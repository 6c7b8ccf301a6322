"""Engine, sessions and transaction boundaries.

`Database.read()` and `Database.write()` are the only ways code opens a transaction. On SQLite a
write transaction starts with BEGIN IMMEDIATE: a deferred transaction that reads and then writes
can fail with SQLITE_BUSY at once in WAL mode, without waiting for the busy timeout.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.sql import Select
from sqlalchemy.sql.selectable import CompoundSelect

from storage.sqlite_inline import inline_dbapi
from storage.sqlite_reader import SqliteReader

SQLITE_BUSY_TIMEOUT_MS = 15_000
SQLITE_POOL_SIZE = 16

T = TypeVar("T")


def _prepare_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the driver, so BEGIN below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Reads run without an explicit transaction: each statement sees a consistent WAL
        # snapshot, and skipping BEGIN saves a round trip to the driver's thread.
        if connection.get_execution_options().get("tansiq_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def prepare_sqlite_file(database: str) -> None:
    """The data directory 0700 and the database file 0600: people's data is nobody else's.
    SQLite gives its -wal and -shm files the permissions of the database file."""
    path = Path(database)
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True)
    path.touch(mode=0o600, exist_ok=True)
    os.chmod(path, 0o600)  # touch keeps the mode of a file that was already there


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    # A failed statement's error would quote its parameters (names, texts) into the logs.
    kwargs.setdefault("hide_parameters", True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            prepare_sqlite_file(database)
        kwargs.setdefault("module", inline_dbapi())  # no thread hand-over per call
        if database and database != ":memory:":
            # As many connections kept as updates run at once (TASKS_CONCURRENCY_LIMIT): one
            # opened past the pool's size is closed on return, and opening one costs a
            # millisecond (its four PRAGMAs), more than the statements an update runs.
            kwargs.setdefault("pool_size", SQLITE_POOL_SIZE)
        engine = create_async_engine(url, **kwargs)
        _prepare_sqlite(engine)
        return engine
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


class Database:
    """Owns the engine and hands out short transactions."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._read = async_sessionmaker(engine, expire_on_commit=False)
        self._write_engine = engine.execution_options(tansiq_write=True)
        self._write = async_sessionmaker(self._write_engine, expire_on_commit=False)
        # SQLite has one writer at a time. Waiting for its lock inside SQLite means the busy
        # handler's sleep-and-retry (milliseconds each); queueing writers here costs nothing.
        self._write_turn = asyncio.Lock() if engine.dialect.name == "sqlite" else None
        # The look-ups every update makes, straight on SQLite (a file: memory is per connection).
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self._reader = (
            SqliteReader(database, engine.dialect, SQLITE_BUSY_TIMEOUT_MS)
            if database and database != ":memory:"
            else None
        )

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> Database:
        return cls(create_engine(url, **kwargs))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self._read() as session:
            yield session

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """A transaction that commits on success and rolls back on error."""
        if self._write_turn is None:
            async with self._write() as session, session.begin():
                yield session
            return
        async with self._write_turn, self._write() as session, session.begin():
            yield session

    @asynccontextmanager
    async def quick_read(self) -> AsyncIterator[AsyncConnection]:
        """A bare connection for the look-ups every update makes (a person, a dialog's state):
        half the cost of a session, for statements built once (see `storage.fsm`)."""
        async with self.engine.connect() as connection:
            yield connection

    @asynccontextmanager
    async def quick_write(self) -> AsyncIterator[AsyncConnection]:
        """As `write()`, on a bare connection: commits on success, rolls back on error."""
        if self._write_turn is None:
            async with self._write_engine.begin() as connection:
                yield connection
            return
        async with self._write_turn, self._write_engine.begin() as connection:
            yield connection

    async def quick_rows(
        self, statement: Select[Any] | CompoundSelect, params: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        """The rows of a look-up built once (the sender of every update), as mappings: on SQLite
        straight from a connection of its own (storage.sqlite_reader), elsewhere through a
        bare pooled connection. Failures are SQLAlchemy's errors either way."""
        if self._reader is not None:
            return self._reader.rows(statement, params)
        async with self.quick_read() as connection:
            return [dict(row._mapping) for row in await connection.execute(statement, params)]

    async def dispose(self) -> None:
        if self._reader is not None:
            self._reader.close()
        await self.engine.dispose()


async def get_locked(session: AsyncSession, model: type[T], row_id: int) -> T | None:
    """The row, locked until the transaction ends. Locked through a bare SELECT ... FOR UPDATE:
    PostgreSQL refuses FOR UPDATE on the outer joins that load related rows. (On SQLite,
    BEGIN IMMEDIATE already serialises writers, and FOR UPDATE is left out.)"""
    await session.execute(select(model.id).where(model.id == row_id).with_for_update())  # type: ignore[attr-defined]
    return await session.get(model, row_id)
