"""The directory: who works on what where, for approved members.

Organizations are found by name (in any of the three languages), sector, governorate and actor
type; an organization's card shows its type, governorates, sectors, current activities and the
representatives who chose to be listed, with only what each chose to show. Nothing about a
person reaches other members without that choice; Telegram ids, usernames and phone numbers are
never part of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select

from storage.database import Database
from storage.models import (
    Activity,
    ActivityGovernorate,
    ActivityStatus,
    DirectoryEntry,
    Organization,
    OrganizationStatus,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
)
from storage.services.actors import Actor
from storage.services.errors import Forbidden, NotFound
from storage.services.text import fold_for_search

SETTINGS = ("show_name", "show_title", "accepts_requests", "share_username")
RESULTS_MAX = 8  # a page of results: eight buttons read on a phone without scrolling


@dataclass(frozen=True, slots=True)
class Listed:
    """A listed representative as other members see them: None where they chose not to show."""

    person_id: int
    name: str | None
    title: str | None
    accepts_requests: bool


@dataclass
class OrganizationCard:
    organization: Organization
    governorate_ids: set[int] = field(default_factory=set)
    sector_ids: set[int] = field(default_factory=set)
    activities: list[Activity] = field(default_factory=list)
    people: list[Listed] = field(default_factory=list)


def _may_read(by: Actor) -> None:
    if not (by.approved or by.is_organizer):
        raise Forbidden("error-not-allowed")


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- one's own entry ------------------------------------------------------------------

    async def entry(self, person_id: int) -> DirectoryEntry | None:
        async with self.db.read() as session:
            return await session.get(DirectoryEntry, person_id)

    async def set_listed(self, by: Actor, listed: bool) -> DirectoryEntry | None:
        """Listed from now on (showing name and title, taking no requests until they say so),
        or taken out of the directory."""
        if by.person_id is None or not by.approved:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            if not listed:
                await session.execute(
                    delete(DirectoryEntry).where(DirectoryEntry.person_id == by.person_id)
                )
                return None
            entry = await session.get(DirectoryEntry, by.person_id)
            if entry is None:
                entry = DirectoryEntry(person_id=by.person_id)
                session.add(entry)
                await session.flush()
            return entry

    async def toggle(self, by: Actor, setting: str) -> DirectoryEntry:
        if setting not in SETTINGS or by.person_id is None:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            entry = await session.get(DirectoryEntry, by.person_id)
            if entry is None:  # a button of an earlier listing
                raise NotFound("directory-not-listed")
            setattr(entry, setting, not getattr(entry, setting))
            return entry

    # --- reading --------------------------------------------------------------------------

    async def search(
        self,
        by: Actor,
        *,
        text: str | None = None,
        sector_id: int | None = None,
        governorate_id: int | None = None,
        actor_type_id: int | None = None,
        offset: int = 0,
        limit: int = RESULTS_MAX,
    ) -> tuple[list[Organization], int]:
        """Approved organizations matching every filter given: a name (every word, in any of
        the three languages), a sector or governorate where one of its listed representatives
        or current activities works (never an unlisted person's), an actor type. One page of
        them (`limit` from `offset`, by id), with how many there are in all."""
        _may_read(by)
        query = select(Organization).where(Organization.status == OrganizationStatus.APPROVED)
        if text:
            for word in fold_for_search(text).split()[:6]:
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                query = query.where(Organization.search_key.like(f"%{escaped}%", escape="\\"))
        if actor_type_id is not None:
            query = query.where(Organization.actor_type_id == actor_type_id)
        current = (ActivityStatus.PLANNED, ActivityStatus.ONGOING)
        if sector_id is not None:
            query = query.where(
                Organization.id.in_(
                    select(Person.organization_id)
                    .join(PersonSector, PersonSector.person_id == Person.id)
                    .join(DirectoryEntry, DirectoryEntry.person_id == Person.id)
                    .where(
                        PersonSector.sector_id == sector_id, Person.status == PersonStatus.APPROVED
                    )
                    .union(
                        select(Activity.organization_id).where(
                            Activity.sector_id == sector_id, Activity.status.in_(current)
                        )
                    )
                )
            )
        if governorate_id is not None:
            query = query.where(
                Organization.id.in_(
                    select(Person.organization_id)
                    .join(PersonGovernorate, PersonGovernorate.person_id == Person.id)
                    .join(DirectoryEntry, DirectoryEntry.person_id == Person.id)
                    .where(
                        PersonGovernorate.governorate_id == governorate_id,
                        Person.status == PersonStatus.APPROVED,
                    )
                    .union(
                        select(Activity.organization_id)
                        .join(ActivityGovernorate, ActivityGovernorate.activity_id == Activity.id)
                        .where(
                            ActivityGovernorate.governorate_id == governorate_id,
                            Activity.status.in_(current),
                        )
                    )
                )
            )
        async with self.db.read() as session:
            total = await session.scalar(select(func.count()).select_from(query.subquery()))
            found = list(
                await session.scalars(query.order_by(Organization.id).offset(offset).limit(limit))
            )
        return found, int(total or 0)

    async def card(self, by: Actor, organization_id: int) -> OrganizationCard:
        _may_read(by)
        async with self.db.read() as session:
            organization = await session.get(Organization, organization_id)
            if organization is None or organization.status != OrganizationStatus.APPROVED:
                raise NotFound("directory-organization-gone")
            card = OrganizationCard(organization)
            # Where it works comes from those who chose to be listed and from its current
            # activities: an unlisted person's places would tell where they are.
            people = list(
                await session.scalars(
                    select(Person.id)
                    .join(DirectoryEntry, DirectoryEntry.person_id == Person.id)
                    .where(
                        Person.organization_id == organization_id,
                        Person.status == PersonStatus.APPROVED,
                    )
                )
            )
            card.governorate_ids = set(
                await session.scalars(
                    select(PersonGovernorate.governorate_id).where(
                        PersonGovernorate.person_id.in_(people)
                    )
                )
            )
            card.sector_ids = set(
                await session.scalars(
                    select(PersonSector.sector_id).where(PersonSector.person_id.in_(people))
                )
            )
            card.activities = list(
                await session.scalars(
                    select(Activity)
                    .where(
                        Activity.organization_id == organization_id,
                        Activity.status.in_((ActivityStatus.PLANNED, ActivityStatus.ONGOING)),
                    )
                    .order_by(Activity.id)
                )
            )
            for activity in card.activities:
                card.sector_ids.add(activity.sector_id)
                card.governorate_ids.update(g.id for g in activity.governorates)
            rows = await session.execute(
                select(Person.id, Person.full_name, Person.title, DirectoryEntry)
                .join(DirectoryEntry, DirectoryEntry.person_id == Person.id)
                .where(
                    Person.organization_id == organization_id,
                    Person.status == PersonStatus.APPROVED,
                )
                .order_by(Person.id)
            )
            card.people = [
                Listed(
                    person_id,
                    name if entry.show_name else None,
                    title if entry.show_title else None,
                    entry.accepts_requests,
                )
                for person_id, name, title, entry in rows
            ]
        return card
