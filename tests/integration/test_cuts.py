"""Announced internet cuts: an organizer declares one in /cuts (Eastern digits read, a wrong
line answered in the reader's language); while it is on, announcements wait in the outbox and
personal messages go; a meeting reminder due inside it goes before it starts; the meeting
dialog warns when a meeting falls inside one."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta

from sqlalchemy import select

from bot.i18n import long_day
from storage.database import Database
from storage.models import (
    Broadcast,
    CutInterval,
    CutWindow,
    DeliveryStatus,
    MeetingReminder,
    OutboxMessage,
)
from storage.services.outbox import NewMessage
from storage.types import utcnow
from tests.harness import FakeUser, Harness
from tests.integration.test_meetings import invitees, publish

EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


async def test_an_organizer_declares_lists_and_removes_a_cut(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await admin.send("/cuts")
    assert "Announced internet cuts" in admin.last.text and "None declared." in admin.last.text
    await admin.press("➕ Declare a cut")
    await admin.send("next week, mornings")
    assert admin.last.text.startswith("That is not a cut as written here.")
    await admin.send("2020-06-01 2020-06-14 06:00-08:00")
    assert admin.last.text == "That cut is over already."
    await admin.send("2099-06-14 2099-06-01 06:00-08:00")
    assert admin.last.text.startswith("The last day must not be before the first")
    await admin.send("2099-06-01 2099-06-14 06:00–08:00".translate(EASTERN))
    assert admin.messages[-2].text == (
        "Cut declared: Monday, 1 June 2099 to Sunday, 14 June 2099, daily 06:00–08:00."
    )
    assert "• Monday, 1 June 2099 to Sunday, 14 June 2099, daily 06:00–08:00" in admin.last.text
    async with db.read() as session:
        days = (await session.scalars(select(CutInterval))).all()
    assert len(days) == 14
    first = min(days, key=lambda d: d.starts_at)
    local = first.starts_at.astimezone(harness.app.settings.tz)
    assert (local.date().isoformat(), local.time()) == ("2099-06-01", time(6, 0))
    await admin.press("🗑 Remove the cut from Monday, 1 June 2099")
    assert admin.last_alert == "Cut removed." and "None declared." in admin.last.text
    async with db.read() as session:
        assert (await session.scalars(select(CutInterval))).all() == []


async def test_during_a_cut_announcements_wait_and_personal_messages_go(
    harness: Harness, db: Database
) -> None:
    outbox = harness.app.outbox
    async with db.write() as session:
        window = CutWindow(
            first_day=utcnow().date(), last_day=utcnow().date(), daily_from="00:00",
            daily_to="23:59",
        )  # fmt: skip
        session.add(window)
        await session.flush()
        cut = CutInterval(
            window_id=window.id, starts_at=utcnow() - timedelta(minutes=5),
            ends_at=utcnow() + timedelta(hours=1),
        )  # fmt: skip
        session.add(cut)
        broadcast = Broadcast(kind="announcement", total=1)
        session.add(broadcast)
        await session.flush()
        broadcast_id, cut_id = broadcast.id, cut.id
    text = {"method": "sendMessage", "text": "News"}
    await outbox.send_later(
        [
            NewMessage(7_300_000_001, text, "b:1", broadcast_id=broadcast_id),
            NewMessage(7_300_000_002, {"method": "sendMessage", "text": "Your card"}, "card:1"),
        ]
    )
    await _deliver_briefly(harness)
    assert await _statuses(db) == Counter({DeliveryStatus.PENDING: 1, DeliveryStatus.SENT: 1})
    async with db.write() as session:  # the cut ends
        interval = await session.get(CutInterval, cut_id)
        assert interval is not None
        interval.ends_at = utcnow() - timedelta(seconds=1)
    await harness.deliver()
    assert await _statuses(db) == Counter({DeliveryStatus.SENT: 2})


async def test_a_reminder_due_in_a_cut_goes_before_and_the_dialog_warns(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    tz = harness.app.settings.tz
    day = (datetime.now(tz) + timedelta(days=5)).date()
    starts = datetime.combine(day, time(7, 0), tzinfo=tz)
    # A cut the day before and the day of the meeting, 06:00-08:00: the 24-hour reminder (07:00
    # the day before) and the 1-hour one (06:00) fall inside it, and so does the meeting.
    await admin.send("/cuts")
    await admin.press("➕ Declare a cut")
    await admin.send(f"{day - timedelta(days=1)} {day} 06:00-08:00")
    await invitees(db)
    meeting = await publish(harness, starts_at=starts, ends_at=starts + timedelta(hours=2))
    async with db.read() as session:
        reminders = {
            r.offset_minutes: r.due_at
            for r in await session.scalars(
                select(MeetingReminder).where(MeetingReminder.meeting_id == meeting.id)
            )
        }
    day_before_cut = datetime.combine(day - timedelta(days=1), time(6, 0), tzinfo=tz)
    assert reminders[1440] == day_before_cut - timedelta(minutes=15)  # before the cut
    assert reminders[60] == datetime.combine(day, time(5, 45), tzinfo=tz)
    # The meeting dialog, for a meeting inside the cut.
    await admin.send("/newmeeting")
    await admin.press("Next ▶")
    await admin.send("Coordination meeting in the exam season\nWomen's participation")
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    await admin.press("In person")
    await admin.send("WEO office, Karrada, Baghdad")
    await admin.send(f"{day} 07:00")
    await admin.send("09:00")
    await admin.press("Skip ▶")
    await admin.press("Skip ▶")
    assert "falls inside an announced internet cut" in admin.last.text
    assert f"({long_day(day, 'en')} · 06:00–08:00)" in admin.last.text


async def _deliver_briefly(harness: Harness) -> None:
    """A worker runs a moment (the harness's deliver waits for an empty queue)."""
    import asyncio

    from bot.delivery import DeliveryWorker, SendLimits

    worker = DeliveryWorker(harness.bot, harness.app.outbox, SendLimits(100), idle_poll=0.02,
                            flush_interval=0.01, shared_every=0.02)  # fmt: skip
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.5)
    await worker.stop()
    await task


async def _statuses(db: Database) -> Counter[str]:
    async with db.read() as session:
        return Counter((await session.scalars(select(OutboxMessage.status))).all())
