"""The demo data set: the report's figures, loaded once, enough for statistics and reports."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, timedelta

from sqlalchemy import func, select

from sandbox.demo import load_demo
from sandbox.runner import load_everything
from storage.database import Database
from storage.models import (
    Attendance,
    DirectoryEntry,
    Meeting,
    Organization,
    OutboxMessage,
    Person,
    SectorUpdate,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.newsletters import Period, quarter
from storage.types import utcnow
from tests.conftest import ADMIN_ID
from tests.harness import Harness


async def test_demo_data_follows_the_report(harness: Harness, db: Database) -> None:
    app = harness.app
    summary = await load_everything(app)
    assert summary.startswith("demo data loaded: 160 organizations")
    assert (await load_demo(db, app.taxonomy)).already_loaded
    codes = {term.id: term.code for term in app.taxonomy.actor_types}
    async with db.read() as session:
        organizations = Counter(
            codes[type_id]
            for type_id in (await session.scalars(select(Organization.actor_type_id)))
        )
        assert organizations == {"local_ngo": 55, "national_institution": 56, "international": 49}
        past = (await session.scalars(select(Meeting).where(Meeting.starts_at < utcnow()))).all()
        assert len(past) == 10
        assert Counter(m.mode for m in past) == {"virtual": 6, "physical": 4}
        shares = Counter(
            codes[type_id]
            for type_id in await session.scalars(
                select(Organization.actor_type_id)
                .join(Person, Person.organization_id == Organization.id)
                .join(Attendance, Attendance.person_id == Person.id)
            )
        )
        total = sum(shares.values())
        assert 450 <= total <= 550
        for code, expected in (
            ("local_ngo", 47),
            ("national_institution", 33),
            ("international", 20),
        ):
            assert abs(100 * shares[code] / total - expected) <= 3, (code, shares)
        sectors = set(
            await session.scalars(
                select(SectorUpdate.sector_id).where(SectorUpdate.status == UpdateStatus.APPROVED)
            )
        )
        assert len(sectors) == 8
        upcoming = await session.scalar(
            select(func.count()).select_from(Meeting).where(Meeting.starts_at > utcnow())
        )
        assert upcoming == 1
        # The upcoming meeting invites everyone, the sandbox people too (text and calendar file).
        queued = await session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.chat_id == 100_005)
        )
        assert queued == 2
    # Reports and coverage have something to show.
    organizer = Actor(telegram_id=1, is_admin=True)
    now = utcnow()
    data = await app.dispatcher.workflow_data["report_data"].gather(
        organizer, Period(now - timedelta(days=500), now)
    )
    assert len(data.updates) == 50 and sum(data.stats.meetings_by_mode.values()) == 10
    # All ten inside the period /stats and /report offer first: the last four quarters.
    offered = Period(quarter(now.date(), UTC, -3).start, quarter(now.date(), UTC, 0).end)
    stats = await app.dispatcher.workflow_data["meetings"].stats(offered.start, offered.end)
    assert sum(stats.meetings_by_mode.values()) == 10
    coverage = await app.dispatcher.workflow_data["activities"].coverage(organizer)
    gaps = sum(
        1
        for sector in app.taxonomy.sectors
        for place in app.taxonomy.governorates
        if not coverage.count(sector.id, place.id)
    )
    assert 0 < gaps < 152
    # /tracker has items in every sector, statuses over the whole scale, and overdue ones.
    tracker = await app.dispatcher.workflow_data["followup"].tracker(now.date())
    assert tracker.total == 16 and len(tracker.by_sector) == 8
    levels = Counter()
    for counts in tracker.by_sector.values():
        levels.update(counts)
    assert set(levels) == {"not_reported", "exceeded", "met", "limited", "no_progress"}
    # The directory has listed people to show.
    async with db.read() as session:
        listed = await session.scalar(select(func.count()).select_from(DirectoryEntry))
    assert 40 <= listed <= 100
    # Open opportunities of every kind, one waiting for review; a few introductions.
    organizer = Actor(telegram_id=ADMIN_ID, is_admin=True)
    opportunities = app.dispatcher.workflow_data["opportunities"]
    listings, total, _ = await opportunities.open_list(organizer, now.date())
    assert total == 5 and {listing.opportunity.kind for listing in listings} == {
        "call", "training", "funding", "job", "event"
    }  # fmt: skip
    _, waiting = await opportunities.queue(organizer)
    assert waiting == 1
    counts = await app.dispatcher.workflow_data["introductions"].counts(organizer)
    assert counts == {"accepted": 2, "pending": 1, "declined": 1}
