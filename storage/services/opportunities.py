"""Opportunities: calls for proposals, trainings, jobs, funding, events and others.

Any approved member or organizer posts one (a title, a text within its limit, a link or a
document, sectors, governorates, a deadline); organizers review them in a queue, as updates. An
approved opportunity reaches the members it matches, each as they chose in /subscribe: at once,
in a weekly digest (the default), or not at all. Nothing reaches a person twice. A member saves
one and is reminded once, REMIND_DAYS before its deadline; it closes after that day.

A person matches where the opportunity names none of the sectors (or governorates), where they
named none themselves, or where the two share one; both must hold."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    Governorate,
    Opportunity,
    OpportunityChoice,
    OpportunityDelivery,
    OpportunityGovernorate,
    OpportunityKind,
    OpportunitySave,
    OpportunitySector,
    OpportunityStatus,
    Person,
    PersonEvent,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    Sector,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.dates import parse_day
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.text import clean_text
from storage.services.validation import validate_link
from storage.types import utcnow

TITLE_MIN, TITLE_MAX = 5, 120
TEXT_MIN, TEXT_MAX = 20, 1200
REASON_MIN, REASON_MAX = 5, 500
POSTS_PER_DAY = 3  # a flood of posts is refused, with how many a day
DEADLINE_MAX_DAYS = 730
REMIND_DAYS = 3
DIGEST_WEEKDAY = 6  # Sunday, the first day of the working week in Iraq
DIGEST_HOUR = 9  # local time
DIGEST_MAX = 10  # opportunities in one digest (the rest in /opportunities)
LIST_MAX = 8  # a page of the list: eight buttons read on a phone without scrolling
BATCH = 200  # people (digests) or saves (reminders) to a transaction
DELIVERIES = ("now", "weekly", "off")
DEFAULT_DELIVERY = "weekly"
KINDS = tuple(OpportunityKind)


def check_title(text: str) -> str:
    title = " ".join(clean_text(text).split())
    if len(title) > TITLE_MAX:
        raise InvalidInput(
            "opportunity-title-too-long",
            max=TITLE_MAX,
            length=len(title),
            over=len(title) - TITLE_MAX,
        )
    if len(title) < TITLE_MIN:
        raise InvalidInput("opportunity-title-too-short", min=TITLE_MIN)
    return title


def check_text(text: str) -> str:
    body = clean_text(text)
    if len(body) > TEXT_MAX:
        raise InvalidInput(
            "opportunity-text-too-long", max=TEXT_MAX, length=len(body), over=len(body) - TEXT_MAX
        )
    if len(body) < TEXT_MIN:
        raise InvalidInput("opportunity-text-too-short", min=TEXT_MIN)
    return body


def parse_deadline(text: str, today: date) -> date:
    """A day as typed (day first or year first, Eastern Arabic or Persian digits too): today
    at the earliest, at most two years ahead."""
    try:
        deadline = parse_day(text)
    except ValueError:
        raise InvalidInput("opportunity-deadline-invalid") from None
    if deadline < today:
        raise InvalidInput("opportunity-deadline-past")
    if deadline > today + timedelta(days=DEADLINE_MAX_DAYS):
        raise InvalidInput("opportunity-deadline-far", days=DEADLINE_MAX_DAYS)
    return deadline


@dataclass
class OpportunityDraft:
    """What the /opportunity dialog collects, kept in the FSM between steps."""

    kind: str | None = None
    title: str | None = None
    text: str | None = None
    link: str | None = None
    document_file_id: str | None = None
    document_name: str | None = None
    sectors: list[int] = field(default_factory=list)
    governorates: list[int] = field(default_factory=list)
    deadline: str | None = None  # ISO date

    def to_data(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> OpportunityDraft:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True, slots=True)
class Place:
    """What matching needs of a person: where they said they work."""

    sectors: frozenset[int]
    governorates: frozenset[int]


def matches(opportunity: Opportunity, place: Place) -> bool:
    def overlap(wanted: Iterable[int], theirs: frozenset[int]) -> bool:
        wanted = set(wanted)
        return not wanted or not theirs or bool(wanted & theirs)

    return overlap((s.id for s in opportunity.sectors), place.sectors) and overlap(
        (g.id for g in opportunity.governorates), place.governorates
    )


def is_open(opportunity: Opportunity, today: date) -> bool:
    return opportunity.status == OpportunityStatus.APPROVED and opportunity.deadline >= today


@dataclass(frozen=True, slots=True)
class Listing:
    opportunity: Opportunity
    matching: bool
    saved: bool


class OpenPage(NamedTuple):
    listings: list[Listing]  # the page's
    total: int  # open in all
    matching: int  # of those, matching the reader


# (opportunity, reader locale) -> what a matching member gets at once.
RenderOne = Callable[[Opportunity, str], list[dict[str, Any]]]
# (opportunities, reader locale) -> one weekly digest.
RenderDigest = Callable[[Sequence[Opportunity], str], list[dict[str, Any]]]
# (opportunity, approved?, reason, author locale) -> the decision, for the author.
RenderDecision = Callable[[Opportunity, bool, str, str], list[dict[str, Any]]]


class OpportunityService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox

    # --- posting and review -----------------------------------------------------------------

    async def submit(
        self, by: Actor, draft: OpportunityDraft, locale: str, today: date
    ) -> Opportunity:
        if by.person_id is None or not (by.approved or by.is_organizer):
            raise Forbidden("error-not-allowed")
        if draft.kind not in set(KINDS) or not draft.title or not draft.text:
            raise InvalidInput("common-stale-button")
        title, text = check_title(draft.title), check_text(draft.text)
        link = validate_link(draft.link) if draft.link else None
        deadline = parse_deadline(draft.deadline or "", today)
        async with self.db.write() as session:
            since = utcnow() - timedelta(days=1)
            posted = await session.scalar(
                select(func.count())
                .select_from(PersonEvent)
                .where(
                    PersonEvent.person_id == by.person_id,
                    PersonEvent.kind == "opportunity",
                    PersonEvent.at > since,
                )
            )
            if int(posted or 0) >= POSTS_PER_DAY:
                raise Conflict("opportunity-too-many", limit=POSTS_PER_DAY)
            author = await session.get(Person, by.person_id)
            opportunity = Opportunity(
                kind=draft.kind, title=title, text=text, locale=locale, link=link,
                document_file_id=draft.document_file_id, document_name=draft.document_name,
                deadline=deadline, author_id=by.person_id,
                organization_id=author.organization_id if author else None,
            )  # fmt: skip
            session.add(opportunity)
            session.add(PersonEvent(person_id=by.person_id, kind="opportunity"))
            await session.flush()
            await _set_places(session, opportunity.id, draft.sectors, draft.governorates)
            opportunity_id = opportunity.id
        return await self.get(opportunity_id)

    async def get(self, opportunity_id: int) -> Opportunity:
        async with self.db.read() as session:
            opportunity = await session.get(Opportunity, opportunity_id)
            if opportunity is None:
                raise NotFound("opportunity-gone")
            return opportunity

    async def readable(self, by: Actor, opportunity_id: int) -> Opportunity:
        """Approved ones to approved members; the others to their author and organizers."""
        opportunity = await self.get(opportunity_id)
        if opportunity.status == OpportunityStatus.APPROVED and (by.approved or by.is_organizer):
            return opportunity
        if by.is_organizer or (by.person_id and opportunity.author_id == by.person_id):
            return opportunity
        raise NotFound("opportunity-gone")

    async def queue(self, by: Actor) -> tuple[Opportunity | None, int]:
        """The oldest opportunity waiting for review, and how many wait."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            waiting = await session.scalar(
                select(func.count())
                .select_from(Opportunity)
                .where(Opportunity.status == OpportunityStatus.PENDING)
            )
            first = await session.scalar(
                select(Opportunity)
                .where(Opportunity.status == OpportunityStatus.PENDING)
                .order_by(Opportunity.id)
                .limit(1)
            )
            return first, int(waiting or 0)

    async def approve(
        self, by: Actor, opportunity_id: int, today: date, render: RenderOne,
        tell: RenderDecision,
    ) -> tuple[Opportunity, int]:  # fmt: skip
        """Approved: the author is told, and the members who want matching opportunities at
        once get it now, in the same transaction. Returns it and how many it reached."""
        async with self.db.write() as session:
            opportunity = await self._pending(session, by, opportunity_id)
            if opportunity.deadline < today:
                raise Conflict("opportunity-closed")
            opportunity.status = OpportunityStatus.APPROVED
            opportunity.reviewed_by_id = by.person_id
            opportunity.reviewed_at = utcnow()
            await audit(
                session, by, "opportunity.approve", target_kind="opportunity",
                target_id=opportunity_id, label=opportunity.title,
            )  # fmt: skip
            await self._tell_author(session, opportunity, True, "", tell)
            reached = 0
            wanting = await _wanting(session, "now", exclude=opportunity.author_id)
            places = await _places(session, [person.id for person, _ in wanting])
            messages: list[NewMessage] = []
            for person, _ in wanting:
                if matches(opportunity, places[person.id]):
                    assert person.telegram_id is not None
                    session.add(
                        OpportunityDelivery(opportunity_id=opportunity_id, person_id=person.id)
                    )
                    messages += _messages(
                        person.telegram_id, f"opp:{opportunity_id}:{person.id}",
                        render(opportunity, person.locale or "en"),
                    )  # fmt: skip
                    reached += 1
            await self.outbox.enqueue(session, messages)
        return await self.get(opportunity_id), reached

    async def reject(
        self, by: Actor, opportunity_id: int, reason: str, tell: RenderDecision
    ) -> Opportunity:
        reason = clean_text(reason)
        if len(reason) > REASON_MAX:
            raise InvalidInput(
                "opportunity-reason-too-long", max=REASON_MAX, length=len(reason),
                over=len(reason) - REASON_MAX,
            )  # fmt: skip
        if len(reason) < REASON_MIN:
            raise InvalidInput("opportunity-reason-too-short")
        async with self.db.write() as session:
            opportunity = await self._pending(session, by, opportunity_id)
            opportunity.status = OpportunityStatus.REJECTED
            opportunity.rejection_reason = reason
            opportunity.reviewed_by_id = by.person_id
            opportunity.reviewed_at = utcnow()
            await audit(
                session, by, "opportunity.reject", target_kind="opportunity",
                target_id=opportunity_id, label=opportunity.title,
            )  # fmt: skip
            await self._tell_author(session, opportunity, False, reason, tell)
        return await self.get(opportunity_id)

    async def withdraw(self, by: Actor, opportunity_id: int) -> Opportunity:
        """An organizer takes an approved opportunity back: it leaves the lists and digests."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            opportunity = await get_locked(session, Opportunity, opportunity_id)
            if opportunity is None:
                raise NotFound("opportunity-gone")
            if opportunity.status != OpportunityStatus.APPROVED:
                raise Conflict("opportunity-already-decided")
            opportunity.status = OpportunityStatus.WITHDRAWN
            await audit(
                session, by, "opportunity.withdraw", target_kind="opportunity",
                target_id=opportunity_id, label=opportunity.title,
            )  # fmt: skip
        return await self.get(opportunity_id)

    async def _pending(self, session: AsyncSession, by: Actor, opportunity_id: int) -> Opportunity:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        opportunity = await get_locked(session, Opportunity, opportunity_id)
        if opportunity is None:
            raise NotFound("opportunity-gone")
        if opportunity.status != OpportunityStatus.PENDING:
            raise Conflict("opportunity-already-decided")
        return opportunity

    async def _tell_author(
        self, session: AsyncSession, opportunity: Opportunity, approved: bool, reason: str,
        tell: RenderDecision,
    ) -> None:  # fmt: skip
        author = await session.get(Person, opportunity.author_id) if opportunity.author_id else None
        if author is None or author.telegram_id is None:
            return
        await self.outbox.enqueue(
            session,
            _messages(
                author.telegram_id, f"oppd:{opportunity.id}",
                tell(opportunity, approved, reason, author.locale or "en"),
            ),
        )  # fmt: skip

    # --- reading, saving, choosing ----------------------------------------------------------

    async def open_list(
        self, by: Actor, today: date, offset: int = 0, limit: int = LIST_MAX
    ) -> OpenPage:
        """Open opportunities, those matching the reader first, then by deadline: a page of
        them (`limit` from `offset`), with how many are open and how many of them match."""
        if not (by.approved or by.is_organizer):
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            found = await _open(session, today)
            place = (
                await _place(session, by.person_id)
                if by.person_id
                else Place(frozenset(), frozenset())
            )
            saved = set(
                await session.scalars(
                    select(OpportunitySave.opportunity_id).where(
                        OpportunitySave.person_id == by.person_id
                    )
                )
            )
        listings = [Listing(o, matches(o, place), o.id in saved) for o in found]
        listings.sort(key=lambda listing: not listing.matching)  # stable: deadlines stay in order
        matching = sum(1 for listing in listings if listing.matching)
        return OpenPage(listings[offset : offset + limit], len(listings), matching)

    async def is_saved(self, person_id: int | None, opportunity_id: int) -> bool:
        if person_id is None:
            return False
        async with self.db.read() as session:
            return await session.get(OpportunitySave, (opportunity_id, person_id)) is not None

    async def set_saved(self, by: Actor, opportunity_id: int, saved: bool, today: date) -> bool:
        if by.person_id is None or not (by.approved or by.is_organizer):
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            opportunity = await session.get(Opportunity, opportunity_id)
            if opportunity is None or opportunity.status != OpportunityStatus.APPROVED:
                raise NotFound("opportunity-gone")
            if saved and opportunity.deadline < today:
                raise Conflict("opportunity-closed")
            row = await session.get(OpportunitySave, (opportunity_id, by.person_id))
            if saved and row is None:
                session.add(OpportunitySave(opportunity_id=opportunity_id, person_id=by.person_id))
            elif not saved and row is not None:
                await session.delete(row)
        return saved

    async def delivery(self, by: Actor) -> str:
        if by.person_id is None:  # an administrator who never registered has no sectors
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            choice = await session.get(OpportunityChoice, by.person_id)
        return choice.delivery if choice else DEFAULT_DELIVERY

    async def set_delivery(self, by: Actor, delivery: str) -> str:
        if by.person_id is None:
            raise Forbidden("error-not-allowed")
        if delivery not in DELIVERIES:
            raise InvalidInput("common-stale-button")
        person_id = by.person_id
        async with self.db.write() as session:
            choice = await session.get(OpportunityChoice, person_id)
            if choice is None:
                session.add(OpportunityChoice(person_id=person_id, delivery=delivery))
            else:
                choice.delivery = delivery
        return delivery

    async def approved_between(self, start: datetime, end: datetime) -> list[Opportunity]:
        """For the newsletter draft: the opportunities approved in the period."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Opportunity)
                .where(
                    Opportunity.status == OpportunityStatus.APPROVED,
                    Opportunity.reviewed_at >= start,
                    Opportunity.reviewed_at < end,
                )
                .order_by(Opportunity.deadline, Opportunity.id)
            )
            return list(rows)

    # --- the scheduler ----------------------------------------------------------------------

    async def send_digests(self, today: date, render: RenderDigest) -> int:
        """The weekly digest, for those who chose it: the open opportunities that match them
        and have not reached them. Once a day at most (the day is recorded with the messages),
        so a restart or a second scheduler sends nothing twice. People are taken BATCH at a
        time, each batch in its own transaction, so updates are answered in between. Returns
        how many went."""
        async with self.db.read() as session:
            open_now = await _open(session, today)
            if not open_now:
                return 0
            ids = [
                person.id
                for person, choice in await _wanting(session, "weekly")
                if choice is None or choice.last_digest_on != today
            ]
        sent = 0
        for start in range(0, len(ids), BATCH):
            sent += await self._digest_batch(today, open_now, ids[start : start + BATCH], render)
            await asyncio.sleep(0)
        return sent

    async def _digest_batch(
        self, today: date, open_now: list[Opportunity], ids: list[int], render: RenderDigest
    ) -> int:
        sent = 0
        insert = pg_insert if self.db.dialect == "postgresql" else sqlite_insert
        async with self.db.write() as session:
            # Each person's choice row, made where there was none, then locked: a second
            # scheduler waits here and then finds today's digest recorded.
            await session.execute(
                insert(OpportunityChoice).on_conflict_do_nothing(),
                [{"person_id": pid, "delivery": DEFAULT_DELIVERY} for pid in ids],
            )
            await session.execute(
                select(OpportunityChoice)
                .where(OpportunityChoice.person_id.in_(ids))
                .order_by(OpportunityChoice.person_id)
                .with_for_update()
            )
            wanting = await _wanting(session, "weekly", only=ids)
            places = await _places(session, [person.id for person, _ in wanting])
            reached = set(
                (
                    await session.execute(
                        select(
                            OpportunityDelivery.opportunity_id, OpportunityDelivery.person_id
                        ).where(OpportunityDelivery.person_id.in_(ids))
                    )
                ).all()
            )
            messages: list[NewMessage] = []
            deliveries: list[dict[str, Any]] = []
            for person, choice in wanting:
                if choice is not None and choice.last_digest_on == today:
                    continue  # another scheduler was quicker
                place = places[person.id]
                chosen = [
                    o for o in open_now
                    if (o.id, person.id) not in reached and o.author_id != person.id
                    and matches(o, place)
                ][:DIGEST_MAX]  # fmt: skip
                if not chosen:
                    continue
                assert choice is not None  # made above
                choice.last_digest_on = today
                deliveries += (
                    {"opportunity_id": o.id, "person_id": person.id, "at": utcnow()} for o in chosen
                )
                assert person.telegram_id is not None
                messages += _messages(
                    person.telegram_id, f"oppdigest:{today.isoformat()}:{person.id}",
                    render(chosen, person.locale or "en"),
                )  # fmt: skip
                sent += 1
            if deliveries:  # one statement each for the batch, not one per person
                await session.execute(
                    insert(OpportunityDelivery).on_conflict_do_nothing(), deliveries
                )
                await self.outbox.enqueue(session, messages)
        return sent

    async def send_reminders(self, today: date, render: RenderOne) -> int:
        """Those who saved an opportunity hear of it once, REMIND_DAYS before its deadline
        (not when they saved it inside those days), BATCH to a transaction. Returns how many
        reminders went."""
        sent = 0
        while True:
            done, batch_sent = await self._reminder_batch(today, render)
            sent += batch_sent
            if done < BATCH:
                return sent
            await asyncio.sleep(0)

    async def _reminder_batch(self, today: date, render: RenderOne) -> tuple[int, int]:
        sent = 0
        async with self.db.write() as session:
            rows = (
                await session.execute(
                    select(OpportunitySave, Opportunity, Person)
                    .join(Opportunity, Opportunity.id == OpportunitySave.opportunity_id)
                    .join(Person, Person.id == OpportunitySave.person_id)
                    .where(
                        OpportunitySave.reminded_at.is_(None),
                        Opportunity.status == OpportunityStatus.APPROVED,
                        Opportunity.deadline >= today,
                        Opportunity.deadline <= today + timedelta(days=REMIND_DAYS),
                    )
                    .limit(BATCH)
                )
            ).all()
            messages: list[NewMessage] = []
            for save, opportunity, person in rows:
                save.reminded_at = utcnow()
                window = opportunity.deadline - timedelta(days=REMIND_DAYS)
                if save.saved_at.date() >= window or not person.reachable:
                    continue  # saved inside the window: they know the deadline is near
                if person.telegram_id is None:
                    continue
                messages += _messages(
                    person.telegram_id, f"oppremind:{opportunity.id}:{person.id}",
                    render(opportunity, person.locale or "en"),
                )  # fmt: skip
                sent += 1
            await self.outbox.enqueue(session, messages)
        return len(rows), sent


