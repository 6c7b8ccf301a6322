"""The organizer's progress message for a send: counts while it runs, the summary and resend
buttons at the end."""

from __future__ import annotations

from collections import Counter

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_i18n.cores import BaseCore

from bot.callbacks import DeliveryCb
from storage.models import Broadcast, DeliveryStatus
from storage.services.outbox import is_final


def progress_text(
    core: BaseCore,
    locale: str,
    broadcast: Broadcast,
    totals: Counter[str],
    unreachable_since: str | None = None,
    late: int = 0,
) -> str:
    """The counts; while Telegram is unreachable (`unreachable_since`, already in the reader's
    time), a line saying so and that the waiting messages will go when it returns."""
    total = sum(totals.values())
    waiting = totals[DeliveryStatus.PENDING] + totals[DeliveryStatus.SENDING]
    values = {
        "sent": totals[DeliveryStatus.SENT],
        "total": total,
        "blocked": totals[DeliveryStatus.BLOCKED],
        "failed": totals[DeliveryStatus.FAILED],
        "unknown": totals[DeliveryStatus.UNKNOWN],
        "waiting": waiting,
        "cancelled": totals[DeliveryStatus.CANCELLED],
        "expired": totals[DeliveryStatus.EXPIRED],
    }
    if is_final(totals):
        text = core.get("delivery-done", locale, **values)
        if late:
            text += "\n" + core.get("delivery-late", locale, count=late)
        return text
    del values["expired"]
    text = core.get("delivery-progress", locale, **values)
    if unreachable_since is not None and waiting:
        text += "\n" + core.get(
            "delivery-unreachable", locale, since=unreachable_since, waiting=waiting
        )
    return text


def resend_keyboard(
    core: BaseCore, locale: str, broadcast_id: int, totals: Counter[str]
) -> InlineKeyboardMarkup | None:
    rows = []
    for status in (DeliveryStatus.FAILED, DeliveryStatus.UNKNOWN):
        if totals[status]:
            rows.append(
                [
                    InlineKeyboardButton(
                        text=core.get(f"btn-resend-{status}", locale, count=totals[status]),
                        callback_data=DeliveryCb(
                            action="resend", broadcast_id=broadcast_id, status=status
                        ).pack(),
                    )
                ]
            )
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
