"""Who receives a send: approved people, narrowed by actor type, governorate, sector, role, and
a meeting's invitees or attendees.

Choices within one dimension widen (Baghdad or Basra); dimensions narrow each other (Baghdad
and Protection). No choice at all means everyone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Attendance,
    Organization,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    Role,
    Rsvp,
)


@dataclass
class Audience:
    actor_types: list[int] = field(default_factory=list)
    governorates: list[int] = field(default_factory=list)
    sectors: list[int] = field(default_factory=list)
    advisory: bool = False
    newsletter_subscribers: bool = False
    meeting_id: int | None = None
    meeting_scope: str = "invitees"  # or "attendees"

    @property
    def everyone(self) -> bool:
        return not (
            self.actor_types
            or self.governorates
            or self.sectors
            or self.advisory
            or self.meeting_id is not None
        )

    def to_data(self) -> dict[str, Any]:
        return {
            "actor_types": list(self.actor_types),
            "governorates": list(self.governorates),
            "sectors": list(self.sectors),
            "advisory": self.advisory,
            "newsletter_subscribers": self.newsletter_subscribers,
            "meeting_id": self.meeting_id,
            "meeting_scope": self.meeting_scope,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> Audience:
        data = data or {}
        return cls(
            actor_types=[int(x) for x in data.get("actor_types", [])],
            governorates=[int(x) for x in data.get("governorates", [])],
            sectors=[int(x) for x in data.get("sectors", [])],
            advisory=bool(data.get("advisory")),
            newsletter_subscribers=bool(data.get("newsletter_subscribers")),
            meeting_id=int(data["meeting_id"]) if data.get("meeting_id") is not None else None,
            meeting_scope=("attendees" if data.get("meeting_scope") == "attendees" else "invitees"),
        )


@dataclass(frozen=True, slots=True)
class Recipient:
    person_id: int
    telegram_id: int
    locale: str | None
    newsletter_locale: str | None


def audience_query(audience: Audience) -> Select[Any]:
    query = (
        select(Person.id, Person.telegram_id, Person.locale, Person.newsletter_locale)
        .where(Person.status == PersonStatus.APPROVED, Person.telegram_id.is_not(None))
        .order_by(Person.id)
    )
    if audience.actor_types:
        query = query.join(Organization, Organization.id == Person.organization_id).where(
            Organization.actor_type_id.in_(audience.actor_types)
        )
    if audience.governorates:
        query = query.where(
            exists().where(
                PersonGovernorate.person_id == Person.id,
                PersonGovernorate.governorate_id.in_(audience.governorates),
            )
        )
    if audience.sectors:
        query = query.where(
            exists().where(
                PersonSector.person_id == Person.id, PersonSector.sector_id.in_(audience.sectors)
            )
        )
    if audience.advisory:
        query = query.where(Person.role == Role.ADVISORY)
    if audience.newsletter_subscribers:
        query = query.where(Person.newsletter.is_(True))
    if audience.meeting_id is not None:
        if audience.meeting_scope == "attendees":
            query = query.where(
                exists().where(
                    Attendance.person_id == Person.id,
                    Attendance.meeting_id == audience.meeting_id,
                )
            )
        else:
            query = query.where(
                exists().where(Rsvp.person_id == Person.id, Rsvp.meeting_id == audience.meeting_id)
            )
    return query


async def recipients(session: AsyncSession, audience: Audience) -> list[Recipient]:
    rows = await session.execute(audience_query(audience))
    return [Recipient(*row) for row in rows]


def by_language(people: list[Recipient], default_locale: str) -> Counter[str]:
    return Counter(person.locale or default_locale for person in people)
