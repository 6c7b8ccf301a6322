"""Storage behaviour that must hold on SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiogram.fsm.storage.base import StorageKey
from sqlalchemy import select

from storage.database import Database
from storage.fsm import SQLStorage
from storage.models import Person, PersonStatus

BAGHDAD = ZoneInfo("Asia/Baghdad")


async def test_due_time_query_compares_in_utc(db: Database) -> None:
    """Times written in Baghdad time and in UTC compare as instants, not as wall clocks."""
    now = datetime.now(UTC)
    async with db.write() as session:
        session.add_all(
            [
                # Due 30 minutes ago, written in Baghdad time (UTC+3): its wall clock is "later".
                Person(
                    telegram_id=1,
                    status=PersonStatus.PENDING,
                    submitted_at=(now - timedelta(minutes=30)).astimezone(BAGHDAD),
                ),
                # Due in 30 minutes, written in UTC.
                Person(
                    telegram_id=2,
                    status=PersonStatus.PENDING,
                    submitted_at=now + timedelta(minutes=30),
                ),
                # Due in 2 hours, written in Baghdad time: its wall clock is past "now" in UTC.
                Person(
                    telegram_id=3,
                    status=PersonStatus.PENDING,
                    submitted_at=(now + timedelta(hours=2)).astimezone(BAGHDAD),
                ),
            ]
        )
    async with db.read() as session:
        due = (
            await session.scalars(select(Person.telegram_id).where(Person.submitted_at <= now))
        ).all()
        row = await session.scalar(select(Person).where(Person.telegram_id == 1))
    assert list(due) == [1]
    assert row is not None and row.submitted_at is not None
    assert row.submitted_at.tzinfo is not None
    assert abs(row.submitted_at - (now - timedelta(minutes=30))) < timedelta(seconds=1)


async def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        async with db.write() as session:
            session.add(Person(telegram_id=4, submitted_at=datetime(2026, 1, 1)))


async def test_telegram_ids_are_64_bit(db: Database) -> None:
    big = 2**53 + 7  # beyond 32 bits, and beyond a float's exact range
    async with db.write() as session:
        session.add(Person(telegram_id=big))
    async with db.read() as session:
        assert (
            await session.scalar(select(Person.telegram_id).where(Person.telegram_id == big)) == big
        )


async def test_concurrent_write_transactions_wait_instead_of_failing(db: Database) -> None:
    """Read-then-write transactions in parallel, as the services write them (the row read
    FOR UPDATE): BEGIN IMMEDIATE queues them on SQLite, the row lock on PostgreSQL."""
    async with db.write() as session:
        session.add(Person(telegram_id=10, full_name="0"))

    async def bump() -> None:
        async with db.write() as session:
            person = await session.scalar(
                select(Person).where(Person.telegram_id == 10).with_for_update(of=Person)
            )
            assert person is not None
            await asyncio.sleep(0.01)
            person.full_name = str(int(person.full_name or "0") + 1)

    await asyncio.gather(*(bump() for _ in range(20)))
    async with db.read() as session:
        assert (
            await session.scalar(select(Person.full_name).where(Person.telegram_id == 10)) == "20"
        )


async def test_sql_fsm_storage_round_trip(db: Database) -> None:
    key = StorageKey(bot_id=1, chat_id=2**40, user_id=2**40)
    storage = SQLStorage(db)
    assert await storage.get_state(key) is None
    await storage.set_state(key, "Registration:name")
    await storage.set_data(key, {"full_name": "Layla", "governorate_ids": [1, 2]})
    again = SQLStorage(db)  # a new process sees the same dialog
    assert await again.get_state(key) == "Registration:name"
    assert await again.get_data(key) == {"full_name": "Layla", "governorate_ids": [1, 2]}
    await again.set_state(key, None)
    assert await again.get_data(key) == {"full_name": "Layla", "governorate_ids": [1, 2]}
    await again.set_data(key, {})
    assert await again.get_state(key) is None and await again.get_data(key) == {}


async def test_two_organizers_deciding_at_once_one_wins(db: Database) -> None:
    from storage.services.actors import Actor
    from storage.services.errors import Conflict
    from storage.services.people import PeopleService

    people = PeopleService(db, admin_ids={1, 2})
    async with db.write() as session:
        applicant = Person(telegram_id=77, status=PersonStatus.PENDING, full_name="A")
        session.add(applicant)
    first, second = Actor(telegram_id=1, is_admin=True), Actor(telegram_id=2, is_admin=True)
    results = await asyncio.gather(
        people.approve(applicant.id, by=first),
        people.reject(applicant.id, by=second, reason="duplicate"),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "Person"]
    assert any(isinstance(r, Conflict) and r.key == "review-already-decided" for r in results)
