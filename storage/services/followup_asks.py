"""The scheduler's part of the follow-up: ask each owner organization's representatives for a
status some days before each quarter's end and before an item's due date, and remind them once.

Each request and each reminder is a row (FollowupAsk) written with its messages in one
transaction: a restart or a second scheduler never sends one twice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.models import (
    FollowupAsk,
    FollowupChange,
    FollowupItem,
    FollowupReview,
    Person,
    PersonStatus,
)
from storage.services.outbox import NewMessage, OutboxService
from storage.types import utcnow

# (item, occasion, locale, reminder) -> the status request an owner's representatives get.
RenderAsk = Callable[[FollowupItem, str, str, bool], list[dict[str, Any]]]
ASK_DAYS = 14  # how long before a quarter's end, or a due date, owners are asked
REMIND_AFTER_DAYS = 7  # one reminder, if no report came this long after the request


def quarter_of(day: date) -> tuple[str, date]:
    """The quarter's label ("2026Q4") and its last day."""
    number = (day.month - 1) // 3 + 1
    last_month = number * 3
    following = date(day.year + (last_month == 12), last_month % 12 + 1, 1)
    return f"{day.year}Q{number}", following - timedelta(days=1)


class AskSweep:
    """What the scheduler does for the follow-up: ask each owner for a status some days before
    each quarter's end and before an item's due date, and remind once. Each request and each
    reminder is a row (FollowupAsk) written with its messages: a restart or a second scheduler
    never sends one twice."""

    def __init__(
        self,
        db: Database,
        outbox: OutboxService,
        ask_days: int = ASK_DAYS,
        remind_after_days: int = REMIND_AFTER_DAYS,
    ) -> None:
        self.db = db
        self.outbox = outbox
        self.ask_days = ask_days
        self.remind_after = timedelta(days=remind_after_days)
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert

    async def run(self, today: date, render: RenderAsk) -> dict[str, int]:
        label, quarter_end = quarter_of(today)
        asked = reminded = 0
        async with self.db.read() as session:
            items = list(
                await session.scalars(
                    select(FollowupItem).where(FollowupItem.review == FollowupReview.APPROVED)
                )
            )
        for item in items:
            occasions = []
            if quarter_end - today <= timedelta(days=self.ask_days):
                occasions.append(label)
            if item.due_on is not None and today <= item.due_on <= today + timedelta(
                days=self.ask_days
            ):
                occasions.append("due")
            for owner in item.owners:
                for occasion in occasions:
                    asked += await self._ask(item, owner.id, occasion, render)
        reminded = await self._remind(render)
        return {"asked": asked, "reminded": reminded}

    async def _ask(
        self, item: FollowupItem, organization_id: int, occasion: str, render: RenderAsk
    ) -> int:
        async with self.db.write() as session:
            since = utcnow() - timedelta(days=self.ask_days)
            recent = await session.scalar(
                select(FollowupChange.id).where(
                    FollowupChange.item_id == item.id,
                    FollowupChange.for_organization_id == organization_id,
                    FollowupChange.at >= since,
                )
            )
            if recent is not None:  # reported lately: nothing to ask
                return 0
            ask_id = await session.scalar(
                self._insert(FollowupAsk)
                .values(
                    item_id=item.id, organization_id=organization_id, occasion=occasion,
                    asked_at=utcnow(),
                )
                .on_conflict_do_nothing()
                .returning(FollowupAsk.id)
            )  # fmt: skip
            if ask_id is None:  # asked before (this process or another)
                return 0
            sent = await self._send(session, item, organization_id, occasion, render, ask_id, False)
            return 1 if sent else 0

    async def _remind(self, render: RenderAsk) -> int:
        reminded = 0
        due = utcnow() - self.remind_after
        async with self.db.read() as session:
            asks = list(
                await session.scalars(
                    select(FollowupAsk).where(
                        FollowupAsk.reminded_at.is_(None), FollowupAsk.asked_at <= due
                    )
                )
            )
        for ask in asks:
            async with self.db.write() as session:
                claimed = await session.execute(
                    FollowupAsk.__table__.update()
                    .where(FollowupAsk.id == ask.id, FollowupAsk.reminded_at.is_(None))
                    .values(reminded_at=utcnow())
                )
                if not claimed.rowcount:  # another scheduler took it
                    continue
                answered = await session.scalar(
                    select(FollowupChange.id).where(
                        FollowupChange.item_id == ask.item_id,
                        FollowupChange.for_organization_id == ask.organization_id,
                        FollowupChange.at >= ask.asked_at,
                    )
                )
                item = await session.get(FollowupItem, ask.item_id)
                if answered is not None or item is None:
                    continue
                if await self._send(
                    session, item, ask.organization_id, ask.occasion, render, ask.id, True
                ):
                    reminded += 1
        return reminded

    async def _send(
        self,
        session: AsyncSession,
        item: FollowupItem,
        organization_id: int,
        occasion: str,
        render: RenderAsk,
        ask_id: int,
        reminder: bool,
    ) -> int:
        people = await session.execute(
            select(Person.telegram_id, Person.locale).where(
                Person.organization_id == organization_id,
                Person.status == PersonStatus.APPROVED,
                Person.telegram_id.is_not(None),
            )
        )
        kind = "furem" if reminder else "fuask"
        messages = [
            NewMessage(
                chat_id=telegram_id,
                payload=payload,
                dedupe_key=f"{kind}:{ask_id}:{telegram_id}:{part}",
            )
            for telegram_id, locale in people
            for part, payload in enumerate(
                render(item, occasion, locale or item.original_locale, reminder)
            )
        ]
        return await self.outbox.enqueue(session, messages)
