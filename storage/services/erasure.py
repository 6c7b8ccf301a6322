"""/forget: nothing that identifies the person stays. This is the one place that orchestrates it,
asking each feature to forget its part (`forget_*` in meetings, polls, agenda, outbox, updates,
organizations, audit), in one transaction.

The person's row goes, with their governorates, sectors, answers, attendances, poll answers and
rankings. What they took part in stays only as anonymous tallies by actor type and governorate
(`storage.services.tallies`); free-text answers go. Approved sector updates stay, without author
or organization; the others go, as do opportunities never published (published ones stay,
without the person). Messages to them in the outbox lose their chat and text, and so do
messages about them, found by the people each row recorded when it was queued
(`OutboxSubject`); the copies still visible in other people's chats are edited, through the
outbox, to say the data was deleted on request. An
organization they proposed goes too when nobody else represents it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    ConsoleSession,
    FsmRecord,
    OutboxMessage,
    Person,
    PersonEvent,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    ReviewCard,
    SectorUpdate,
    UpdateStatus,
)
from storage.services.agenda import forget_ranker
from storage.services.audit import forget_in_audit
from storage.services.decisions import forget_voter
from storage.services.errors import NotFound
from storage.services.followup import forget_follower
from storage.services.meetings import forget_participant
from storage.services.opportunities import forget_poster
from storage.services.organizations import forget_proposer
from storage.services.outbox import NewMessage, OutboxService, forget_recipient, messages_about
from storage.services.polls import forget_respondent
from storage.services.translations import forget_translator
from storage.services.updates import forget_author


@dataclass(frozen=True, slots=True)
class Erasure:
    """What /forget did, for the confirmation the person reads."""

    approved_updates_kept: int
    messages_scrubbed: int
    notes_edited: int
    organization_removed: bool


class ErasureService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox

    async def finish_earlier_forgets(self, note_text: Callable[[str | None], str]) -> int:
        """People who used /forget before it erased everything kept a row (status forgotten)
        still linked to their answers, attendances and places: erase those rows now."""
        async with self.db.read() as session:
            ids = list(
                await session.scalars(
                    select(Person.id).where(Person.status == PersonStatus.FORGOTTEN)
                )
            )
        for person_id in ids:
            await self.forget(person_id, note_text)
        return len(ids)

    async def approved_updates(self, person_id: int) -> int:
        """How many of the person's updates would stay (anonymous) after /forget."""
        async with self.db.read() as session:
            count = await session.scalar(
                select(func.count())
                .select_from(SectorUpdate)
                .where(
                    SectorUpdate.author_id == person_id,
                    SectorUpdate.status == UpdateStatus.APPROVED,
                )
            )
        return int(count or 0)

    async def forget(self, person_id: int, note_text: Callable[[str | None], str]) -> Erasure:
        """Erase one person. `note_text(locale)` is what their cards in organizers' chats
        become, in each organizer's language."""
        async with self.db.write() as session:
            person = await get_locked(session, Person, person_id)
            if person is None:
                raise NotFound("error-person-not-found")
            telegram_id = person.telegram_id
            actor_type_id = person.organization.actor_type_id if person.organization else 0
            governorates = list(
                await session.scalars(
                    select(PersonGovernorate.governorate_id).where(
                        PersonGovernorate.person_id == person_id
                    )
                )
            )
            # Each feature forgets its part; what it keeps it keeps anonymous.
            await forget_participant(session, person_id, actor_type_id)
            await forget_respondent(session, person_id, actor_type_id, governorates)
            await forget_voter(session, person_id)
            await forget_ranker(session, person_id)
            await forget_follower(session, person_id)
            await forget_translator(session, person_id)
            notes = await _notes_about(session, person_id, telegram_id)
            scrubbed = await forget_recipient(session, person, telegram_id)
            kept = await forget_author(session, person_id)
            await forget_poster(session, person_id)
            removed = await forget_proposer(session, person)
            await forget_in_audit(session, person_id)
            for table in (PersonEvent, PersonGovernorate, PersonSector, ReviewCard):
                await session.execute(delete(table).where(table.person_id == person_id))
            if telegram_id is not None:  # dialog drafts may hold the name and title too
                await session.execute(
                    delete(FsmRecord).where(FsmRecord.key.like(f"%:{telegram_id}:%"))
                )
                await session.execute(  # an open console ends with the person
                    delete(ConsoleSession).where(ConsoleSession.telegram_id == telegram_id)
                )
            await session.execute(delete(Person).where(Person.id == person_id))
            # The copies organizers hold are edited to say what happened, in their language.
            edits = await _note_edits(session, notes, note_text)
            await self.outbox.enqueue(session, edits)
        return Erasure(kept, scrubbed, len(edits), removed)


async def _notes_about(
    session: AsyncSession, person_id: int, telegram_id: int | None
) -> set[tuple[int, int]]:
    """Messages still visible in other people's chats that name the person: registration
    cards (kept, or sent with their key), and every sent text recorded as about them (review
    cards, introduction requests and contacts, relayed messages, notices)."""
    kept = await session.execute(
        select(ReviewCard.chat_id, ReviewCard.message_id).where(ReviewCard.person_id == person_id)
    )
    sent = await session.execute(
        select(OutboxMessage.chat_id, OutboxMessage.message_id, OutboxMessage.payload).where(
            or_(
                OutboxMessage.dedupe_key.startswith(f"card:{person_id}:", autoescape=True),
                OutboxMessage.id.in_(messages_about(person_id)),
            ),
            OutboxMessage.message_id.is_not(None),
        )
    )
    notes = {(chat, message) for chat, message in kept}
    for chat, message, payload in sent:
        # A text can be edited into the note; a poll or a file cannot, and says nothing new.
        if (payload or {}).get("method", "sendMessage") in ("sendMessage", "editMessageText"):
            notes.add((chat, message))
    return {(c, m) for c, m in notes if c and m and c != telegram_id}


async def _note_edits(
    session: AsyncSession, notes: set[tuple[int, int]], note_text: Callable[[str | None], str]
) -> list[NewMessage]:
    if not notes:
        return []
    locales = dict(
        (
            await session.execute(
                select(Person.telegram_id, Person.locale).where(
                    Person.telegram_id.in_({chat for chat, _ in notes})
                )
            )
        ).all()
    )
    edits = []
    for chat_id, message_id in sorted(notes):
        payload = {
            "method": "editMessageText",
            "message_id": message_id,
            "text": note_text(locales.get(chat_id)),
        }
        edits.append(NewMessage(chat_id, payload, f"erased:{chat_id}:{message_id}"))
    return edits
