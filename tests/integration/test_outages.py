"""Telegram away for a while delays messages, never loses them: refused connections and 502s put
the whole sender into one unreachable state (no rate spent on a dead API, one probe at a growing
interval, sending resumes when it answers); a long 429 gives the claimed rows back and is kept
in the database, so another worker and a restarted one honour it.

Time is compressed: a probe's second is 10 ms and its minute 50 ms (Harness.deliver's options),
and the retry backoff is 1 ms, so the outages here outlast the old retry budget of ten tries
(about a second at that base) many times over."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest
from aiogram.methods import SendMessage

from bot.delivery import DeliveryWorker, SendLimits
from emulator.fake_session import connection_refused, server_error, too_many_requests
from storage.database import Database
from storage.models import DeliveryStatus
from storage.services.outbox import NewMessage
from tests.harness import Harness
from tests.integration.test_delivery import FIRST_CHAT, messages, statuses

FAST = {
    "concurrency": 8,
    "idle_poll": 0.02,
    "flush_interval": 0.01,
    "retry_base": 0.001,
    "probe_first": 0.01,
    "probe_max": 0.05,
    "shared_every": 0.02,
}


def worker(harness: Harness, rate: float = 500.0, **options: object) -> DeliveryWorker:
    return DeliveryWorker(
        harness.bot,
        harness.app.outbox,
        SendLimits(rate),
        **(FAST | options),  # type: ignore[arg-type]
    )


async def until(condition: object, timeout: float = 20.0) -> None:
    async with asyncio.timeout(timeout):
        while not await condition():  # type: ignore[operator]
            await asyncio.sleep(0.01)


@pytest.mark.parametrize("fault", [server_error, connection_refused], ids=["502", "refused"])
async def test_an_outage_loses_nothing_sends_nothing_twice_and_spends_no_rate(
    harness: Harness, db: Database, fault: object
) -> None:
    outbox = harness.app.outbox
    await outbox.send_later(messages(300))
    sender = worker(harness)
    task = asyncio.create_task(sender.run())
    try:
        await until(lambda: _sent_at_least(harness, 40))
        harness.session.outage = fault  # type: ignore[assignment]
        await until(lambda: _unreachable(sender))
        down_for = 1.5  # a hundred and fifty probe-seconds
        await asyncio.sleep(down_for)
        tried_while_down = harness.session.requests_during_outage
        state = await outbox.shared_state()
        assert state.unreachable_since is not None  # /readyz and status can say since when
        harness.session.outage = None
        await until(lambda: _all_final(db))
    finally:
        await sender.stop()
        await task
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 300})
    per_chat = Counter(int(m.chat_id) for m in harness.session.calls(SendMessage))
    assert len(per_chat) == 300 and set(per_chat.values()) == {1}  # nothing twice
    # While down: the sends in flight when it began, then one probe at a time (at most one
    # every 50 ms here, one a minute in production), not the pacer's full rate.
    assert tried_while_down <= FAST["concurrency"] * 2 + down_for / 0.01, tried_while_down
    assert sender.outages >= 1 and sender.reachable
    assert (await outbox.shared_state()).unreachable_since is None
    print(
        f"outage ({fault.__name__}): {tried_while_down} requests in {down_for} s down "  # type: ignore[attr-defined]
        f"({tried_while_down / down_for:.0f}/s, pacer at 500/s), {sender.probes} probes, "
        "300 of 300 sent once"
    )


async def test_a_long_429_gives_claimed_rows_back_and_outlives_a_restart(
    harness: Harness, db: Database
) -> None:
    """retry_after outlasting the lease: the rows claimed ahead wait in the database (pending),
    not in memory past their lease (unknown); a worker started during the pause waits too."""
    outbox = harness.app.outbox
    harness.session.faults[FIRST_CHAT] = [too_many_requests(3)]
    await outbox.send_later(messages(40))
    first = worker(harness, concurrency=1, lease=timedelta(seconds=1))
    task = asyncio.create_task(first.run())
    await until(lambda: _paused(harness))
    await asyncio.sleep(1.2)  # past the lease of every row claimed before the 429
    assert await outbox.expire_leases() == 0  # none was left claimed in memory
    await first.stop()
    await task
    sent_before_restart = len(harness.session.calls(SendMessage))
    restarted = worker(harness, concurrency=1, lease=timedelta(seconds=1))
    task = asyncio.create_task(restarted.run())
    try:
        await asyncio.sleep(0.5)  # still inside the 3-second pause
        assert len(harness.session.calls(SendMessage)) == sent_before_restart
        await until(lambda: _all_final(db))
    finally:
        await restarted.stop()
        await task
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 40})


async def test_a_time_bound_message_expires_instead_of_going_out_late(
    harness: Harness, db: Database
) -> None:
    """Telegram away past a reminder's meeting: the reminder is dropped as expired, counted;
    the rest goes out when it returns."""
    from storage.types import utcnow

    outbox = harness.app.outbox
    soon = utcnow() + timedelta(milliseconds=300)
    await outbox.send_later(
        [
            NewMessage(FIRST_CHAT, {"method": "sendMessage", "text": "Starts soon"}, "rem",
                       expires_at=soon),
            NewMessage(FIRST_CHAT + 1, {"method": "sendMessage", "text": "News"}, "news"),
        ]
    )  # fmt: skip
    harness.session.outage = server_error
    sender = worker(harness)
    task = asyncio.create_task(sender.run())
    try:
        await asyncio.sleep(0.6)
        harness.session.outage = None
        await until(lambda: _all_final(db))
    finally:
        await sender.stop()
        await task
    assert await statuses(db) == Counter({DeliveryStatus.SENT: 1, DeliveryStatus.EXPIRED: 1})
    assert harness.session.chat(FIRST_CHAT) == []


async def _sent_at_least(harness: Harness, count: int) -> bool:
    return len(harness.session.calls(SendMessage)) >= count


async def _unreachable(sender: DeliveryWorker) -> bool:
    return not sender.reachable


async def _paused(harness: Harness) -> bool:
    return (await harness.app.outbox.shared_state()).paused_until is not None


async def _all_final(db: Database) -> bool:
    counts = await statuses(db)
    return counts[DeliveryStatus.PENDING] + counts[DeliveryStatus.SENDING] == 0


async def test_everyone_can_see_the_outage(harness: Harness, db: Database) -> None:
    """/readyz and `tansiq status` name it and the age of the oldest message not delivered
    (retries do not make it look young); the organizer who started a send reads that Telegram
    is unreachable and that the waiting messages will go; a progress edit that Telegram never
    got is tried again, not taken as shown."""
    from bot.health import readiness
    from scheduler.progress import report_progress
    from storage.models import Broadcast, OutboxMessage
    from storage.types import utcnow

    app = harness.app
    organizer = harness.user(7_100_000_000)
    await organizer.send("/start")
    progress = await harness.bot.send_message(organizer.id, "…")
    async with db.write() as session:
        broadcast = Broadcast(
            kind="announcement", total=5, progress_chat_id=organizer.id,
            progress_message_id=progress.message_id, progress_locale="en",
        )  # fmt: skip
        session.add(broadcast)
        await session.flush()
        broadcast_id = broadcast.id
    await app.outbox.send_later(messages(5, broadcast_id=broadcast_id))
    async with db.write() as session:  # first due an hour ago, retried a moment ago
        from sqlalchemy import update

        await session.execute(
            update(OutboxMessage).values(
                first_due_at=utcnow() - timedelta(hours=1), due_at=utcnow()
            )
        )
    since = utcnow() - timedelta(minutes=58)
    await app.outbox.set_unreachable(since, "Bad Gateway")
    checks = await readiness(app.operations, app.settings)
    assert checks["telegram"]["ok"] is False  # type: ignore[index]
    assert checks["telegram"]["unreachable_s"] >= 58 * 60  # type: ignore[index]
    assert checks["outbox"]["oldest_due_s"] >= 3600  # type: ignore[index]
    status = await app.operations.status()
    assert status.unreachable_since == since and status.unreachable_error == "Bad Gateway"
    # The organizer's progress message, when an edit gets through.
    harness.session.outage = server_error
    await report_progress(harness.bot, app.outbox, app.core, app.settings.tz)
    async with db.read() as session:
        assert (await session.get(Broadcast, broadcast_id)).progress_text is None  # type: ignore[union-attr]
    harness.session.outage = None
    await report_progress(harness.bot, app.outbox, app.core, app.settings.tz)
    shown = since.astimezone(app.settings.tz).strftime("%Y-%m-%d %H:%M")
    assert f"Telegram has been unreachable since {shown}. 5 messages wait" in organizer.last.text
    await app.outbox.set_unreachable(None)
    await harness.deliver()
    assert "Send finished: 5 of 5 messages sent." in organizer.last.text
    # First due an hour ago: the summary says they went late, and why that can be.
    assert "5 messages went out more than ten minutes late" in organizer.last.text
    assert "has been unreachable since" not in organizer.last.text
    assert (await readiness(app.operations, app.settings))["telegram"]["ok"] is True  # type: ignore[index]


async def test_reminders_expire_at_the_start_and_check_ins_at_the_end(
    harness: Harness, db: Database
) -> None:
    """Telegram away across a meeting's start: its reminders ("is coming up") are dropped as
    expired; the invitation (good until the meeting ends) and the check-in still go."""
    from sqlalchemy import select, update

    from notices.meetings import checkin_button, reminder
    from storage.models import Meeting, MeetingMode, MeetingReminder, OutboxMessage
    from storage.types import utcnow
    from tests.flows import add_member
    from tests.integration.test_meetings import publish

    await add_member(db, FIRST_CHAT, name="Rana Reminded")
    meeting = await publish(  # online, in three days: its reminders and check-in are planned
        harness, mode=MeetingMode.VIRTUAL, venue=None, link="https://meet.example.org/wps"
    )
    await harness.app.meetings.answer(meeting.id, await _person(db, FIRST_CHAT), "yes")
    starts = utcnow() + timedelta(milliseconds=600)  # ...and now it is about to start
    async with db.write() as session:
        await session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id)
            .values(starts_at=starts, ends_at=starts + timedelta(hours=2))
        )
        await session.execute(
            update(MeetingReminder)
            .where(MeetingReminder.offset_minutes != 0)
            .values(due_at=utcnow() - timedelta(seconds=1))
        )
    harness.session.outage = server_error
    core, settings = harness.app.core, harness.app.settings
    await harness.app.meetings.queue_due_reminders(
        reminder(core, settings), checkin_button(core, settings)
    )  # the 24-hour and 1-hour reminders are due at once: the meeting is near
    sender = worker(harness)
    task = asyncio.create_task(sender.run())
    try:
        await asyncio.sleep(1.0)  # down across the start
        async with db.write() as session:
            await session.execute(
                update(MeetingReminder)
                .where(MeetingReminder.offset_minutes == 0)
                .values(due_at=utcnow() - timedelta(seconds=1))
            )
        await harness.app.meetings.queue_due_reminders(
            reminder(core, settings), checkin_button(core, settings)
        )  # the check-in: due at the start
        harness.session.outage = None
        await until(lambda: _all_final(db))
    finally:
        await sender.stop()
        await task
    async with db.read() as session:
        rows = (await session.execute(select(OutboxMessage.dedupe_key, OutboxMessage.status))).all()
    by_kind = Counter((key.split(":")[0], key.split(":")[2], status) for key, status in rows)
    assert by_kind[("remind", "60", DeliveryStatus.EXPIRED)] == 1, by_kind
    assert by_kind[("remind", "1440", DeliveryStatus.EXPIRED)] == 1
    assert by_kind[("remind", "0", DeliveryStatus.SENT)] == 1, by_kind  # the check-in button
    texts = [m.text for m in harness.session.chat(FIRST_CHAT)]
    assert not any("coming up" in t for t in texts)


async def _person(db: Database, telegram_id: int) -> int:
    from sqlalchemy import select

    from storage.models import Person

    async with db.read() as session:
        found = await session.scalar(select(Person.id).where(Person.telegram_id == telegram_id))
    assert found is not None
    return found
