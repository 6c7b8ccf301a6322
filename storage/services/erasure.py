"""/forget: nothing that identifies the person stays.

The person's row goes, with their governorates, sectors, answers, attendances, poll answers and
rankings. What they took part in stays only as anonymous tallies by actor type and governorate
(`storage.services.tallies`); free-text answers go. Approved sector updates stay, without author
or organization; the others go. Messages to them in the outbox lose their chat and text, and so
do messages about them; the copies organizers hold in their chats (registration cards, notes
naming the person) are edited, through the outbox, to say the data was deleted on request. An
organization they proposed goes too when nobody else represents it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import String, and_, cast, delete, func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    AgendaRank,
    Answer,
    Attendance,
    AuditEntry,
    DeliveryStatus,
    FsmRecord,
    Meeting,
    Organization,
    OutboxMessage,
    Person,
    PersonEvent,
    PersonGovernorate,
    PersonSector,
    Poll,
    PollAnswer,
    PollRecipient,
    ReviewCard,
    Rsvp,
    SectorUpdate,
    UpdateStatus,
)
from storage.services.errors import NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.tallies import TallyKey, add_tallies
from storage.types import utcnow

# A name shorter than this is too common to look for in other people's messages.
NAME_SEARCH_MIN = 4
SCRUBBED: dict[str, object] = {"scrubbed": True}


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
            await add_tallies(
                session, await _what_stays(session, person_id, actor_type_id, governorates)
            )
            notes = await _notes_about(session, person_id)
            scrubbed = await _scrub_outbox(session, person, telegram_id)
            kept = await _keep_approved_updates(session, person_id)
            removed = await _remove_lonely_organization(session, person)
            await session.execute(
                update(AuditEntry).where(AuditEntry.actor_id == person_id).values(actor_id=None)
            )
            await session.execute(
                update(AuditEntry)
                .where(AuditEntry.target_person_id == person_id)
                .values(target_person_id=None, target_label=None)
            )
            for table in (
                AgendaRank, Attendance, Rsvp, PollAnswer, PollRecipient,
                PersonEvent, PersonGovernorate, PersonSector, ReviewCard,
            ):  # fmt: skip
                await session.execute(delete(table).where(table.person_id == person_id))
            if telegram_id is not None:  # dialog drafts may hold the name and title too
                await session.execute(
                    delete(FsmRecord).where(FsmRecord.key.like(f"%:{telegram_id}:%"))
                )
            await session.execute(delete(Person).where(Person.id == person_id))
            # The copies organizers hold are edited to say what happened, in their language.
            edits = await _note_edits(session, notes, note_text)
            await self.outbox.enqueue(session, edits)
        return Erasure(kept, scrubbed, len(edits), removed)


async def _what_stays(
    session: AsyncSession, person_id: int, actor_type_id: int, governorates: list[int]
) -> Counter[TallyKey]:
    """Counts by actor type (and governorate, for poll answers) of what the person took part
    in: the meetings they came to and answered, the polls they got and answered."""
    counts: Counter[TallyKey] = Counter()
    attended = set(
        await session.scalars(
            select(Attendance.meeting_id).where(Attendance.person_id == person_id)
        )
    )
    for meeting_id in attended:
        counts[TallyKey("attendance", meeting_id, actor_type_id=actor_type_id)] += 1
    answers = await session.execute(
        select(Rsvp.meeting_id, Rsvp.answer)
        .join(Meeting, Meeting.id == Rsvp.meeting_id)
        .where(Rsvp.person_id == person_id, Meeting.starts_at <= utcnow())
    )
    # Answers to meetings still to come simply go: the seat is free again.
    for meeting_id, answer in answers:
        counts[TallyKey("rsvp", meeting_id, value=answer, actor_type_id=actor_type_id)] += 1
        if answer == Answer.YES and meeting_id in attended:
            counts[TallyKey("yes_attended", meeting_id, actor_type_id=actor_type_id)] += 1
    for poll_id in await session.scalars(
        select(PollRecipient.poll_id).where(PollRecipient.person_id == person_id)
    ):
        counts[TallyKey("poll_sent", poll_id, actor_type_id=actor_type_id)] += 1
    rows = await session.execute(
        select(PollAnswer.poll_id, PollAnswer.question, PollAnswer.value, Poll.questions)
        .join(Poll, Poll.id == PollAnswer.poll_id)
        .where(PollAnswer.person_id == person_id)
    )
    answered = set()
    for poll_id, question, value, questions in rows:
        answered.add(poll_id)
        kind = questions[question]["kind"] if question < len(questions) else "text"
        if kind == "text":
            continue  # free text may say who wrote it: it goes
        counts[TallyKey("poll_answer", poll_id, question, value, actor_type_id)] += 1
        for governorate_id in governorates:
            counts[TallyKey("poll_place", poll_id, question, value, 0, governorate_id)] += 1
    for poll_id in answered:
        counts[TallyKey("poll_answered", poll_id, actor_type_id=actor_type_id)] += 1
    return counts


async def _notes_about(session: AsyncSession, person_id: int) -> set[tuple[int, int]]:
    """Messages in organizers' chats that name the person: cards (kept, or found through the
    outbox rows that sent them) and notes."""
    kept = await session.execute(
        select(ReviewCard.chat_id, ReviewCard.message_id).where(ReviewCard.person_id == person_id)
    )
    sent = await session.execute(
        select(OutboxMessage.chat_id, OutboxMessage.message_id).where(
            OutboxMessage.dedupe_key.startswith(f"card:{person_id}:", autoescape=True),
            OutboxMessage.message_id.is_not(None),
        )
    )
    return {(chat, message) for chat, message in [*kept, *sent] if chat and message}


async def _scrub_outbox(session: AsyncSession, person: Person, telegram_id: int | None) -> int:
    """Rows to the person, and rows about them (their cards, texts naming them), lose chat,
    text and key; those not sent yet are cancelled."""
    about = [OutboxMessage.dedupe_key.startswith(f"card:{person.id}:", autoescape=True)]
    if telegram_id is not None:
        about.append(OutboxMessage.chat_id == telegram_id)
    payload = cast(OutboxMessage.payload, String)
    for needle in (person.full_name, f"@{person.username}" if person.username else None):
        if needle and len(needle) >= NAME_SEARCH_MIN:
            # Stored JSON escapes non-ASCII letters: look for the name as it is stored.
            stored = json.dumps(needle)[1:-1]
            about.append(payload.contains(stored, autoescape=True))
    ids = list(await session.scalars(select(OutboxMessage.id).where(or_(*about))))
    if not ids:
        return 0
    chosen = OutboxMessage.id.in_(ids)
    await session.execute(
        update(OutboxMessage)
        .where(chosen, OutboxMessage.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENDING]))
        .values(status=DeliveryStatus.CANCELLED)
    )
    await session.execute(
        update(OutboxMessage)
        .where(chosen)
        .values(
            payload=SCRUBBED,
            dedupe_key=literal("scrubbed:") + cast(OutboxMessage.id, String),
            result_ref=None,
            last_error=None,
        )
    )
    if telegram_id is not None:  # cards keep the organizer's chat: they are edited below
        await session.execute(
            update(OutboxMessage)
            .where(chosen, OutboxMessage.chat_id == telegram_id)
            .values(chat_id=0)
        )
    return len(ids)


async def _keep_approved_updates(session: AsyncSession, person_id: int) -> int:
    """What was never published goes; approved updates stay, without author or organization
    (the actor type stays: the report's level)."""
    await session.execute(
        delete(SectorUpdate).where(
            SectorUpdate.author_id == person_id, SectorUpdate.status != UpdateStatus.APPROVED
        )
    )
    result = await session.execute(
        update(SectorUpdate)
        .where(SectorUpdate.author_id == person_id)
        .values(anonymous=True, author_id=None, organization_id=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def _remove_lonely_organization(session: AsyncSession, person: Person) -> bool:
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
