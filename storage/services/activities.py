"""Who does what where: an organization's programmes by sector, governorate and status, kept
current by its representatives; the sector x governorate coverage built from them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from storage.database import Database, get_locked
from storage.models import (
    Activity,
    ActivityGovernorate,
    ActivityStatus,
    Governorate,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
)
from storage.services.actors import Actor
from storage.services.dates import parse_day
from storage.services.errors import Forbidden, InvalidInput, NotFound
from storage.services.text import ascii_digits, clean_line

TITLE_MIN, TITLE_MAX = 3, 200


def parse_dates(text: str) -> tuple[date | None, date | None]:
    """ "2026-01-01 2026-12-31", one date (the start), or "-" for none."""
    parts = ascii_digits(text).split()
    if parts in ([], ["-"]):
        return None, None
    try:
        days = [parse_day(part) for part in parts[:2]]
    except ValueError:
        raise InvalidInput("activity-dates-invalid") from None
    if len(parts) > 2 or (len(days) == 2 and days[1] < days[0]):
        raise InvalidInput("activity-dates-invalid")
    return days[0], days[1] if len(days) == 2 else None


def check_title(text: str) -> str:
    title = clean_line(text)
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise InvalidInput("error-title-length", min=TITLE_MIN, max=TITLE_MAX, length=len(title))
    return title


@dataclass
class Coverage:
    """Per (sector id, governorate id): the organizations present (a planned or ongoing activity
    there, or an approved representative who works there) and the activities. A cell with no
    organization is a gap."""

    organizations: dict[tuple[int, int], set[int]] = field(default_factory=lambda: defaultdict(set))
    activities: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))

    def count(self, sector_id: int, governorate_id: int) -> int:
        return len(self.organizations.get((sector_id, governorate_id), ()))


@dataclass(frozen=True)
class CellBehind:
    activities: list[Activity]
    organizations: set[int]


class ActivityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add(
        self,
        by: Person,
        sector_id: int,
        title: str,
        governorates: Sequence[int],
        status: str,
        starts_on: date | None,
        ends_on: date | None,
    ) -> Activity:
        if by.organization_id is None or by.status != PersonStatus.APPROVED:
            raise Forbidden("activity-need-organization")
        title = check_title(title)
        if status not in set(ActivityStatus):
            raise InvalidInput("common-stale-button")
        if not governorates:
            raise InvalidInput("update-need-governorate")
        async with self.db.write() as session:
            activity = Activity(
                organization_id=by.organization_id,
                sector_id=sector_id,
                title=title,
                status=status,
                starts_on=starts_on,
                ends_on=ends_on,
                created_by_id=by.id,
            )
            session.add(activity)
            await session.flush()
            known = (
                await session.scalars(
                    select(Governorate.id).where(Governorate.id.in_(governorates))
                )
            ).all()
            session.add_all(
                ActivityGovernorate(activity_id=activity.id, governorate_id=g) for g in known
            )
            activity_id = activity.id
        return await self.get(activity_id)

    async def get(self, activity_id: int) -> Activity:
        async with self.db.read() as session:
            activity = await session.get(Activity, activity_id)
        if activity is None:
            raise NotFound("activity-gone")
        return activity

    async def of_organization(self, organization_id: int) -> list[Activity]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Activity)
                .where(Activity.organization_id == organization_id)
                .order_by(Activity.status.desc(), Activity.id)
            )
            return list(rows.all())

    async def set_status(self, by: Person, activity_id: int, status: str) -> Activity:
        """Its own organization's people keep an activity current; nobody else."""
        if status not in set(ActivityStatus):
            raise InvalidInput("common-stale-button")
        async with self.db.write() as session:
            activity = await get_locked(session, Activity, activity_id)
            if activity is None:
                raise NotFound("activity-gone")
            if activity.organization_id != by.organization_id:
                raise Forbidden("error-not-allowed")
            activity.status = status
        return await self.get(activity_id)

    async def remove(self, by: Person, activity_id: int) -> None:
        async with self.db.write() as session:
            activity = await session.get(Activity, activity_id)
            if activity is None:
                raise NotFound("activity-gone")
            if activity.organization_id != by.organization_id:
                raise Forbidden("error-not-allowed")
            await session.delete(activity)

    async def coverage(self, by: Actor) -> Coverage:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            rows = await session.execute(
                select(
                    Activity.sector_id, ActivityGovernorate.governorate_id, Activity.organization_id
                )
                .join(ActivityGovernorate, ActivityGovernorate.activity_id == Activity.id)
                .where(Activity.status != ActivityStatus.COMPLETED)
            )
            coverage = Coverage()
            for sector_id, governorate_id, organization_id in rows:
                coverage.organizations[(sector_id, governorate_id)].add(organization_id)
                coverage.activities[(sector_id, governorate_id)] += 1
            # Organizations also count where their approved representatives say they work.
            declared = await session.execute(
                select(
                    PersonSector.sector_id, PersonGovernorate.governorate_id, Person.organization_id
                )
                .join(PersonSector, PersonSector.person_id == Person.id)
                .join(PersonGovernorate, PersonGovernorate.person_id == Person.id)
                .where(Person.status == PersonStatus.APPROVED, Person.organization_id.is_not(None))
            )
            for sector_id, governorate_id, organization_id in declared:
                coverage.organizations[(sector_id, governorate_id)].add(organization_id)
            return coverage

    async def in_cell(self, by: Actor, sector_id: int, governorate_id: int) -> CellBehind:
        """What makes one coverage cell: the planned and ongoing activities there, and every
        organization counted in it (by an activity or a representative working there)."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            found = list(
                await session.scalars(
                    select(Activity)
                    .join(ActivityGovernorate, ActivityGovernorate.activity_id == Activity.id)
                    .where(
                        Activity.sector_id == sector_id,
                        ActivityGovernorate.governorate_id == governorate_id,
                        Activity.status != ActivityStatus.COMPLETED,
                    )
                    .order_by(Activity.title)
                )
            )
            declared = await session.scalars(
                select(Person.organization_id)
                .join(PersonSector, PersonSector.person_id == Person.id)
                .join(PersonGovernorate, PersonGovernorate.person_id == Person.id)
                .where(
                    Person.status == PersonStatus.APPROVED,
                    Person.organization_id.is_not(None),
                    PersonSector.sector_id == sector_id,
                    PersonGovernorate.governorate_id == governorate_id,
                )
                .distinct()
            )
            organizations = {a.organization_id for a in found} | {
                org for org in declared.all() if org is not None
            }
        return CellBehind(found, organizations)

    async def all(self) -> list[Activity]:
        async with self.db.read() as session:
            return list((await session.scalars(select(Activity).order_by(Activity.id))).all())
