"""Sector updates: actors submit progress, challenges and recommendations; organizers review them
(approve, edit, reject with a reason, add the text in other languages). Only approved updates
reach newsletters and reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy import update as sql_update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    Governorate,
    Person,
    RoundAnswer,
    SectorUpdate,
    SectorUpdateGovernorate,
    UpdateKind,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.rounds import mark_answered
from storage.services.text import clean_text
from storage.services.validation import validate_link
from storage.types import utcnow

TEXT_MIN, TEXT_MAX = 20, 1200
REASON_MAX = 500


def check_update_text(text: str) -> str:
    """A sector update's text: bidi and control characters removed, paragraphs kept."""
    text = clean_text(text)
    if len(text) > TEXT_MAX:
        raise InvalidInput(
            "update-text-too-long", max=TEXT_MAX, length=len(text), over=len(text) - TEXT_MAX
        )
    if len(text) < TEXT_MIN:
        raise InvalidInput("update-text-too-short", min=TEXT_MIN)
    return text


@dataclass
class UpdateDraft:
    """What the /update dialog collects, kept in the FSM between steps."""

    sector_id: int | None = None
    kind: str | None = None
    governorates: list[int] = field(default_factory=list)
    text: str | None = None
    link: str | None = None
    document_file_id: str | None = None
    document_name: str | None = None
    anonymous: bool = True
    round_id: int | None = None  # sent from a reporting round's request: it answers for the
    # organization

    def to_data(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> UpdateDraft:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)


