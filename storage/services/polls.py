"""Polls: planned as rows with their send, reminder and close times. A meeting's poll goes to
those who came (or said yes when attendance was not taken); a standalone poll to an audience.
The sweep sends, reminds those who have not answered, and closes (stopping native Telegram
polls). One answer per person per question, changeable until the poll closes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.models import (
    Answer,
    Attendance,
    Meeting,
    Organization,
    OutboxMessage,
    Person,
    PersonGovernorate,
    Poll,
    PollAnswer,
    PollRecipient,
    PollStatus,
    Rsvp,
)
from storage.services.actors import Actor
from storage.services.audience import Audience, recipients
from storage.services.audit import audit
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.tallies import TallyKey, add_tallies, tallied, total
from storage.services.text import clean_line
from storage.types import utcnow

TEXT_MAX = 1000
# Telegram's limits for native polls; button polls keep to them too, so either form works.
QUESTION_MAX = 300
OPTION_MAX = 100
OPTIONS_MIN, OPTIONS_MAX = 2, 10
RenderPoll = Callable[[Poll, str], list[dict[str, Any]]]
# (poll, results, answered, sent, actor type, governorates, locale) -> payloads
RenderResults = Callable[..., list[dict[str, Any]]]

# The reusable templates; "own" is a question the organizer writes in each language.
TEMPLATES = ("feedback", "usefulness", "next-topic", "own")
SCALE = {"kind": "scale", "key": "usefulness", "options": ["1", "2", "3", "4", "5"]}


def template_questions(template: str, sector_codes: Sequence[str]) -> list[dict[str, Any]]:
    if template == "feedback":  # usefulness 1-5, the sector for next time, free feedback
        return [
            dict(SCALE),
            {"kind": "choice", "key": "next-topic", "options": list(sector_codes)},
            {"kind": "text", "key": "feedback", "options": []},
        ]
    if template == "usefulness":
        return [dict(SCALE)]
    if template == "next-topic":
        return [{"kind": "choice", "key": "next-topic", "options": list(sector_codes)}]
    raise InvalidInput("common-stale-button")


def meeting_feedback(sector_codes: Sequence[str]) -> list[dict[str, Any]]:
    return template_questions("feedback", sector_codes)


def parse_own_question(text: str, expected: int | None) -> tuple[str, list[str]]:
    """The organizer's message: the question on the first line, one option per line below.
    Every language must offer the same options in the same order (`expected` of them)."""
    lines = [clean_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise InvalidInput("poll-own-format", min=OPTIONS_MIN, max=OPTIONS_MAX)
    question, options = lines[0], lines[1:]
    if len(question) > QUESTION_MAX:
        raise InvalidInput("error-text-too-long", max=QUESTION_MAX, length=len(question))
    if not OPTIONS_MIN <= len(options) <= OPTIONS_MAX:
        raise InvalidInput("poll-own-format", min=OPTIONS_MIN, max=OPTIONS_MAX)
    if expected is not None and len(options) != expected:
        raise InvalidInput("poll-own-count", count=len(options), expected=expected)
    for option in options:
        if len(option) > OPTION_MAX:
            raise InvalidInput("error-text-too-long", max=OPTION_MAX, length=len(option))
    return question, options


def own_question(texts: dict[str, tuple[str, list[str]]]) -> dict[str, Any]:
    """One choice question from the parsed text per language."""
    count = len(next(iter(texts.values()))[1])
    return {
        "kind": "choice",
        "key": "own",
        "options": [str(n) for n in range(count)],
        "text": {locale: question for locale, (question, _) in texts.items()},
        "labels": {locale: options for locale, (_, options) in texts.items()},
    }


def can_be_native(questions: Sequence[dict[str, Any]]) -> bool:
    """A native Telegram poll carries one question with options."""
    return len(questions) == 1 and questions[0]["kind"] != "text"


def recipient_of(dedupe_key: str) -> tuple[int, int] | None:
    """(poll id, person id) from the key of a poll's outbox row: "poll:<poll>:<person>:<part>"."""
    parts = dedupe_key.split(":")
    if len(parts) != 4 or parts[0] != "poll":
        return None
    return int(parts[1]), int(parts[2])


