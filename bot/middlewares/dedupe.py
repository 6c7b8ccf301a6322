"""Drop an update Telegram delivers a second time (webhook retries, a re-read offset)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.types import TelegramObject, Update
from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.logs import CURRENT_UPDATE
from storage.database import Database
from storage.models import ProcessedUpdate
from storage.types import utcnow

log = logging.getLogger(__name__)

KEEP_FOR = timedelta(days=2)


class DeduplicateUpdatesMiddleware(BaseMiddleware):
    def __init__(self, db: Database, prune_every: int = 1000) -> None:
        self.db = db
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert
        self._prune_every = prune_every
        self._seen = 0

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
        async with self.db.read() as session:
            seen = await session.get(ProcessedUpdate, (bot.id, event.update_id))
        if seen is not None:
            log.info("update %s delivered twice; ignored", event.update_id)
            return None
        token = CURRENT_UPDATE.set(event.update_id)
        try:
            result = await handler(event, data)
        finally:
            CURRENT_UPDATE.reset(token)
        # Written once handled: a process killed mid-update leaves no mark, and Telegram's
        # delivery after the restart is handled (at least once, never silently lost).
        statement = (
            self._insert(ProcessedUpdate)
            .values(bot_id=bot.id, update_id=event.update_id, received_at=utcnow())
            .on_conflict_do_nothing()
        )
        async with self.db.write() as session:
            await session.execute(statement)
            self._seen += 1
            if self._seen % self._prune_every == 0:
                await session.execute(
                    delete(ProcessedUpdate).where(ProcessedUpdate.received_at < utcnow() - KEEP_FOR)
                )
        return result
