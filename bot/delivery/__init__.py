"""The delivery engine: Telegram's limits, the outbox worker and the progress of sends."""

from bot.delivery.limits import SendLimits
from bot.delivery.worker import DeliveryWorker

__all__ = ["DeliveryWorker", "SendLimits"]
