"""A press or a vote that comes the moment a message arrives, before the worker's next batch of
outcomes is written, is matched all the same."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import select

from bot.delivery.limits import SendLimits
from bot.delivery.worker import DeliveryWorker
from storage.database import Database
from storage.models import PollAnswer
from tests.conftest import ORGANIZER_ID
from tests.flows import add_member, open_queue, register
from tests.harness import FakeUser, Harness
from tests.integration.test_standalone_polls import EN_BAGHDAD, members, own_poll


@asynccontextmanager
async def worker_that_never_batches(harness: Harness) -> AsyncIterator[None]:
    """An outbox worker whose batch of outcomes is written only when it stops."""
    worker = DeliveryWorker(
        harness.bot, harness.app.outbox, SendLimits(1000), concurrency=4, idle_poll=0.01,
        flush_interval=600,
    )  # fmt: skip
    task = asyncio.create_task(worker.run())
    try:
        yield
    finally:
        await worker.stop()
        await task


async def arrives(user: FakeUser, kind: str, text: str = "") -> None:
    async with asyncio.timeout(10):
        while not any(m.kind == kind and text in m.text for m in user.messages):
            await asyncio.sleep(0.002)


async def test_a_vote_the_moment_a_native_poll_arrives_counts(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    await members(db)
    await own_poll(admin, "A Telegram poll")
    amira = harness.user(EN_BAGHDAD)
    async with worker_that_never_batches(harness):
        await arrives(amira, "poll")
        poll = next(m for m in amira.messages if m.kind == "poll")
        await amira.vote(poll, [1])
        assert "no longer exists" not in amira.last.text
        async with db.read() as session:
            assert (await session.scalars(select(PollAnswer.value))).all() == ["1"]


async def test_a_to_review_message_sent_a_moment_ago_changes_at_once(
    harness: Harness, admin: FakeUser, db: Database
) -> None:
    """An organizer decides the moment the "to review" messages go out: the other organizer's,
    sent a moment ago, already shows that nothing waits (its id is recorded as it is sent)."""
    await add_member(db, ORGANIZER_ID, name="Second organizer", role="organizer")
    organizer = harness.user(ORGANIZER_ID)
    user = harness.user(7_200_001, "Dalia")
    await register(user, name="Dalia Karim", deliver=False)
    async with worker_that_never_batches(harness):
        await arrives(admin, "text", "Registrations: 1")
        await arrives(organizer, "text", "Registrations: 1")
        await open_queue(admin)
        await admin.press("✅ Approve", in_message=admin.message_with_button("✅ Approve"))
        digest = next(m for m in organizer.messages if "Registrations:" in m.text)
        async with asyncio.timeout(10):
            while "Registrations: 0" not in digest.text:
                await asyncio.sleep(0.005)
        assert "Nothing waits for a decision now." in digest.text
        assert len([m for m in organizer.messages if "Registrations:" in m.text]) == 1
