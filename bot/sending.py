"""Sending a message to someone who did not just write to us.

Replies go straight back through the handler; a notification to another person (an organizer's
card, a decision) goes through `send_to`, which survives a blocked bot, a 429 and a passing
network or server error. (Broadcasts get the durable outbox of the delivery engine.)
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import Message

from storage.services.people import PeopleService

log = logging.getLogger(__name__)

ATTEMPTS = 4
MAX_RETRY_AFTER = 60


async def send_to(
    bot: Bot, people: PeopleService, chat_id: int, text: str, **kwargs: Any
) -> Message | None:
    """Send, retrying what can pass; None if the person cannot be reached."""
    delay = 0.5
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await bot.send_message(chat_id, text, **kwargs)
        except TelegramForbiddenError:
            await people.set_reachable(chat_id, False)
            log.info("chat %s blocked the bot or is deactivated", chat_id)
            return None
        except TelegramRetryAfter as exc:
            if exc.retry_after > MAX_RETRY_AFTER or attempt == ATTEMPTS:
                log.warning("giving up on chat %s after 429 (%ss)", chat_id, exc.retry_after)
                return None
            await asyncio.sleep(exc.retry_after)
        except (TelegramNetworkError, TelegramServerError) as exc:
            if attempt == ATTEMPTS:
                log.warning("giving up on chat %s: %s", chat_id, exc)
                return None
            await asyncio.sleep(delay)
            delay *= 2
        except TelegramBadRequest as exc:  # chat not found and the like: nothing to retry
            log.warning("cannot send to chat %s: %s", chat_id, exc.message)
            return None
    return None
