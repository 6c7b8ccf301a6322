"""Per-person flood control: a few updates a second, then one "slow down" and silence.

One person sending 300 /help in three seconds would otherwise get 300 replies and spend the
bot's whole sending budget (about 30 messages a second for everyone). Each person has a token
bucket: `burst` updates at once, refilled at `rate` a second. Past it, the person gets one
localized notice and is ignored for `cooldown` seconds (messages, button presses and votes
alike; a press gets an empty answer, so the client stops waiting). Buckets live in this
process: with several bot processes each keeps its own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update, User

log = logging.getLogger(__name__)

Warn = Callable[[dict[str, Any], int], Awaitable[None]]
# Buckets idle this long are full again: forgetting them changes nothing.
IDLE_FORGET_S = 600.0
PRUNE_ABOVE = 10_000


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    silent_until: float = 0.0


class FloodControlMiddleware(BaseMiddleware):
    def __init__(
        self,
        rate: float,
        burst: int,
        cooldown: float,
        warn: Warn,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.cooldown = cooldown
        self.warn = warn
        self.clock = clock
        self._buckets: dict[int, _Bucket] = {}
        self.dropped = 0

    def admit(self, user_id: int) -> bool | None:
        """True: handle it. False: drop it silently. None: drop it and tell the person once."""
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) > PRUNE_ABOVE:
                self._prune(now)
            bucket = self._buckets[user_id] = _Bucket(self.burst, now)
        if now < bucket.silent_until:
            return False
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return True
        bucket.silent_until = now + self.cooldown
        bucket.tokens = 0.0
        return None

    def _prune(self, now: float) -> None:
        for user_id in [
            uid
            for uid, b in self._buckets.items()
            if now - b.updated > IDLE_FORGET_S and now >= b.silent_until
        ]:
            del self._buckets[user_id]

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        if (
            not isinstance(event, Update)
            or user is None
            or user.is_bot
            or event.my_chat_member is not None  # blocking or unblocking the bot: no reply
        ):
            return await handler(event, data)
        verdict = self.admit(user.id)
        if verdict:
            return await handler(event, data)
        self.dropped += 1
        if event.callback_query is not None:
            # An empty answer stops the button's spinner in their client; nothing else runs.
            try:
                await data["bot"].answer_callback_query(event.callback_query.id)
            except Exception:
                log.debug("flood control: could not answer a press", exc_info=True)
        if verdict is None:
            log.info("flood control: a person is silenced for %.0f s", self.cooldown)
            try:
                await self.warn(data, user.id)
            except Exception:  # the notice is a courtesy; failing it must not fail the update
                log.exception("flood control: could not send the notice")
        return None
