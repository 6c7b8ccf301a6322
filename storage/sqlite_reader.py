"""The look-ups every update makes (its sender), straight on a SQLite connection of their own.

Through SQLAlchemy, running one SELECT by key costs some 200 µs of execution machinery (a pooled
connection, an execution context, result metadata, events) around the 20 µs SQLite takes; the
sender's look-up is one such statement on every update. Here a statement built once is
compiled once, and then run as SQLAlchemy would run it: the same SQL, its parameters and
its columns passed through the same type processors (dates, enums, JSON, booleans), on one
connection kept for reads. Each read is one autocommit statement, so it sees every
committed write, as a pooled connection's would. It runs in the event loop's thread, as
every SQLite call does here (storage.sqlite_inline)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Select
from sqlalchemy.sql.selectable import CompoundSelect

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True, slots=True)
class _Plan:
    sql: str
    compiled: Any  # the SQLCompiler: its parameters' names, in order, and their defaults
    binds: dict[str, Processor]
    keys: tuple[str, ...]
    results: tuple[Processor, ...]


class SqliteReader:
    def __init__(self, path: str, dialect: Dialect, busy_timeout_ms: int) -> None:
        self._path = path
        self._dialect = dialect
        self._busy_timeout_ms = busy_timeout_ms
        self._connection: sqlite3.Connection | None = None
        self._plans: dict[int, tuple[object, _Plan]] = {}

    def rows(
        self, statement: Select[Any] | CompoundSelect, params: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        plan = self._plan(statement)
        values = plan.compiled.construct_params(params)
        arguments = []
        for name in plan.compiled.positiontup:
            value = values[name]
            process = plan.binds.get(name)
            arguments.append(process(value) if process is not None else value)
        try:
            fetched = self._connect().execute(plan.sql, arguments).fetchall()
        except sqlite3.OperationalError as error:  # locked, disk I/O: an outage, as through the ORM
            raise sa.OperationalError(plan.sql, arguments, error) from error
        except sqlite3.Error as error:
            raise sa.DatabaseError(plan.sql, arguments, error) from error
        keys, results = plan.keys, plan.results
        return [
            {
                key: (process(value) if process is not None else value)
                for key, process, value in zip(keys, results, row, strict=True)
            }
            for row in fetched
        ]

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            connection.execute(f"PRAGMA busy_timeout={self._busy_timeout_ms}")
            connection.execute("PRAGMA query_only=ON")  # a reader, whatever is asked of it
            self._connection = connection
        return self._connection

    def _plan(self, statement: Select[Any] | CompoundSelect) -> _Plan:
        known = self._plans.get(id(statement))
        if known is not None and known[0] is statement:
            return known[1]
        dialect = self._dialect
        compiled = statement.compile(dialect=dialect)
        binds = {
            name: bind.type.dialect_impl(dialect).bind_processor(dialect)
            for name, bind in compiled.binds.items()
        }
        columns = statement.selected_columns
        plan = _Plan(
            sql=compiled.string,
            compiled=compiled,
            binds=binds,
            keys=tuple(columns.keys()),
            results=tuple(
                c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
            ),
        )
        self._plans[id(statement)] = (statement, plan)  # the statement kept: its id stays its own
        return plan
