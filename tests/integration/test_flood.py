"""Flood control: one person's flood gets one "slow down" and silence; others are unaffected."""

from __future__ import annotations

import asyncio
import time

from bot.config import Settings
from storage.database import Database
from tests.conftest import make_settings
from tests.flows import add_member
from tests.harness import Harness

FLOODER, OTHER = 6_700_001, 6_700_002
HELP_START = "<b>What you can do</b>"


async def test_a_flood_gets_one_notice_and_silence_while_others_are_answered(
    settings: Settings, db: Database
) -> None:
    limited = make_settings(
        settings.database_url, flood_rate=2.0, flood_burst=12, flood_cooldown_seconds=30
    )
    harness = await Harness.start(limited, db)
    try:
        await add_member(db, FLOODER, name="Flooder")
        await add_member(db, OTHER, name="Other", locale="ar")
        flooder, other = harness.user(FLOODER), harness.user(OTHER)
        started = time.monotonic()
        flood = [asyncio.create_task(flooder.send("/help")) for _ in range(150)]
        await asyncio.sleep(0)  # the flood is under way
        await other.send("/help")
        other_latency = time.monotonic() - started
        flood += [asyncio.create_task(flooder.send("/help")) for _ in range(150)]
        await asyncio.gather(*flood)
        # Button presses count too: still silent, but answered (empty), so the client's
        # spinner stops; nothing else runs.
        alerts_before = len(harness.session.state.alerts)
        await flooder.press_data("nav:done:x")
        pressed = harness.session.state.alerts[alerts_before:]
        assert [(a.text, a.show_alert) for a in pressed] == [(None, False)]
        flood_seconds = time.monotonic() - started
    finally:
        await harness.stop()
    texts = flooder.texts()
    notices = [t for t in texts if t.startswith("⏳")]
    assert len(notices) == 1 and "30 seconds" in notices[0]
    replies = [t for t in texts if not t.startswith("⏳")]
    assert 1 <= len(replies) <= 12 + round(2.0 * flood_seconds) + 1
    assert other.texts() and not other.last.text.startswith("⏳")
    assert other_latency < 2.0
    print(
        f"flood: 301 updates in {flood_seconds:.2f} s -> {len(replies)} replies, "
        f"{len(notices)} notice; other person answered after {other_latency * 1000:.0f} ms"
    )


def test_the_bucket_refills_and_the_silence_ends() -> None:
    from bot.middlewares.flood import FloodControlMiddleware

    now = [0.0]

    async def warn(data: object, user_id: int) -> None:
        pass

    flood = FloodControlMiddleware(2.0, 3, 10.0, warn, clock=lambda: now[0])
    assert [flood.admit(1) for _ in range(3)] == [True, True, True]
    assert flood.admit(1) is None  # over the limit: told once
    assert flood.admit(1) is False  # then silence
    assert flood.admit(2) is True  # someone else is not affected
    now[0] = 9.9
    assert flood.admit(1) is False
    now[0] = 10.0
    assert flood.admit(1) is True  # the silence is over; the bucket refills at 2 a second
    now[0] = 10.5
    assert flood.admit(1) is True


async def test_registrations_and_proposals_have_a_daily_limit(
    harness: Harness, db: Database
) -> None:
    from sqlalchemy import func, select

    from storage.models import OutboxMessage, PersonEvent
    from tests.flows import register

    user = harness.user(6_700_003)
    await register(user, name="Third Try", deliver=False)
    person = await harness.app.people.by_telegram_id(user.id)
    assert person is not None and person.status == "pending"
    async with db.write() as session:  # two earlier attempts today, both rejected
        session.add_all(PersonEvent(person_id=person.id, kind="registration") for _ in range(2))
    await harness.app.people.reject(
        person.id, await harness.app.people.actor(9_000_000_001), "Please give your full title"
    )
    async with db.read() as session:
        cards_before = await session.scalar(select(func.count()).select_from(OutboxMessage))
    await register(user, name="Fourth Try", deliver=False, again=True)
    assert user.last_alert is not None
    assert "3 registrations in the last 24 hours" in user.last_alert
    async with db.read() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == cards_before
    person = await harness.app.people.by_telegram_id(user.id)
    assert person is not None and person.status == "rejected"

    proposer = harness.user(6_700_004)
    for attempt in range(3):
        await register(
            proposer, name=f"Proposer {attempt}", new_org=(f"Xq Network {attempt}",
            "Local NGOs and networks"), org_query=f"Xq Network {attempt}", deliver=False,
            again=attempt > 0,
        )  # fmt: skip
        if attempt < 2:
            person = await harness.app.people.by_telegram_id(proposer.id)
            assert person is not None
            await harness.app.people.reject(
                person.id, await harness.app.people.actor(9_000_000_001), "Unknown network"
            )
    assert proposer.last_alert is not None and "2 new organizations" in proposer.last_alert
