"""Messages to one person who did not just write to us (a decision, a new role, the organizers'
"to review" messages) go through the outbox like any broadcast: paced, retried, accounted for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time

from aiogram.types import InlineKeyboardMarkup
from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.delivery.runtime import Delivery
from notices.review_digest import render_digest
from storage.services.outbox import NewMessage, OutboxService
from storage.services.review_digest import ReviewDigests


async def notify(
    outbox: OutboxService,
    delivery: Delivery,
    chat_id: int,
    text: str,
    dedupe_key: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    protect_content: bool = False,
    record_now: bool = False,
    about: Sequence[int] = (),
) -> bool:
    """Queue one message; False if the same key was queued before (a repeated update).
    record_now: its message id is looked up as soon as it is sent (a review card that another
    organizer may decide on at once), so the worker records it without waiting for a batch.
    about: the people the text names or quotes, other than the recipient (for /forget)."""
    payload: dict[str, object] = {"method": "sendMessage", "text": text}
    if protect_content:  # names of people at risk: no forwarding, no saving
        payload["protect_content"] = True
    if record_now:
        payload["record_now"] = True
    if reply_markup is not None:
        payload["reply_markup"] = reply_markup.model_dump(mode="json", exclude_none=True)
    added = await outbox.send_later([NewMessage(chat_id, payload, dedupe_key, about=tuple(about))])
    delivery.wake()
    return added > 0


# Nights when an organizer who chose quiet nights gets her "to review" message without a sound.
QUIET_FROM, QUIET_UNTIL = time(22), time(7)


@dataclass(frozen=True)
class Reviewing:
    """The organizers' "to review" messages, kept up to date by the handlers that change what
    waits: `arrived()` (a new message at the end of each organizer's chat) and `decided()`
    (each one edited in place)."""

    core: BaseCore
    digests: ReviewDigests
    delivery: Delivery
    settings: Settings

    async def arrived(self) -> None:
        await self._refresh(arrived=True)

    async def decided(self) -> None:
        await self._refresh(arrived=False)

    async def _refresh(self, *, arrived: bool) -> None:
        now = datetime.now(self.settings.tz).time()
        night = now >= QUIET_FROM or now < QUIET_UNTIL
        await self.digests.refresh(
            render_digest(self.core), arrived=arrived, night=night,
            default_locale=self.settings.default_locale,
        )  # fmt: skip
        self.delivery.wake()
