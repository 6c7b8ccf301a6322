"""The webhook's HTTP side: Telegram's secret checked on every request, updates acknowledged
once handled, and a bound on the updates handled at once."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from pydantic import ValidationError

from bot.config import WEBHOOK_SECRET_PATTERN, ConfigError
from bot.retry import must_come_again

log = logging.getLogger(__name__)

# Updates waiting for a slot beyond this many times the limit are refused with 503: Telegram
# delivers them again later, so nothing is lost and memory stays bounded.
QUEUE_FACTOR = 4


class BoundedRequestHandler(SimpleRequestHandler):
    """Answers Telegram once the update is handled (not before): a process killed mid-update
    never acknowledged it, so Telegram delivers it again and nothing is lost (the duplicate
    check marks an update only once handled). At most `limit` handled at once; beyond
    QUEUE_FACTOR times that many waiting, 503 (Telegram delivers again later)."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, limit: int, **kwargs: Any) -> None:
        super().__init__(dispatcher=dispatcher, bot=bot, handle_in_background=False, **kwargs)
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)
        self._waiting = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def drained(self, wait_s: float) -> None:
        """Until no update is being handled (the stop waits for this before the shutdown,
        which unloads the catalogues: aiohttp would run it first)."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(wait_s):
                await self._idle.wait()

    async def _handle_request(self, bot: Bot, request: web.Request) -> web.Response:
        if self._waiting >= self.limit * QUEUE_FACTOR:
            return web.Response(status=503, text="busy: deliver it again later")
        self._waiting += 1
        self._idle.clear()
        try:
            async with self._slots:
                return await self._handle_update(bot, request)
        finally:
            self._waiting -= 1
            if self._waiting == 0:
                self._idle.set()

    async def _handle_update(self, bot: Bot, request: web.Request) -> web.Response:
        try:
            body = await request.json(loads=bot.session.json_loads)
            update = Update.model_validate(body, context={"bot": bot})
        except (ValueError, ValidationError) as error:
            # Not an update (not JSON, ids that are not integers): say so, one line, no trace.
            log.warning("webhook: a body that is not a Telegram update (%s)", type(error).__name__)
            return web.Response(status=400, text="not a Telegram update")
        try:
            result = await self.dispatcher.feed_webhook_update(bot, update, **self.data)
        except Exception as error:
            if not must_come_again(error):
                raise
            # Not handled: Telegram must deliver it again (the duplicate check makes it safe).
            log.warning(
                "webhook: update %s waits for the database or Redis (%s): 503",
                update.update_id, type(error).__name__,
            )  # fmt: skip
            return web.Response(status=503, text="storage unavailable: deliver it again later")
        return web.Response(body=self._build_response_writer(bot=bot, result=result))

    async def _handle_close(self, *args: Any, **kwargs: Any) -> None:
        """aiogram closes the bot's session here, before the dispatcher's shutdown: the outbox
        worker's sends in flight would fail and go out twice after a restart. The process
        closes the session itself once everything has stopped (bot/cli.py)."""


HANDLER: web.AppKey[BoundedRequestHandler] = web.AppKey("tansiq_webhook_handler")


def build_webhook_app(
    dispatcher: Dispatcher, bot: Bot, path: str, secret: str, limit: int = 32
) -> web.Application:
    # aiogram skips the check for an empty secret: never let one through.
    if not WEBHOOK_SECRET_PATTERN.match(secret):
        raise ConfigError("the webhook secret must be 32 to 256 characters of A-Za-z0-9_-")
    app = web.Application()
    # Telegram sends the secret in X-Telegram-Bot-Api-Secret-Token; any other request gets 401.
    handler = BoundedRequestHandler(dispatcher, bot, limit, secret_token=secret)
    handler.register(app, path=path)
    app[HANDLER] = handler
    setup_application(app, dispatcher, bot=bot)
    return app
