"""Role filters, checked on the server for every update (callback data can be forged)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.filters import Filter
from aiogram.types import Message, TelegramObject

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


class PrivateChat(Filter):
    async def __call__(self, message: Message) -> bool:
        return message.chat.type == ChatType.PRIVATE


def filters_in_the_loop(root: Router) -> Router:
    """aiogram checks a filter that is not a coroutine (F.text and every magic filter) in a
    thread of its own each time (asyncio.to_thread): a hand-over between threads for each
    filter of each handler tried, ten per update here. They read an attribute or two, so they
    run in the event loop instead."""
    for router in root.chain_tail:
        for observer in router.observers.values():
            for handler in observer.handlers:
                for event_filter in handler.filters or ():
                    if not event_filter.awaitable:
                        event_filter.callback = _as_coroutine(event_filter.callback)
                        event_filter.awaitable = True
    return root


def _as_coroutine(check: Callable[..., Any]) -> Callable[..., Any]:
    async def run(*args: Any, **kwargs: Any) -> Any:
        return check(*args, **kwargs)

    return run


# Dialog steps take answers, not commands: "/help" or "/foo" mid-dialog falls through to the
# command handlers or the fallback, and the dialog stays where it was.
NOT_COMMAND = ~F.text.startswith("/")
PLAIN_TEXT = F.text & NOT_COMMAND
