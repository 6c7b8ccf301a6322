"""One write for an update's dialog changes (see `storage.fsm.SQLStorage.batch`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject

from storage.fsm import SQLStorage


class FsmBatchMiddleware(BaseMiddleware):
    def __init__(self, storage: SQLStorage) -> None:
        self.storage = storage

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        async with self.storage.batch():
            return await handler(event, data)
