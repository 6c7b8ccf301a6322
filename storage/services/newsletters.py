"""What a period holds, for the newsletter's proposed sections, and subscriptions.

The report's quarterly newsletters told the actors what the mechanism did: who joined (its
Figure 1 counts actors by type), which meetings were held and how many came, what was
announced. Sector updates add their section once that feature exists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update

from storage.database import Database
from storage.models import (
    Attendance,
    Broadcast,
    Organization,
    OrganizationStatus,
    Person,
    PersonStatus,
)
from storage.services.dates import find_days
from storage.services.errors import InvalidInput
from storage.services.meetings import held_meetings
from storage.services.tallies import tallied, total


@dataclass(frozen=True)
class Period:
    start: datetime  # inclusive, aware
    end: datetime  # exclusive, aware

    @property
    def label(self) -> str:
        last_day = (self.end - timedelta(seconds=1)).date()
        return f"{self.start.date().isoformat()} – {last_day.isoformat()}"


def quarter(today: date, tz: ZoneInfo, offset: int = 0) -> Period:
    """The calendar quarter containing `today`, moved by `offset` quarters (-1: the last one)."""
    index = (today.year * 4 + (today.month - 1) // 3) + offset
    year, q = divmod(index, 4)
    start = datetime.combine(date(year, q * 3 + 1, 1), time(), tz)
    end_year, end_q = divmod(index + 1, 4)
    end = datetime.combine(date(end_year, end_q * 3 + 1, 1), time(), tz)
    return Period(start, end)


def offered_periods(today: date, tz: ZoneInfo) -> tuple[tuple[str, Period], ...]:
    """The periods /report and /stats offer as buttons, named for their catalogue keys: this
    quarter, the last one, and the last four (this one included)."""
    return (
        ("this-quarter", quarter(today, tz, 0)),
        ("last-quarter", quarter(today, tz, -1)),
        ("last-year", Period(quarter(today, tz, -3).start, quarter(today, tz, 0).end)),
    )


def parse_period(text: str, tz: ZoneInfo) -> Period:
    """'2026-01-01 2026-03-31' or '1/1/2026 31/3/2026' (both days included)."""
    try:
        first, last = find_days(text)
    except ValueError:
        raise InvalidInput("error-period-format") from None
    if last < first:
        raise InvalidInput("error-period-inverted")
    return Period(
        datetime.combine(first, time(), tz), datetime.combine(last + timedelta(days=1), time(), tz)
    )


@dataclass(frozen=True)
class PeriodFigures:
    actors_at_start: Counter[int]  # represented organizations by actor type id (actors_before)
    actors_at_end: Counter[int]
    new_people: int
    announcements: int
    meetings: int
    attendances: int


class NewsletterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def figures(self, period: Period) -> PeriodFigures:
        async with self.db.read() as session:

            async def actors_before(moment: datetime) -> Counter[int]:
                """Actors involved by then, as the hand-written report counts them: the
                organizations with at least one representative approved before that moment
                (an organization of the taxonomy file nobody represents is not involved)."""
                represented = select(Person.organization_id).where(
                    Person.status == PersonStatus.APPROVED,
                    # Approved without a recorded decision (imported): since they arrived.
                    func.coalesce(Person.decided_at, Person.created_at) < moment,
                    Person.organization_id.is_not(None),
                )
                rows = await session.execute(
                    select(Organization.actor_type_id, func.count())
                    .where(
                        Organization.status == OrganizationStatus.APPROVED,
                        Organization.id.in_(represented),
                    )
                    .group_by(Organization.actor_type_id)
                )
                return Counter(dict(rows.all()))

            new_people = await session.scalar(
                select(func.count())
                .select_from(Person)
                .where(
                    Person.status == PersonStatus.APPROVED,
                    Person.decided_at >= period.start,
                    Person.decided_at < period.end,
                )
            )
            announcements = await session.scalar(
                select(func.count())
                .select_from(Broadcast)
                .where(
                    Broadcast.kind == "announcement",
                    Broadcast.cancelled_at.is_(None),
                    Broadcast.due_at >= period.start,
                    Broadcast.due_at < period.end,
                )
            )
            held = held_meetings(period.start, period.end)
            meetings = await session.scalar(select(func.count()).select_from(held.subquery()))
            attendances = await session.scalar(
                select(func.count()).select_from(Attendance).where(Attendance.meeting_id.in_(held))
            )
            attendances = int(attendances or 0) + total(await tallied(session, "attendance", held))
            return PeriodFigures(
                await actors_before(period.start),
                await actors_before(period.end),
                int(new_people or 0),
                int(announcements or 0),
                int(meetings or 0),
                int(attendances or 0),
            )

    async def set_subscription(
        self,
        person_id: int,
        subscribed: bool | None = None,
        locale: str | None = None,
        outcomes: bool | None = None,
    ) -> Person | None:
        """The newsletter (on or off, its language) and news of what became of what the person
        sent (outcomes)."""
        values: dict[str, object] = {}
        if outcomes is not None:
            values["hear_outcomes"] = outcomes
        if subscribed is not None:
            values["newsletter"] = subscribed
        if locale is not None:
            values["newsletter_locale"] = locale
        async with self.db.write() as session:
            if values:
                await session.execute(update(Person).where(Person.id == person_id).values(**values))
            return await session.get(Person, person_id)
