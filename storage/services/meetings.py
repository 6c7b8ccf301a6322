"""Coordination meetings: publication with invitations, answers with capacity and a waiting
list, reminders planned as rows, check-in, and the attendance figures of the report's Figure 2.

Rendering is the caller's: `publish` takes a function that turns (meeting, locale) into the
messages an invitee gets, so this module needs no Telegram and no texts.
"""

from __future__ import annotations

import hmac
import secrets
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, delete, exists, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    AnonymousTally,
    Answer,
    Attendance,
    Meeting,
    MeetingMode,
    MeetingReminder,
    MeetingStatus,
    Organization,
    Person,
    Rsvp,
)
from storage.services.actors import Actor
from storage.services.audience import Audience, audience_query, recipients
from storage.services.audit import audit
from storage.services.cuts import move_reminders_before_cuts
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.tallies import TallyKey, add_tallies, tallied, total
from storage.services.text import ascii_digits, clean_line
from storage.services.validation import validate_link
from storage.types import utcnow

TITLE_MAX = 200
# With a 200-character title, a 300-character venue and a 512-character link, an agenda this
# long still leaves the invitation within one message (4,096 characters).
AGENDA_MAX = 2500
CHECKIN_MARGIN = timedelta(hours=1)  # check-in opens an hour before and closes an hour after

Render = Callable[[Meeting, str], list[dict[str, Any]]]


def held_meetings(start: datetime, end: datetime) -> Select[tuple[int]]:
    """Ids of the meetings held in [start, end): started, or someone checked in already (early
    arrivals count, also those who since asked /forget and are a tally now)."""
    return select(Meeting.id).where(
        Meeting.status == MeetingStatus.PUBLISHED,
        Meeting.starts_at >= start,
        Meeting.starts_at < end,
        or_(
            Meeting.starts_at <= utcnow(),
            exists().where(Attendance.meeting_id == Meeting.id),
            exists().where(
                AnonymousTally.subject == "attendance", AnonymousTally.ref == Meeting.id
            ),
        ),
    )


@dataclass
class MeetingDraft:
    titles: dict[str, str] = field(default_factory=dict)
    agendas: dict[str, str] = field(default_factory=dict)
    mode: str = MeetingMode.PHYSICAL
    venue: str | None = None
    link: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    rsvp_deadline: datetime | None = None
    capacity: int | None = None
    audience: Audience = field(default_factory=Audience)


def validate_venue(text: str) -> str:
    venue = clean_line(text)
    if not 2 <= len(venue) <= 300:
        raise InvalidInput("error-venue-length", min=2, max=300, length=len(venue))
    return venue


def validate_capacity(text: str) -> int:
    text = ascii_digits(text).strip()
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 100_000:
        raise InvalidInput("error-capacity")
    return int(text)


def validate_draft(draft: MeetingDraft, now: datetime) -> None:
    if not draft.titles:
        raise InvalidInput("error-text-empty")
    if draft.starts_at is None or draft.ends_at is None:
        raise InvalidInput("error-time-format", example="-")
    if draft.starts_at <= now:
        raise InvalidInput("error-time-past")
    if draft.ends_at <= draft.starts_at:
        raise InvalidInput("error-end-before-start")
    deadline = draft.rsvp_deadline or draft.starts_at
    if deadline > draft.starts_at or deadline <= now:
        raise InvalidInput("error-deadline")
    if draft.mode in (MeetingMode.VIRTUAL, MeetingMode.HYBRID) and not draft.link:
        raise InvalidInput("error-link-invalid")
    if draft.mode in (MeetingMode.PHYSICAL, MeetingMode.HYBRID) and not draft.venue:
        raise InvalidInput("error-venue-length", min=2, max=300, length=0)


@dataclass(frozen=True)
class AnswerResult:
    answer: str  # what was stored: yes, no, maybe or waitlist
    promoted_person_id: int | None = None  # moved from the waiting list to yes


@dataclass(frozen=True)
class Stats:
    meetings_by_mode: Counter[str]
    attendances: int
    unique_people: int
    repeat_people: int
    attendances_by_actor_type: Counter[int]
    rsvp_yes: int
    yes_and_attended: int


