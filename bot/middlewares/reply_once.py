"""An update tried again must not answer twice. When the database or Redis goes away after a
handler's reply went out (an FSM write after the answer), the update is tried again (polling
keeps it; the webhook's 503 makes Telegram deliver it again): each call the handling makes to
Telegram is numbered, and a number already answered in an earlier try in this process gets
that answer again without reaching Telegram. Kept in memory until the update is handled."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.methods import GetMe, GetUpdates
from aiogram.types import TelegramObject, Update

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
    from aiogram.methods import Response, TelegramMethod
    from aiogram.methods.base import TelegramType

KEEP_UPDATES = 10_000  # updates whose answers are remembered while they wait to be tried again
NOT_NUMBERED = (GetUpdates, GetMe)


@dataclass(slots=True)
class _Try:
    answers: list[Any] = field(default_factory=list)  # shared by every try of one update
    calls: int = 0


_current: ContextVar[_Try | None] = ContextVar("reply_once_try", default=None)


class NumberTries(BaseMiddleware):
    """Outer update middleware: each try of an update starts numbering its calls at zero,
    with the answers of the earlier tries at hand."""

    def __init__(self, keep: int = KEEP_UPDATES) -> None:
        self.keep = keep
        self._answers: OrderedDict[int, list[Any]] = OrderedDict()

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, Update):
            return await handler(event, data)
        answers = self._answers.setdefault(event.update_id, [])
        while len(self._answers) > self.keep:
            self._answers.popitem(last=False)
        token = _current.set(_Try(answers))
        try:
            result = await handler(event, data)
        finally:
            _current.reset(token)
        self._answers.pop(event.update_id, None)  # handled: a failure keeps them for the retry
        return result


class ReplyOnce(BaseRequestMiddleware):
    """Session middleware: a call already answered in an earlier try is not sent again."""

    def __init__(self) -> None:
        self.replayed = 0

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        current = _current.get()
        if current is None or isinstance(method, NOT_NUMBERED):
            return await make_request(bot, method)
        number = current.calls
        current.calls += 1
        if number < len(current.answers):
            self.replayed += 1
            return current.answers[number]  # answered in an earlier try: not sent again
        response = await make_request(bot, method)
        if len(current.answers) == number:
            current.answers.append(response)
        return response
