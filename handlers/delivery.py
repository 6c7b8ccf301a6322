"""Organizers act on a send: resend failed or unknown messages on purpose, or cancel it."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DeliveryCb
from bot.delivery.runtime import Delivery
from bot.filters import IsOrganizer
from storage.models import DeliveryStatus
from storage.services.actors import Actor
from storage.services.outbox import OutboxService


async def on_resend(
    callback: CallbackQuery,
    callback_data: DeliveryCb,
    i18n: I18nContext,
    outbox: OutboxService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    if callback_data.status not in (DeliveryStatus.FAILED, DeliveryStatus.UNKNOWN):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    count = await outbox.resend(actor, callback_data.broadcast_id, [callback_data.status])
    delivery.wake()
    await callback.answer(i18n.get("delivery-resent", count=count), show_alert=True)


async def on_cancel(
    callback: CallbackQuery,
    callback_data: DeliveryCb,
    i18n: I18nContext,
    outbox: OutboxService,
    actor: Actor,
) -> None:
    count = await outbox.cancel(actor, callback_data.broadcast_id)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("announce-send-cancelled", count=count))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="delivery")
    router.callback_query.filter(IsOrganizer())
    router.callback_query.register(on_resend, DeliveryCb.filter(F.action == "resend"))
    router.callback_query.register(on_cancel, DeliveryCb.filter(F.action == "cancel"))
    return router
