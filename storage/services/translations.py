"""The translation queue: members who said in /profile which language pairs they can translate
are offered, one at a time, an approved sector update or follow-up item that lacks their target
language; what they send is a proposed translation an organizer approves (it becomes the item's
text in that language), edits first, or rejects. The translator is credited by name only where
they chose it.

An item is offered to nobody else while a proposal for the same language waits, and never again
to the member who passed on it or proposed for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    FollowupItem,
    FollowupReview,
    Person,
    SectorUpdate,
    Translation,
    TranslationStatus,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.rounds import updates_of_period
from storage.types import utcnow

TRANSLATION_MAX = 1500  # as an update's narrative
LOOKED_AT = 400  # the newest items a member's next offer is chosen among
UPDATE, FOLLOWUP = "update", "followup"


def pairs_of(locales: Iterable[str]) -> list[str]:
    """Every ordered pair of different languages, as "ar>en"."""
    codes = list(locales)
    return [f"{a}>{b}" for a in codes for b in codes if a != b]


@dataclass(frozen=True, slots=True)
class Offer:
    kind: str  # UPDATE | FOLLOWUP
    item_id: int
    source: str
    target: str
    text: str


@dataclass(frozen=True, slots=True)
class Proposal:
    id: int
    kind: str
    item_id: int
    source: str
    target: str
    original: str
    text: str
    translator: str | None  # the name, where they chose to be credited
    waiting: int  # proposals waiting, this one included


def _organizer(by: Actor) -> None:
    if not by.is_organizer:
        raise Forbidden("error-not-allowed")


class TranslationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the member -----------------------------------------------------------------------

    async def set_pairs(self, person_id: int, pairs: list[str], allowed: list[str]) -> list[str]:
        chosen = [p for p in allowed if p in set(pairs)]
        async with self.db.write() as session:
            person = await session.get(Person, person_id)
            if person is None:
                raise NotFound("common-not-registered")
            person.translates = chosen
        return chosen

    async def next_offer(self, person_id: int) -> Offer | None:
        """The newest approved item in one of the person's source languages that lacks the
        target, not waiting for another proposal in it, not passed on or done by them."""
        async with self.db.read() as session:
            person = await session.get(Person, person_id)
            if person is None or not person.translates:
                return None
            pairs = [tuple(p.split(">", 1)) for p in person.translates]
            taken = await self._taken(session, person_id)
            candidates: list[tuple[str, int, dict[str, str]]] = []
            for kind, model, approved in (
                (UPDATE, SectorUpdate, SectorUpdate.status == UpdateStatus.APPROVED),
                (FOLLOWUP, FollowupItem, FollowupItem.review == FollowupReview.APPROVED),
            ):
                rows = await session.execute(
                    select(model.id, model.texts)
                    .where(approved)
                    .order_by(model.id.desc())
                    .limit(LOOKED_AT)
                )
                candidates += [(kind, item_id, texts) for item_id, texts in rows]
        for kind, item_id, texts in candidates:
            for source, target in pairs:
                if target in texts or (kind, item_id, target) in taken:
                    continue
                # From the original where it is in the member's source language, else from an
                # approved translation into it.
                text = texts.get(source)
                if text:
                    return Offer(kind, item_id, source, target, text)
        return None

    async def _taken(self, session: AsyncSession, person_id: int) -> set[tuple[str, int, str]]:
        rows = await session.execute(
            select(Translation.update_id, Translation.followup_item_id, Translation.target_locale)
            .where(
                or_(
                    Translation.status == TranslationStatus.PENDING,
                    Translation.translator_id == person_id,
                )
            )
        )  # fmt: skip
        return {
            (UPDATE, u, t) if u is not None else (FOLLOWUP, f, t)  # type: ignore[misc]
            for u, f, t in rows
        }

    async def propose(self, person_id: int, offer: Offer, text: str, credited: bool) -> Translation:
        text = text.strip()
        if not text:
            raise InvalidInput("translation-empty")
        if len(text) > TRANSLATION_MAX:
            raise InvalidInput("translation-too-long", max=TRANSLATION_MAX, length=len(text))
        async with self.db.write() as session:
            texts = await self._texts(session, offer.kind, offer.item_id)
            if offer.target in texts:
                raise Conflict("translation-not-needed")
            waiting = await session.scalar(
                select(Translation.id).where(
                    self._item(offer.kind, offer.item_id),
                    Translation.target_locale == offer.target,
                    Translation.status == TranslationStatus.PENDING,
                )
            )
            if waiting is not None:
                raise Conflict("translation-not-needed")
            row = self._row(person_id, offer, TranslationStatus.PENDING, text, credited)
            session.add(row)
            await session.flush()
            return row

    async def skip(self, person_id: int, offer: Offer) -> None:
        async with self.db.write() as session:
            session.add(self._row(person_id, offer, TranslationStatus.SKIPPED, "", False))

    @staticmethod
    def _row(person_id: int, offer: Offer, status: str, text: str, credited: bool) -> Translation:
        return Translation(
            update_id=offer.item_id if offer.kind == UPDATE else None,
            followup_item_id=offer.item_id if offer.kind == FOLLOWUP else None,
            source_locale=offer.source, target_locale=offer.target, text=text,
            translator_id=person_id, credited=credited, status=status,
        )  # fmt: skip

    @staticmethod
    def _item(kind: str, item_id: int):  # type: ignore[no-untyped-def]
        if kind == UPDATE:
            return Translation.update_id == item_id
        return Translation.followup_item_id == item_id

    @staticmethod
    async def _texts(session: AsyncSession, kind: str, item_id: int) -> dict[str, str]:
        model = SectorUpdate if kind == UPDATE else FollowupItem
        texts = await session.scalar(select(model.texts).where(model.id == item_id))
        if texts is None:
            raise NotFound("translation-gone")
        return dict(texts)

    # --- the organizers -------------------------------------------------------------------

    async def first_waiting(self, by: Actor) -> Proposal | None:
        _organizer(by)
        async with self.db.read() as session:
            waiting = await session.scalar(
                select(func.count()).where(Translation.status == TranslationStatus.PENDING)
            )
            row = await session.scalar(
                select(Translation)
                .where(Translation.status == TranslationStatus.PENDING)
                .order_by(Translation.id)
                .limit(1)
            )
            if row is None:
                return None
            return await self._proposal(session, row, waiting or 0)

    async def get(self, by: Actor, translation_id: int) -> Proposal:
        _organizer(by)
        async with self.db.read() as session:
            row = await session.get(Translation, translation_id)
            if row is None:
                raise NotFound("translation-gone")
            return await self._proposal(session, row, 1)

    async def _proposal(self, session: AsyncSession, row: Translation, waiting: int) -> Proposal:
        kind = UPDATE if row.update_id is not None else FOLLOWUP
        item_id = row.update_id if row.update_id is not None else row.followup_item_id
        assert item_id is not None
        texts = await self._texts(session, kind, item_id)
        name = None
        if row.credited and row.translator_id is not None:
            name = await session.scalar(
                select(Person.full_name).where(Person.id == row.translator_id)
            )
        return Proposal(
            row.id, kind, item_id, row.source_locale, row.target_locale,
            texts.get(row.source_locale, ""), row.text, name, waiting,
        )  # fmt: skip

    async def approve(self, by: Actor, translation_id: int, edited: str | None = None) -> None:
        """Into the item's texts (the organizer's edit where she made one); audited."""
        _organizer(by)
        if edited is not None:
            edited = edited.strip()
            if not edited:
                raise InvalidInput("translation-empty")
            if len(edited) > TRANSLATION_MAX:
                raise InvalidInput("translation-too-long", max=TRANSLATION_MAX, length=len(edited))
        async with self.db.write() as session:
            row = await self._pending(session, translation_id)
            if edited is not None:
                row.text = edited
            model = SectorUpdate if row.update_id is not None else FollowupItem
            item = await session.get(model, row.update_id or row.followup_item_id)
            if item is None:
                raise NotFound("translation-gone")
            item.texts = {**item.texts, row.target_locale: row.text}  # a new dict: JSON change
            row.status, row.reviewed_by_id, row.reviewed_at = (
                TranslationStatus.APPROVED, by.person_id, utcnow(),
            )  # fmt: skip
            await audit(
                session, by, "translation.approve", target_kind="translation",
                target_id=row.id, label=row.target_locale, edited=edited is not None,
            )  # fmt: skip

    async def reject(self, by: Actor, translation_id: int) -> None:
        _organizer(by)
        async with self.db.write() as session:
            row = await self._pending(session, translation_id)
            row.status, row.reviewed_by_id, row.reviewed_at = (
                TranslationStatus.REJECTED, by.person_id, utcnow(),
            )  # fmt: skip
            await audit(
                session, by, "translation.reject", target_kind="translation", target_id=row.id,
                label=row.target_locale,
            )  # fmt: skip

    @staticmethod
    async def _pending(session: AsyncSession, translation_id: int) -> Translation:
        row = await get_locked(session, Translation, translation_id)
        if row is None:
            raise NotFound("translation-gone")
        if row.status != TranslationStatus.PENDING:
            raise Conflict("translation-decided")
        return row

    # --- figures --------------------------------------------------------------------------

    async def lacking(
        self, period: tuple[date, date], tz: tzinfo, locales: Iterable[str]
    ) -> Counter[str]:
        """Approved updates of a period (as its report takes them) without a text in each
        language."""
        start, end = period
        since = datetime.combine(start, time(), tz)
        until = datetime.combine(end + timedelta(days=1), time(), tz)
        async with self.db.read() as session:
            rows = list(
                await session.scalars(
                    select(SectorUpdate.texts).where(
                        SectorUpdate.status == UpdateStatus.APPROVED,
                        updates_of_period(since, until),
                    )
                )
            )
        return Counter({code: sum(code not in t for t in rows) for code in locales})

    async def credited(self, update_ids: Iterable[int]) -> list[str]:
        """The names of the translators who chose to be credited for these updates."""
        ids = list(update_ids)
        if not ids:
            return []
        async with self.db.read() as session:
            names = await session.scalars(
                select(Person.full_name)
                .join(Translation, Translation.translator_id == Person.id)
                .where(
                    Translation.update_id.in_(ids),
                    Translation.status == TranslationStatus.APPROVED,
                    Translation.credited.is_(True),
                )
                .distinct()
                .order_by(Person.full_name)
            )
            return [name for name in names if name]


async def forget_translator(session: AsyncSession, person_id: int) -> None:
    """/forget: their proposals not approved go; approved ones stay as the item's text, without
    them (the link is set to NULL with their row)."""
    await session.execute(
        delete(Translation).where(
            Translation.translator_id == person_id,
            Translation.status != TranslationStatus.APPROVED,
        )
    )