async def _open(session: AsyncSession, today: date) -> list[Opportunity]:
    return list(
        await session.scalars(
            select(Opportunity)
            .where(Opportunity.status == OpportunityStatus.APPROVED, Opportunity.deadline >= today)
            .order_by(Opportunity.deadline, Opportunity.id)
        )
    )


async def _set_places(
    session: AsyncSession, opportunity_id: int, sectors: Sequence[int], governorates: Sequence[int]
) -> None:
    known_sectors = set(await session.scalars(select(Sector.id).where(Sector.id.in_(sectors))))
    known_places = set(
        await session.scalars(select(Governorate.id).where(Governorate.id.in_(governorates)))
    )
    session.add_all(
        OpportunitySector(opportunity_id=opportunity_id, sector_id=s)
        for s in dict.fromkeys(sectors)
        if s in known_sectors
    )
    session.add_all(
        OpportunityGovernorate(opportunity_id=opportunity_id, governorate_id=g)
        for g in dict.fromkeys(governorates)
        if g in known_places
    )


async def _place(session: AsyncSession, person_id: int) -> Place:
    return (await _places(session, [person_id]))[person_id]


async def _places(session: AsyncSession, person_ids: Sequence[int]) -> dict[int, Place]:
    """Where each person works, in two queries for all of them."""
    sectors: dict[int, set[int]] = {pid: set() for pid in person_ids}
    governorates: dict[int, set[int]] = {pid: set() for pid in person_ids}
    for start in range(0, len(person_ids), 500):  # bound the IN list
        chunk = person_ids[start : start + 500]
        for pid, sid in await session.execute(
            select(PersonSector.person_id, PersonSector.sector_id).where(
                PersonSector.person_id.in_(chunk)
            )
        ):
            sectors[pid].add(sid)
        for pid, gid in await session.execute(
            select(PersonGovernorate.person_id, PersonGovernorate.governorate_id).where(
                PersonGovernorate.person_id.in_(chunk)
            )
        ):
            governorates[pid].add(gid)
    return {pid: Place(frozenset(sectors[pid]), frozenset(governorates[pid])) for pid in person_ids}


