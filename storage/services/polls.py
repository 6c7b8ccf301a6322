"""Post-meeting polls: planned as rows with their send, reminder and close times; the sweep
sends them to those who came (or said yes when attendance was not taken), reminds those who
have not answered, and closes them. One answer per person per question, changeable until the
poll closes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from storage.database import Database
from storage.models import (
    Answer,
    Attendance,
    Meeting,
    Organization,
    Person,
    Poll,
    PollAnswer,
    PollRecipient,
    PollStatus,
    Rsvp,
)
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.people import Actor
from storage.services.text import clean_line
from storage.types import utcnow

TEXT_MAX = 1000
RenderPoll = Callable[[Poll, str], list[dict[str, Any]]]


def meeting_feedback(sector_codes: Sequence[str]) -> list[dict[str, Any]]:
    """The reusable template: usefulness 1-5, the topic for next time, free feedback."""
    return [
        {"kind": "scale", "key": "usefulness", "options": ["1", "2", "3", "4", "5"]},
        {"kind": "choice", "key": "next-topic", "options": list(sector_codes)},
        {"kind": "text", "key": "feedback", "options": []},
    ]


@dataclass
class QuestionResult:
    kind: str
    key: str
    counts: Counter[str] = field(default_factory=Counter)
    by_actor_type: dict[int | None, Counter[str]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)


class PollService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert

    async def create_for_meeting(
        self,
        by: Actor,
        meeting_id: int,
        questions: list[dict[str, Any]],
        delay: timedelta,
        open_for: timedelta,
    ) -> Poll:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            meeting = await session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("error-meeting-not-found")
            if await session.scalar(select(Poll.id).where(Poll.meeting_id == meeting_id)):
                raise Conflict("poll-exists")
            send_at = max(meeting.ends_at + delay, utcnow())
            poll = Poll(
                meeting_id=meeting_id,
                template="meeting feedback",
                questions=questions,
                send_at=send_at,
                remind_at=send_at + open_for / 2,
                close_at=send_at + open_for,
                created_by_id=by.person_id,
            )
            session.add(poll)
            await session.flush()
            return poll

    async def get(self, poll_id: int) -> Poll:
        async with self.db.read() as session:
            poll = await session.get(Poll, poll_id)
        if poll is None:
            raise NotFound("poll-gone")
        return poll

    async def for_meeting(self, meeting_id: int) -> Poll | None:
        async with self.db.read() as session:
            return await session.scalar(select(Poll).where(Poll.meeting_id == meeting_id))

    # --- the sweep ------------------------------------------------------------------------

    async def sweep(self, render: RenderPoll, render_reminder: RenderPoll) -> dict[str, int]:
        """Send due polls, remind, close. Each step is idempotent: dedupe keys and statuses."""
        now = utcnow()
        done = Counter[str]()
        async with self.db.write() as session:
            due = (
                await session.scalars(
                    select(Poll).where(Poll.status == PollStatus.SCHEDULED, Poll.send_at <= now)
                )
            ).all()
            for poll in due:
                people = await self._audience(session, poll)
                session.add_all(PollRecipient(poll_id=poll.id, person_id=p) for p, _, _ in people)
                messages = [
                    NewMessage(telegram_id, payload, f"poll:{poll.id}:{person_id}:{part}")
                    for person_id, telegram_id, locale in people
                    for part, payload in enumerate(render(poll, locale or "en"))
                ]
                await self.outbox.enqueue(session, messages)
                poll.status = PollStatus.OPEN
                done["sent"] += 1
            to_remind = (
                await session.scalars(
                    select(Poll).where(
                        Poll.status == PollStatus.OPEN,
                        Poll.reminded.is_(False),
                        Poll.remind_at <= now,
                        Poll.close_at > now,
                    )
                )
            ).all()
            for poll in to_remind:
                silent = await session.execute(
                    select(Person.id, Person.telegram_id, Person.locale)
                    .join(PollRecipient, PollRecipient.person_id == Person.id)
                    .where(
                        PollRecipient.poll_id == poll.id,
                        Person.telegram_id.is_not(None),
                        ~exists().where(
                            PollAnswer.poll_id == poll.id, PollAnswer.person_id == Person.id
                        ),
                    )
                )
                await self.outbox.enqueue(
                    session,
                    [
                        NewMessage(telegram_id, payload, f"pollrem:{poll.id}:{person_id}:{part}")
                        for person_id, telegram_id, locale in silent
                        for part, payload in enumerate(render_reminder(poll, locale or "en"))
                    ],
                )
                poll.reminded = True
                done["reminded"] += 1
            closing = (
                await session.scalars(
                    select(Poll).where(Poll.status == PollStatus.OPEN, Poll.close_at <= now)
                )
            ).all()
            for poll in closing:
                poll.status = PollStatus.CLOSED
                done["closed"] += 1
        return dict(done)

    async def _audience(self, session: Any, poll: Poll) -> list[tuple[int, int, str | None]]:
        """Those who came; if attendance was not taken, those who said yes."""
        base = select(Person.id, Person.telegram_id, Person.locale).where(
            Person.telegram_id.is_not(None)
        )
        attended = await session.execute(
            base.join(Attendance, Attendance.person_id == Person.id).where(
                Attendance.meeting_id == poll.meeting_id
            )
        )
        rows = list(attended)
        if not rows:
            rows = list(
                await session.execute(
                    base.join(Rsvp, Rsvp.person_id == Person.id).where(
                        Rsvp.meeting_id == poll.meeting_id, Rsvp.answer == Answer.YES
                    )
                )
            )
        return [(person_id, telegram_id, locale) for person_id, telegram_id, locale in rows]

    # --- answers --------------------------------------------------------------------------

    async def answer(self, poll_id: int, person_id: int, question: int, value: str) -> None:
        async with self.db.write() as session:
            poll = await session.get(Poll, poll_id)
            if poll is None:
                raise NotFound("poll-gone")
            if poll.status != PollStatus.OPEN or poll.close_at <= utcnow():
                raise Conflict("poll-closed")
            if not await session.scalar(
                select(PollRecipient.person_id).where(
                    PollRecipient.poll_id == poll_id, PollRecipient.person_id == person_id
                )
            ):
                raise Forbidden("poll-not-yours")
            if not 0 <= question < len(poll.questions):
                raise InvalidInput("common-stale-button")
            spec = poll.questions[question]
            if spec["kind"] == "text":
                value = clean_line(value)
                if not 1 <= len(value) <= TEXT_MAX:
                    raise InvalidInput("error-text-too-long", max=TEXT_MAX, length=len(value))
            elif value not in spec["options"]:
                raise InvalidInput("common-stale-button")
            await session.execute(
                delete(PollAnswer).where(
                    PollAnswer.poll_id == poll_id,
                    PollAnswer.person_id == person_id,
                    PollAnswer.question == question,
                )
            )
            session.add(
                PollAnswer(poll_id=poll_id, person_id=person_id, question=question, value=value)
            )

    async def results(self, poll_id: int) -> tuple[Poll, list[QuestionResult], int, int]:
        """Per question: counts overall and by actor type, free texts. Also (answered, sent)."""
        async with self.db.read() as session:
            poll = await session.get(Poll, poll_id)
            if poll is None:
                raise NotFound("poll-gone")
            rows = (
                await session.execute(
                    select(PollAnswer.question, PollAnswer.value, Organization.actor_type_id)
                    .join(Person, Person.id == PollAnswer.person_id)
                    .outerjoin(Organization, Organization.id == Person.organization_id)
                    .where(PollAnswer.poll_id == poll_id)
                )
            ).all()
            sent = len(
                (
                    await session.scalars(
                        select(PollRecipient.person_id).where(PollRecipient.poll_id == poll_id)
                    )
                ).all()
            )
            answered = len(
                (
                    await session.scalars(
                        select(PollAnswer.person_id).where(PollAnswer.poll_id == poll_id).distinct()
                    )
                ).all()
            )
        results = [QuestionResult(q["kind"], q["key"]) for q in poll.questions]
        for question, value, actor_type in rows:
            result = results[question]
            if result.kind == "text":
                result.texts.append(value)
                continue
            result.counts[value] += 1
            result.by_actor_type.setdefault(actor_type, Counter())[value] += 1
        return poll, results, answered, sent

    async def recipients(self, poll_id: int) -> list[tuple[int, int, str | None]]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(Person.id, Person.telegram_id, Person.locale)
                .join(PollRecipient, PollRecipient.person_id == Person.id)
                .where(PollRecipient.poll_id == poll_id, Person.telegram_id.is_not(None))
            )
            return [(person_id, telegram_id, locale) for person_id, telegram_id, locale in rows]

    async def table(self, poll_id: int) -> list[tuple[int | None, dict[int, str]]]:
        """One row per respondent, without names: (actor type id, {question: value})."""
        async with self.db.read() as session:
            rows = await session.execute(
                select(
                    PollAnswer.person_id,
                    Organization.actor_type_id,
                    PollAnswer.question,
                    PollAnswer.value,
                )
                .join(Person, Person.id == PollAnswer.person_id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(PollAnswer.poll_id == poll_id)
                .order_by(PollAnswer.person_id, PollAnswer.question)
            )
            people: dict[int, tuple[int | None, dict[int, str]]] = {}
            for person_id, actor_type_id, question, value in rows:
                people.setdefault(person_id, (actor_type_id, {}))[1][question] = value
            return list(people.values())
