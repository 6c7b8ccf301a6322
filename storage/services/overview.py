"""What the console's "Today" shows an organizer at a glance: what waits for her decision, the
next meetings with their answers, how the outbox stands, overdue follow-up items and the people
who have waited longest for approval. A handful of grouped reads, organizers only."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from storage.database import Database
from storage.models import (
    DeliveryStatus,
    FollowupItem,
    FollowupLevel,
    FollowupReview,
    Meeting,
    MeetingStatus,
    OutboxMessage,
    Person,
    PersonStatus,
    Rsvp,
)
from storage.services.actors import Actor
from storage.services.errors import Forbidden
from storage.services.review_queue import ReviewQueues, Waiting
from storage.services.tallies import tallied
from storage.types import utcnow

# Failed and blocked sends are counted over the last week: older ones were seen already.
RECENT = timedelta(days=7)
# Statuses the outbox health line shows, in its order.
HEALTH = (
    DeliveryStatus.PENDING,
    DeliveryStatus.UNKNOWN,
    DeliveryStatus.FAILED,
    DeliveryStatus.BLOCKED,
)


def require_organizer(by: Actor) -> None:
    if not by.is_organizer:
        raise Forbidden("error-not-allowed")


@dataclass(frozen=True)
class UpcomingMeeting:
    meeting: Meeting
    answers: Counter[str]


@dataclass(frozen=True)
class WaitingPerson:
    person_id: int
    name: str
    submitted_at: datetime | None


@dataclass
class Today:
    waiting: Waiting
    meetings: list[UpcomingMeeting] = field(default_factory=list)
    outbox: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    longest_waiting: list[WaitingPerson] = field(default_factory=list)


class Overview:
    def __init__(self, db: Database, queues: ReviewQueues) -> None:
        self.db = db
        self.queues = queues

    async def today(self, by: Actor, today: date, meetings: int = 3, people: int = 5) -> Today:
        require_organizer(by)
        now = utcnow()
        result = Today(waiting=await self.queues.counts())
        async with self.db.read() as session:
            upcoming = list(
                await session.scalars(
                    select(Meeting)
                    .where(Meeting.status == MeetingStatus.PUBLISHED, Meeting.ends_at > now)
                    .order_by(Meeting.starts_at)
                    .limit(meetings)
                )
            )
            ids = [meeting.id for meeting in upcoming]
            answers: dict[int, Counter[str]] = {meeting_id: Counter() for meeting_id in ids}
            if ids:
                rows = await session.execute(
                    select(Rsvp.meeting_id, Rsvp.answer, func.count())
                    .where(Rsvp.meeting_id.in_(ids))
                    .group_by(Rsvp.meeting_id, Rsvp.answer)
                )
                for meeting_id, answer, count in rows.all():
                    answers[meeting_id][answer] += count
                for tally in await tallied(session, "rsvp", ids):
                    answers[tally.ref][tally.value] += tally.count
            result.meetings = [UpcomingMeeting(m, answers[m.id]) for m in upcoming]

            statuses = await session.execute(
                select(OutboxMessage.status, func.count())
                .where(
                    OutboxMessage.status.in_([DeliveryStatus.PENDING, DeliveryStatus.UNKNOWN])
                    | (
                        OutboxMessage.status.in_([DeliveryStatus.FAILED, DeliveryStatus.BLOCKED])
                        & (OutboxMessage.created_at >= now - RECENT)
                    )
                )
                .group_by(OutboxMessage.status)
            )
            counted = dict(statuses.all())
            result.outbox = {str(status): int(counted.get(status, 0)) for status in HEALTH}

            result.overdue = int(
                await session.scalar(
                    select(func.count())
                    .select_from(FollowupItem)
                    .where(
                        FollowupItem.due_on < today,
                        FollowupItem.level == FollowupLevel.NOT_REPORTED,
                        FollowupItem.review == FollowupReview.APPROVED,
                    )
                )
                or 0
            )
            oldest = await session.execute(
                select(Person.id, Person.full_name, Person.submitted_at)
                .where(Person.status == PersonStatus.PENDING)
                .order_by(Person.submitted_at, Person.id)
                .limit(people)
            )
            result.longest_waiting = [
                WaitingPerson(person_id, name or "", submitted)
                for person_id, name, submitted in oldest.all()
            ]
        return result
