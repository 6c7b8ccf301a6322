"""Announced internet cuts: Iraq cuts the internet for hours on exam days, announced ahead
(06:00-08:00 daily for two weeks in 2025). An organizer declares each window (first and last
day, daily hours, in the mechanism's time zone); it is stored as one interval a day, in UTC.

While a cut is on, sends that can wait (announcements, newsletters) hold in the outbox and go
when it ends; a meeting reminder due inside a cut goes before it starts; the meeting dialog
warns when a meeting falls inside one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.models import CutInterval, CutWindow, MeetingReminder
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.dates import DAY_PATTERN, parse_day
from storage.services.errors import Forbidden, InvalidInput, NotFound
from storage.services.text import ascii_digits
from storage.types import utcnow

MAX_DAYS = 62  # a season's exam days; longer is a mistake in the dates
# A reminder due inside a cut goes this long before it starts.
REMIND_BEFORE = timedelta(minutes=15)
_LINE = re.compile(
    rf"^(?P<first>{DAY_PATTERN})(?:\s+(?P<last>{DAY_PATTERN}))?\s+"
    r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})$"
)
DAILY_EXAMPLE = "06:00-08:00"


def cut_example(today: date) -> str:
    """A cut as people write it, days first: "13/12/2026 14/12/2026 06:00-08:00", next week's."""
    first = date.fromordinal(today.toordinal() + 7)
    last = date.fromordinal(first.toordinal() + 1)
    return f"{first:%d/%m/%Y} {last:%d/%m/%Y} {DAILY_EXAMPLE}"


@dataclass(frozen=True, slots=True)
class CutPlan:
    first_day: date
    last_day: date
    daily_from: time
    daily_to: time


def parse_cut(text: str, today: date) -> CutPlan:
    """ "1/6/2026 14/6/2026 06:00-08:00" (or one day: "1/6/2026 06:00-08:00"), days written
    as storage.services.dates reads them, Eastern digits and a dash of any kind accepted."""
    line = " ".join(ascii_digits(text).replace("–", "-").replace("—", "-").split())
    found = _LINE.match(line)
    if found is None:
        raise InvalidInput("cuts-format", example=cut_example(today))
    try:
        first = parse_day(found["first"])
        last = parse_day(found["last"]) if found["last"] else first
        start = time.fromisoformat(found["start"].zfill(5))
        end = time.fromisoformat(found["end"].zfill(5))
    except ValueError:
        raise InvalidInput("cuts-format", example=cut_example(today)) from None
    if last < today:
        raise InvalidInput("cuts-past")
    if last < first or end <= start:
        raise InvalidInput("cuts-order")
    if (last - first).days + 1 > MAX_DAYS:
        raise InvalidInput("cuts-too-long", max=MAX_DAYS)
    return CutPlan(first, last, start, end)


def intervals(plan: CutPlan, tz: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """One (start, end) a day, local hours turned into aware datetimes."""
    days = (plan.last_day - plan.first_day).days + 1
    out = []
    for n in range(days):
        day = plan.first_day + timedelta(days=n)
        out.append(
            (
                datetime.combine(day, plan.daily_from, tzinfo=tz),
                datetime.combine(day, plan.daily_to, tzinfo=tz),
            )
        )
    return out


class CutService:
    def __init__(self, db: Database, tz: ZoneInfo) -> None:
        self.db = db
        self.tz = tz

    async def add(self, by: Actor, text: str, today: date) -> CutWindow:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        plan = parse_cut(text, today)
        async with self.db.write() as session:
            window = CutWindow(
                first_day=plan.first_day, last_day=plan.last_day,
                daily_from=plan.daily_from.strftime("%H:%M"),
                daily_to=plan.daily_to.strftime("%H:%M"), created_by_id=by.person_id,
            )  # fmt: skip
            session.add(window)
            await session.flush()
            session.add_all(
                CutInterval(window_id=window.id, starts_at=start, ends_at=end)
                for start, end in intervals(plan, self.tz)
            )
            await session.flush()
            await audit(
                session, by, "cuts.add", target_kind="cut", target_id=window.id,
                label=f"{window.first_day}–{window.last_day} {window.daily_from}–{window.daily_to}",
            )  # fmt: skip
            await move_reminders_before_cuts(session)
            return window

    async def remove(self, by: Actor, window_id: int) -> None:
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            window = await session.get(CutWindow, window_id)
            if window is None:
                raise NotFound("cuts-gone")
            await session.execute(delete(CutInterval).where(CutInterval.window_id == window_id))
            await session.delete(window)
            await audit(session, by, "cuts.remove", target_kind="cut", target_id=window_id)

    async def upcoming(self, today: date) -> list[CutWindow]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(CutWindow).where(CutWindow.last_day >= today).order_by(CutWindow.first_day)
            )
            return list(rows)

    async def overlapping(self, starts: datetime, ends: datetime) -> list[CutInterval]:
        """The cut intervals a meeting from `starts` to `ends` falls into."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(CutInterval)
                .where(CutInterval.starts_at < ends, CutInterval.ends_at > starts)
                .order_by(CutInterval.starts_at)
            )
            return list(rows)


async def move_reminders_before_cuts(session: AsyncSession) -> int:
    """Reminders still to go whose time falls inside a cut go REMIND_BEFORE its start (if that
    is still ahead); a check-in button stays at the meeting's start. Returns how many moved."""
    now = utcnow()
    rows = (
        await session.execute(
            select(MeetingReminder, CutInterval)
            .join(
                CutInterval,
                (CutInterval.starts_at <= MeetingReminder.due_at)
                & (CutInterval.ends_at > MeetingReminder.due_at),
            )
            .where(MeetingReminder.done_at.is_(None), MeetingReminder.offset_minutes != 0)
        )
    ).all()
    moved = 0
    for reminder, cut in rows:
        earlier = cut.starts_at - REMIND_BEFORE
        if earlier > now:
            reminder.due_at = earlier
            moved += 1
    return moved
