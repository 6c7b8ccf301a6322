"""Retry what Telegram says may pass: 429 after its retry_after, 5xx and network errors with a
growing wait, up to a deadline. Installed on the bot's session, so replies survive an outage's
edge; refusals (400, 403) are never retried. Past the deadline the update being answered is not
acknowledged (`must_come_again`): it comes again when Telegram is back."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import GetMe, GetUpdates
from aiogram.methods.base import TelegramType

from storage.outages import is_outage

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
    from aiogram.methods import Response, TelegramMethod

log = logging.getLogger(__name__)


# A reply is retried this long (an outage's edge) before it is given up: the update it answers
# is then not acknowledged (see `must_come_again`), so it comes again and is answered then.
REPLY_DEADLINE_S = 30.0
MAX_DELAY_S = 8.0


def must_come_again(error: BaseException) -> bool:
    """An update whose handling failed for this was not handled: the database or Redis was
    away, or Telegram did not take the reply. It is not acknowledged, and comes again."""
    return is_outage(error) or isinstance(error, (TelegramServerError, TelegramNetworkError))


class RetryMiddleware(BaseRequestMiddleware):
    """Replies ride out a short outage: 429 after its retry_after, 5xx and network errors with
    a growing wait, until REPLY_DEADLINE_S; then one log line and the error goes up."""

    def __init__(
        self,
        deadline_s: float = REPLY_DEADLINE_S,
        first_delay: float = 0.5,
        max_retry_after: float = 30.0,
    ) -> None:
        self.deadline_s = deadline_s
        self.first_delay = first_delay
        self.max_retry_after = max_retry_after

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        # The polling loop has its own backoff; the start-up token check should fail fast.
        if isinstance(method, (GetUpdates, GetMe)):
            return await make_request(bot, method)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.deadline_s
        delay = self.first_delay
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if (
                    exc.retry_after > self.max_retry_after
                    or loop.time() + exc.retry_after > deadline
                ):
                    raise
                log.warning("429 on %s: waiting %ss", method.__api_method__, exc.retry_after)
                await asyncio.sleep(exc.retry_after)
            except (TelegramServerError, TelegramNetworkError) as exc:
                if loop.time() + delay > deadline:
                    log.warning(
                        "%s given up after %.0f s: Telegram unreachable (%s)",
                        method.__api_method__, self.deadline_s, exc.message,
                    )  # fmt: skip
                    raise
                await asyncio.sleep(delay)
                delay = min(MAX_DELAY_S, delay * 2)
