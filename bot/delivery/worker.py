"""The outbox worker: claims due rows, sends them within Telegram's limits, records outcomes.

Enough requests stay in flight (`concurrency`) to reach the ceiling at a real round trip: a loop
that awaits one send at a time manages about 19 messages a second at 50 ms. Outcomes are written
in batches every `flush_interval`; a crash before a flush leaves rows `sending`, which turn
`unknown` when their lease expires, and are never resent by themselves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    DeleteMessage,
    EditMessageText,
    GetMe,
    SendDocument,
    SendMessage,
    SendPhoto,
    SendPoll,
    StopPoll,
    TelegramMethod,
)
from aiogram.types import BufferedInputFile, InlineKeyboardMarkup, LinkPreviewOptions

from bot.delivery.limits import SendLimits
from bot.middlewares.fit import fit_method
from storage.models import DeliveryStatus
from storage.services.outbox import Delivery, OutboxService, Outcome
from storage.types import utcnow

log = logging.getLogger(__name__)


def build_method(delivery: Delivery, paid: bool = False) -> TelegramMethod[Any]:
    """Turn a stored payload into a Bot API call (explicit parse mode: no bot defaults), fitted
    to Telegram's limits as every reply is."""
    return fit_method(_method(delivery, paid))


def _method(delivery: Delivery, paid: bool) -> TelegramMethod[Any]:
    payload = delivery.payload
    markup = payload.get("reply_markup")
    common: dict[str, Any] = {
        "chat_id": delivery.chat_id,
        "protect_content": bool(payload.get("protect_content")) or None,
        "reply_markup": InlineKeyboardMarkup.model_validate(markup) if markup else None,
    }
    if paid:
        common["allow_paid_broadcast"] = True
    if payload.get("silent"):  # an organizer's quiet hours: it arrives without a sound
        common["disable_notification"] = True
    method = payload.get("method", "sendMessage")
    if method == "deleteMessage":  # a message replaced by a newer one at the chat's end
        return DeleteMessage(chat_id=delivery.chat_id, message_id=payload["message_id"])
    if method == "sendPoll":
        return SendPoll(
            question=payload["question"],
            options=payload["options"],
            is_anonymous=False,  # answers are stored per person
            allows_multiple_answers=False,
            # A decision's poll (Bot API 9.6): a vote may change; results may wait for the close.
            allows_revoting=payload.get("allows_revoting"),
            hide_results_until_closes=payload.get("hide_results_until_closes"),
            **common,
        )
    if method == "stopPoll":
        return StopPoll(chat_id=delivery.chat_id, message_id=payload["message_id"])
    if method == "editMessageText":  # a message already in the chat says something else now
        return EditMessageText(
            chat_id=delivery.chat_id,
            message_id=payload["message_id"],
            text=payload["text"],
            parse_mode="HTML",
            reply_markup=common["reply_markup"],
        )
    if method == "sendPhoto":
        return SendPhoto(
            photo=payload["photo"], caption=payload.get("caption"), parse_mode="HTML", **common
        )
    if method == "sendDocument":
        document: str | BufferedInputFile = payload.get("document", "")
        if "document_text" in payload:  # a small file the bot makes itself (a calendar entry)
            document = BufferedInputFile(
                payload["document_text"].encode(), filename=payload.get("filename", "file.txt")
            )
        return SendDocument(
            document=document,
            caption=payload.get("caption"),
            parse_mode="HTML",
            **common,
        )
    return SendMessage(
        text=payload["text"],
        parse_mode="HTML",
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        **common,
    )


QUICK_RETRIES = 1  # a 5xx is tried again this many times in the sender, before the outbox
QUICK_RETRY_SECONDS = 0.05
# While Telegram is unreachable one request probes it, at a growing interval up to a minute.
PROBE_FIRST_S = 1.0
PROBE_MAX_S = 60.0
# A pause longer than this share of the lease gives claimed rows back: waiting in memory past
# their lease they would turn `unknown`.
LEASE_SHARE = 0.5
SHARED_STATE_EVERY_S = 1.0  # how often the pause every worker shares is read
# Rows claimed at a time. On SQLite a claim runs in the event loop's thread: 250 rows held the
# loop 8 ms, and a sender woken more than 10 ms late gives its slot up (SendLimits), so
# claims are small and frequent rather than large and rare (3 ms each).
CLAIM_MAX = 64
OUTAGE_ERRORS = (TelegramServerError, TelegramNetworkError, TimeoutError, OSError)


