"""SQLite for the asyncio engine without a thread per connection.

aiosqlite runs every call (execute, each fetch, commit, closing a cursor) in a thread of its
connection and wakes the event loop for each answer: about 0.7 ms of hand-over per statement,
a hundred times what SQLite itself takes for the short statements an update makes. This driver
gives SQLAlchemy the same aiosqlite interface but runs each call at once, in the event loop's
thread: the loop waits only for SQLite's own work (microseconds for a look-up by key). Python's
row handling ran on the loop's thread already, so long reads block it little more than before.

Waiting for another process's write lock would block the loop: this process's writers take
turns before BEGIN (`Database._write_turn`), so only other processes (a `tansiq` command, a
split role) can make it wait, and only for their commit.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from functools import partial
from types import SimpleNamespace
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_dbapi


class _RunNow:
    """Stands for aiosqlite's queue to its thread: runs the call when it is put."""

    @staticmethod
    def put_nowait(item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:  # handed to the awaiting caller, as the thread does
            if future is not None and not future.done():
                future.set_exception(error)
            return
        if future is not None and not future.done():
            future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    def __init__(self, connector: Callable[[], sqlite3.Connection], iter_chunk_size: int) -> None:
        super().__init__(connector, iter_chunk_size)
        self._tx = _RunNow()  # type: ignore[assignment]

    def __await__(self):  # type: ignore[no-untyped-def]
        return self._connect().__await__()  # no thread to start

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)

    def stop(self) -> None:
        self._running = False
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def connect(database: str, *, iter_chunk_size: int = 64, **kwargs: Any) -> InlineConnection:
    return InlineConnection(partial(sqlite3.connect, database, **kwargs), iter_chunk_size)


_DRIVER = SimpleNamespace(
    connect=connect,
    Connection=InlineConnection,
    **{
        name: getattr(aiosqlite, name)
        for name in (
            "DatabaseError",
            "Error",
            "IntegrityError",
            "NotSupportedError",
            "OperationalError",
            "ProgrammingError",
            "sqlite_version",
            "sqlite_version_info",
        )
    },
)


def inline_dbapi() -> AsyncAdapt_aiosqlite_dbapi:
    """The `module` to give create_async_engine for a `sqlite+aiosqlite` URL."""
    return AsyncAdapt_aiosqlite_dbapi(_DRIVER, sqlite3)  # type: ignore[arg-type]
