"""Organizations: search by name in any of the three languages, and proposals of new ones."""

from __future__ import annotations

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.models import (
    Activity,
    ActivityStatus,
    ActorType,
    DirectoryEntry,
    Organization,
    OrganizationStatus,
    Person,
    PersonStatus,
    SectorUpdate,
)
from storage.services.errors import InvalidInput
from storage.services.taxonomy import organization_search_key
from storage.services.text import clean_line, fold_for_search

ORG_NAME_MIN, ORG_NAME_MAX = 2, 150
QUERY_MIN = 2
# Anyone on Telegram can start registering: what they may see of the approved organizations is
# kept small. At least this many letters, names that begin with what was typed, a few results.
REGISTRATION_QUERY_MIN = 3
REGISTRATION_RESULTS = 5


def validate_organization_name(text: str) -> str:
    value = clean_line(text)
    if not ORG_NAME_MIN <= len(value) <= ORG_NAME_MAX:
        raise InvalidInput(
            "error-organization-name-length", min=ORG_NAME_MIN, max=ORG_NAME_MAX, length=len(value)
        )
    return value


class OrganizationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def search(self, text: str, limit: int = 8) -> list[Organization]:
        """Approved organizations whose name, in any language, contains every word typed."""
        words = fold_for_search(text).split()
        if not words or sum(len(w) for w in words) < QUERY_MIN:
            raise InvalidInput("error-search-too-short", min=QUERY_MIN)
        async with self.db.read() as session:
            query = select(Organization).where(Organization.status == OrganizationStatus.APPROVED)
            for word in words[:6]:
                escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                query = query.where(Organization.search_key.like(f"%{escaped}%", escape="\\"))
            rows = await session.scalars(query.order_by(Organization.id).limit(limit))
            return list(rows)

    async def search_for_registration(self, text: str) -> list[Organization]:
        """For someone registering, not yet approved: approved organizations with a word that
        begins with each word typed (at least three letters in all), at most a few; never one
        that a person proposed when registering and that is known only through them, while
        they are not listed in the directory (its name would tell that they use Tansiq)."""
        words = fold_for_search(text).split()
        if not words or sum(len(w) for w in words) < REGISTRATION_QUERY_MIN:
            raise InvalidInput("error-search-too-short", min=REGISTRATION_QUERY_MIN)
        representatives = (
            select(func.count())
            .select_from(Person)
            .where(
                Person.organization_id == Organization.id, Person.status == PersonStatus.APPROVED
            )
            .scalar_subquery()
        )
        listed = (
            select(Person.id)
            .join(DirectoryEntry, DirectoryEntry.person_id == Person.id)
            .where(
                Person.organization_id == Organization.id, Person.status == PersonStatus.APPROVED
            )
            .exists()
        )
        active = (
            select(Activity.id)
            .where(
                Activity.organization_id == Organization.id,
                Activity.status.in_((ActivityStatus.PLANNED, ActivityStatus.ONGOING)),
            )
            .exists()
        )
        query = select(Organization).where(
            Organization.status == OrganizationStatus.APPROVED,
            # On the mechanism's own list (not proposed by someone registering), or known
            # through more than its one representative.
            or_(Organization.proposed_by_id.is_(None), representatives != 1, listed, active),
        )
        for word in words[:6]:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(
                or_(
                    Organization.search_key.like(f"{escaped}%", escape="\\"),
                    Organization.search_key.like(f"% {escaped}%", escape="\\"),
                    Organization.search_key.like(f"%({escaped}%", escape="\\"),
                )
            )
        async with self.db.read() as session:
            rows = await session.scalars(
                query.order_by(Organization.id).limit(REGISTRATION_RESULTS)
            )
            return list(rows)

    async def get(self, organization_id: int) -> Organization | None:
        async with self.db.read() as session:
            return await session.get(Organization, organization_id)


async def create_proposed_organization(
    session: AsyncSession,
    name: str,
    locale: str,
    actor_type_id: int,
    proposed_by_id: int | None = None,
) -> Organization:
    """A new organization waits for approval together with the person who proposed it."""
    name = validate_organization_name(name)
    if await session.get(ActorType, actor_type_id) is None:
        raise InvalidInput("error-organization-missing")
    folded = fold_for_search(name)
    # The same name proposed twice (a double tap, two colleagues) is one organization.
    for existing in await session.scalars(
        select(Organization).where(
            Organization.search_key.like(f"%{folded}%"),
            Organization.status != OrganizationStatus.REJECTED,
        )
    ):
        if folded in {fold_for_search(n) for n in existing.names.values()}:
            return existing
    names = {locale: name}
    organization = Organization(
        names=names,
        search_key=organization_search_key(names),
        actor_type_id=actor_type_id,
        status=OrganizationStatus.PENDING,
        proposed_by_id=proposed_by_id,
    )
    session.add(organization)
    await session.flush()
    return organization


async def forget_proposer(session: AsyncSession, person: Person) -> bool:
    """/forget: an organization the person proposed goes too when nobody else represents it."""
    organization_id = person.organization_id
    if organization_id is None:
        return False
    organization = await session.get(Organization, organization_id)
    if organization is None or organization.proposed_by_id != person.id:
        return False
    others = await session.scalar(
        select(func.count())
        .select_from(Person)
        .where(and_(Person.organization_id == organization_id, Person.id != person.id))
    )
    if others:
        return False
    await session.execute(
        update(SectorUpdate)
        .where(SectorUpdate.organization_id == organization_id)
        .values(organization_id=None, anonymous=True)
    )
    await session.execute(update(Person).where(Person.id == person.id).values(organization_id=None))
    await session.execute(delete(Organization).where(Organization.id == organization_id))
    return True
