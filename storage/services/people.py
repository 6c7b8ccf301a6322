"""People: registration, review by organizers, roles, profile edits and deletion on request."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from storage.database import Database, get_locked
from storage.models import (
    Administrator,
    Governorate,
    Organization,
    OrganizationStatus,
    Person,
    PersonEvent,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    ReviewCard,
    Role,
    Sector,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.organizations import create_proposed_organization
from storage.services.person_loading import load_person
from storage.services.text import clean_line
from storage.types import utcnow

NAME_MIN, NAME_MAX = 2, 100
WITH_LINKS = (selectinload(Person.governorates), selectinload(Person.sectors))
TITLE_MIN, TITLE_MAX = 2, 100
REASON_MAX = 500
# Each registration sends a card to every organizer: a few a day are plenty for a person.
REGISTRATIONS_PER_DAY = 3
ORGANIZATION_PROPOSALS_PER_DAY = 2


@dataclass
class RegistrationDraft:
    """What the registration dialog collects; lives in FSM data until submitted."""

    full_name: str = ""
    organization_id: int | None = None
    new_organization_name: str | None = None
    new_organization_type_id: int | None = None
    governorate_ids: list[int] = field(default_factory=list)
    sector_ids: list[int] = field(default_factory=list)
    title: str = ""
    editing: bool = False  # one field asked again from the summary: its answer returns there

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RegistrationDraft:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    def to_data(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def validate_full_name(text: str) -> str:
    return _validate_line(text, NAME_MIN, NAME_MAX, "error-name-length")


def validate_title(text: str) -> str:
    return _validate_line(text, TITLE_MIN, TITLE_MAX, "error-title-length")


def validate_reason(text: str) -> str:
    return _validate_line(text, 1, REASON_MAX, "error-reason-length")


def _validate_line(text: str, minimum: int, maximum: int, key: str) -> str:
    value = clean_line(text)
    if not minimum <= len(value) <= maximum:
        raise InvalidInput(key, min=minimum, max=maximum, length=len(value))
    return value


# Administrators added or removed with `tansiq admin` count in running processes this late.
ADMINS_FRESH_SECONDS = 10.0


class PeopleService:
    def __init__(
        self,
        db: Database,
        admin_ids: Iterable[int] = (),
        admins_fresh_seconds: float = ADMINS_FRESH_SECONDS,
    ) -> None:
        self.db = db
        self.admins_fresh_seconds = admins_fresh_seconds
        self.configured_admin_ids = frozenset(admin_ids)
        self._stored_admin_ids: frozenset[int] = frozenset()
        self._admins_read_at = -ADMINS_FRESH_SECONDS

    @property
    def admin_ids(self) -> frozenset[int]:
        """ADMIN_IDS and the administrators stored by `tansiq admin add`, as last read."""
        return self.configured_admin_ids | self._stored_admin_ids

    async def refresh_admins(self, max_age: float | None = None) -> frozenset[int]:
        """Reads the stored administrators again when the last reading is older than max_age
        (admins_fresh_seconds by default: once in that time, not once per update)."""
        now = time.monotonic()
        if now - self._admins_read_at >= (
            self.admins_fresh_seconds if max_age is None else max_age
        ):
            async with self.db.read() as session:
                stored = await session.scalars(select(Administrator.telegram_id))
                self._stored_admin_ids = frozenset(stored)
            self._admins_read_at = now
        return self.admin_ids

    # --- look-ups -------------------------------------------------------------------------

    async def by_telegram_id(self, telegram_id: int) -> Person | None:
        """The person (detached, as from a closed session), looked up on every update."""
        return await load_person(self.db, telegram_id=telegram_id)

    async def get(self, person_id: int) -> Person:
        """The person with everything a card shows (governorates and sectors included)."""
        person = await load_person(self.db, person_id=person_id, links=True)
        if person is None or person.status == PersonStatus.FORGOTTEN:
            raise NotFound("error-person-not-found")
        return person

    async def actor(self, telegram_id: int) -> Actor:
        admin_ids = await self.refresh_admins()
        return Actor.of(await self.by_telegram_id(telegram_id), telegram_id, admin_ids)

    async def pending(self, limit: int = 20) -> tuple[list[Person], int]:
        async with self.db.read() as session:
            query = select(Person).where(Person.status == PersonStatus.PENDING)
            total = await session.scalar(select(func.count()).select_from(query.subquery()))
            rows = await session.scalars(
                query.options(*WITH_LINKS).order_by(Person.submitted_at).limit(limit)
            )
            return list(rows), int(total or 0)

    async def search(self, text: str, limit: int = 10) -> list[Person]:
        """Registered people by name, @username or Telegram id (for role management)."""
        text = text.strip()
        async with self.db.read() as session:
            query = select(Person).where(
                Person.status.in_([PersonStatus.APPROVED, PersonStatus.PENDING])
            )
            if text.lstrip("-").isdigit():
                query = query.where(Person.telegram_id == int(text))
            elif text.startswith("@"):
                query = query.where(func.lower(Person.username) == text[1:].lower())
            else:
                needle = f"%{text.lower()}%"
                query = query.where(
                    or_(func.lower(Person.full_name).like(needle), Person.full_name.like(needle))
                )
            return list(await session.scalars(query.order_by(Person.full_name).limit(limit)))

    async def with_role(self, role: Role) -> list[Person]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Person)
                .where(Person.role == role, Person.status == PersonStatus.APPROVED)
                .order_by(Person.full_name)
            )
            return list(rows)

    async def reviewers(self) -> list[tuple[int, str | None]]:
        """Telegram ids and locales of those who review registrations: organizers and admins."""
        admin_ids = await self.refresh_admins()
        async with self.db.read() as session:
            rows = await session.execute(
                select(Person.telegram_id, Person.locale, Person.reachable).where(
                    Person.telegram_id.is_not(None),
                    or_(
                        (Person.role == Role.ORGANIZER) & (Person.status == PersonStatus.APPROVED),
                        Person.telegram_id.in_(admin_ids or {0}),
                    ),
                )
            )
            found = {tid: (locale, reachable) for tid, locale, reachable in rows}
        result = [(tid, locale) for tid, (locale, reachable) in found.items() if reachable]
        # Admins who never opened the bot still get cards (Telegram refuses if they cannot).
        result += [(tid, None) for tid in sorted(admin_ids) if tid not in found]
        return result

    # --- first contact --------------------------------------------------------------------

    async def ensure(self, telegram_id: int, username: str | None = None) -> Person:
        async with self.db.write() as session:
            person = await session.scalar(select(Person).where(Person.telegram_id == telegram_id))
            if person is None:
                person = Person(telegram_id=telegram_id, username=username)
                session.add(person)
            else:
                if username != person.username:
                    person.username = username
                person.reachable = True
            await session.flush()
            await session.refresh(person)
            return person

    async def set_locale(self, person_id: int, locale: str) -> None:
        async with self.db.write() as session:
            await session.execute(
                update(Person).where(Person.id == person_id).values(locale=locale)
            )

    async def accept_consent(self, person_id: int) -> None:
        async with self.db.write() as session:
            await session.execute(
                update(Person).where(Person.id == person_id).values(consent_at=utcnow())
            )

    async def set_reachable(self, telegram_id: int, reachable: bool) -> None:
        async with self.db.write() as session:
            await session.execute(
                update(Person).where(Person.telegram_id == telegram_id).values(reachable=reachable)
            )

    # --- registration ---------------------------------------------------------------------

    async def submit_registration(self, person_id: int, draft: RegistrationDraft) -> Person:
        full_name = validate_full_name(draft.full_name)
        title = validate_title(draft.title)
        if not draft.governorate_ids:
            raise InvalidInput("error-pick-one")
        if not draft.sector_ids:
            raise InvalidInput("error-pick-one")
        async with self.db.write() as session:
            person = await _locked_person(session, person_id)
            if person is None or person.status == PersonStatus.FORGOTTEN:
                raise NotFound("error-person-not-found")
            if person.status == PersonStatus.PENDING:
                raise Conflict("registration-already-pending")
            if person.status == PersonStatus.APPROVED:
                raise Conflict("registration-already-approved")
            if person.consent_at is None:
                raise Forbidden("registration-consent-missing")
            proposing = draft.organization_id is None
            await _within_daily_limit(
                session, person.id, "registration", REGISTRATIONS_PER_DAY, "registration-too-many"
            )
            if proposing:
                await _within_daily_limit(
                    session, person.id, "proposal", ORGANIZATION_PROPOSALS_PER_DAY,
                    "registration-too-many-proposals",
                )  # fmt: skip

            if draft.organization_id is not None:
                organization = await session.get(Organization, draft.organization_id)
                if organization is None or organization.status == OrganizationStatus.REJECTED:
                    raise InvalidInput("error-organization-gone")
            elif draft.new_organization_name and draft.new_organization_type_id:
                organization = await create_proposed_organization(
                    session,
                    draft.new_organization_name,
                    person.locale or "en",
                    draft.new_organization_type_id,
                    proposed_by_id=person.id,
                )
            else:
                raise InvalidInput("error-organization-missing")

            session.add(PersonEvent(person_id=person.id, kind="registration"))
            if proposing and organization.proposed_by_id == person.id:
                session.add(PersonEvent(person_id=person.id, kind="proposal"))
            person.full_name = full_name
            person.title = title
            person.organization_id = organization.id
            person.status = PersonStatus.PENDING
            person.submitted_at = utcnow()
            person.rejection_reason = None
            person.decided_at = None
            person.decided_by_id = None
            await _replace_links(session, person.id, draft.governorate_ids, draft.sector_ids)
            await session.flush()
        return await self.get(person_id)

    async def add_review_card(self, person_id: int, chat_id: int, message_id: int) -> None:
        """A registration card shown in an organizer's chat (/pending): it shows the decision,
        and says the data was deleted if the person asks /forget."""
        await self.remember_note(person_id, chat_id, message_id, kind="card")

    async def remember_note(
        self, person_id: int, chat_id: int, message_id: int, kind: str = "note"
    ) -> None:
        """A message in an organizer's chat that names the person: edited on /forget."""
        async with self.db.write() as session:
            if kind == "card":  # one live card per organizer: the newest
                await session.execute(
                    delete(ReviewCard).where(
                        ReviewCard.person_id == person_id,
                        ReviewCard.chat_id == chat_id,
                        ReviewCard.kind == "card",
                    )
                )
            await session.execute(
                delete(ReviewCard).where(
                    ReviewCard.chat_id == chat_id, ReviewCard.message_id == message_id
                )
            )
            session.add(
                ReviewCard(person_id=person_id, chat_id=chat_id, message_id=message_id, kind=kind)
            )

    async def review_cards(self, person_id: int) -> list[tuple[int, int]]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(ReviewCard.chat_id, ReviewCard.message_id).where(
                    ReviewCard.person_id == person_id, ReviewCard.kind == "card"
                )
            )
            return [(chat_id, message_id) for chat_id, message_id in rows]

    async def approve(self, person_id: int, by: Actor) -> Person:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            person = await self._pending_for_decision(session, person_id)
            person.status = PersonStatus.APPROVED
            person.decided_at = utcnow()
            person.decided_by_id = by.person_id
            if person.organization and person.organization.status == OrganizationStatus.PENDING:
                # A proposed organization is approved together with its first representative.
                person.organization.status = OrganizationStatus.APPROVED
            await audit(
                session, by, "registration.approve", target_kind="person",
                target_person_id=person.id,
            )  # fmt: skip
        return await self.get(person_id)

    async def reject(self, person_id: int, by: Actor, reason: str) -> Person:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        reason = validate_reason(reason)
        async with self.db.write() as session:
            person = await self._pending_for_decision(session, person_id)
            person.status = PersonStatus.REJECTED
            person.decided_at = utcnow()
            person.decided_by_id = by.person_id
            person.rejection_reason = reason
            organization = person.organization
            if organization is not None and organization.status == OrganizationStatus.PENDING:
                others = await session.scalar(
                    select(func.count())
                    .select_from(Person)
                    .where(Person.organization_id == organization.id, Person.id != person.id)
                )
                if not others:
                    organization.status = OrganizationStatus.REJECTED
            await audit(
                session, by, "registration.reject", target_kind="person",
                target_person_id=person.id,
            )  # fmt: skip
        return await self.get(person_id)

    async def pending_person(self, person_id: int) -> Person:
        """The person, if their registration still waits for a decision."""
        async with self.db.read() as session:
            return await self._pending_for_decision(session, person_id)

    async def _pending_for_decision(self, session: AsyncSession, person_id: int) -> Person:
        person = await _locked_person(session, person_id)
        if person is None or person.status == PersonStatus.FORGOTTEN:
            raise NotFound("error-person-not-found")
        if person.status != PersonStatus.PENDING:
            decider = (
                await session.get(Person, person.decided_by_id) if person.decided_by_id else None
            )
            raise Conflict(
                "review-already-decided",
                status=person.status,
                by=(decider.full_name if decider and decider.full_name else "-"),
            )
        return person

    # --- roles ----------------------------------------------------------------------------

    async def set_role(self, person_id: int, role: Role, by: Actor) -> Person:
        if not by.is_admin:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            person = await _locked_person(session, person_id)
            if person is None or person.status == PersonStatus.FORGOTTEN:
                raise NotFound("error-person-not-found")
            if person.status != PersonStatus.APPROVED:
                raise Conflict("roles-not-approved")
            previous, person.role = person.role, role
            await audit(
                session, by, "role.set", target_kind="person", target_person_id=person.id,
                role=str(role), previous=str(previous),
            )  # fmt: skip
        return await self.get(person_id)

    # --- profile --------------------------------------------------------------------------

    async def update_name(self, person_id: int, text: str) -> Person:
        return await self._update_fields(person_id, full_name=validate_full_name(text))

    async def update_title(self, person_id: int, text: str) -> Person:
        return await self._update_fields(person_id, title=validate_title(text))

    async def update_governorates(self, person_id: int, ids: Sequence[int]) -> Person:
        if not ids:
            raise InvalidInput("error-pick-one")
        async with self.db.write() as session:
            await _replace_links(session, person_id, ids, None)
        return await self.get(person_id)

    async def update_sectors(self, person_id: int, ids: Sequence[int]) -> Person:
        if not ids:
            raise InvalidInput("error-pick-one")
        async with self.db.write() as session:
            await _replace_links(session, person_id, None, ids)
        return await self.get(person_id)

    async def _update_fields(self, person_id: int, **values: Any) -> Person:
        # One statement: a bare connection is enough, no session to set up.
        async with self.db.quick_write() as connection:
            await connection.execute(update(Person).where(Person.id == person_id).values(**values))
        return await self.get(person_id)


