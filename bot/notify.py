"""Messages to one person who did not just write to us (an organizer's review card, a decision,
a new role) go through the outbox like any broadcast: paced, retried, accounted for."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup

from bot.delivery.runtime import Delivery
from storage.services.outbox import NewMessage, OutboxService


async def notify(
    outbox: OutboxService,
    delivery: Delivery,
    chat_id: int,
    text: str,
    dedupe_key: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
    record_now: bool = False,
) -> bool:
    """Queue one message; False if the same key was queued before (a repeated update).
    record_now: its message id is looked up as soon as it is sent (a review card that another
    organizer may decide on at once), so the worker records it without waiting for a batch."""
    payload: dict[str, object] = {"method": "sendMessage", "text": text}
    if protect_content:  # names of people at risk: no forwarding, no saving
        payload["protect_content"] = True
    if record_now:
        payload["record_now"] = True
    if reply_markup is not None:
        payload["reply_markup"] = reply_markup.model_dump(mode="json", exclude_none=True)
    added = await outbox.send_later([NewMessage(chat_id, payload, dedupe_key)])
    delivery.wake()
    return added > 0
