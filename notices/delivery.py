"""The organizer's progress message for a send: counts while it runs, the summary and resend
buttons at the end."""

from __future__ import annotations

from collections import Counter

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_i18n.cores import BaseCore

from bot.callbacks import DeliveryCb
from storage.models import Broadcast, DeliveryStatus
from storage.services.outbox import is_final


def progress_text(core: BaseCore, locale: str, broadcast: Broadcast, totals: Counter[str]) -> str:
    total = sum(totals.values())
    values = {
        "sent": totals[DeliveryStatus.SENT],
        "total": total,
        "blocked": totals[DeliveryStatus.BLOCKED],
        "failed": totals[DeliveryStatus.FAILED],
        "unknown": totals[DeliveryStatus.UNKNOWN],
        "waiting": totals[DeliveryStatus.PENDING] + totals[DeliveryStatus.SENDING],
        "cancelled": totals[DeliveryStatus.CANCELLED],
    }
    key = "delivery-done" if is_final(totals) else "delivery-progress"
    return core.get(key, locale, **values)


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