async def _replace_links(
    session: AsyncSession,
    person_id: int,
    governorate_ids: Sequence[int] | None,
    sector_ids: Sequence[int] | None,
) -> None:
    if governorate_ids is not None:
        valid = set(
            await session.scalars(select(Governorate.id).where(Governorate.id.in_(governorate_ids)))
        )
        await session.execute(
            delete(PersonGovernorate).where(PersonGovernorate.person_id == person_id)
        )
        session.add_all(PersonGovernorate(person_id=person_id, governorate_id=g) for g in valid)
    if sector_ids is not None:
        valid = set(await session.scalars(select(Sector.id).where(Sector.id.in_(sector_ids))))
        await session.execute(delete(PersonSector).where(PersonSector.person_id == person_id))
        session.add_all(PersonSector(person_id=person_id, sector_id=s) for s in valid)


async def _within_daily_limit(
    session: AsyncSession, person_id: int, kind: str, limit: int, key: str
) -> None:
    since = utcnow() - timedelta(days=1)
    done = await session.scalar(
        select(func.count())
        .select_from(PersonEvent)
        .where(PersonEvent.person_id == person_id, PersonEvent.kind == kind, PersonEvent.at > since)
    )
    if int(done or 0) >= limit:
        raise Conflict(key, count=limit)


async def _locked_person(session: AsyncSession, person_id: int) -> Person | None:
    """The person, with their row locked until the transaction ends."""
    return await get_locked(session, Person, person_id)
