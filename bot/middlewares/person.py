"""Load who is acting once per update: the stored person and their server-side rights."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.types import TelegramObject, User

from storage.services.actors import Actor
from storage.services.people import PeopleService

# Called with the ids that became or stopped being administrators (`tansiq admin`).
AdminsChanged = Callable[[Bot, frozenset[int]], Awaitable[None]]


class PersonMiddleware(BaseMiddleware):
    def __init__(
        self, people: PeopleService, on_admins_changed: AdminsChanged | None = None
    ) -> None:
        self.people = people
        self.on_admins_changed = on_admins_changed
        self._admins_seen = people.admin_ids

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        admin_ids = await self.people.refresh_admins()  # a database read every 10 s at most
        if admin_ids != self._admins_seen:
            changed, self._admins_seen = admin_ids ^ self._admins_seen, admin_ids
            if self.on_admins_changed is not None:
                await self.on_admins_changed(data["bot"], changed)
        user: User | None = data.get("event_from_user")
        if user is not None and user.is_bot:
            return None  # no one acts through a bot account (in a group, say): not answered
        if user is None:
            data["person"] = None
            data["actor"] = None
            return await handler(event, data)
        person = await self.people.by_telegram_id(user.id)
        data["person"] = person
        data["actor"] = Actor.of(person, user.id, admin_ids)
        return await handler(event, data)