@dataclass
class QuestionResult:
    kind: str
    key: str
    counts: Counter[str] = field(default_factory=Counter)
    by_actor_type: dict[int | None, Counter[str]] = field(default_factory=dict)
    by_governorate: dict[int, Counter[str]] = field(default_factory=dict)
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
        *,
        template: str = "feedback",
        native: bool = False,
    ) -> Poll:
        """Planned for `delay` after the meeting ends (or now, if that has passed)."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            meeting = await session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("error-meeting-not-found")
            if await session.scalar(select(Poll.id).where(Poll.meeting_id == meeting_id)):
                raise Conflict("poll-exists")
            send_at = max(meeting.ends_at + delay, utcnow())
            poll = self._new(by, template, questions, native, send_at, open_for)
            poll.meeting_id = meeting_id
            session.add(poll)
            await session.flush()
            await audit(
                session, by, "poll.create", target_kind="poll", target_id=poll.id,
                template=template, meeting=meeting_id,
            )  # fmt: skip
            return poll

    async def create_standalone(
        self,
        by: Actor,
        audience: Audience,
        questions: list[dict[str, Any]],
        open_for: timedelta,
        *,
        template: str,
        native: bool = False,
    ) -> Poll:
        """Sent to the audience at the next sweep (the caller runs one at once)."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            poll = self._new(by, template, questions, native, utcnow(), open_for)
            poll.audience = audience.to_data()
            session.add(poll)
            await session.flush()
            await audit(
                session, by, "poll.create", target_kind="poll", target_id=poll.id,
                template=template,
            )  # fmt: skip
            return poll

    @staticmethod
    def _new(
        by: Actor,
        template: str,
        questions: list[dict[str, Any]],
        native: bool,
        send_at: datetime,
        open_for: timedelta,
    ) -> Poll:
        if native and not can_be_native(questions):
            raise InvalidInput("common-stale-button")
        if not timedelta(hours=1) <= open_for <= timedelta(days=30):
            raise InvalidInput("common-stale-button")
        return Poll(
            template=template,
            questions=questions,
            native=native,
            send_at=send_at,
            remind_at=send_at + open_for / 2,
            close_at=send_at + open_for,
            created_by_id=by.person_id,
        )

    async def close_now(self, by: Actor, poll_id: int) -> Poll:
        """Bring the close time forward; the next sweep closes it (and stops native polls)."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            poll = await session.get(Poll, poll_id)
            if poll is None:
                raise NotFound("poll-gone")
            if poll.status != PollStatus.OPEN:
                raise Conflict("poll-closed")
            poll.close_at = utcnow()
            await audit(session, by, "poll.close", target_kind="poll", target_id=poll_id)
            return poll

    async def recent(self, limit: int = 10) -> list[Poll]:
        async with self.db.read() as session:
            return list(
                (await session.scalars(select(Poll).order_by(Poll.id.desc()).limit(limit))).all()
            )

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

    async def sweep(
        self,
        render: RenderPoll,
        render_reminder: RenderPoll,
        render_results: RenderResults | None = None,
    ) -> dict[str, int]:
        """Send due polls, remind, close (and send each person who answered their results).
        Each step is idempotent: dedupe keys and statuses."""
        now = utcnow()
        done = Counter[str]()
        async with self.db.write() as session:
            due = (
                await session.scalars(
                    select(Poll)
                    .where(Poll.status == PollStatus.SCHEDULED, Poll.send_at <= now)
                    # Another scheduler process on the same rows skips them: each step once.
                    .with_for_update(skip_locked=True)
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
                    select(Poll)
                    .where(
                        Poll.status == PollStatus.OPEN,
                        Poll.reminded.is_(False),
                        Poll.remind_at <= now,
                        Poll.close_at > now,
                    )
                    .with_for_update(skip_locked=True)
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
                    select(Poll)
                    .where(Poll.status == PollStatus.OPEN, Poll.close_at <= now)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            for poll in closing:
                poll.status = PollStatus.CLOSED
                done["closed"] += 1
                if poll.native:  # Telegram closes a poll by itself only within 600 seconds
                    await self.outbox.enqueue(session, await self._stops(session, poll))
                if render_results is not None:
                    await session.flush()
                    await self._queue_results(session, poll, render_results)
        return dict(done)

    async def send_results(self, poll_id: int, render: RenderResults) -> int:
        """Each person who answered gets the results cut for their own groups, once (the close
        sends them; an organizer's button sends what has not gone). Returns how many people
        they went to now (0: all had them already)."""
        async with self.db.write() as session:
            poll = await session.get(Poll, poll_id)
            if poll is None:
                raise NotFound("poll-gone")
            if poll.status != PollStatus.CLOSED:
                raise Conflict("poll-still-open")
            return await self._queue_results(session, poll, render)

    async def _queue_results(self, session: Any, poll: Poll, render: RenderResults) -> int:
        results, answered, sent = await self._results(session, poll)
        people = (
            await session.execute(
                select(Person.id, Person.telegram_id, Person.locale, Organization.actor_type_id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(
                    Person.telegram_id.is_not(None),
                    Person.hear_outcomes.is_(True),
                    exists().where(
                        PollAnswer.poll_id == poll.id, PollAnswer.person_id == Person.id
                    ),
                )
                .order_by(Person.id)
            )
        ).all()
        places: dict[int, list[int]] = {}
        for person_id, governorate_id in await session.execute(
            select(PersonGovernorate.person_id, PersonGovernorate.governorate_id).where(
                PersonGovernorate.person_id.in_([p for p, *_ in people])
            )
        ):
            places.setdefault(person_id, []).append(governorate_id)
        cards: dict[tuple[str, int | None, tuple[int, ...]], list[dict[str, Any]]] = {}
        messages = []
        for person_id, telegram_id, locale, actor_type_id in people:
            key = (locale or "en", actor_type_id, tuple(sorted(places.get(person_id, []))))
            if key not in cards:
                cards[key] = render(poll, results, answered, sent, key[1], key[2], key[0])
            messages += [
                NewMessage(telegram_id, payload, f"pollres:{poll.id}:{person_id}:{n}")
                for n, payload in enumerate(cards[key])
            ]
        queued = await self.outbox.enqueue(session, messages)
        return len(people) if queued else 0

    async def _stops(self, session: Any, poll: Poll) -> list[NewMessage]:
        sent = await session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.message_id).where(
                OutboxMessage.dedupe_key.like(f"poll:{poll.id}:%"),
                OutboxMessage.result_ref.is_not(None),
                OutboxMessage.message_id.is_not(None),
            )
        )
        return [
            NewMessage(
                chat_id,
                {"method": "stopPoll", "message_id": message_id},
                f"pollstop:{poll.id}:{chat_id}",
            )
            for chat_id, message_id in sent
        ]

    async def _audience(self, session: Any, poll: Poll) -> list[tuple[int, int, str | None]]:
        """A standalone poll's audience; for a meeting, those who came, or if attendance was not
        taken, those who said yes."""
        if poll.meeting_id is None:
            people = await recipients(session, Audience.from_data(poll.audience))
            return [(p.person_id, p.telegram_id, p.locale) for p in people]
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
            poll = await self._open_for(session, poll_id, person_id)
            await self._store(session, poll, person_id, question, value)

    async def answer_native(
        self, telegram_poll_id: str, person_id: int | None, option_ids: Sequence[int]
    ) -> None:
        """A vote in a native poll; an empty vote takes the answer back."""
        key = await self.outbox.key_of_poll(telegram_poll_id)
        async with self.db.write() as session:
            sent = recipient_of(key or "")
            if sent is None:
                raise NotFound("poll-gone")
            poll_id, recipient = sent
            if person_id != recipient:  # a forwarded copy answered by someone else
                raise Forbidden("poll-not-yours")
            poll = await self._open_for(session, poll_id, recipient)
            if not option_ids:
                await session.execute(
                    delete(PollAnswer).where(
                        PollAnswer.poll_id == poll_id, PollAnswer.person_id == recipient
                    )
                )
                return
            options = poll.questions[0]["options"]
            if not 0 <= option_ids[0] < len(options):
                raise InvalidInput("common-stale-button")
            await self._store(session, poll, recipient, 0, options[option_ids[0]])

    async def _open_for(self, session: Any, poll_id: int, person_id: int) -> Poll:
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
        return poll

    async def _store(
        self, session: Any, poll: Poll, person_id: int, question: int, value: str
    ) -> None:
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
                PollAnswer.poll_id == poll.id,
                PollAnswer.person_id == person_id,
                PollAnswer.question == question,
            )
        )
        session.add(
            PollAnswer(poll_id=poll.id, person_id=person_id, question=question, value=value)
        )

    async def results(self, poll_id: int) -> tuple[Poll, list[QuestionResult], int, int]:
        """Per question: counts overall and by actor type, free texts. Also (answered, sent)."""
        async with self.db.read() as session:
            poll = await session.get(Poll, poll_id)
            if poll is None:
                raise NotFound("poll-gone")
            results, answered, sent = await self._results(session, poll)
        return poll, results, answered, sent

    async def _results(self, session: Any, poll: Poll) -> tuple[list[QuestionResult], int, int]:
        poll_id = poll.id
        rows = (
            await session.execute(
                select(PollAnswer.question, PollAnswer.value, Organization.actor_type_id)
                .join(Person, Person.id == PollAnswer.person_id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(PollAnswer.poll_id == poll_id)
            )
        ).all()
        places = (
            await session.execute(
                select(PollAnswer.question, PollAnswer.value, PersonGovernorate.governorate_id)
                .join(PersonGovernorate, PersonGovernorate.person_id == PollAnswer.person_id)
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
        # What people who asked to be forgotten answered stays in the counts only.
        sent += total(await tallied(session, "poll_sent", [poll_id]))
        answered += total(await tallied(session, "poll_answered", [poll_id]))
        rows = [
            *rows,
            *(
                (t.question, t.value, t.actor_type_id or None)
                for t in await tallied(session, "poll_answer", [poll_id])
                for _ in range(t.count)
            ),
        ]
        places = [
            *places,
            *(
                (t.question, t.value, t.governorate_id)
                for t in await tallied(session, "poll_place", [poll_id])
                for _ in range(t.count)
            ),
        ]
        results = [QuestionResult(q["kind"], q["key"]) for q in poll.questions]
        for question, value, actor_type in rows:
            result = results[question]
            if result.kind == "text":
                result.texts.append(value)
                continue
            result.counts[value] += 1
            result.by_actor_type.setdefault(actor_type, Counter())[value] += 1
        for question, value, governorate_id in places:  # a person may work in several
            if results[question].kind != "text":
                results[question].by_governorate.setdefault(governorate_id, Counter())[value] += 1
        return results, answered, sent

    async def took_part(self, poll_id: int, person_id: int) -> bool:
        async with self.db.read() as session:
            return bool(
                await session.scalar(
                    select(PollAnswer.person_id)
                    .where(PollAnswer.poll_id == poll_id, PollAnswer.person_id == person_id)
                    .limit(1)
                )
            )

    async def segments_of(self, person_id: int) -> tuple[int | None, tuple[int, ...]]:
        """A person's actor type and governorates: whose cut of the results they get."""
        async with self.db.read() as session:
            actor_type_id = await session.scalar(
                select(Organization.actor_type_id)
                .join(Person, Person.organization_id == Organization.id)
                .where(Person.id == person_id)
            )
            places = await session.scalars(
                select(PersonGovernorate.governorate_id).where(
                    PersonGovernorate.person_id == person_id
                )
            )
            return actor_type_id, tuple(sorted(places))

    async def recipients(self, poll_id: int) -> list[tuple[int, int, str | None]]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(Person.id, Person.telegram_id, Person.locale)
                .join(PollRecipient, PollRecipient.person_id == Person.id)
                .where(PollRecipient.poll_id == poll_id, Person.telegram_id.is_not(None))
            )
            return [(person_id, telegram_id, locale) for person_id, telegram_id, locale in rows]

    async def table(self, poll_id: int) -> list[tuple[int | None, list[int], dict[int, str]]]:
        """One row per respondent, without names: (actor type, governorates, {question: value})."""
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
            people: dict[int, tuple[int | None, list[int], dict[int, str]]] = {}
            for person_id, actor_type_id, question, value in rows:
                people.setdefault(person_id, (actor_type_id, [], {}))[2][question] = value
            places = await session.execute(
                select(PersonGovernorate.person_id, PersonGovernorate.governorate_id).where(
                    PersonGovernorate.person_id.in_(people)
                )
            )
            for person_id, governorate_id in places:
                people[person_id][1].append(governorate_id)
            return list(people.values())


async def forget_respondent(
    session: AsyncSession, person_id: int, actor_type_id: int, governorates: list[int]
) -> None:
    """/forget asks polls to forget someone: the polls they got and their choices stay as
    anonymous tallies (by actor type, and by governorate); free texts, which may say who
    wrote them, go."""
    counts: Counter[TallyKey] = Counter()
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
            continue
        counts[TallyKey("poll_answer", poll_id, question, value, actor_type_id)] += 1
        for governorate_id in governorates:
            counts[TallyKey("poll_place", poll_id, question, value, 0, governorate_id)] += 1
    for poll_id in answered:
        counts[TallyKey("poll_answered", poll_id, actor_type_id=actor_type_id)] += 1
    await add_tallies(session, counts)
    await session.execute(delete(PollAnswer).where(PollAnswer.person_id == person_id))
    await session.execute(delete(PollRecipient).where(PollRecipient.person_id == person_id))
