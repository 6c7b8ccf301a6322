"""The webhook's HTTP side: Telegram's secret checked on every request, and a bound on the
updates handled at once (aiogram starts one task per request, without limit)."""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.config import WEBHOOK_SECRET_PATTERN, ConfigError

# Updates waiting for a slot beyond this many times the limit are refused with 503: Telegram
# delivers them again later, so nothing is lost and memory stays bounded.
QUEUE_FACTOR = 4


class BoundedRequestHandler(SimpleRequestHandler):
    def __init__(self, dispatcher: Dispatcher, bot: Bot, limit: int, **kwargs: Any) -> None:
        super().__init__(dispatcher=dispatcher, bot=bot, handle_in_background=True, **kwargs)
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)
        # Awaited at shutdown (bot/app.py finish_updates_in_flight), before anything unloads.
        dispatcher["webhook_tasks"] = self._background_feed_update_tasks

    async def _handle_request_background(self, bot: Bot, request: web.Request) -> web.Response:
        if len(self._background_feed_update_tasks) >= self.limit * QUEUE_FACTOR:
            return web.Response(status=503, text="busy: deliver it again later")
        return await super()._handle_request_background(bot, request)

    async def _handle_close(self, *args: Any, **kwargs: Any) -> None:
        """aiogram closes the bot's session here, before the dispatcher's shutdown: the outbox
        worker's sends in flight would fail and go out twice after a restart. The process
        closes the session itself once everything has stopped (bot/cli.py)."""

    async def _background_feed_update(self, bot: Bot, update: dict[str, Any]) -> None:
        async with self._slots:
            await super()._background_feed_update(bot, update)


def build_webhook_app(
    dispatcher: Dispatcher, bot: Bot, path: str, secret: str, limit: int = 32
) -> web.Application:
    # aiogram skips the check for an empty secret: never let one through.
    if not WEBHOOK_SECRET_PATTERN.match(secret):
        raise ConfigError("the webhook secret must be 32 to 256 characters of A-Za-z0-9_-")
    app = web.Application()
    # Telegram sends the secret in X-Telegram-Bot-Api-Secret-Token; any other request gets 401.
    BoundedRequestHandler(dispatcher, bot, limit, secret_token=secret).register(app, path=path)
    setup_application(app, dispatcher, bot=bot)
    return app
