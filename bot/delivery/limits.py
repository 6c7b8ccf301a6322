"""Telegram's sending limits, respected by design rather than discovered by 429s.

- overall: `rate` messages per second (about 30 free; up to 1,000 with paid broadcasts), as an
  even spacing, not bursts, so no one-second window ever holds more than the ceiling;
- one message per second to the same chat;
- twenty messages per minute to the same group;
- a 429 pauses every sender for its retry_after.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

# Aim a little under the ceiling: request timing jitters by a millisecond or two, and a strict
# one-second window must never see ceiling + 1.
SAFETY_MARGIN = 0.97
# A sender may start this late after its slot: within the margin, so no window overfills.
MAX_LATENESS = (1.0 - SAFETY_MARGIN) / 3


class SendLimits:
    def __init__(
        self,
        rate: float = 30.0,
        per_chat_interval: float = 1.0,
        group_per_minute: int = 20,
    ) -> None:
        self.rate = rate
        # Slots are reserved on an ideal timeline, one every `_interval`; a late waker never
        # makes up for lost time (no bursts). aiolimiter's leaky bucket was tried: with a
        # 1 ms period it tops out near 500 a second, half the paid ceiling.
        self._interval = 1.0 / (rate * SAFETY_MARGIN)
        self._next_slot = 0.0
        self._per_chat_interval = per_chat_interval
        self._group_per_minute = group_per_minute
        self._chat_next: dict[int, float] = {}
        self._group_sent: defaultdict[int, deque[float]] = defaultdict(deque)
        self._paused_until = 0.0
        self._lent = 0  # slots replies took while the outbox was sending: given back below

    def pause(self, seconds: float) -> None:
        """Telegram said 429: everyone waits, not just the one who was told."""
        self._paused_until = max(self._paused_until, time.monotonic() + seconds)
        self._next_slot = max(self._next_slot, self._paused_until)

    @property
    def paused_for(self) -> float:
        return max(0.0, self._paused_until - time.monotonic())

    async def acquire(self, chat_id: int, chat_turn: bool = True) -> None:
        """Wait for an overall slot (and, unless told otherwise, for the chat's turn)."""
        if chat_turn:
            await self._chat_turn(chat_id)
        while True:
            now = time.monotonic()
            slot = max(now, self._next_slot, self._paused_until)
            self._next_slot = slot + self._interval
            if slot > now:
                await asyncio.sleep(slot - now)
            if self.paused_for > 0:  # a 429 came in meanwhile: back in line, after the pause
                continue
            if self._lent > 0:  # a reply went in this slot's place: back in line
                self._lent -= 1
                continue
            # Woken too late (the loop was busy): sending now would bunch up with the senders
            # of the next slots and overfill some one-second window. Take a fresh slot.
            if time.monotonic() - slot > MAX_LATENESS:
                continue
            return

    async def reply_turn(self) -> None:
        """A reply to a person takes the outbox's next slot (a few milliseconds away; after a
        429's pause), and the outbox's sends due then and just after give theirs up and queue
        again: together they stay under the ceiling, and the reply does not wait behind a
        broadcast. Replies keep no per-chat turn: a handler's two messages in a row go at once,
        as people expect."""
        if self.paused_for > 0:
            await asyncio.sleep(self.paused_for)
        now = time.monotonic()
        if self._next_slot > now:  # the outbox is sending: take its next slot, and leave the
            self._lent += 2  # one after empty, headroom for a window the network bunched up
            ahead = self._next_slot - now
            first = self._next_slot - self._interval * int(ahead / self._interval)
            await asyncio.sleep(max(0.0, first - now))
        else:  # idle: this reply is the timeline's next send
            self._lent = 0
            self._next_slot = now + self._interval

    async def _chat_turn(self, chat_id: int) -> None:
        now = time.monotonic()
        if chat_id < 0:  # groups and channels: 20 a minute
            sent = self._group_sent[chat_id]
            while sent and sent[0] <= now - 60:
                sent.popleft()
            if len(sent) >= self._group_per_minute:
                slot = sent[0] + 60
            else:
                slot = now
            sent.append(max(slot, now))
        else:
            slot = max(now, self._chat_next.get(chat_id, 0.0))
            self._chat_next[chat_id] = slot + self._per_chat_interval
            if len(self._chat_next) > 50_000:  # forget chats whose turn passed long ago
                self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}
        if slot > now:
            await asyncio.sleep(slot - now)


# Methods that put a message in a chat: what Telegram's ceiling counts.
SENDING = (
    "sendMessage", "sendPhoto", "sendDocument", "sendPoll", "sendMediaGroup", "sendVideo",
    "sendAudio", "sendVoice", "sendAnimation", "sendSticker", "copyMessage", "forwardMessage",
)  # fmt: skip


class ReplyPace(BaseRequestMiddleware):
    """Replies to people share the outbox's ceiling: each goes at once and the outbox gives up
    a slot in its place (`SendLimits.reply_turn`), so a broadcast at the ceiling and the answers
    to commands never add up past it, and nobody's answer waits behind a broadcast. (The worker
    sends through the session's `make_request`, past this middleware.)"""

    def __init__(self, limits: SendLimits) -> None:
        self.limits = limits

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if method.__api_method__ in SENDING:
            await self.limits.reply_turn()
        return await make_request(bot, method)
