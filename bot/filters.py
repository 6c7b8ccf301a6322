"""Role filters, checked on the server for every update (callback data can be forged)."""

from __future__ import annotations

from aiogram import F
from aiogram.filters import Filter
from aiogram.types import TelegramObject

from storage.services.actors import Actor


class IsApproved(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and (actor.approved or actor.is_admin)


class IsOrganizer(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and actor.is_organizer


class IsAdmin(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and actor.is_admin


# Dialog steps take answers, not commands: "/help" or "/foo" mid-dialog falls through to the
# command handlers or the fallback, and the dialog stays where it was.
NOT_COMMAND = ~F.text.startswith("/")
PLAIN_TEXT = F.text & NOT_COMMAND
