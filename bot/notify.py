"""Messages to one person who did not just write to us (an organizer's review card, a decision,
a new role) go through the outbox like any broadcast: paced, retried, accounted for."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram_i18n import I18nContext

from bot.delivery.runtime import Delivery
from storage.services.outbox import NewMessage, OutboxService
from storage.services.people import PeopleService

# What one reviewer gets, rendered with the i18n context set to their language.
RenderForReviewer = Callable[[I18nContext], tuple[str, InlineKeyboardMarkup | None]]


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


async def notify_reviewers(
    people: PeopleService,
    outbox: OutboxService,
    delivery: Delivery,
    i18n: I18nContext,
    key: str,
    render: RenderForReviewer,
    about: Sequence[int] = (),
) -> None:
    """Something waits for review: every organizer and administrator hears of it, each in their
    language (`key` plus the chat id is each message's dedupe key). `about`: whose work it is."""
    for chat_id, locale in await people.reviewers():
        with i18n.use_locale(locale or i18n.core.default_locale or "en"):
            text, markup = render(i18n)
        await notify(outbox, delivery, chat_id, text, f"{key}:{chat_id}", markup, about=about)
