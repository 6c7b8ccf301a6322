"""Sending a message to someone who did not just write to us.

Replies go straight back through the handler; a notification to another person (an organizer's
card, a decision) goes through `send_to`, which turns "cannot reach this person" into None and
marks a person who blocked the bot. Retries of 429, 5xx and network errors happen below, in the
session's RetryMiddleware. (Broadcasts get the durable outbox of the delivery engine.)
"""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.types import Message

from storage.services.people import PeopleService

log = logging.getLogger(__name__)


async def send_to(
    bot: Bot, people: PeopleService, chat_id: int, text: str, **kwargs: Any
) -> Message | None:
    """Send; None if the person cannot be reached (blocked, deleted, Telegram down)."""
    try:
        return await bot.send_message(chat_id, text, **kwargs)
    except TelegramForbiddenError:
        await people.set_reachable(chat_id, False)
        log.info("chat %s blocked the bot or is deactivated", chat_id)
    except TelegramAPIError as exc:
        log.warning("cannot send to chat %s: %s", chat_id, exc.message)
    return None
