"""SendLimits keeps Telegram's limits by construction (checked on the loop's clock)."""

from __future__ import annotations

import asyncio
import itertools
import time

from bot.delivery.limits import SendLimits


async def stamps(limits: SendLimits, chats: list[int]) -> list[float]:
    times: list[float] = []

    async def one(chat: int) -> None:
        await limits.acquire(chat)
        times.append(time.monotonic())

    await asyncio.gather(*(one(chat) for chat in chats))
    return sorted(times)


def max_in_window(times: list[float], window: float) -> int:
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


async def test_overall_rate_never_exceeded_in_any_second() -> None:
    times = await stamps(SendLimits(rate=50), list(range(1, 121)))
    assert max_in_window(times, 1.0) <= 50


async def test_one_message_per_second_to_the_same_chat() -> None:
    times = await stamps(SendLimits(rate=1000), [42, 42, 42])
    assert all(b - a >= 0.99 for a, b in itertools.pairwise(times))


async def test_twenty_a_minute_to_a_group() -> None:
    limits = SendLimits(rate=1000, group_per_minute=3)
    started = time.monotonic()
    task = asyncio.create_task(stamps(limits, [-100] * 4))
    await asyncio.sleep(0.3)
    assert not task.done()  # the fourth waits for the minute to roll over
    task.cancel()
    assert time.monotonic() - started < 5


async def test_a_429_pauses_everyone() -> None:
    limits = SendLimits(rate=1000)
    limits.pause(0.5)
    started = time.monotonic()
    await stamps(limits, [1, 2, 3])
    assert time.monotonic() - started >= 0.49


async def test_replies_share_the_ceiling_without_waiting_behind_a_broadcast() -> None:
    """A broadcast keeps the timeline full; replies go within a slot or so, and broadcast and
    replies together never exceed the ceiling in any second."""
    limits = SendLimits(rate=50)
    sent: list[float] = []
    waits: list[float] = []

    async def broadcast() -> None:
        async def one(chat: int) -> None:
            await limits.acquire(chat)
            sent.append(time.monotonic())

        await asyncio.gather(*(one(chat) for chat in range(1, 101)))

    async def replies() -> None:
        for _ in range(6):
            await asyncio.sleep(0.25)
            asked = time.monotonic()
            await limits.reply_turn()
            waits.append(time.monotonic() - asked)
            sent.append(time.monotonic())

    await asyncio.gather(broadcast(), replies())
    assert max(waits) < 0.1  # one slot is 1/48.5 s; the broadcast has 100 queued
    assert max_in_window(sorted(sent), 1.0) <= 50


async def test_a_reply_waits_out_a_429_but_not_a_chat_turn() -> None:
    limits = SendLimits(rate=1000)
    limits.pause(0.3)  # Telegram said 429: everything waits
    started = time.monotonic()
    await limits.reply_turn()
    assert time.monotonic() - started >= 0.29
    again = time.monotonic()
    await limits.reply_turn()  # a handler's second message in a row goes at once
    assert time.monotonic() - again < 0.05