def backoff(attempt: int, base: float = 0.5) -> float:
    """0.5, 1, 2 ... 60 seconds."""
    return min(60.0, base * 2 ** max(0, attempt - 1))


class DeliveryWorker:
    """Sends due rows. Telegram's network errors and 5xx are not failures of a row but one state
    of the sender, unreachable: it stops claiming and spending its rate, gives claimed rows
    back, probes with one request at a growing interval, and resumes as soon as Telegram
    answers. A row fails only for a reason about it (400, 403) or expires with age."""

    def __init__(
        self,
        bot: Bot,
        outbox: OutboxService,
        limits: SendLimits,
        *,
        concurrency: int = 16,
        lease: timedelta = timedelta(minutes=2),
        idle_poll: float = 0.5,
        flush_interval: float = 0.1,
        paid: bool = False,
        request_timeout: int = 20,
        retry_base: float = 0.5,
        probe_first: float = PROBE_FIRST_S,
        probe_max: float = PROBE_MAX_S,
        shared_every: float = SHARED_STATE_EVERY_S,
    ) -> None:
        self.bot = bot
        self.outbox = outbox
        self.limits = limits
        self.concurrency = concurrency
        self.lease = lease
        self.idle_poll = idle_poll
        self.flush_interval = flush_interval
        self.paid = paid
        self.request_timeout = request_timeout
        self.retry_base = retry_base
        self.probe_first = probe_first
        self.probe_max = probe_max
        self.shared_every = shared_every
        # Claim about a quarter second of work ahead: enough to keep every sender busy, little
        # to turn `unknown` if the process dies.
        self.ahead = max(concurrency * 2, int(limits.rate / 4))
        self._queue: asyncio.Queue[Delivery] = asyncio.Queue()
        self._outcomes: list[Outcome] = []
        self._give_back: list[int] = []
        self._wake = asyncio.Event()
        self._room = asyncio.Event()
        self._stopping = asyncio.Event()
        self._reachable = asyncio.Event()
        self._reachable.set()
        self._tasks: list[asyncio.Task[None]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._stop_flushing = asyncio.Event()
        self._share_pause: datetime | None = None  # a 429's end, for the other workers
        self._share_reachability = False  # the state changed: tell the database
        self._shared_read_at = float("-inf")
        self.unreachable_since: datetime | None = None
        self.outage_error: str | None = None
        self._storage_failing: set[str] = set()
        self.sent = 0
        self.probes = 0
        self.outages = 0

    def wake(self) -> None:
        """Something was just enqueued in this process: look now rather than at the next poll."""
        self._wake.set()

    @property
    def reachable(self) -> bool:
        return self._reachable.is_set()

    # --- lifecycle ------------------------------------------------------------------------

    async def run(self) -> None:
        self._tasks = [asyncio.create_task(self._sender()) for _ in range(self.concurrency)]
        self._flusher = asyncio.create_task(self._flush_loop())
        try:
            await self._claim_loop()
        finally:
            await self._shutdown()

    async def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        self._room.set()
        self._reachable.set()  # senders waiting out an outage leave too

    async def _claim_loop(self) -> None:
        while not self._stopping.is_set():
            if not self.reachable:
                await self._probe_until_back()
                continue
            await self._honour_shared_pause()
            if self.limits.paused_for > self.lease.total_seconds() * LEASE_SHARE:
                self._give_back_queue()  # a long 429: the claimed rows wait in the database
            room = self.ahead - self._queue.qsize()
            claimed = 0
            if room >= min(self.ahead // 2, CLAIM_MAX) and self.limits.paused_for == 0:
                try:
                    batch = await self.outbox.claim(min(room, CLAIM_MAX), self.lease)
                    self._storage_ok("claims")
                except Exception:  # the database hiccupped (or its disk is full): again shortly
                    self._storage_failed("claims")
                    batch = []
                for delivery in batch:
                    self._queue.put_nowait(delivery)
                claimed = len(batch)
            if claimed:
                self._room.clear()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.idle_poll):
                        await self._room.wait()
                continue
            self._wake.clear()
            wait = min(self.limits.paused_for or self.idle_poll, self.shared_every)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()

    async def _honour_shared_pause(self) -> None:
        """Another worker's 429 (or one from before a restart) pauses this one too."""
        now = time.monotonic()
        if now - self._shared_read_at < self.shared_every:
            return
        self._shared_read_at = now
        try:
            state = await self.outbox.shared_state()
        except Exception:
            log.exception("could not read the shared delivery state")
            return
        if state.paused_until is not None:
            left = (state.paused_until - utcnow()).total_seconds()
            if left > self.limits.paused_for:
                self.limits.pause(left)

    def _give_back_queue(self) -> None:
        while not self._queue.empty():
            self._give_back.append(self._queue.get_nowait().id)
            self._queue.task_done()
        self._room.set()

    async def _shutdown(self) -> None:
        # Rows claimed but never started go back to pending: they were certainly not sent.
        self._give_back_queue()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.request_timeout + 1):
                await self._queue.join()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        # The flusher is never cancelled mid-write (a batch of outcomes would be lost and its
        # rows turn "unknown"): it is asked to stop, and finishes the batch it is writing.
        self._stop_flushing.set()
        if self._flusher is not None:
            await self._flusher
        await self._flush()

    # --- the database -----------------------------------------------------------------------

    def _storage_failed(self, what: str) -> None:
        """One log line (with the trace) when writing or reading the outbox starts failing, not
        one every 100 ms while it goes on (a full disk)."""
        if what not in self._storage_failing:
            self._storage_failing.add(what)
            log.exception("outbox %s fail (the database); trying again until it works", what)

    def _storage_ok(self, what: str) -> None:
        if what in self._storage_failing:
            self._storage_failing.discard(what)
            log.warning("outbox %s work again", what)

    # --- unreachable ----------------------------------------------------------------------

    def _outage(self, error: str) -> None:
        """Telegram did not answer (network) or answered 5xx: stop sending, start probing."""
        self.outage_error = error
        if not self.reachable:
            return
        self._reachable.clear()
        self.unreachable_since = utcnow()
        self.outages += 1
        self._share_reachability = True
        self._give_back_queue()
        log.warning("Telegram is unreachable (%s): sending stops, probing until it answers", error)
        self._wake.set()

    async def _probe_until_back(self) -> None:
        delay = self.probe_first
        while not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._stopping.wait()
            if self._stopping.is_set():
                return
            self.probes += 1
            try:
                await self.bot.session.make_request(self.bot, GetMe(), self.request_timeout)
            except OUTAGE_ERRORS as exc:
                self.outage_error = str(exc) or exc.__class__.__name__
                delay = min(self.probe_max, delay * 2)
                continue
            except TelegramAPIError:
                pass  # it answered, if not as hoped: it is reachable
            down = utcnow() - (self.unreachable_since or utcnow())
            log.warning(
                "Telegram answers again after %d s unreachable: sending resumes",
                down.total_seconds(),
            )
            self.unreachable_since = None
            self.outage_error = None
            self._share_reachability = True
            self._reachable.set()
            return

    # --- sending --------------------------------------------------------------------------

    async def _sender(self) -> None:
        while True:
            await self._reachable.wait()
            delivery = await self._queue.get()
            if not self.reachable:  # the outage began while it waited: not sent, given back
                self._give_back.append(delivery.id)
                self._queue.task_done()
                continue
            try:
                outcome = await self._deliver(delivery)
                if outcome is None:  # a long pause came: not sent, given back
                    self._give_back.append(delivery.id)
                    continue
            except Exception as exc:  # never let one row kill a sender
                log.exception("delivery %s crashed", delivery.id)
                outcome = Outcome(
                    delivery.id, delivery.chat_id, DeliveryStatus.FAILED, error=str(exc)
                )
            finally:
                self._queue.task_done()
                if self._queue.qsize() <= self.ahead - min(self.ahead // 2, CLAIM_MAX):
                    self._room.set()
            outcome.scrub = bool(delivery.payload.get("private"))
            if outcome.status == DeliveryStatus.SENT and (
                outcome.ref is not None or delivery.payload.get("record_now")
            ):
                # Looked up as soon as it arrives (a native poll's votes, a review card's
                # decision): recorded now, not at the next batch.
                try:
                    await self.outbox.record([outcome])
                    continue
                except Exception:
                    log.exception("could not record delivery %s at once", delivery.id)
            # Appended after the await: the flusher swaps the list while sends are in flight.
            self._outcomes.append(outcome)

    def _long_pause(self) -> bool:
        return self.limits.paused_for > self.lease.total_seconds() * LEASE_SHARE

    async def _slot(self, chat_id: int, chat_turn: bool) -> bool:
        """Wait for a slot; False if Telegram became unreachable or a pause long enough to
        outlast the lease began meanwhile (the row then waits in the database, where it can
        expire, not in memory)."""
        check_every = max(0.05, self.lease.total_seconds() * LEASE_SHARE / 2)
        while self.reachable and not self._long_pause():
            try:
                async with asyncio.timeout(check_every):
                    await self.limits.acquire(chat_id, chat_turn=chat_turn)
            except TimeoutError:
                continue
            return self.reachable
        return False

    async def _deliver(self, delivery: Delivery) -> Outcome | None:
        method = build_method(delivery, self.paid)
        for quick_retry in range(QUICK_RETRIES + 1):
            # A 5xx delivered nothing: the retry needs an overall slot, not the chat's turn.
            if not await self._slot(delivery.chat_id, chat_turn=quick_retry == 0):
                return None
            if delivery.expires_at is not None and delivery.expires_at <= utcnow():
                # It waited for its chat's turn past its time: dropped, not sent late.
                return Outcome(
                    delivery.id, delivery.chat_id, DeliveryStatus.EXPIRED,
                    error="expired before it was sent",
                )  # fmt: skip
            try:
                # Straight to the session: this worker does its own retries and pacing, so
                # the bot-wide retry middleware must not sleep inside a sender.
                result = await self.bot.session.make_request(self.bot, method, self.request_timeout)
                break
            except TelegramServerError as exc:
                if quick_retry < QUICK_RETRIES:
                    # Telegram's 5xx pass in a moment: once at once, not after a round trip
                    # through the outbox (which would leave the send's last few a second late).
                    await asyncio.sleep(QUICK_RETRY_SECONDS)
                    continue
                return self._unreachable(delivery, str(exc))
            except TelegramRetryAfter as exc:
                self.limits.pause(exc.retry_after)
                until = utcnow() + timedelta(seconds=exc.retry_after)
                if self._share_pause is None or self._share_pause < until:
                    self._share_pause = until
                retry_at = utcnow() + timedelta(seconds=exc.retry_after)
                return Outcome(
                    delivery.id, delivery.chat_id, DeliveryStatus.PENDING,
                    error=f"429 retry after {exc.retry_after}", retry_at=retry_at,
                )  # fmt: skip
            except TelegramForbiddenError as exc:
                return Outcome(
                    delivery.id, delivery.chat_id, DeliveryStatus.BLOCKED, error=exc.message
                )
            except TelegramBadRequest as exc:
                return Outcome(
                    delivery.id, delivery.chat_id, DeliveryStatus.FAILED, error=exc.message
                )
            except (TelegramNetworkError, TimeoutError, OSError) as exc:
                return self._unreachable(delivery, str(exc) or exc.__class__.__name__)
            except TelegramAPIError as exc:
                return Outcome(
                    delivery.id, delivery.chat_id, DeliveryStatus.FAILED, error=exc.message
                )
        self.sent += 1
        message_id = getattr(result, "message_id", None)
        poll = getattr(result, "poll", None)
        return Outcome(
            delivery.id,
            delivery.chat_id,
            DeliveryStatus.SENT,
            message_id=message_id,
            ref=poll.id if poll is not None else None,
        )

    def _unreachable(self, delivery: Delivery, error: str) -> Outcome:
        """Not the row's fault: it waits, due at once, for Telegram to answer again."""
        self._outage(error)
        return Outcome(
            delivery.id, delivery.chat_id, DeliveryStatus.PENDING, error=error, retry_at=utcnow()
        )

    # --- recording ------------------------------------------------------------------------

    async def _flush_loop(self) -> None:
        while not self._stop_flushing.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.flush_interval):
                    await self._stop_flushing.wait()
            await self._flush()

    async def _flush(self) -> None:
        await self._share()
        if self._give_back:
            ids, self._give_back = self._give_back, []
            try:
                await self.outbox.release(ids)
            except Exception:
                log.exception("could not give back %d claimed rows; keeping them", len(ids))
                self._give_back = ids + self._give_back
        if not self._outcomes:
            return
        batch, self._outcomes = self._outcomes, []
        try:
            await self.outbox.record(batch)
            self._storage_ok("outcomes")
        except Exception:  # kept for the next flush
            self._storage_failed("outcomes")
            self._outcomes = batch + self._outcomes
            return
        if any(o.status == DeliveryStatus.PENDING for o in batch):
            self._wake.set()

    async def _share(self) -> None:
        """Tell the other workers (and /readyz, status, progress messages) what this one met."""
        try:
            if self._share_pause is not None:
                until, self._share_pause = self._share_pause, None
                await self.outbox.pause_all(until)
            if self._share_reachability:
                self._share_reachability = False
                await self.outbox.set_unreachable(self.unreachable_since, self.outage_error)
        except Exception:
            log.exception("could not record the delivery state")
