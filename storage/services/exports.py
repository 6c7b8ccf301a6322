"""Tables organizers take away: actors, attendance, updates, activities. Column names are stable
identifiers (scripts and spreadsheets rely on them); values are in the organizer's language."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.database import Database
from storage.models import (
    Activity,
    ActivityGovernorate,
    Attendance,
    Meeting,
    Organization,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    SectorUpdate,
    SectorUpdateGovernorate,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.errors import Forbidden, InvalidInput
from storage.services.taxonomy import Taxonomy, Term

KINDS = ("actors", "attendance", "updates", "activities")


@dataclass
class Table:
    name: str
    headers: list[str]
    rows: list[list[str]]


def _names(terms: Sequence[Term | None], locale: str) -> str:
    return "; ".join(term.name(locale) for term in terms if term is not None)


class ExportService:
    def __init__(self, db: Database, taxonomy: Taxonomy, tz: ZoneInfo) -> None:
        self.db = db
        self.taxonomy = taxonomy
        self.tz = tz

    async def table(self, by: Actor, kind: str, locale: str) -> Table:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        if kind not in KINDS:
            raise InvalidInput("common-stale-button")
        build = {
            "actors": self._actors,
            "attendance": self._attendance,
            "updates": self._updates,
            "activities": self._activities,
        }[kind]
        table = await build(locale)
        async with self.db.write() as session:
            await audit(session, by, "export", target_kind=kind, rows=len(table.rows))
        return table

    def _type(self, type_id: int | None, locale: str) -> str:
        term = self.taxonomy.actor_type(type_id) if type_id else None
        return term.name(locale) if term else ""

    def _local(self, moment: datetime | None) -> str:
        return moment.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if moment else ""

    async def _links(self, model: type, owner: str, term: str) -> dict[int, list[int]]:
        async with self.db.read() as session:
            rows = await session.execute(select(getattr(model, owner), getattr(model, term)))
            links: dict[int, list[int]] = defaultdict(list)
            for owner_id, term_id in rows:
                links[owner_id].append(term_id)
            return links

    async def _actors(self, locale: str) -> Table:
        places = await self._links(PersonGovernorate, "person_id", "governorate_id")
        sectors = await self._links(PersonSector, "person_id", "sector_id")
        async with self.db.read() as session:
            people = (
                await session.scalars(
                    select(Person)
                    # People who registered: not those who only chose a language (an
                    # administrator who is no actor among them), nor the forgotten.
                    .where(
                        Person.status.in_(
                            (PersonStatus.PENDING, PersonStatus.APPROVED, PersonStatus.REJECTED)
                        ),
                        Person.telegram_id.is_not(None),
                    )
                    .order_by(Person.id)
                )
            ).all()
        rows = []
        for person in people:
            organization = person.organization
            rows.append(
                [
                    str(person.id),
                    person.full_name or "",
                    person.title or "",
                    organization.name(locale) if organization else "",
                    self._type(organization.actor_type_id if organization else None, locale),
                    _names([self.taxonomy.governorate(g) for g in places[person.id]], locale),
                    _names([self.taxonomy.sector(s) for s in sectors[person.id]], locale),
                    person.role,
                    person.status,
                    person.locale or "",
                    self._local(person.decided_at),
                ]
            )
        headers = [
            "id",
            "name",
            "title",
            "organization",
            "actor_type",
            "governorates",
            "sectors",
            "role",
            "status",
            "language",
            "approved_at",
        ]
        return Table("actors", headers, rows)

    async def _attendance(self, locale: str) -> Table:
        async with self.db.read() as session:
            rows = await session.execute(
                select(Meeting, Person, Organization, Attendance.method, Attendance.checked_in_at)
                .join(Attendance, Attendance.meeting_id == Meeting.id)
                .join(Person, Person.id == Attendance.person_id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .order_by(Meeting.starts_at, Person.id)
            )
            table = [
                [
                    str(meeting.id),
                    meeting.title(locale),
                    self._local(meeting.starts_at),
                    meeting.mode,
                    person.full_name or "",  # empty once the person deleted their data
                    organization.name(locale) if organization else "",
                    self._type(organization.actor_type_id if organization else None, locale),
                    method,
                    self._local(checked_in_at),
                ]
                for meeting, person, organization, method, checked_in_at in rows
            ]
        headers = [
            "meeting_id",
            "meeting",
            "starts_at",
            "mode",
            "name",
            "organization",
            "actor_type",
            "check_in",
            "checked_in_at",
        ]
        return Table("attendance", headers, table)

    async def _updates(self, locale: str) -> Table:
        places = await self._links(SectorUpdateGovernorate, "update_id", "governorate_id")
        async with self.db.read() as session:
            rows = await session.execute(
                select(SectorUpdate, Organization)
                .outerjoin(Organization, Organization.id == SectorUpdate.organization_id)
                .order_by(SectorUpdate.id)
            )
            table = []
            for update, organization in rows:
                sector = self.taxonomy.sector(update.sector_id)
                table.append(
                    [
                        str(update.id),
                        self._local(update.created_at),
                        sector.name(locale) if sector else "",
                        update.kind,
                        self._type(update.actor_type_id, locale),
                        organization.name(locale) if organization else "",
                        "yes" if update.anonymous else "no",
                        _names([self.taxonomy.governorate(g) for g in places[update.id]], locale),
                        update.status,
                        update.text(locale),
                        ", ".join(sorted(update.texts)),
                        update.link or "",
                    ]
                )
        headers = [
            "id",
            "submitted_at",
            "sector",
            "kind",
            "level",
            "organization",
            "anonymous",
            "governorates",
            "status",
            "text",
            "languages",
            "link",
        ]
        return Table("updates", headers, table)

    async def _activities(self, locale: str) -> Table:
        places = await self._links(ActivityGovernorate, "activity_id", "governorate_id")
        async with self.db.read() as session:
            rows = await session.execute(
                select(Activity, Organization)
                .join(Organization, Organization.id == Activity.organization_id)
                .order_by(Activity.id)
            )
            table = []
            for activity, organization in rows:
                sector = self.taxonomy.sector(activity.sector_id)
                table.append(
                    [
                        str(activity.id),
                        organization.name(locale),
                        self._type(organization.actor_type_id, locale),
                        sector.name(locale) if sector else "",
                        activity.title,
                        activity.status,
                        _names([self.taxonomy.governorate(g) for g in places[activity.id]], locale),
                        activity.starts_on.isoformat() if activity.starts_on else "",
                        activity.ends_on.isoformat() if activity.ends_on else "",
                        self._local(activity.updated_at),
                    ]
                )
        headers = [
            "id",
            "organization",
            "actor_type",
            "sector",
            "title",
            "status",
            "governorates",
            "starts_on",
            "ends_on",
            "updated_at",
        ]
        return Table("activities", headers, table)
