"""Drop an update Telegram delivers a second time (webhook retries, a re-read offset).

Each handled update's id is written to `processed_updates` once it is handled: a process killed
mid-update leaves no mark, and Telegram's delivery after the restart is handled (at least once,
never silently lost).

Several bot processes (with Redis) share that table, so each update is checked there before it
is handled and marked as soon as it is. One process alone (no Redis) knows better: Telegram's
update ids only grow, so an id above the highest one in the table when the process started,
which this process has not handled, is new without asking the database; the marks are written
in batches a few times a second, and once more on shutdown.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.types import TelegramObject, Update
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.logs import CURRENT_UPDATE
from storage.database import Database
from storage.models import ProcessedUpdate
from storage.types import utcnow

log = logging.getLogger(__name__)

KEEP_FOR = timedelta(days=2)
FLUSH_SECONDS = 0.2
REMEMBER = 20_000  # handled ids kept in memory by a process alone

Mark = tuple[int, int, datetime]  # bot id, update id, when handled


class DeduplicateUpdatesMiddleware(BaseMiddleware):
    def __init__(
        self,
        db: Database,
        *,
        only_process: bool = False,
        prune_every: int = 1000,
        flush_seconds: float = FLUSH_SECONDS,
    ) -> None:
        self.db = db
        self.only_process = only_process
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert
        self._prune_every = prune_every
        self._flush_seconds = flush_seconds
        self._written = 0
        self._handled: OrderedDict[tuple[int, int], None] = OrderedDict()
        self._floor: dict[int, int] = {}  # per bot: ids at most this are checked in the table
        self._unwritten: list[Mark] = []
        self._flusher: asyncio.Task[None] | None = None

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        bot: Bot = data["bot"]
        # Runs inside the per-person event lock (the FSM middleware comes first), so a second
        # delivery of the same update waits for the first and then finds it handled.
        if await self._seen(bot.id, event.update_id):
            log.info("update %s delivered twice; ignored", event.update_id)
            return None
        token = CURRENT_UPDATE.set(event.update_id)
        try:
            result = await handler(event, data)
        finally:
            CURRENT_UPDATE.reset(token)
        mark = (bot.id, event.update_id, utcnow())
        if self.only_process:
            self._handled[(bot.id, event.update_id)] = None
            self._unwritten.append(mark)
            if self._flusher is None or self._flusher.done():
                self._flusher = asyncio.create_task(self._flush_soon())
        else:
            await self._write([mark])
        return result

    async def _seen(self, bot_id: int, update_id: int) -> bool:
        if (bot_id, update_id) in self._handled:
            return True
        if self.only_process:
            floor = self._floor.get(bot_id)
            if floor is None:
                async with self.db.read() as session:
                    highest = await session.scalar(
                        select(func.max(ProcessedUpdate.update_id)).where(
                            ProcessedUpdate.bot_id == bot_id
                        )
                    )
                floor = self._floor.setdefault(bot_id, int(highest or 0))
            if update_id > floor:
                return False
        async with self.db.read() as session:
            return await session.get(ProcessedUpdate, (bot_id, update_id)) is not None

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self._flush_seconds)
        await self.flush()

    async def flush(self) -> None:
        """Write the marks not written yet (also on shutdown, after the updates in flight)."""
        marks, self._unwritten = self._unwritten, []
        if not marks:
            return
        try:
            await self._write(marks)
        except Exception:
            self._unwritten[:0] = marks  # kept in memory meanwhile; tried again next time
            log.exception("could not write %d handled update ids; will try again", len(marks))
            return
        # Written: the oldest can leave memory, and ids up to theirs are checked in the table.
        while len(self._handled) > REMEMBER:
            (bot_id, update_id), _ = self._handled.popitem(last=False)
            self._floor[bot_id] = max(self._floor.get(bot_id, 0), update_id)

    async def _write(self, marks: list[Mark]) -> None:
        rows = [{"bot_id": b, "update_id": u, "received_at": at} for b, u, at in marks]
        async with self.db.write() as session:
            await session.execute(self._insert(ProcessedUpdate).on_conflict_do_nothing(), rows)
            before, self._written = self._written, self._written + len(rows)
            if before // self._prune_every != self._written // self._prune_every:
                await session.execute(
                    delete(ProcessedUpdate).where(ProcessedUpdate.received_at < utcnow() - KEEP_FOR)
                )
