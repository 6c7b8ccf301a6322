"""The advisory committee proposes agenda topics for the next meeting and ranks them; organizers
turn the top topics into a meeting's agenda (invitees are told, as for any change)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.models import AgendaRank, AgendaTopic, Meeting
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.meetings import MeetingService, Render
from storage.services.text import clean_line

TOPIC_MIN, TOPIC_MAX = 5, 300
POINTS = (3, 2, 1)  # a member's first, second and third choice


@dataclass(frozen=True)
class RankedTopic:
    id: int
    text: str
    points: int
    voters: int


def _may_propose(actor: Actor) -> bool:
    return actor.is_advisory or actor.is_organizer


class AgendaService:
    def __init__(self, db: Database, meetings: MeetingService) -> None:
        self.db = db
        self.meetings = meetings

    async def propose(self, by: Actor, text: str) -> AgendaTopic:
        if not _may_propose(by):
            raise Forbidden("error-not-allowed")
        topic_text = clean_line(text)
        if not TOPIC_MIN <= len(topic_text) <= TOPIC_MAX:
            raise InvalidInput(
                "error-topic-length", min=TOPIC_MIN, max=TOPIC_MAX, length=len(topic_text)
            )
        async with self.db.write() as session:
            topic = AgendaTopic(text=topic_text, proposed_by_id=by.person_id)
            session.add(topic)
            await session.flush()
            return topic

    async def ranking(self) -> list[RankedTopic]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(
                    AgendaTopic.id,
                    AgendaTopic.text,
                    func.coalesce(func.sum(AgendaRank.points), 0),
                    func.count(AgendaRank.person_id),
                )
                .outerjoin(AgendaRank, AgendaRank.topic_id == AgendaTopic.id)
                .where(AgendaTopic.status == "open")
                .group_by(AgendaTopic.id, AgendaTopic.text, AgendaTopic.created_at)
                .order_by(
                    func.coalesce(func.sum(AgendaRank.points), 0).desc(), AgendaTopic.created_at
                )
            )
            return [RankedTopic(int(i), t, int(p), int(v)) for i, t, p, v in rows]

    async def my_ranks(self, person_id: int) -> dict[int, int]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(AgendaRank.topic_id, AgendaRank.points).where(
                    AgendaRank.person_id == person_id
                )
            )
            return dict(rows.all())

    async def rank(self, by: Actor, topic_id: int) -> dict[int, int]:
        """Press a topic: it takes your best free place (3, 2, then 1 point); press it again to
        take it back. Returns your ranking after the press."""
        if not _may_propose(by) or by.person_id is None:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            topic = await session.get(AgendaTopic, topic_id)
            if topic is None or topic.status != "open":
                raise NotFound("agenda-topic-gone")
            mine = dict(
                (
                    await session.execute(
                        select(AgendaRank.topic_id, AgendaRank.points).where(
                            AgendaRank.person_id == by.person_id
                        )
                    )
                ).all()
            )
            if topic_id in mine:
                await session.execute(
                    delete(AgendaRank).where(
                        AgendaRank.person_id == by.person_id, AgendaRank.topic_id == topic_id
                    )
                )
                del mine[topic_id]
                return mine
            free = [points for points in POINTS if points not in mine.values()]
            if not free:
                raise Conflict("agenda-ranks-full")
            session.add(AgendaRank(topic_id=topic_id, person_id=by.person_id, points=free[0]))
            mine[topic_id] = free[0]
            return mine

    async def adopt(
        self, by: Actor, meeting_id: int, count: int, locale: str, render: Render
    ) -> tuple[Meeting, list[RankedTopic]]:
        """The top `count` topics become the meeting's agenda in `locale`."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        top = (await self.ranking())[:count]
        if not top:
            raise InvalidInput("agenda-empty")
        meeting = await self.meetings.get(meeting_id)
        # Agendas are kept as HTML (an organizer's formatting survives); topics are plain text.
        agenda = "\n".join(
            f"{n}. {html.escape(topic.text, quote=False)}" for n, topic in enumerate(top, start=1)
        )
        changed = await self.meetings.change(
            by, meeting.id, meeting.sequence, render, agenda=(locale, agenda)
        )
        async with self.db.write() as session:
            ids = [topic.id for topic in top]
            for topic in await session.scalars(select(AgendaTopic).where(AgendaTopic.id.in_(ids))):
                topic.status = "adopted"
                topic.meeting_id = meeting.id
            await session.execute(delete(AgendaRank).where(AgendaRank.topic_id.in_(ids)))
            await audit(
                session, by, "agenda.adopt", target_kind="meeting", target_id=meeting.id,
                label=meeting.title("en"), topics=len(ids),
            )  # fmt: skip
        return changed, top


async def forget_ranker(session: AsyncSession, person_id: int) -> None:
    """/forget: a member's rankings of topics not yet adopted are taken back."""
    await session.execute(delete(AgendaRank).where(AgendaRank.person_id == person_id))