class MeetingService:
    def __init__(
        self, db: Database, outbox: OutboxService, reminder_offsets: Sequence[timedelta] = ()
    ) -> None:
        self.db = db
        self.outbox = outbox
        self.reminder_offsets = tuple(reminder_offsets)
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert

    # --- organizers -----------------------------------------------------------------------

    async def publish(self, by: Actor, draft: MeetingDraft, render: Render) -> Meeting:
        """Store the meeting, invite its audience, plan its reminders: one transaction."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        now = utcnow()
        validate_draft(draft, now)
        assert draft.starts_at is not None and draft.ends_at is not None
        async with self.db.write() as session:
            invitees = await recipients(session, draft.audience)
            if not invitees:
                raise InvalidInput("error-audience-empty")
            meeting = Meeting(
                uid=f"{secrets.token_hex(12)}@tansiq",
                titles=draft.titles,
                agendas=draft.agendas,
                mode=draft.mode,
                venue=draft.venue,
                link=draft.link,
                starts_at=draft.starts_at,
                ends_at=draft.ends_at,
                rsvp_deadline=draft.rsvp_deadline or draft.starts_at,
                capacity=draft.capacity,
                audience=draft.audience.to_data(),
                checkin_token=secrets.token_urlsafe(12),
                created_by_id=by.person_id,
            )
            session.add(meeting)
            await session.flush()
            session.add_all(Rsvp(meeting_id=meeting.id, person_id=p.person_id) for p in invitees)
            for offset in self.reminder_offsets:
                due = draft.starts_at - offset
                if due > now:  # a reminder whose moment already passed is not planned
                    session.add(
                        MeetingReminder(
                            meeting_id=meeting.id,
                            offset_minutes=int(offset.total_seconds() // 60),
                            due_at=due,
                        )
                    )
            if draft.mode in (MeetingMode.VIRTUAL, MeetingMode.HYBRID):
                # Offset 0: at the start, a check-in button for those who said yes or maybe.
                session.add(
                    MeetingReminder(meeting_id=meeting.id, offset_minutes=0, due_at=draft.starts_at)
                )
            await session.flush()
            await move_reminders_before_cuts(session)  # one due in an announced cut goes before
            rendered: dict[str, list[dict[str, Any]]] = {}
            messages = []
            for person in invitees:
                locale = person.locale or "en"
                if locale not in rendered:
                    rendered[locale] = render(meeting, locale)
                for part, payload in enumerate(rendered[locale]):
                    messages.append(
                        NewMessage(
                            person.telegram_id,
                            payload,
                            f"invite:{meeting.id}:{meeting.sequence}:{person.person_id}:{part}",
                            expires_at=meeting.ends_at,  # an invitation to a meeting that ended
                        )
                    )
            await self.outbox.enqueue(session, messages)
            await audit(
                session, by, "meeting.publish", target_kind="meeting", target_id=meeting.id,
                label=meeting.title("en"), invitees=len(invitees),
            )  # fmt: skip
        return meeting

    async def invite_newcomer(self, person_id: int, render: Render) -> int:
        """Someone approved after a meeting went out is invited too, if the meeting's audience
        takes them in and answers are still open. Returns how many meetings invited them."""
        now = utcnow()
        invited = 0
        async with self.db.write() as session:
            upcoming = (
                await session.scalars(
                    select(Meeting).where(
                        Meeting.status == MeetingStatus.PUBLISHED,
                        Meeting.rsvp_deadline > now,
                        Meeting.starts_at > now,
                        ~exists().where(Rsvp.meeting_id == Meeting.id, Rsvp.person_id == person_id),
                    )
                )
            ).all()
            for meeting in upcoming:
                audience = Audience.from_data(meeting.audience)
                found = await session.execute(
                    audience_query(audience).where(Person.id == person_id)
                )
                person = found.first()
                if person is None:
                    continue
                session.add(Rsvp(meeting_id=meeting.id, person_id=person_id))
                await self.outbox.enqueue(
                    session,
                    [
                        NewMessage(
                            person.telegram_id,
                            payload,
                            f"invite:{meeting.id}:{meeting.sequence}:{person_id}:{part}",
                            expires_at=meeting.ends_at,
                        )
                        for part, payload in enumerate(render(meeting, person.locale or "en"))
                    ],
                )
                invited += 1
        return invited

    async def get(self, meeting_id: int) -> Meeting:
        async with self.db.read() as session:
            meeting = await session.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFound("error-meeting-not-found")
        return meeting

    async def recent(self, limit: int = 8) -> list[Meeting]:
        """The latest published meetings, newest first (to pick an audience from)."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Meeting)
                .where(Meeting.status == MeetingStatus.PUBLISHED)
                .order_by(Meeting.starts_at.desc())
                .limit(limit)
            )
            return list(rows)

    async def answers(self, meeting_id: int) -> Counter[str]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(Rsvp.answer, func.count())
                .where(Rsvp.meeting_id == meeting_id)
                .group_by(Rsvp.answer)
            )
            counts = Counter(dict(rows.all()))
            for tally in await tallied(session, "rsvp", [meeting_id]):
                counts[tally.value] += tally.count  # people who since asked to be forgotten
            return counts

    # --- invitees -------------------------------------------------------------------------

    async def answer(self, meeting_id: int, person_id: int, answer: str) -> AnswerResult:
        if answer not in (Answer.YES, Answer.NO, Answer.MAYBE):
            raise InvalidInput("common-stale-button")
        now = utcnow()
        async with self.db.write() as session:
            meeting = await session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("error-meeting-not-found")
            if meeting.status == MeetingStatus.CANCELLED:
                raise Conflict("meeting-is-cancelled")
            if now > meeting.rsvp_deadline:
                raise Conflict("meeting-rsvp-closed")
            await session.execute(
                select(Meeting.id).where(Meeting.id == meeting_id).with_for_update()
            )  # answers to one meeting queue up: capacity is counted right
            rsvp = await session.scalar(
                select(Rsvp).where(Rsvp.meeting_id == meeting_id, Rsvp.person_id == person_id)
            )
            if rsvp is None:
                raise Forbidden("meeting-not-invited")
            previous = rsvp.answer
            stored = answer
            if answer == Answer.YES and previous not in (Answer.YES, Answer.WAITLIST):
                if meeting.capacity is not None:
                    taken = await session.scalar(
                        select(func.count())
                        .select_from(Rsvp)
                        .where(Rsvp.meeting_id == meeting_id, Rsvp.answer == Answer.YES)
                    )
                    if (taken or 0) >= meeting.capacity:
                        stored = Answer.WAITLIST
            elif answer == Answer.YES:
                stored = previous  # pressing yes again keeps one's place
            if stored != previous:
                rsvp.answer = stored
                rsvp.answered_at = now
            promoted = None
            if previous == Answer.YES and stored != Answer.YES and meeting.capacity is not None:
                first = await session.scalar(
                    select(Rsvp)
                    .where(Rsvp.meeting_id == meeting_id, Rsvp.answer == Answer.WAITLIST)
                    .order_by(Rsvp.answered_at, Rsvp.id)
                    .limit(1)
                )
                if first is not None:
                    first.answer = Answer.YES
                    promoted = first.person_id
            return AnswerResult(stored, promoted)

    async def upcoming_for(self, person_id: int) -> list[tuple[Meeting, str]]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(Meeting, Rsvp.answer)
                .join(Rsvp, Rsvp.meeting_id == Meeting.id)
                .where(
                    Rsvp.person_id == person_id,
                    Meeting.ends_at > utcnow(),
                    Meeting.status == MeetingStatus.PUBLISHED,
                )
                .order_by(Meeting.starts_at)
            )
            return [(meeting, answer) for meeting, answer in rows]

    async def check_in(
        self, meeting_id: int, token: str, person_id: int, method: str = "link"
    ) -> bool:
        """Record attendance once; True the first time. Forged or foreign payloads and times
        outside the window are refused."""
        meeting = await self.get(meeting_id)
        if not hmac.compare_digest(meeting.checkin_token, token):
            raise Forbidden("meeting-checkin-invalid")
        if meeting.status == MeetingStatus.CANCELLED:
            raise Conflict("meeting-is-cancelled")
        now = utcnow()
        if not meeting.starts_at - CHECKIN_MARGIN <= now <= meeting.ends_at + CHECKIN_MARGIN:
            raise Conflict("meeting-checkin-closed")
        async with self.db.read() as session:
            invited = await session.scalar(
                select(Rsvp.id).where(Rsvp.meeting_id == meeting_id, Rsvp.person_id == person_id)
            )
        if invited is None:  # a link passed on: the invitees' attendance stays theirs
            raise Forbidden("meeting-checkin-not-invited")
        return await self._attend(meeting_id, person_id, method)

    async def mark_attended(self, by: Actor, meeting_id: int, person_id: int) -> bool:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        meeting = await self.get(meeting_id)
        first = await self._attend(meeting_id, person_id, "manual")
        if first:
            async with self.db.write() as session:
                await audit(
                    session, by, "attendance.mark", target_kind="meeting", target_id=meeting_id,
                    target_person_id=person_id, label=meeting.title("en"),
                )  # fmt: skip
        return first

    async def _attend(self, meeting_id: int, person_id: int, method: str) -> bool:
        statement = (
            self._insert(Attendance)
            .values(
                meeting_id=meeting_id, person_id=person_id, method=method, checked_in_at=utcnow()
            )
            .on_conflict_do_nothing()
        )
        async with self.db.write() as session:
            result = await session.execute(statement)
            return bool(result.rowcount)  # type: ignore[attr-defined]

    # --- the scheduler's sweep ------------------------------------------------------------

    async def queue_due_reminders(self, render: Render, render_checkin: Render) -> tuple[int, int]:
        """Queue every reminder whose moment came, to those who said yes or maybe, once.

        A reminder missed while the bot was down still goes out if the meeting has not started;
        otherwise it is skipped. Returns (queued messages, skipped reminders)."""
        now = utcnow()
        queued = skipped = 0
        async with self.db.write() as session:
            due = (
                await session.scalars(
                    select(MeetingReminder)
                    .where(MeetingReminder.done_at.is_(None), MeetingReminder.due_at <= now)
                    # A second scheduler process skips the rows this one holds: each once.
                    .with_for_update(skip_locked=True)
                )
            ).all()
            for reminder in due:
                meeting = await session.get(Meeting, reminder.meeting_id)
                reminder.done_at = now
                checkin = reminder.offset_minutes == 0
                if meeting is None or meeting.status == MeetingStatus.CANCELLED:
                    too_late = True
                else:  # a reminder is useless once the meeting began; a check-in, once it ended
                    too_late = (meeting.ends_at if checkin else meeting.starts_at) <= now
                if too_late:
                    reminder.outcome = "skipped"
                    skipped += 1
                    continue
                assert meeting is not None
                make = render_checkin if checkin else render
                people = await session.execute(
                    select(Person.id, Person.telegram_id, Person.locale)
                    .join(Rsvp, Rsvp.person_id == Person.id)
                    .where(
                        Rsvp.meeting_id == meeting.id,
                        Rsvp.answer.in_([Answer.YES, Answer.MAYBE]),
                        Person.telegram_id.is_not(None),
                    )
                )
                messages = []
                for person_id, telegram_id, locale in people:
                    for part, payload in enumerate(make(meeting, locale or "en")):
                        messages.append(
                            NewMessage(
                                telegram_id,
                                payload,
                                f"remind:{meeting.id}:{reminder.offset_minutes}:{person_id}:{part}",
                                # "Coming up" makes sense until it starts; "check in", until
                                # it ends: after that the outbox drops it as expired.
                                expires_at=meeting.ends_at if checkin else meeting.starts_at,
                            )
                        )
                queued += await self.outbox.enqueue(session, messages)
                reminder.outcome = "queued"
        return queued, skipped

    # --- statistics (the report's Figure 2) -----------------------------------------------

    async def stats(self, start: datetime, end: datetime) -> Stats:
        async with self.db.read() as session:
            held = held_meetings(start, end)
            modes = Counter(
                dict(
                    (
                        await session.execute(
                            select(Meeting.mode, func.count())
                            .where(Meeting.id.in_(held))
                            .group_by(Meeting.mode)
                        )
                    ).all()
                )
            )
            attended = (
                await session.execute(
                    select(Attendance.person_id, Organization.actor_type_id)
                    .join(Person, Person.id == Attendance.person_id)
                    .outerjoin(Organization, Organization.id == Person.organization_id)
                    .where(Attendance.meeting_id.in_(held))
                )
            ).all()
            per_person = Counter(person_id for person_id, _ in attended)
            yes = await session.scalar(
                select(func.count())
                .select_from(Rsvp)
                .where(Rsvp.meeting_id.in_(held), Rsvp.answer == Answer.YES)
            )
            yes_attended = await session.scalar(
                select(func.count())
                .select_from(Rsvp)
                .join(
                    Attendance,
                    (Attendance.meeting_id == Rsvp.meeting_id)
                    & (Attendance.person_id == Rsvp.person_id),
                )
                .where(Rsvp.meeting_id.in_(held), Rsvp.answer == Answer.YES)
            )
            # People who asked to be forgotten still count, anonymously, by actor type. Not
            # as unique or repeat people: nothing tells whose attendances they were.
            forgotten = await tallied(session, "attendance", held)
            forgotten_yes = [t for t in await tallied(session, "rsvp", held) if t.value == "yes"]
            forgotten_both = await tallied(session, "yes_attended", held)
        by_type = Counter(t for _, t in attended if t is not None)
        for tally in forgotten:
            if tally.actor_type_id:
                by_type[tally.actor_type_id] += tally.count
        return Stats(
            meetings_by_mode=modes,
            attendances=len(attended) + total(forgotten),
            unique_people=len(per_person),
            repeat_people=sum(1 for count in per_person.values() if count >= 2),
            attendances_by_actor_type=by_type,
            rsvp_yes=int(yes or 0) + total(forgotten_yes),
            yes_and_attended=int(yes_attended or 0) + total(forgotten_both),
        )

    async def change(
        self,
        by: Actor,
        meeting_id: int,
        seen_sequence: int,
        render: Render,
        *,
        starts_at: datetime | None = None,
        venue: str | None = None,
        link: str | None = None,
        agenda: tuple[str, str] | None = None,
    ) -> Meeting:
        """Change time, venue, link or an agenda; every invitee is told, reminders re-planned.

        `seen_sequence` is the version the organizer looked at: if someone changed the meeting
        since, the change is refused rather than silently overwriting theirs."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        now = utcnow()
        async with self.db.write() as session:
            meeting = await get_locked(session, Meeting, meeting_id)
            if meeting is None:
                raise NotFound("error-meeting-not-found")
            if meeting.status == MeetingStatus.CANCELLED:
                raise Conflict("meeting-is-cancelled")
            if meeting.sequence != seen_sequence:
                raise Conflict("meeting-changed-meanwhile")
            if starts_at is not None:
                if starts_at <= now:
                    raise InvalidInput("error-time-past")
                duration = meeting.ends_at - meeting.starts_at
                meeting.starts_at, meeting.ends_at = starts_at, starts_at + duration
                if meeting.rsvp_deadline > starts_at:
                    meeting.rsvp_deadline = starts_at
                await self._replan(session, meeting, now)
                await session.flush()
                await move_reminders_before_cuts(session)
            if venue is not None:
                meeting.venue = validate_venue(venue)
            if link is not None:
                meeting.link = validate_link(link)
            if agenda is not None:
                locale, text = agenda
                if len(text) > AGENDA_MAX:
                    raise InvalidInput("error-text-too-long", max=AGENDA_MAX, length=len(text))
                meeting.agendas = {**meeting.agendas, locale: text}
            meeting.sequence += 1
            await self._tell_invitees(session, meeting, render, f"update:{meeting.sequence}")
            changed = [
                name
                for name, value in (("time", starts_at), ("venue", venue), ("link", link))
                if value is not None
            ] + (["agenda"] if agenda is not None else [])
            await audit(
                session, by, "meeting.change", target_kind="meeting", target_id=meeting.id,
                label=meeting.title("en"), changed=",".join(changed),
            )  # fmt: skip
            return meeting

    async def _replan(self, session: Any, meeting: Meeting, now: datetime) -> None:
        reminders = {
            r.offset_minutes: r
            for r in await session.scalars(
                select(MeetingReminder).where(MeetingReminder.meeting_id == meeting.id)
            )
        }
        for offset_minutes, reminder in reminders.items():
            due = meeting.starts_at - timedelta(minutes=offset_minutes)
            reminder.due_at = due
            reminder.done_at, reminder.outcome = (
                (None, None) if due > now or offset_minutes == 0 else (now, "skipped")
            )
        for offset in self.reminder_offsets:
            minutes = int(offset.total_seconds() // 60)
            due = meeting.starts_at - offset
            if minutes not in reminders and due > now:
                session.add(
                    MeetingReminder(meeting_id=meeting.id, offset_minutes=minutes, due_at=due)
                )

    async def _tell_invitees(self, session: Any, meeting: Meeting, render: Render, tag: str) -> int:
        people = await session.execute(
            select(Person.id, Person.telegram_id, Person.locale)
            .join(Rsvp, Rsvp.person_id == Person.id)
            .where(Rsvp.meeting_id == meeting.id, Person.telegram_id.is_not(None))
        )
        messages = []
        for person_id, telegram_id, locale in people:
            for part, payload in enumerate(render(meeting, locale or "en")):
                messages.append(
                    NewMessage(
                        telegram_id,
                        payload,
                        f"{tag}:{meeting.id}:{person_id}:{part}",
                        expires_at=meeting.ends_at,  # news of a meeting that ended: too late
                    )
                )
        return await self.outbox.enqueue(session, messages)

    async def roster(self, meeting_id: int) -> list[dict[str, Any]]:
        """Every invitee with organization, actor type, answer and attendance (for organizers)."""
        async with self.db.read() as session:
            rows = await session.execute(
                select(
                    Person.id,
                    Person.full_name,
                    Organization.names,
                    Organization.actor_type_id,
                    Rsvp.answer,
                    Rsvp.answered_at,
                    Attendance.checked_in_at,
                )
                .join(Rsvp, Rsvp.person_id == Person.id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .outerjoin(
                    Attendance,
                    (Attendance.person_id == Person.id) & (Attendance.meeting_id == meeting_id),
                )
                .where(Rsvp.meeting_id == meeting_id)
                .order_by(Person.full_name)
            )
            return [
                {
                    "person_id": person_id,
                    "name": name or "",
                    "organization": next(iter((names or {}).values()), ""),
                    "actor_type_id": actor_type_id,
                    "answer": answer,
                    "answered_at": answered_at,
                    "attended_at": attended_at,
                }
                for person_id, name, names, actor_type_id, answer, answered_at, attended_at in rows
            ]

    async def cancel(self, by: Actor, meeting_id: int, render: Render) -> Meeting:
        """Cancel and tell every invitee (with the calendar's METHOD:CANCEL)."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            meeting = await session.get(Meeting, meeting_id)
            if meeting is None:
                raise NotFound("error-meeting-not-found")
            if meeting.status == MeetingStatus.CANCELLED:
                raise Conflict("meeting-is-cancelled")
            meeting.status = MeetingStatus.CANCELLED
            meeting.cancelled_at = utcnow()
            meeting.sequence += 1
            await session.execute(
                update(MeetingReminder)
                .where(MeetingReminder.meeting_id == meeting_id, MeetingReminder.done_at.is_(None))
                .values(done_at=utcnow(), outcome="skipped")
            )
            await self._tell_invitees(session, meeting, render, "cancel")
            await audit(
                session, by, "meeting.cancel", target_kind="meeting", target_id=meeting.id,
                label=meeting.title("en"),
            )  # fmt: skip
            return meeting


async def forget_participant(session: AsyncSession, person_id: int, actor_type_id: int) -> None:
    """/forget asks meetings to forget someone: what they answered and attended stays as
    anonymous tallies by actor type; their answers to meetings still to come simply go (the
    seat is free again)."""
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
    for meeting_id, answer in answers:
        counts[TallyKey("rsvp", meeting_id, value=answer, actor_type_id=actor_type_id)] += 1
        if answer == Answer.YES and meeting_id in attended:
            counts[TallyKey("yes_attended", meeting_id, actor_type_id=actor_type_id)] += 1
    await add_tallies(session, counts)
    await session.execute(delete(Attendance).where(Attendance.person_id == person_id))
    await session.execute(delete(Rsvp).where(Rsvp.person_id == person_id))