async def _wanting(
    session: AsyncSession,
    delivery: str,
    exclude: int | None = None,
    only: Sequence[int] | None = None,
) -> list[tuple[Person, OpportunityChoice | None]]:
    """Approved, reachable people whose choice is `delivery` (no choice: the default)."""
    query = (
        select(Person, OpportunityChoice)
        .outerjoin(OpportunityChoice, OpportunityChoice.person_id == Person.id)
        .where(
            Person.status == PersonStatus.APPROVED,
            Person.telegram_id.is_not(None),
            Person.reachable.is_(True),
        )
        .order_by(Person.id)
    )
    if delivery == DEFAULT_DELIVERY:
        query = query.where(
            (OpportunityChoice.delivery == delivery) | OpportunityChoice.person_id.is_(None)
        )
    else:
        query = query.where(OpportunityChoice.delivery == delivery)
    if exclude is not None:
        query = query.where(Person.id != exclude)
    if only is not None:
        query = query.where(Person.id.in_(only))
    return [(person, choice) for person, choice in (await session.execute(query)).all()]


def _messages(chat_id: int, key: str, payloads: list[dict[str, Any]]) -> list[NewMessage]:
    return [
        NewMessage(chat_id=chat_id, payload=payload, dedupe_key=f"{key}:{part}")
        for part, payload in enumerate(payloads)
    ]


async def forget_poster(session: AsyncSession, person_id: int) -> None:
    """/forget: what the person posted and was never published goes; published opportunities
    stay (an organization's call), without them. Saves, choices and deliveries go with the
    person's row."""
    await session.execute(
        delete(Opportunity).where(
            Opportunity.author_id == person_id,
            Opportunity.status != OpportunityStatus.APPROVED,
        )
    )
