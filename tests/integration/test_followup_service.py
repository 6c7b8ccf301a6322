"""Follow-up items in the domain layer (no Telegram): tracking an approved recommendation,
reporting on the Compact's scale, followers told in their language through the outbox, and the
refusals (not an owner, a forged report, a past due date, a narrative over 200 words, an owner
that is not approved), the tracker's counts and /forget."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from storage.database import Database
from storage.models import (
    FollowupChange,
    FollowupFollower,
    FollowupItem,
    FollowupLevel,
    Organization,
    OrganizationStatus,
    OutboxMessage,
    Person,
    Sector,
    SectorUpdate,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.erasure import ErasureService
from storage.services.errors import Conflict, Forbidden, InvalidInput
from storage.services.followup import FollowupService
from storage.services.outbox import OutboxService
from tests.conftest import ORGANIZER_ID
from tests.flows import add_member

TODAY = date(2026, 12, 1)


def render(item: FollowupItem, change: FollowupChange, locale: str) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": f"{locale}: #{item.id} is {change.level}"}]


async def actor_of(db: Database, telegram_id: int) -> Actor:
    async with db.read() as session:
        person = await session.scalar(select(Person).where(Person.telegram_id == telegram_id))
    return Actor.of(person, telegram_id, ())


async def organization_of(db: Database, person_id: int) -> int:
    async with db.read() as session:
        person = await session.get(Person, person_id)
        assert person is not None and person.organization_id is not None
        return person.organization_id


async def approved_recommendation(db: Database, author_id: int) -> int:
    async with db.write() as session:
        sector_id = await session.scalar(select(Sector.id).where(Sector.code == "participation"))
        author = await session.get(Person, author_id)
        assert author is not None and sector_id is not None
        update = SectorUpdate(
            author_id=author_id, organization_id=author.organization_id, sector_id=sector_id,
            kind="recommendation", texts={"en": "Amend the electoral law to keep the quota."},
            original_locale="en", status=UpdateStatus.APPROVED,
        )  # fmt: skip
        session.add(update)
        await session.flush()
        return update.id


async def test_track_report_and_followers_told_in_their_language(db: Database) -> None:
    service = FollowupService(db, OutboxService(db))
    await add_member(db, ORGANIZER_ID, name="Huda Organizer", role="organizer")
    author = await add_member(db, 6_970_001, name="Rana Author", locale="ar")
    owner = await add_member(db, 6_970_002, name="Omar Owner", locale="ckb")
    reader = await add_member(db, 6_970_003, name="Lina Reader")
    organizer = await actor_of(db, ORGANIZER_ID)
    update_id = await approved_recommendation(db, author)
    owner_organization = await organization_of(db, owner)

    item = await service.track_update(
        organizer, update_id, [owner_organization], TODAY + timedelta(days=30), TODAY
    )
    assert item.level == FollowupLevel.NOT_REPORTED
    assert [o.id for o in item.owners] == [owner_organization]
    assert await service.is_following(item.id, author)  # the author follows what they started
    with pytest.raises(Conflict):
        await service.track_update(organizer, update_id, [owner_organization], None, TODAY)

    await service.follow(reader, item.id)
    change = await service.report(
        await actor_of(db, 6_970_002), item.id, FollowupLevel.LIMITED, "Draft sent to the council.",
        render,
    )  # fmt: skip
    assert change.for_organization_id == owner_organization
    async with db.read() as session:
        told = dict(
            (await session.execute(select(OutboxMessage.chat_id, OutboxMessage.payload))).all()
        )
        item_level = await session.scalar(select(FollowupItem.level))
    # Each follower in their language; the owner who reported is not told their own news.
    assert told == {
        6_970_001: {"method": "sendMessage", "text": f"ar: #{item.id} is limited"},
        6_970_003: {"method": "sendMessage", "text": f"en: #{item.id} is limited"},
    }
    assert item_level == FollowupLevel.LIMITED
    lines = await service.for_reader(owner, None, TODAY)
    assert lines[0].owned and not lines[0].overdue


async def test_only_owners_and_organizers_report_and_bad_input_is_refused(db: Database) -> None:
    service = FollowupService(db, OutboxService(db))
    await add_member(db, ORGANIZER_ID, role="organizer")
    author = await add_member(db, 6_971_001, name="Author")
    owner = await add_member(db, 6_971_002, name="Owner")
    await add_member(db, 6_971_003, name="Stranger")
    organizer = await actor_of(db, ORGANIZER_ID)
    owner_organization = await organization_of(db, owner)
    item = await service.track_update(
        organizer, await approved_recommendation(db, author), [owner_organization], None, TODAY
    )
    stranger = await actor_of(db, 6_971_003)
    with pytest.raises(Forbidden):  # a member of another organization, pressing a forged button
        await service.report(stranger, item.id, FollowupLevel.MET, "Done, really.", render)
    with pytest.raises(Forbidden):
        await service.track_update(stranger, item.id, [], None, TODAY)
    with pytest.raises(InvalidInput) as too_long:
        await service.report(organizer, item.id, FollowupLevel.MET, "word " * 230, render)
    assert too_long.value.variables == {"max": 200, "words": 230, "over": 30}
    with pytest.raises(InvalidInput):
        await service.report(organizer, item.id, "done", "Done.", render)
    with pytest.raises(InvalidInput):
        await service.add_action_point(
            organizer, None, "Share the shelter map with the ministry.", "en", [], [], TODAY
            - timedelta(days=1), TODAY,
        )  # fmt: skip
    async with db.write() as session:
        proposed = Organization(
            names={"en": "Proposed"}, search_key="proposed", actor_type_id=1,
            status=OrganizationStatus.PENDING,
        )  # fmt: skip
        session.add(proposed)
        await session.flush()
        proposed_id = proposed.id
    with pytest.raises(InvalidInput):
        await service.add_action_point(
            organizer, None, "Share the shelter map with the ministry.", "en", [], [proposed_id],
            None, TODAY,
        )  # fmt: skip
    # The organizer reports for no owner: allowed, and the trail records it.
    change = await service.report(organizer, item.id, FollowupLevel.MET, "Adopted.", render)
    assert change.for_organization_id is None
    async with db.read() as session:
        assert await session.scalar(select(func.count()).select_from(FollowupChange)) == 1


async def test_tracker_counts_overdue_and_silent_owners_and_forget_keeps_items(
    db: Database,
) -> None:
    outbox = OutboxService(db)
    service = FollowupService(db, outbox)
    await add_member(db, ORGANIZER_ID, role="organizer")
    organizer = await actor_of(db, ORGANIZER_ID)
    owner = await add_member(db, 6_972_001, name="Owner")
    owner_organization = await organization_of(db, owner)
    async with db.read() as session:
        sector_id = await session.scalar(select(Sector.id).where(Sector.code == "protection"))
    assert sector_id is not None
    first = await service.add_action_point(
        organizer, None, "Open the hotline in Duhok.", "en", [sector_id], [owner_organization],
        TODAY + timedelta(days=10), TODAY,
    )  # fmt: skip
    await service.add_action_point(
        organizer, None, "Train the judges on the new law.", "en", [sector_id],
        [owner_organization], None, TODAY,
    )  # fmt: skip
    await service.report(
        await actor_of(db, 6_972_001), first.id, FollowupLevel.EXCEEDED, "Open since May.", render
    )
    later = TODAY + timedelta(days=40)  # the first is reported; neither is overdue
    tracker = await service.tracker(later)
    assert tracker.total == 2
    assert tracker.by_sector[sector_id] == {"exceeded": 1, "not_reported": 1}
    assert tracker.silent_owners == {owner_organization: 1}
    assert tracker.overdue == []

    commitment = await service.propose_commitment(
        await actor_of(db, 6_972_001), "We will fund two shelters in 2027.", "en", [sector_id],
        [], None, TODAY,
    )  # fmt: skip
    assert (await service.for_reader(None, None, TODAY))[0].item.id != commitment.id  # pending

    await ErasureService(db, outbox).forget(owner, lambda locale: "deleted")
    async with db.read() as session:
        items = await session.scalar(select(func.count()).select_from(FollowupItem))
        change_by = await session.scalar(select(FollowupChange.by_id))
        followers = await session.scalar(select(func.count()).select_from(FollowupFollower))
    # The two tracked items stay, without her; her commitment nobody approved goes with her.
    assert items == 2 and change_by is None and followers == 0
