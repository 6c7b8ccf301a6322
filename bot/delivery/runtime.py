"""The outbox worker of this process, as the app starts and stops it."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from aiogram import Bot

from bot.config import Settings
from bot.delivery.limits import ReplyPace, SendLimits
from bot.delivery.worker import DeliveryWorker
from storage.services.outbox import OutboxService


class Delivery:
    """The outbox worker of this process, once started (handlers call `wake` after enqueueing)."""

    def __init__(self) -> None:
        self.worker: DeliveryWorker | None = None
        self.task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    async def start(self, bot: Bot, outbox: OutboxService, settings: Settings) -> None:
        limits = SendLimits(settings.send_rate)
        # This process's replies take their turn on the same timeline as the worker's sends
        # (a restart on the same bot replaces the timeline, not adds a second).
        pace = next((m for m in bot.session.middleware if isinstance(m, ReplyPace)), None)
        if pace is None:
            bot.session.middleware(ReplyPace(limits))
        else:
            pace.limits = limits
        self.worker = DeliveryWorker(
            bot,
            outbox,
            limits,
            concurrency=settings.delivery_concurrency,
            lease=timedelta(seconds=settings.delivery_lease_seconds),
            paid=settings.delivery_paid_broadcast,
        )
        self.task = asyncio.create_task(self.worker.run(), name="outbox worker")

    async def stop(self) -> None:
        if self.worker is not None and self.task is not None:
            await self.worker.stop()
            await self.task
        self.worker = self.task = None
