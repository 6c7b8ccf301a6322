"""Role filters, checked on the server for every update (callback data can be forged)."""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import TelegramObject

from storage.services.people import Actor


class IsApproved(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and (actor.approved or actor.is_admin)


class IsOrganizer(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and actor.is_organizer


class IsAdmin(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and actor.is_admin
