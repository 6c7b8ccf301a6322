"""The delivery engine: outbox rows, limits, faults, crashes and the organizer's progress."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import SendMessage
from sqlalchemy import select

from bot.delivery import DeliveryWorker, SendLimits
from emulator.fake_session import server_error, too_many_requests
from scheduler.progress import report_progress
from storage.database import Database
from storage.models import Broadcast, DeliveryStatus, OutboxMessage, Person
from storage.services.outbox import NewMessage, OutboxService
from storage.types import utcnow
from tests.harness import Harness

FIRST_CHAT = 7_000_000_000


def messages(count: int, prefix: str = "m", broadcast_id: int | None = None) -> list[NewMessage]:
    return [
        NewMessage(
            chat_id=FIRST_CHAT + i,
            payload={"method": "sendMessage", "text": f"<b>Hello</b> {i}"},
            dedupe_key=f"{prefix}:{i}",
            broadcast_id=broadcast_id,
        )
        for i in range(count)
    ]


async def statuses(db: Database) -> Counter[str]:
    async with db.read() as session:
        return Counter((await session.scalars(select(OutboxMessage.status))).all())


async def test_every_row_is_sent_once(harness: Harness, db: Database) -> None:
    outbox = harness.app.outbox
    assert await outbox.send_later(messages(60)) == 60
    assert await outbox.send_later(messages(60)) == 0  # same dedupe keys: nothing new
    await harness.deliver()
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 60})
    sends = Counter(int(m.chat_id) for m in harness.session.calls(SendMessage))
    assert len(sends) == 60 and set(sends.values()) == {1}
    assert harness.session.chat(FIRST_CHAT)[0].text == "Hello 0"
    async with db.read() as session:
        row = await session.scalar(select(OutboxMessage).where(OutboxMessage.chat_id == FIRST_CHAT))
    assert row is not None and row.message_id is not None and row.sent_at is not None


async def test_blocked_person_is_marked_and_skipped(harness: Harness, db: Database) -> None:
    async with db.write() as session:
        session.add(Person(telegram_id=FIRST_CHAT + 1, full_name="Blocked"))
    harness.session.blocked.add(FIRST_CHAT + 1)
    await harness.app.outbox.send_later(messages(3))
    await harness.deliver()
    person = await harness.app.people.by_telegram_id(FIRST_CHAT + 1)
    assert person is not None and person.reachable is False
    requests_before = len(harness.session.calls(SendMessage))
    await harness.app.outbox.send_later(messages(3, prefix="again"))
    await harness.deliver()
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 4, DeliveryStatus.BLOCKED: 2})
    # The second time, nothing was even tried for the blocked chat.
    assert len(harness.session.calls(SendMessage)) == requests_before + 2


async def test_chat_not_found_fails_the_row(harness: Harness, db: Database) -> None:
    harness.session.faults[FIRST_CHAT] = [
        TelegramBadRequest(
            method=SendMessage(chat_id=0, text="-"), message="Bad Request: chat not found"
        )
    ]
    await harness.app.outbox.send_later(messages(2))
    await harness.deliver()
    async with db.read() as session:
        failed = await session.scalar(
            select(OutboxMessage).where(OutboxMessage.status == DeliveryStatus.FAILED)
        )
    assert failed is not None and failed.chat_id == FIRST_CHAT
    assert failed.last_error == "Bad Request: chat not found"


async def test_server_errors_retry_with_backoff(harness: Harness, db: Database) -> None:
    harness.session.faults[FIRST_CHAT] = [server_error(), server_error()]
    await harness.app.outbox.send_later(messages(1))
    await harness.deliver()
    async with db.read() as session:
        row = await session.scalar(select(OutboxMessage))
    # A 5xx is tried again at once in the sender; the second goes back to the outbox with its
    # backoff, and the next claim (attempt 2) sends it: three requests, one message.
    assert row is not None and row.status == DeliveryStatus.SENT and row.attempts == 2
    assert len(harness.session.calls(SendMessage)) == 3


async def test_telegram_failing_for_a_while_then_back(harness: Harness, db: Database) -> None:
    """Every chat fails four times (Telegram down), then everything goes through."""
    for i in range(10):
        harness.session.faults[FIRST_CHAT + i] = [server_error() for _ in range(4)]
    await harness.app.outbox.send_later(messages(10))
    await harness.deliver()
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 10})


async def test_tries_never_fail_a_row_only_age_does(harness: Harness, db: Database) -> None:
    """Twenty 5xx in a row (ten times the old retry budget) still deliver; a row that waited
    past its age limit expires instead of going out late."""
    harness.session.faults[FIRST_CHAT] = [server_error() for _ in range(20)]
    await harness.app.outbox.send_later(messages(1))
    await harness.deliver()
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 1})
    old = [
        NewMessage(
            FIRST_CHAT + 1, {"method": "sendMessage", "text": "Too late"}, "old",
            expires_at=utcnow() - timedelta(seconds=1),
        )
    ]  # fmt: skip
    await harness.app.outbox.send_later(old)
    await harness.deliver()
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 1, DeliveryStatus.EXPIRED: 1})
    assert harness.session.chat(FIRST_CHAT + 1) == []


async def test_429_pauses_the_whole_sender(harness: Harness, db: Database) -> None:
    harness.session.faults[FIRST_CHAT] = [too_many_requests(1)]
    await harness.app.outbox.send_later(messages(5))
    loop = asyncio.get_running_loop()
    started = loop.time()
    await harness.deliver(concurrency=1)
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 5})
    assert loop.time() - started >= 1.0


async def test_a_crash_leaves_unknown_rows_that_are_never_resent_silently(
    harness: Harness, db: Database
) -> None:
    outbox = harness.app.outbox
    await outbox.send_later(messages(4))
    claimed = await outbox.claim(2, lease=timedelta(seconds=-1))  # lease already over
    assert len(claimed) == 2
    # The process died here: no outcome recorded. At start-up the leases are expired.
    assert await outbox.expire_leases() == 2
    await harness.deliver()
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 2, DeliveryStatus.UNKNOWN: 2})
    assert len(harness.session.calls(SendMessage)) == 2


async def test_graceful_stop_gives_back_unstarted_rows(harness: Harness, db: Database) -> None:
    outbox = harness.app.outbox
    await outbox.send_later(messages(40))
    worker = DeliveryWorker(harness.bot, outbox, SendLimits(5), concurrency=1, idle_poll=0.01)
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.5)
    await worker.stop()
    await task
    counts = await statuses(db)
    assert counts[DeliveryStatus.SENDING] == 0 and counts[DeliveryStatus.UNKNOWN] == 0
    assert counts[DeliveryStatus.SENT] == len(harness.session.calls(SendMessage))
    assert counts[DeliveryStatus.PENDING] == 40 - counts[DeliveryStatus.SENT]
    await harness.deliver()
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 40})


async def test_two_workers_share_the_outbox_without_duplicates(
    harness: Harness, db: Database
) -> None:
    """On PostgreSQL this is SKIP LOCKED at work; on SQLite, the single writer."""
    second_db = Database.from_url(harness.app.settings.database_url)  # another process's pool
    try:
        outbox_a, outbox_b = harness.app.outbox, OutboxService(second_db)
        await outbox_a.send_later(messages(300))
        workers = [
            DeliveryWorker(
                harness.bot,
                outbox,
                SendLimits(1000),
                concurrency=8,
                idle_poll=0.01,
                flush_interval=0.01,
            )
            for outbox in (outbox_a, outbox_b)
        ]
        tasks = [asyncio.create_task(w.run()) for w in workers]
        async with asyncio.timeout(30):
            while await outbox_a.in_progress():
                await asyncio.sleep(0.02)
        for worker in workers:
            await worker.stop()
        await asyncio.gather(*tasks)
    finally:
        await second_db.dispose()
    sends = Counter(int(m.chat_id) for m in harness.session.calls(SendMessage))
    assert len(sends) == 300 and set(sends.values()) == {1}
    assert all(w.sent > 0 for w in workers)
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 300})


async def test_progress_message_and_final_summary(harness: Harness, db: Database) -> None:
    organizer = harness.user(7_100_000_000)
    await organizer.send("/start")
    progress = await harness.bot.send_message(organizer.id, "…")
    async with db.write() as session:
        broadcast = Broadcast(
            kind="announcement",
            total=5,
            progress_chat_id=organizer.id,
            progress_message_id=progress.message_id,
            progress_locale="en",
        )
        session.add(broadcast)
        await session.flush()
        broadcast_id = broadcast.id
    harness.session.blocked.add(FIRST_CHAT + 4)
    await harness.app.outbox.send_later(messages(5, broadcast_id=broadcast_id))
    await report_progress(
        harness.bot, harness.app.outbox, harness.app.core, harness.app.settings.tz
    )
    assert "Sending: 0 of 5 messages sent" in organizer.last.text
    await harness.deliver()  # runs the sweeps at the end
    assert "Send finished: 4 of 5 messages sent." in organizer.last.text
    assert "Blocked the bot: 1" in organizer.last.text
    async with db.read() as session:
        stored = await session.get(Broadcast, broadcast_id)
    assert stored is not None and stored.finished_at is not None
