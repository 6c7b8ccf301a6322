"""The reporting round: every organization asked for its update for a period, by a deadline.

Opening a round writes, in one transaction, a row per organization asked and the request to
each of its approved representatives who can be reached (outbox rows with their dedupe keys:
a repeated open, a restart or a second scheduler sends nothing twice). One representative's
answer, a sector update sent for the round or "nothing to report this period", counts for the
organization; an answer after the deadline is taken and marked late. Reminders go only to the
organizations that have not answered: one automatic reminder some days before the deadline,
and one more by hand at most once a day. The figures (organizations that answered out of those
asked, by actor type, governorate and sector, and the gaps) are a handful of grouped queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true, union
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    Activity,
    ActivityGovernorate,
    ActivityStatus,
    Organization,
    OrganizationStatus,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    ReportingRound,
    RoundAnswer,
    RoundOrganization,
    RoundStatus,
    SectorUpdate,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.audience import Audience, audience_query
from storage.services.audit import audit
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.text import fold_for_search
from storage.types import utcnow

# (round, reader locale) -> the request's payloads; the same shape for reminders.
RenderRequest = Callable[[ReportingRound, str], list[dict[str, Any]]]
MANUAL_REMINDER_EVERY = timedelta(days=1)
REOPEN_DAYS = 7
QUESTION_MAX = 300


@dataclass(frozen=True, slots=True)
class RoundPreview:
    organizations: int  # asked
    people: int  # who get the request
    unreachable: int  # organizations no request can reach (nobody approved, or all blocked)


@dataclass
class Tally:
    asked: int = 0
    answered: int = 0


@dataclass
class RoundProgress:
    round: ReportingRound
    asked: int
    answered: int
    nothing: int
    late: int
    by_actor_type: dict[int, Tally] = field(default_factory=dict)
    by_governorate: dict[int, Tally] = field(default_factory=dict)
    by_sector: dict[int, Tally] = field(default_factory=dict)

    @property
    def silent_governorates(self) -> list[int]:
        """Governorates where organizations were asked and none answered yet."""
        return sorted(g for g, t in self.by_governorate.items() if t.asked and not t.answered)

    @property
    def silent_sectors(self) -> list[int]:
        return sorted(s for s, t in self.by_sector.items() if t.asked and not t.answered)


def rounds_within(start: datetime, end: datetime) -> Select[tuple[int]]:
    """The rounds held for periods inside [start, end) (local, aware), oldest first."""
    last_day = (end - timedelta(days=1)).date()
    return (
        select(ReportingRound.id)
        .where(ReportingRound.period_start >= start.date(), ReportingRound.period_end <= last_day)
        .order_by(ReportingRound.period_start, ReportingRound.id)
    )


def updates_of_period(start: datetime, end: datetime) -> ColumnElement[bool]:
    """A sector update belongs to a period when it was sent for a round held for it (most come
    in after the period ends), or, sent for no round, within it. The report and the round's
    preview count the same updates."""
    return or_(
        SectorUpdate.round_id.in_(rounds_within(start, end)),
        SectorUpdate.round_id.is_(None)
        & (SectorUpdate.created_at >= start)
        & (SectorUpdate.created_at < end),
    )


def _organizer(by: Actor) -> None:
    if not by.is_organizer:
        raise Forbidden("error-not-allowed")


def check_questions(questions: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    cleaned: dict[str, dict[str, str]] = {}
    for sector, texts in questions.items():
        for locale, text in texts.items():
            text = " ".join(text.split())
            if len(text) > QUESTION_MAX:
                raise InvalidInput("round-question-too-long", max=QUESTION_MAX, length=len(text))
            if text:
                cleaned.setdefault(str(sector), {})[locale] = text
    return cleaned


def parse_questions(text: str, sectors: list[Any], locale: str) -> dict[str, dict[str, str]]:
    """Lines like "Protection: what changed for survivors' services?", a sector's name in any
    of the three languages before the colon; the question is kept in the writer's language."""
    by_name = {
        fold_for_search(name): term.id for term in sectors for name in term.names.values() if name
    }
    questions: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        name, colon, question = line.replace("：", ":").partition(":")
        sector_id = by_name.get(fold_for_search(name))
        if not colon or sector_id is None or not question.strip():
            raise InvalidInput("round-questions-format", line=line.strip()[:80])
        questions[str(sector_id)] = {locale: question.strip()}
    return check_questions(questions)


