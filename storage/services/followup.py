"""Follow-up of recommendations, commitments and action points: who committed to what, how far
it got (the WPS-HA Compact's scale: exceeded, met, limited progress, no progress), and everyone
who follows an item told when it moves.

Rights are checked here on the `Actor`: organizers track and report on anything; a report on
an item otherwise comes only from an approved representative of one of its owners.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    Administrator,
    Attendance,
    FollowupChange,
    FollowupFollower,
    FollowupItem,
    FollowupItemGovernorate,
    FollowupItemSector,
    FollowupKind,
    FollowupLevel,
    FollowupOwner,
    FollowupReview,
    Governorate,
    Meeting,
    Organization,
    OrganizationStatus,
    Person,
    PersonStatus,
    Pillar,
    Sector,
    SectorUpdate,
    UpdateKind,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.dates import parse_day
from storage.services.decisions import link_followup_item
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.exports import Table
from storage.services.outbox import NewMessage, OutboxService
from storage.services.taxonomy import Taxonomy
from storage.services.text import clean_text
from storage.services.validation import validate_link
from storage.types import utcnow

REPORTED_LEVELS = (
    FollowupLevel.EXCEEDED,
    FollowupLevel.MET,
    FollowupLevel.LIMITED,
    FollowupLevel.NO_PROGRESS,
)
NARRATIVE_MAX_WORDS = 200
COMMITMENTS_PER_DAY = 3  # each makes a review card for every organizer: a flood is refused
# Words alone let one 4,000-character "word" through: characters are capped too, so an item's
# card with its latest report always fits in one message.
NARRATIVE_MAX_CHARS = 1500
TEXT_MIN, TEXT_MAX = 10, 1200
WORD = re.compile(r"\S+")

# (item, locale) -> outbox payloads telling a follower about the item's latest change.
RenderChange = Callable[[FollowupItem, FollowupChange, str], list[dict[str, Any]]]
# (item, locale) -> what a meeting's attendees get about an action point recorded after it.
RenderItem = Callable[[FollowupItem, str], list[dict[str, Any]]]


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def check_narrative(text: str) -> str:
    """At most NARRATIVE_MAX_WORDS words; the error says how many are over, and the dialog
    keeps the text so nothing typed is lost."""
    text = clean_text(text)
    words = count_words(text)
    if words > NARRATIVE_MAX_WORDS:
        raise InvalidInput(
            "followup-narrative-too-long",
            max=NARRATIVE_MAX_WORDS,
            words=words,
            over=words - NARRATIVE_MAX_WORDS,
        )
    if len(text) > NARRATIVE_MAX_CHARS:
        raise InvalidInput(
            "followup-narrative-too-many-characters",
            max=NARRATIVE_MAX_CHARS,
            length=len(text),
            over=len(text) - NARRATIVE_MAX_CHARS,
        )
    if not text:
        raise InvalidInput("followup-narrative-empty")
    return text


def check_item_text(text: str) -> str:
    text = clean_text(text)
    if not TEXT_MIN <= len(text) <= TEXT_MAX:
        raise InvalidInput("followup-text-length", min=TEXT_MIN, max=TEXT_MAX, length=len(text))
    return text


def parse_due(text: str) -> date | None:
    """A due date as typed (day first or year first, Eastern digits too), or "-" for none."""
    value = text.strip()
    if value in ("", "-"):
        return None
    try:
        return parse_day(value)
    except ValueError:
        raise InvalidInput("followup-due-invalid") from None


def check_due(due_on: date | None, today: date) -> date | None:
    if due_on is not None and due_on < today:
        raise InvalidInput("followup-due-in-the-past")
    return due_on


@dataclass(frozen=True, slots=True)
class ItemLine:
    """An item as /followup lists it, with what the reader has to do with it."""

    item: FollowupItem
    owned: bool
    following: bool
    overdue: bool


@dataclass
class Tracker:
    """What /tracker shows: counts by sector and level, overdue items, silent owners."""

    by_sector: dict[int, Counter[str]] = field(default_factory=dict)
    overdue: list[FollowupItem] = field(default_factory=list)
    silent_owners: Counter[int] = field(default_factory=Counter)  # organization id -> items
    # Owners no status request can reach: no approved representative who has not blocked us.
    unreachable_owners: list[int] = field(default_factory=list)
    total: int = 0


def is_overdue(item: FollowupItem, today: date) -> bool:
    return (
        item.due_on is not None and item.due_on < today and item.level == FollowupLevel.NOT_REPORTED
    )


class FollowupService:
    def __init__(
        self, db: Database, outbox: OutboxService, configured_admins: frozenset[int] = frozenset()
    ) -> None:
        self.db = db
        self.outbox = outbox
        self.configured_admins = configured_admins  # ADMIN_IDS; the stored ones are read
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert

    # --- creating items -------------------------------------------------------------------

    async def track_update(
        self,
        by: Actor,
        update_id: int,
        owner_ids: Sequence[int],
        due_on: date | None,
        today: date,
        render_author: RenderItem | None = None,
    ) -> FollowupItem:
        """An organizer turns an approved recommendation into an item; its author follows it,
        and hears so (in the same transaction), unless they turned such news off."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        check_due(due_on, today)
        async with self.db.write() as session:
            update = await get_locked(session, SectorUpdate, update_id)
            if update is None:
                raise NotFound("update-gone")
            if update.status != UpdateStatus.APPROVED or update.kind != UpdateKind.RECOMMENDATION:
                raise Conflict("followup-not-a-recommendation")
            existing = await session.scalar(
                select(FollowupItem.id).where(FollowupItem.update_id == update_id)
            )
            if existing is not None:
                raise Conflict("followup-already-tracked", item=existing)
            owners = await self._approved_organizations(session, owner_ids)
            item = FollowupItem(
                kind=FollowupKind.RECOMMENDATION,
                texts=dict(update.texts),
                original_locale=update.original_locale,
                update_id=update.id,
                stated_by_id=update.organization_id,
                author_id=update.author_id,
                created_by_id=by.person_id,
                due_on=due_on,
            )
            session.add(item)
            await session.flush()
            await self._link(
                session, item.id, [update.sector_id], [g.id for g in update.governorates], owners
            )
            if update.author_id is not None:
                await self._follow(session, item.id, update.author_id)
                if render_author is not None:
                    await self._tell_author(session, item, update.author_id, render_author)
            await audit(session, by, "followup.track", target_kind="followup", target_id=item.id)
            item_id = item.id
        return await self.get(item_id)

    async def _tell_author(
        self, session: AsyncSession, item: FollowupItem, author_id: int, render: RenderItem
    ) -> None:
        author = await session.get(Person, author_id)
        if author is None or author.telegram_id is None or not author.hear_outcomes:
            return
        await session.flush()
        await session.refresh(item)
        await self.outbox.enqueue(
            session,
            [
                NewMessage(author.telegram_id, payload, f"futracked:{item.id}:{n}")
                for n, payload in enumerate(render(item, author.locale or item.original_locale))
            ],
        )

    async def add_action_point(
        self,
        by: Actor,
        meeting_id: int | None,
        text: str,
        locale: str,
        sector_ids: Sequence[int],
        owner_ids: Sequence[int],
        due_on: date | None,
        today: date,
        render: RenderItem | None = None,
        decision_id: int | None = None,
    ) -> FollowupItem:
        """An organizer records an action point (of a meeting, or on its own, or a decision's
        outcome); a meeting's attendees get it in their language, in the same transaction."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        text = check_item_text(text)
        check_due(due_on, today)
        async with self.db.write() as session:
            if meeting_id is not None and await session.get(Meeting, meeting_id) is None:
                raise NotFound("error-meeting-not-found")
            owners = await self._approved_organizations(session, owner_ids)
            item = FollowupItem(
                kind=FollowupKind.ACTION_POINT,
                texts={locale: text},
                original_locale=locale,
                meeting_id=meeting_id,
                created_by_id=by.person_id,
                due_on=due_on,
            )
            session.add(item)
            await session.flush()
            await self._link(session, item.id, sector_ids, [], owners)
            if decision_id is not None:
                await link_followup_item(session, decision_id, item.id)
            await audit(session, by, "followup.track", target_kind="followup", target_id=item.id)
            if meeting_id is not None and render is not None:
                await session.flush()
                await session.refresh(item)
                await self._tell_attendees(session, item, meeting_id, render)
            item_id = item.id
        return await self.get(item_id)

    async def _tell_attendees(
        self, session: AsyncSession, item: FollowupItem, meeting_id: int, render: RenderItem
    ) -> int:
        rows = await session.execute(
            select(Person.id, Person.telegram_id, Person.locale)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(
                Attendance.meeting_id == meeting_id,
                Person.status == PersonStatus.APPROVED,
                Person.telegram_id.is_not(None),
            )
        )
        rendered: dict[str, list[dict[str, Any]]] = {}
        messages = []
        for _, telegram_id, locale in rows:
            locale = locale or item.original_locale
            if locale not in rendered:
                rendered[locale] = render(item, locale)
            messages += [
                NewMessage(chat_id=telegram_id, payload=payload,
                           dedupe_key=f"fupoint:{item.id}:{telegram_id}:{part}")
                for part, payload in enumerate(rendered[locale])
            ]  # fmt: skip
        return await self.outbox.enqueue(session, messages)

    async def propose_commitment(
        self,
        by: Actor,
        text: str,
        locale: str,
        sector_ids: Sequence[int],
        governorate_ids: Sequence[int],
        due_on: date | None,
        today: date,
    ) -> FollowupItem:
        """A representative states a commitment of their own organization; an organizer
        reviews it before anyone else sees it."""
        text = check_item_text(text)
        check_due(due_on, today)
        if by.person_id is None or not by.approved:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            person = await session.get(Person, by.person_id)
            if person is None or person.organization_id is None:
                raise Forbidden("followup-no-organization")
            stated = await session.scalar(
                select(func.count())
                .select_from(FollowupItem)
                .where(
                    FollowupItem.author_id == person.id,
                    FollowupItem.kind == FollowupKind.COMMITMENT,
                    FollowupItem.created_at > utcnow() - timedelta(days=1),
                )
            )
            if int(stated or 0) >= COMMITMENTS_PER_DAY:
                raise Conflict("followup-commit-too-many", limit=COMMITMENTS_PER_DAY)
            owners = await self._approved_organizations(session, [person.organization_id])
            item = FollowupItem(
                kind=FollowupKind.COMMITMENT,
                texts={locale: text},
                original_locale=locale,
                stated_by_id=person.organization_id,
                author_id=person.id,
                created_by_id=person.id,
                due_on=due_on,
                review=FollowupReview.PENDING,
            )
            session.add(item)
            await session.flush()
            await self._link(session, item.id, sector_ids, governorate_ids, owners)
            await self._follow(session, item.id, person.id)
            item_id = item.id
        return await self.get(item_id)

    async def first_pending_commitment(self, by: Actor) -> FollowupItem | None:
        """The oldest commitment waiting for an organizer's decision."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            found = await session.scalar(
                select(FollowupItem.id)
                .where(FollowupItem.review == FollowupReview.PENDING)
                .order_by(FollowupItem.id)
                .limit(1)
            )
        return await self.get(found) if found is not None else None

    async def decide_commitment(self, by: Actor, item_id: int, approve: bool) -> FollowupItem:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            item = await get_locked(session, FollowupItem, item_id)
            if item is None:
                raise NotFound("followup-gone")
            if item.review != FollowupReview.PENDING:
                raise Conflict("followup-already-decided")
            item.review = FollowupReview.APPROVED if approve else FollowupReview.REJECTED
            action = "followup.approve" if approve else "followup.reject"
            await audit(session, by, action, target_kind="followup", target_id=item_id)
        return await self.get(item_id)

    async def delete(self, by: Actor, item_id: int) -> None:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            item = await get_locked(session, FollowupItem, item_id)
            if item is None:
                raise NotFound("followup-gone")
            await session.delete(item)
            await audit(session, by, "followup.delete", target_kind="followup", target_id=item_id)

    async def set_due(self, by: Actor, item_id: int, due_on: date | None, today: date) -> None:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        check_due(due_on, today)
        async with self.db.write() as session:
            item = await get_locked(session, FollowupItem, item_id)
            if item is None:
                raise NotFound("followup-gone")
            item.due_on = due_on

    async def set_pillar(self, by: Actor, item_id: int, pillar_id: int | None) -> None:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            item = await get_locked(session, FollowupItem, item_id)
            if item is None:
                raise NotFound("followup-gone")
            if pillar_id is not None and await session.get(Pillar, pillar_id) is None:
                raise InvalidInput("common-stale-button")
            item.pillar_id = pillar_id

    async def set_text(self, by: Actor, item_id: int, locale: str, text: str) -> None:
        """An organizer adds (or corrects) the item's text in a language."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        text = check_item_text(text)
        async with self.db.write() as session:
            item = await get_locked(session, FollowupItem, item_id)
            if item is None:
                raise NotFound("followup-gone")
            item.texts = {**item.texts, locale: text}

    async def meeting_titles(self, meeting_id: int) -> dict[str, str]:
        """The titles (per language) of the meeting an action point came from."""
        async with self.db.read() as session:
            titles = await session.scalar(select(Meeting.titles).where(Meeting.id == meeting_id))
        return dict(titles or {})

    async def add_owner(self, by: Actor, item_id: int, organization_id: int) -> None:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            if await get_locked(session, FollowupItem, item_id) is None:
                raise NotFound("followup-gone")
            await self._approved_organizations(session, [organization_id])
            await session.execute(
                self._insert(FollowupOwner)
                .values(item_id=item_id, organization_id=organization_id, named=False)
                .on_conflict_do_nothing()
            )

    async def owners_named(self, item_id: int) -> dict[int, bool]:
        """Per owner organization: whether its representatives chose to be named."""
        async with self.db.read() as session:
            rows = await session.execute(
                select(FollowupOwner.organization_id, FollowupOwner.named).where(
                    FollowupOwner.item_id == item_id
                )
            )
            return {organization_id: named for organization_id, named in rows}

    async def set_named(self, by: Actor, item_id: int, named: bool) -> int:
        """An owner's representative chooses how their organization shows on the item."""
        async with self.db.write() as session:
            item = await session.get(FollowupItem, item_id)
            if item is None:
                raise NotFound("followup-gone")
            organization_id = await self._reporting_for(session, by, item)
            if organization_id is None:  # an organizer does not choose for an owner
                raise Forbidden("followup-not-an-owner")
            owner = await session.get(FollowupOwner, (item_id, organization_id))
            assert owner is not None
            owner.named = named
            return organization_id

    # --- reading --------------------------------------------------------------------------

    async def get(self, item_id: int) -> FollowupItem:
        async with self.db.read() as session:
            item = await session.get(FollowupItem, item_id)
        if item is None:
            raise NotFound("followup-gone")
        return item

    async def get_for(self, by: Actor, item_id: int, approved_only: bool = False) -> FollowupItem:
        """The item, if this person may see it: an approved one, anyone approved; one still in
        review or rejected, only organizers, its author and the stating organization's
        representatives (ids are sequential: a forged button must read as no item).
        approved_only: for acting on it (reporting, proposing it for the agenda)."""
        item = await self.get(item_id)
        if item.review == FollowupReview.APPROVED:
            return item
        if approved_only or not await self._may_see_unapproved(by, item):
            raise NotFound("followup-gone")
        return item

    async def _may_see_unapproved(self, by: Actor, item: FollowupItem) -> bool:
        if by.is_organizer:
            return True
        if by.person_id is None or not by.approved:
            return False
        if item.author_id == by.person_id:
            return True
        async with self.db.read() as session:
            organization_id = await session.scalar(
                select(Person.organization_id).where(Person.id == by.person_id)
            )
        return organization_id is not None and organization_id == item.stated_by_id

    async def history(self, item_id: int) -> list[FollowupChange]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(FollowupChange)
                .where(FollowupChange.item_id == item_id)
                .order_by(FollowupChange.at.desc(), FollowupChange.id.desc())
            )
            return list(rows)

    async def is_following(self, item_id: int, person_id: int) -> bool:
        async with self.db.read() as session:
            return (await session.get(FollowupFollower, (item_id, person_id))) is not None

    async def owner_of(self, by: Actor, item: FollowupItem) -> int | None:
        """The owner organization this person represents on the item, if any."""
        if not by.approved or by.person_id is None:
            return None
        async with self.db.read() as session:
            organization_id = await session.scalar(
                select(Person.organization_id).where(
                    Person.id == by.person_id, Person.status == PersonStatus.APPROVED
                )
            )
        return organization_id if organization_id in {o.id for o in item.owners} else None

    async def can_report(self, by: Actor, item: FollowupItem) -> bool:
        return by.is_organizer or await self.owner_of(by, item) is not None

    async def for_reader(
        self, person_id: int | None, sector_id: int | None, today: date
    ) -> list[ItemLine]:
        """Approved items (of a sector, or all): those the reader's organization owns first,
        then those they follow, then the rest, newest first within each."""
        async with self.db.read() as session:
            organization_id = None
            followed: set[int] = set()
            if person_id is not None:
                organization_id = await session.scalar(
                    select(Person.organization_id).where(Person.id == person_id)
                )
                followed = set(
                    await session.scalars(
                        select(FollowupFollower.item_id).where(
                            FollowupFollower.person_id == person_id
                        )
                    )
                )
            query = select(FollowupItem).where(FollowupItem.review == FollowupReview.APPROVED)
            if sector_id is not None:
                query = query.where(
                    FollowupItem.id.in_(
                        select(FollowupItemSector.item_id).where(
                            FollowupItemSector.sector_id == sector_id
                        )
                    )
                )
            items = list(await session.scalars(query.order_by(FollowupItem.id.desc())))
        lines = [
            ItemLine(
                item,
                owned=organization_id is not None
                and organization_id in {o.id for o in item.owners},
                following=item.id in followed,
                overdue=is_overdue(item, today),
            )
            for item in items
        ]
        lines.sort(key=lambda line: (not line.owned, not line.following))
        return lines

    async def tracker(self, today: date) -> Tracker:
        async with self.db.read() as session:
            items = list(
                await session.scalars(
                    select(FollowupItem).where(FollowupItem.review == FollowupReview.APPROVED)
                )
            )
            reported = set(
                await session.execute(
                    select(FollowupChange.item_id, FollowupChange.for_organization_id).distinct()
                )
            )
            reachable = set(
                await session.scalars(
                    select(Person.organization_id).where(
                        Person.status == PersonStatus.APPROVED,
                        Person.telegram_id.is_not(None),
                        Person.reachable.is_(True),
                    )
                )
            )
        tracker = Tracker(total=len(items))
        for item in items:
            for sector in item.sectors or [None]:
                key = sector.id if sector is not None else 0
                tracker.by_sector.setdefault(key, Counter())[item.level] += 1
            if is_overdue(item, today):
                tracker.overdue.append(item)
            for owner in item.owners:
                if (item.id, owner.id) not in reported:
                    tracker.silent_owners[owner.id] += 1
        tracker.overdue.sort(key=lambda item: item.due_on or today)
        owners = {owner.id for item in items for owner in item.owners}
        tracker.unreachable_owners = sorted(owners - reachable)
        return tracker

    async def changes_between(
        self, start: datetime, end: datetime
    ) -> list[tuple[FollowupItem, FollowupChange]]:
        """Status changes of approved items in a period (newsletter drafts, the report)."""
        async with self.db.read() as session:
            rows = await session.execute(
                select(FollowupItem, FollowupChange)
                .join(FollowupChange, FollowupChange.item_id == FollowupItem.id)
                .where(
                    FollowupItem.review == FollowupReview.APPROVED,
                    FollowupChange.at >= start,
                    FollowupChange.at < end,
                )
                .order_by(FollowupChange.at)
            )
            return [(item, change) for item, change in rows.all()]

    async def suggested_owners(self, update_id: int) -> list[int]:
        """Who owns a tracked update at first: its organization, if approved."""
        async with self.db.read() as session:
            organization_id = await session.scalar(
                select(SectorUpdate.organization_id)
                .join(Organization, Organization.id == SectorUpdate.organization_id)
                .where(
                    SectorUpdate.id == update_id,
                    Organization.status == OrganizationStatus.APPROVED,
                )
            )
        return [organization_id] if organization_id is not None else []

    async def table(self, by: Actor, taxonomy: Taxonomy, locale: str, today: date) -> Table:
        """Every approved item with its history, a row per status change (or one for an item
        not reported yet): for organizers, audited as an export."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            items = list(
                await session.scalars(
                    select(FollowupItem)
                    .where(FollowupItem.review == FollowupReview.APPROVED)
                    .order_by(FollowupItem.id)
                )
            )
            changes: dict[int, list[FollowupChange]] = {}
            for change in await session.scalars(
                select(FollowupChange).order_by(FollowupChange.at, FollowupChange.id)
            ):
                changes.setdefault(change.item_id, []).append(change)
        names = {o.id: o.name(locale) for item in items for o in item.owners}
        rows: list[list[str]] = []
        for item in items:
            common = [
                str(item.id),
                item.kind,
                "; ".join(t.name(locale) for s in item.sectors if (t := taxonomy.sector(s.id))),
                "; ".join(
                    t.name(locale) for g in item.governorates if (t := taxonomy.governorate(g.id))
                ),
                "; ".join(o.name(locale) for o in item.owners),
                item.due_on.isoformat() if item.due_on else "",
                item.level,
                "yes" if is_overdue(item, today) else "",
                item.text(locale),
            ]
            for change in changes.get(item.id) or [None]:  # type: ignore[list-item]
                if change is None:
                    rows.append([*common, "", "", "", "", ""])
                    continue
                rows.append(
                    [
                        *common,
                        change.at.date().isoformat(),
                        change.level,
                        names.get(change.for_organization_id or 0, ""),
                        change.narrative,
                        change.link or "",
                    ]
                )
        headers = [
            "id", "kind", "sectors", "governorates", "owners", "due", "level", "overdue", "text",
            "changed_on", "reported_level", "reported_for", "narrative", "link",
        ]  # fmt: skip
        async with self.db.write() as session:
            await audit(session, by, "export", target_kind="followup", rows=len(rows))
        return Table("followup", headers, rows)

    # --- following and reporting ----------------------------------------------------------

    async def follow(self, person_id: int, item_id: int, follow: bool = True) -> None:
        async with self.db.write() as session:
            item = await session.get(FollowupItem, item_id)
            if item is None or item.review != FollowupReview.APPROVED:
                raise NotFound("followup-gone")
            if follow:
                await self._follow(session, item_id, person_id)
            else:
                await session.execute(
                    delete(FollowupFollower).where(
                        FollowupFollower.item_id == item_id, FollowupFollower.person_id == person_id
                    )
                )

    async def report(
        self,
        by: Actor,
        item_id: int,
        level: str,
        narrative: str,
        render: RenderChange,
        link: str | None = None,
        document_file_id: str | None = None,
    ) -> FollowupChange:
        """A status change: the item's level moves, and every follower but the reporter is
        told in their language, through the outbox, in the same transaction."""
        if level not in REPORTED_LEVELS:
            raise InvalidInput("followup-unknown-level")
        narrative = check_narrative(narrative)
        link = validate_link(link) if link else None
        async with self.db.write() as session:
            item = await get_locked(session, FollowupItem, item_id)
            if item is None or item.review != FollowupReview.APPROVED:
                raise NotFound("followup-gone")
            for_organization = await self._reporting_for(session, by, item)
            change = FollowupChange(
                item_id=item_id,
                level=level,
                narrative=narrative,
                link=link,
                document_file_id=document_file_id,
                by_id=by.person_id,
                for_organization_id=for_organization,
            )
            session.add(change)
            item.level = level
            item.level_at = utcnow()
            await session.flush()
            if by.is_organizer:
                await audit(
                    session, by, "followup.report", target_kind="followup", target_id=item_id,
                    level=level,
                )  # fmt: skip
            await self._tell_followers(session, item, change, by.person_id, render)
            await session.refresh(change)
        return change

    async def _reporting_for(
        self, session: AsyncSession, by: Actor, item: FollowupItem
    ) -> int | None:
        """The owner organization the reporter speaks for; organizers may speak for none."""
        owner_ids = {o.id for o in item.owners}
        organization_id = None
        if by.person_id is not None and by.approved:
            organization_id = await session.scalar(
                select(Person.organization_id).where(
                    Person.id == by.person_id, Person.status == PersonStatus.APPROVED
                )
            )
        if organization_id is not None and organization_id in owner_ids:
            return organization_id
        if by.is_organizer:
            return None
        raise Forbidden("followup-not-an-owner")

    async def _tell_followers(
        self,
        session: AsyncSession,
        item: FollowupItem,
        change: FollowupChange,
        reporter_id: int | None,
        render: RenderChange,
    ) -> int:
        # An administrator who never registered follows items too: she is told like anyone.
        admins = select(Administrator.telegram_id)
        query = (
            select(Person.telegram_id, Person.locale)
            .join(FollowupFollower, FollowupFollower.person_id == Person.id)
            .where(
                FollowupFollower.item_id == item.id,
                or_(
                    Person.status == PersonStatus.APPROVED,
                    Person.telegram_id.in_(admins),
                    Person.telegram_id.in_(sorted(self.configured_admins) or [0]),
                ),
                Person.telegram_id.is_not(None),
            )
        )
        if reporter_id is not None:  # they know what they just said
            query = query.where(Person.id != reporter_id)
        rows = await session.execute(query)
        rendered: dict[str, list[dict[str, Any]]] = {}
        messages: list[NewMessage] = []
        for telegram_id, locale in rows:
            locale = locale or item.original_locale
            if locale not in rendered:
                rendered[locale] = render(item, change, locale)
            for part, payload in enumerate(rendered[locale]):
                messages.append(
                    NewMessage(
                        chat_id=telegram_id,
                        payload=payload,
                        dedupe_key=f"followup:{change.id}:{telegram_id}:{part}",
                        # The narrative is the reporter's own words.
                        about=(reporter_id,) if reporter_id is not None else (),
                    )
                )
        return await self.outbox.enqueue(session, messages)

    # --- helpers --------------------------------------------------------------------------

    async def _approved_organizations(
        self, session: AsyncSession, organization_ids: Iterable[int]
    ) -> list[int]:
        wanted = set(organization_ids)
        if not wanted:
            return []
        found = set(
            await session.scalars(
                select(Organization.id).where(
                    Organization.id.in_(wanted), Organization.status == OrganizationStatus.APPROVED
                )
            )
        )
        if found != wanted:
            raise InvalidInput("followup-owner-not-approved")
        return sorted(found)

    async def _link(
        self,
        session: AsyncSession,
        item_id: int,
        sector_ids: Sequence[int],
        governorate_ids: Sequence[int],
        owner_ids: Sequence[int],
    ) -> None:
        sectors = set(await session.scalars(select(Sector.id).where(Sector.id.in_(sector_ids))))
        governorates = set(
            await session.scalars(select(Governorate.id).where(Governorate.id.in_(governorate_ids)))
        )
        session.add_all(FollowupItemSector(item_id=item_id, sector_id=s) for s in sectors)
        session.add_all(
            FollowupItemGovernorate(item_id=item_id, governorate_id=g) for g in governorates
        )
        session.add_all(FollowupOwner(item_id=item_id, organization_id=o) for o in owner_ids)

    async def _follow(self, session: AsyncSession, item_id: int, person_id: int) -> None:
        await session.execute(
            self._insert(FollowupFollower)
            .values(item_id=item_id, person_id=person_id, since=utcnow())
            .on_conflict_do_nothing()
        )


async def forget_follower(session: AsyncSession, person_id: int) -> None:
    """/forget: the person follows nothing, started nothing and reported nothing any more;
    the items and their history stay, without them."""
    await session.execute(delete(FollowupFollower).where(FollowupFollower.person_id == person_id))
    # A commitment nobody approved was only ever hers: it goes with her, out of the queue.
    await session.execute(
        delete(FollowupItem).where(
            FollowupItem.author_id == person_id,
            FollowupItem.kind == FollowupKind.COMMITMENT,
            FollowupItem.review != FollowupReview.APPROVED,
        )
    )
    for column in (FollowupItem.author_id, FollowupItem.created_by_id):
        await session.execute(
            FollowupItem.__table__.update().where(column == person_id).values({column.key: None})
        )
    await session.execute(
        FollowupChange.__table__.update()
        .where(FollowupChange.by_id == person_id)
        .values(by_id=None)
    )
