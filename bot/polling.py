"""Long polling that never confirms an update it could not handle for want of the database or
Redis.

aiogram's polling confirms every update it has fetched at the next getUpdates call, handled or
not: with PostgreSQL stopped for 30 seconds, half the updates of that time were lost. Here the
offset sent to Telegram is the lowest update not yet handled: an update whose handling failed
for an outage (storage.outages) is tried again in this process, with a growing wait, and until
it succeeds Telegram keeps it too (a restart gets it again; the duplicate check makes that
safe). Updates after it are handled meanwhile, not held back; fetched again while the offset
waits, they are recognised and skipped.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

from bot.retry import must_come_again

log = logging.getLogger(__name__)

RETRY_FIRST_S = 1.0
RETRY_MAX_S = 30.0
# When every update Telegram returned is one this process already has, it waits this long
# before asking again (the held offset makes Telegram answer at once, not after a long poll).
NOTHING_NEW_WAIT_S = 1.0
FETCH_BACKOFF = BackoffConfig(min_delay=1.0, max_delay=30.0, factor=1.5, jitter=0.1)


class RedeliveringDispatcher(Dispatcher):
    """A Dispatcher whose polling holds its offset below any update not yet handled."""

    retry_first_s = RETRY_FIRST_S
    retry_max_s = RETRY_MAX_S
    nothing_new_wait_s = NOTHING_NEW_WAIT_S

    async def _polling(  # type: ignore[override]
        self,
        bot: Bot,
        polling_timeout: int = 30,
        handle_as_tasks: bool = True,
        backoff_config: BackoffConfig = FETCH_BACKOFF,
        allowed_updates: list[str] | None = None,
        tasks_concurrency_limit: int | None = None,
        **kwargs: Any,
    ) -> None:
        user = await bot.me()
        log.info("polling for @%s", user.username)
        slots = asyncio.Semaphore(tasks_concurrency_limit or 64)
        unfinished: set[int] = set()  # fetched, not handled yet (or waiting to be tried again)
        seen: set[int] = set()  # fetched at or above the offset: skipped when fetched again
        backoff = Backoff(config=backoff_config)
        request: dict[str, Any] = {}
        if bot.session.timeout:
            request["request_timeout"] = int(bot.session.timeout + polling_timeout)
        offset: int | None = None
        while True:
            get_updates = GetUpdates(
                offset=offset, timeout=polling_timeout, allowed_updates=allowed_updates
            )
            try:
                updates = await bot(get_updates, **request)
            except Exception as error:  # Telegram away: the fetch waits, nothing is confirmed
                log.warning("could not fetch updates (%s); trying again", type(error).__name__)
                await backoff.asleep()
                continue
            backoff.reset()
            fresh = [update for update in updates if update.update_id not in seen]
            for update in fresh:
                seen.add(update.update_id)
                unfinished.add(update.update_id)
                await slots.acquire()  # at most `limit` handled at once, as aiogram's polling
                task = asyncio.create_task(self._handle(bot, update, slots, unfinished, kwargs))
                self._handle_update_tasks.add(task)
                task.add_done_callback(self._handle_update_tasks.discard)
            newest = max((update.update_id for update in updates), default=None)
            if newest is not None:
                # Confirm everything handled: up to the oldest still unfinished.
                offset = min(unfinished) if unfinished else newest + 1
                seen = {update_id for update_id in seen if update_id >= offset}
            if updates and not fresh:
                await asyncio.sleep(self.nothing_new_wait_s)

    async def _handle(
        self,
        bot: Bot,
        update: Update,
        slots: asyncio.Semaphore,
        unfinished: set[int],
        kwargs: dict[str, Any],
    ) -> None:
        wait = self.retry_first_s
        held = True  # the slot taken for it by the polling loop
        try:
            while True:
                try:
                    await self.feed_update(bot, update, **kwargs)
                    return
                except Exception as error:
                    if not must_come_again(error):
                        log.exception("update %s failed", update.update_id)
                        return  # handled, if badly: a retry would fail the same way
                    log.warning(
                        "update %s waits for the database or Redis (%s): trying again in %.0f s",
                        update.update_id, type(error).__name__, wait,
                    )  # fmt: skip
                slots.release()  # waiting frees its slot for the updates that follow
                held = False
                await asyncio.sleep(wait)
                await slots.acquire()
                held = True
                wait = min(self.retry_max_s, wait * 2)
        finally:
            if held:
                slots.release()
            unfinished.discard(update.update_id)