class RoundService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox

    # --- who is asked -----------------------------------------------------------------------

    async def _targets(
        self, session: AsyncSession, audience: Audience
    ) -> tuple[list[int], list[tuple[int, int, int, str | None]]]:
        """The organizations asked, and (person, organization, telegram id, locale) of each
        approved representative who can be reached. Every approved organization when the
        audience is everyone; otherwise those of the people the audience takes in."""
        if audience.everyone:
            organizations = list(
                await session.scalars(
                    select(Organization.id)
                    .where(Organization.status == OrganizationStatus.APPROVED)
                    .order_by(Organization.id)
                )
            )
        else:
            chosen = audience_query(audience).with_only_columns(Person.organization_id)
            organizations = sorted({o for o in await session.scalars(chosen) if o is not None})
        if not organizations:
            return [], []
        return organizations, await _representatives(
            session, Person.organization_id.in_(organizations)
        )

    async def preview(self, by: Actor, audience: Audience) -> RoundPreview:
        _organizer(by)
        async with self.db.read() as session:
            organizations, people = await self._targets(session, audience)
        reached = {organization for _, organization, _, _ in people}
        return RoundPreview(len(organizations), len(people), len(set(organizations) - reached))

    # --- opening ------------------------------------------------------------------------------

    async def open(
        self,
        by: Actor,
        period: tuple[date, date],
        deadline: datetime,
        audience: Audience,
        questions: dict[str, dict[str, str]],
        render: RenderRequest,
    ) -> ReportingRound:
        _organizer(by)
        start, end = period
        if end < start:
            raise InvalidInput("round-period-order")
        if deadline <= utcnow():
            raise InvalidInput("error-time-past")
        questions = check_questions(questions)
        async with self.db.write() as session:
            overlapping = await session.scalar(
                select(ReportingRound.id).where(
                    ReportingRound.status == RoundStatus.OPEN,
                    ReportingRound.period_start <= end,
                    ReportingRound.period_end >= start,
                )
            )
            if overlapping is not None:  # an update would not know which round it answers
                raise Conflict("round-overlap", round=overlapping)
            round_ = ReportingRound(
                period_start=start, period_end=end, deadline=deadline,
                audience=audience.to_data(), questions=questions, created_by_id=by.person_id,
            )  # fmt: skip
            session.add(round_)
            await session.flush()
            organizations, people = await self._targets(session, audience)
            now = utcnow()
            session.add_all(
                RoundOrganization(round_id=round_.id, organization_id=o, asked_at=now)
                for o in organizations
            )
            await self.outbox.enqueue(session, self._requests(round_, people, render, "round"))
            await audit(
                session, by, "round.open", target_kind="round", target_id=round_.id,
                label=f"{start}–{end}", organizations=len(organizations),
            )  # fmt: skip
            await session.flush()
            return round_

    def _requests(
        self,
        round_: ReportingRound,
        people: list[tuple[int, int, int, str | None]],
        render: RenderRequest,
        tag: str,
    ) -> list[NewMessage]:
        rendered: dict[str, list[dict[str, Any]]] = {}
        messages = []
        for person_id, _, telegram_id, locale in people:
            locale = locale or "en"
            if locale not in rendered:
                rendered[locale] = render(round_, locale)
            messages += [
                NewMessage(telegram_id, payload, f"{tag}:{round_.id}:{person_id}:{part}")
                for part, payload in enumerate(rendered[locale])
            ]
        return messages

    async def ask_newcomer(self, person_id: int, render: RenderRequest) -> int:
        """Someone approved while rounds are open: their organization is asked if it was not
        (approved during the round), and they get the request if it has not answered yet.
        Returns how many rounds asked them."""
        asked = 0
        async with self.db.write() as session:
            rounds = (
                await session.scalars(
                    select(ReportingRound).where(ReportingRound.status == RoundStatus.OPEN)
                )
            ).all()
            for round_ in rounds:
                organizations, people = await self._targets(
                    session, Audience.from_data(round_.audience)
                )
                mine = [p for p in people if p[0] == person_id]
                if not mine or mine[0][1] not in organizations:
                    continue
                organization_id = mine[0][1]
                row = await session.get(RoundOrganization, (round_.id, organization_id))
                if row is None:
                    session.add(
                        RoundOrganization(round_id=round_.id, organization_id=organization_id)
                    )
                elif row.answered_at is not None:
                    continue
                if await self.outbox.enqueue(
                    session, self._requests(round_, mine, render, "round")
                ):
                    asked += 1
        return asked

    # --- answers --------------------------------------------------------------------------

    async def check_asked(self, by: Actor, round_id: int) -> None:
        """Only a representative of an organization asked in the round answers it."""
        if by.person_id is None or not by.approved:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            organization_id = await session.scalar(
                select(Person.organization_id).where(Person.id == by.person_id)
            )
            asked = organization_id is not None and await session.get(
                RoundOrganization, (round_id, organization_id)
            )
        if not asked:
            raise NotFound("round-not-asked")

    async def answer_nothing(self, by: Actor, round_id: int) -> RoundOrganization:
        """ "Nothing to report this period": an answer for the organization."""
        if by.person_id is None or not by.approved:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            return await mark_answered(session, round_id, by.person_id, RoundAnswer.NOTHING)

    async def tell_colleagues(self, render: RenderRequest, limit: int = 500) -> int:
        """Once an organization has answered, its other representatives hear that nothing more
        is needed from them (once each; a second scheduler skips the rows this one holds).
        Returns how many messages were queued."""
        queued = 0
        async with self.db.write() as session:
            rows = (
                await session.execute(
                    select(RoundOrganization, ReportingRound)
                    .join(ReportingRound, ReportingRound.id == RoundOrganization.round_id)
                    .where(
                        RoundOrganization.answered_at.is_not(None),
                        RoundOrganization.colleagues_told_at.is_(None),
                    )
                    .limit(limit)
                    .with_for_update(skip_locked=True, of=RoundOrganization)
                )
            ).all()
            now = utcnow()
            for row, round_ in rows:
                row.colleagues_told_at = now
                others = Person.id != row.answered_by_id if row.answered_by_id else true()
                people = await _representatives(
                    session, (Person.organization_id == row.organization_id) & others
                )
                messages = self._requests(round_, people, render, "roundtold")
                queued += await self.outbox.enqueue(session, messages)
        return queued

    async def tell_report_issued(
        self, by: Actor, round_id: int, render: Callable[[ReportingRound, str], list[dict]]
    ) -> int:
        """The period's report is out: the representatives of each organization whose approved
        update is in it hear so (once per round; not those who turned it off in /subscribe).
        Returns how many organizations were told."""
        _organizer(by)
        async with self.db.write() as session:
            round_ = await get_locked(session, ReportingRound, round_id)
            if round_ is None:
                raise NotFound("round-gone")
            if round_.report_told_at is not None:
                raise Conflict("round-report-told-already")
            contributed = (
                select(SectorUpdate.organization_id)
                .where(
                    SectorUpdate.round_id == round_id,
                    SectorUpdate.status == UpdateStatus.APPROVED,
                    SectorUpdate.organization_id.is_not(None),
                )
                .distinct()
            )
            organizations = len((await session.scalars(contributed)).all())
            if not organizations:
                raise Conflict("round-report-nobody")
            people = await _representatives(
                session, Person.organization_id.in_(contributed) & Person.hear_outcomes.is_(True)
            )
            round_.report_told_at = utcnow()
            await self.outbox.enqueue(session, self._requests(round_, people, render, "roundrep"))
            await audit(
                session, by, "round.tell", target_kind="round", target_id=round_id,
                organizations=organizations,
            )  # fmt: skip
            return organizations

    # --- reminders ------------------------------------------------------------------------

    async def remind(
        self, by: Actor | None, round_id: int, render: RenderRequest, now: datetime | None = None
    ) -> int:
        """Remind the representatives of the organizations that have not answered. By hand
        (`by`): at most once a day. Returns how many messages were queued."""
        now = now or utcnow()
        async with self.db.write() as session:
            round_ = await get_locked(session, ReportingRound, round_id)
            if round_ is None:
                raise NotFound("round-gone")
            if by is not None:
                _organizer(by)
                last = round_.manual_reminded_at
                if last is not None and now - last < MANUAL_REMINDER_EVERY:
                    raise Conflict("round-reminded-today")
                round_.manual_reminded_at = now
                tag = f"roundrem{now:%Y%m%d}"
            else:
                round_.auto_reminded_at = now
                tag = "roundauto"
            silent = select(RoundOrganization.organization_id).where(
                RoundOrganization.round_id == round_id, RoundOrganization.answered_at.is_(None)
            )
            people = await _representatives(session, Person.organization_id.in_(silent))
            messages = self._requests(round_, people, render, tag)
            if by is not None:
                await audit(session, by, "round.remind", target_kind="round", target_id=round_id)
            return await self.outbox.enqueue(session, messages)

    async def due_auto_reminders(self, days_before: int, now: datetime | None = None) -> list[int]:
        """Open rounds whose automatic reminder is due (`days_before` the deadline), once."""
        now = now or utcnow()
        async with self.db.read() as session:
            return list(
                await session.scalars(
                    select(ReportingRound.id).where(
                        ReportingRound.status == RoundStatus.OPEN,
                        ReportingRound.auto_reminded_at.is_(None),
                        ReportingRound.deadline <= now + timedelta(days=days_before),
                        ReportingRound.deadline > now,
                    )
                )
            )

    # --- closing ----------------------------------------------------------------------------

    async def close(self, by: Actor | None, round_id: int) -> ReportingRound:
        """By hand, or (by None) at the deadline. Late updates are still taken."""
        async with self.db.write() as session:
            round_ = await get_locked(session, ReportingRound, round_id)
            if round_ is None:
                raise NotFound("round-gone")
            if by is not None:
                _organizer(by)
            if round_.status == RoundStatus.CLOSED:
                raise Conflict("round-closed-already")
            round_.status = RoundStatus.CLOSED
            round_.closed_at = utcnow()
            if by is not None:
                await audit(session, by, "round.close", target_kind="round", target_id=round_id)
            return round_

    async def reopen(self, by: Actor, round_id: int, days: int = REOPEN_DAYS) -> ReportingRound:
        """A closed round opens again for `days` more (not over another open round's period);
        its organizations that have not answered can still answer, on time again."""
        _organizer(by)
        async with self.db.write() as session:
            round_ = await get_locked(session, ReportingRound, round_id)
            if round_ is None:
                raise NotFound("round-gone")
            if round_.status == RoundStatus.OPEN:
                raise Conflict("round-open-already")
            overlapping = await session.scalar(
                select(ReportingRound.id).where(
                    ReportingRound.status == RoundStatus.OPEN,
                    ReportingRound.id != round_id,
                    ReportingRound.period_start <= round_.period_end,
                    ReportingRound.period_end >= round_.period_start,
                )
            )
            if overlapping is not None:
                raise Conflict("round-overlap", round=overlapping)
            round_.status = RoundStatus.OPEN
            round_.closed_at = None
            round_.deadline = utcnow() + timedelta(days=days)
            round_.auto_reminded_at = None
            await audit(session, by, "round.reopen", target_kind="round", target_id=round_id)
            return round_

    async def due_to_close(self, now: datetime | None = None) -> list[int]:
        now = now or utcnow()
        async with self.db.read() as session:
            return list(
                await session.scalars(
                    select(ReportingRound.id).where(
                        ReportingRound.status == RoundStatus.OPEN, ReportingRound.deadline <= now
                    )
                )
            )

    # --- what the organizer sees ------------------------------------------------------------

    async def get(self, round_id: int) -> ReportingRound:
        async with self.db.read() as session:
            round_ = await session.get(ReportingRound, round_id)
        if round_ is None:
            raise NotFound("round-gone")
        return round_

    async def latest_open(self) -> ReportingRound | None:
        async with self.db.read() as session:
            return await session.scalar(
                select(ReportingRound)
                .where(ReportingRound.status == RoundStatus.OPEN)
                .order_by(ReportingRound.id.desc())
                .limit(1)
            )

    async def follow_progress(
        self, round_id: int, chat_id: int, message_id: int, locale: str, text: str
    ) -> None:
        """The message the sweep keeps up to date as answers arrive (the latest one shown)."""
        async with self.db.write() as session:
            round_ = await session.get(ReportingRound, round_id)
            if round_ is not None:
                round_.progress_chat_id, round_.progress_message_id = chat_id, message_id
                round_.progress_locale, round_.progress_text = locale, text

    async def shown_progress(self, round_id: int, text: str) -> None:
        async with self.db.write() as session:
            round_ = await session.get(ReportingRound, round_id)
            if round_ is not None:
                round_.progress_text = text

    async def followed(self) -> list[ReportingRound]:
        """Rounds whose progress message may need an edit: open, or closed in the last day."""
        since = utcnow() - timedelta(days=1)
        async with self.db.read() as session:
            rows = await session.scalars(
                select(ReportingRound).where(
                    ReportingRound.progress_message_id.is_not(None),
                    (ReportingRound.status == RoundStatus.OPEN)
                    | (ReportingRound.closed_at > since),
                )
            )
            return list(rows)

    async def open_round_for(self, organization_id: int) -> ReportingRound | None:
        """The open round this organization was asked in (at most one: rounds do not overlap)."""
        async with self.db.read() as session:
            return await session.scalar(
                select(ReportingRound)
                .join(RoundOrganization, RoundOrganization.round_id == ReportingRound.id)
                .where(
                    ReportingRound.status == RoundStatus.OPEN,
                    RoundOrganization.organization_id == organization_id,
                )
                .order_by(ReportingRound.id.desc())
                .limit(1)
            )

    async def progress(self, round_id: int) -> RoundProgress:
        """Answered out of asked: overall, by actor type, by governorate and by sector (an
        organization counts in each governorate and sector where its approved people or its
        current activities work)."""
        async with self.db.read() as session:
            round_ = await session.get(ReportingRound, round_id)
            if round_ is None:
                raise NotFound("round-gone")
            answered = RoundOrganization.answered_at.is_not(None)
            asked_, answered_, nothing, late = (
                await session.execute(
                    select(
                        func.count(),
                        func.count(RoundOrganization.answered_at),
                        func.count().filter(RoundOrganization.answer == RoundAnswer.NOTHING),
                        func.count().filter(RoundOrganization.late.is_(True)),
                    ).where(RoundOrganization.round_id == round_id)
                )
            ).one()
            progress = RoundProgress(round_, asked_, answered_, nothing, late)
            rows = await session.execute(
                select(Organization.actor_type_id, func.count(), func.count().filter(answered))
                .join(Organization, Organization.id == RoundOrganization.organization_id)
                .where(RoundOrganization.round_id == round_id)
                .group_by(Organization.actor_type_id)
            )
            progress.by_actor_type = {t: Tally(a, b) for t, a, b in rows}
            current = (ActivityStatus.PLANNED, ActivityStatus.ONGOING)
            for target, people_side, activity_side in (
                (
                    progress.by_governorate,
                    select(Person.organization_id, PersonGovernorate.governorate_id.label("t"))
                    .join(PersonGovernorate, PersonGovernorate.person_id == Person.id)
                    .where(Person.status == PersonStatus.APPROVED),
                    select(Activity.organization_id, ActivityGovernorate.governorate_id.label("t"))
                    .join(ActivityGovernorate, ActivityGovernorate.activity_id == Activity.id)
                    .where(Activity.status.in_(current)),
                ),
                (
                    progress.by_sector,
                    select(Person.organization_id, PersonSector.sector_id.label("t"))
                    .join(PersonSector, PersonSector.person_id == Person.id)
                    .where(Person.status == PersonStatus.APPROVED),
                    select(Activity.organization_id, Activity.sector_id.label("t")).where(
                        Activity.status.in_(current)
                    ),
                ),
            ):
                places = union(people_side, activity_side).subquery()
                rows = await session.execute(
                    select(places.c.t, func.count(), func.count().filter(answered))
                    .select_from(RoundOrganization)
                    .join(
                        places,
                        and_(
                            places.c.organization_id == RoundOrganization.organization_id,
                            RoundOrganization.round_id == round_id,
                        ),
                    )
                    .group_by(places.c.t)
                )
                target.update({t: Tally(a, b) for t, a, b in rows})
        return progress

    async def silent(self, round_id: int, limit: int = 200) -> list[Organization]:
        """The organizations asked that have not answered yet."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Organization)
                .join(RoundOrganization, RoundOrganization.organization_id == Organization.id)
                .where(
                    RoundOrganization.round_id == round_id,
                    RoundOrganization.answered_at.is_(None),
                )
                .order_by(Organization.id)
                .limit(limit)
            )
            return list(rows)


async def _representatives(
    session: AsyncSession, which: Any
) -> list[tuple[int, int, int, str | None]]:
    """(person, organization, telegram id, locale) of the approved representatives a request
    can reach, among those `which` selects."""
    rows = await session.execute(
        select(Person.id, Person.organization_id, Person.telegram_id, Person.locale)
        .where(
            which,
            Person.status == PersonStatus.APPROVED,
            Person.telegram_id.is_not(None),
            Person.reachable.is_(True),
        )
        .order_by(Person.id)
    )
    return [(p, o, t, loc) for p, o, t, loc in rows]


async def mark_answered(
    session: AsyncSession, round_id: int, person_id: int, answer: str
) -> RoundOrganization:
    """The person's organization answered the round (the first answer counts; an update after
    "nothing" turns the answer into updates). Late after the deadline."""
    person = await session.get(Person, person_id)
    round_ = await session.get(ReportingRound, round_id)
    if person is None or person.organization_id is None or round_ is None:
        raise NotFound("round-gone")
    row = await session.get(RoundOrganization, (round_id, person.organization_id))
    if row is None:
        raise NotFound("round-not-asked")
    now = utcnow()
    if row.answered_at is None:
        row.answered_at, row.answered_by_id = now, person.id
        row.late = now > round_.deadline
        row.answer = answer
    elif answer == RoundAnswer.UPDATES:
        row.answer = RoundAnswer.UPDATES
    return row