class UpdateService:
    def __init__(self, db: Database, outbox: OutboxService | None = None) -> None:
        self.db = db
        self.outbox = outbox or OutboxService(db)  # for notices to authors

    async def submit(self, author: Person, draft: UpdateDraft, locale: str) -> SectorUpdate:
        if draft.sector_id is None or draft.kind not in set(UpdateKind) or not draft.text:
            raise InvalidInput("common-stale-button")
        if not draft.governorates:
            raise InvalidInput("update-need-governorate")
        text = check_update_text(draft.text)
        link = validate_link(draft.link) if draft.link else None
        async with self.db.write() as session:
            organization = author.organization
            update = SectorUpdate(
                author_id=author.id,
                organization_id=author.organization_id,
                actor_type_id=organization.actor_type_id if organization else None,
                sector_id=draft.sector_id,
                kind=draft.kind,
                texts={locale: text},
                original_locale=locale,
                link=link,
                document_file_id=draft.document_file_id,
                document_name=draft.document_name,
                anonymous=draft.anonymous,
                round_id=draft.round_id,
            )
            session.add(update)
            await session.flush()
            await _set_governorates(session, update.id, draft.governorates)
            if draft.round_id is not None:
                await mark_answered(session, draft.round_id, author.id, RoundAnswer.UPDATES)
            update_id = update.id
        return await self.get(update_id)

    async def get(self, update_id: int) -> SectorUpdate:
        async with self.db.read() as session:
            update = await session.get(SectorUpdate, update_id)
            if update is None:
                raise NotFound("update-gone")
            return update

    async def mine(self, author_id: int, limit: int = 10) -> list[SectorUpdate]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(SectorUpdate)
                .where(SectorUpdate.author_id == author_id)
                .order_by(SectorUpdate.id.desc())
                .limit(limit)
            )
            return list(rows.all())

    async def queue(self) -> tuple[SectorUpdate | None, int]:
        """The oldest update waiting for review, and how many wait."""
        async with self.db.read() as session:
            waiting = await session.scalar(
                select(func.count())
                .select_from(SectorUpdate)
                .where(SectorUpdate.status == UpdateStatus.PENDING)
            )
            first = await session.scalar(
                select(SectorUpdate)
                .where(SectorUpdate.status == UpdateStatus.PENDING)
                .order_by(SectorUpdate.id)
                .limit(1)
            )
            return first, int(waiting or 0)

    async def approve(self, update_id: int, by: Actor) -> SectorUpdate:
        async with self.db.write() as session:
            update = await self._pending(session, update_id, by)
            update.status = UpdateStatus.APPROVED
            update.reviewed_by_id = by.person_id
            update.reviewed_at = utcnow()
            await audit(session, by, "update.approve", target_kind="update", target_id=update_id)
        return await self.get(update_id)

    async def reject(self, update_id: int, by: Actor, reason: str) -> SectorUpdate:
        reason = clean_text(reason)
        if not 3 <= len(reason) <= REASON_MAX:
            raise InvalidInput("error-text-too-long", max=REASON_MAX, length=len(reason))
        async with self.db.write() as session:
            update = await self._pending(session, update_id, by)
            update.status = UpdateStatus.REJECTED
            update.rejection_reason = reason
            update.reviewed_by_id = by.person_id
            update.reviewed_at = utcnow()
            await audit(session, by, "update.reject", target_kind="update", target_id=update_id)
        return await self.get(update_id)

    async def set_text(self, update_id: int, by: Actor, locale: str, text: str) -> SectorUpdate:
        """An organizer edits the text in a language, or adds a translation (also after
        approval: reports in another language need it)."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        text = check_update_text(text)
        async with self.db.write() as session:
            update = await get_locked(session, SectorUpdate, update_id)
            if update is None:
                raise NotFound("update-gone")
            if update.status == UpdateStatus.REJECTED:
                raise Conflict("update-already-decided", status=update.status)
            update.texts = {**update.texts, locale: text}
            await audit(
                session, by, "update.edit", target_kind="update", target_id=update_id,
                locale=locale,
            )  # fmt: skip
        return await self.get(update_id)

    async def _pending(self, session: AsyncSession, update_id: int, by: Actor) -> SectorUpdate:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        update = await get_locked(session, SectorUpdate, update_id)
        if update is None:
            raise NotFound("update-gone")
        if update.status != UpdateStatus.PENDING:
            raise Conflict("update-already-decided", status=update.status)
        return update

    async def tell_in_newsletter(
        self,
        update_ids: Sequence[int],
        broadcast_id: int,
        due: datetime | None,
        render: Callable[[SectorUpdate, str], list[dict[str, Any]]],
    ) -> int:
        """The authors of the updates a newsletter shows hear so as it goes out (once per
        newsletter and update; not those who turned such news off). Returns messages queued."""
        async with self.db.write() as session:
            rows = (
                await session.execute(
                    select(SectorUpdate, Person.telegram_id, Person.locale)
                    .join(Person, Person.id == SectorUpdate.author_id)
                    .where(
                        SectorUpdate.id.in_(list(update_ids)),
                        SectorUpdate.status == UpdateStatus.APPROVED,
                        Person.telegram_id.is_not(None),
                        Person.hear_outcomes.is_(True),
                    )
                )
            ).all()
            messages = [
                NewMessage(telegram_id, payload, f"upnl:{broadcast_id}:{update.id}:{n}", due_at=due)
                for update, telegram_id, locale in rows
                for n, payload in enumerate(render(update, locale or update.original_locale))
            ]
            return await self.outbox.enqueue(session, messages)

    async def approved_between(self, start: datetime, end: datetime) -> list[SectorUpdate]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(SectorUpdate)
                .where(
                    SectorUpdate.status == UpdateStatus.APPROVED,
                    SectorUpdate.created_at >= start,
                    SectorUpdate.created_at < end,
                )
                .order_by(SectorUpdate.sector_id, SectorUpdate.id)
            )
            return list(rows.all())


async def _set_governorates(session: AsyncSession, update_id: int, ids: Sequence[int]) -> None:
    known = set(
        (await session.scalars(select(Governorate.id).where(Governorate.id.in_(ids)))).all()
    )
    session.add_all(
        SectorUpdateGovernorate(update_id=update_id, governorate_id=g) for g in ids if g in known
    )


async def forget_author(session: AsyncSession, person_id: int) -> int:
    """/forget asks updates to forget their author: what was never published goes; approved
    updates stay, without author or organization (the actor type stays: the report's level).
    Returns how many stay."""
    await session.execute(
        delete(SectorUpdate).where(
            SectorUpdate.author_id == person_id, SectorUpdate.status != UpdateStatus.APPROVED
        )
    )
    result = await session.execute(
        sql_update(SectorUpdate)
        .where(SectorUpdate.author_id == person_id)
        .values(anonymous=True, author_id=None, organization_id=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
