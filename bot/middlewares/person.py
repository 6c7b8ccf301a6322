"""Load who is acting once per update: the stored person and their server-side rights."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User

from storage.services.actors import Actor
from storage.services.people import PeopleService


class PersonMiddleware(BaseMiddleware):
    def __init__(self, people: PeopleService) -> None:
        self.people = people

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        if user is None or user.is_bot:
            data["person"] = None
            data["actor"] = None
            return await handler(event, data)
        person = await self.people.by_telegram_id(user.id)
        data["person"] = person
        data["actor"] = Actor.of(person, user.id, self.people.admin_ids)
        return await handler(event, data)
