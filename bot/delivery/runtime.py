"""The outbox worker of this process, as the app starts and stops it."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from aiogram import Bot

from bot.config import Settings
from bot.delivery.limits import SendLimits
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
        self.worker = DeliveryWorker(
            bot,
            outbox,
            SendLimits(settings.send_rate),
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
