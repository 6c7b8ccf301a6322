"""What an operator asks of a running deployment: is it healthy, how far is the outbox, when
did each sweep last run, who waits for approval. Counts and times; no message texts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, text

from storage.database import Database
from storage.models import (
    DeliveryState,
    DeliveryStatus,
    OutboxMessage,
    Person,
    PersonStatus,
    SweepRun,
)
from storage.types import utcnow

# A sweep's run is written down at most this often (each process, each sweep): a heartbeat,
# not a write every tick.
HEARTBEAT_EVERY = timedelta(seconds=30)


@dataclass(frozen=True)
class Waiting:
    person_id: int
    name: str
    organization: str
    submitted_at: datetime | None


@dataclass(frozen=True)
class Status:
    outbox: dict[str, int]
    oldest_due: datetime | None  # when the oldest message not yet delivered was first due
    sweeps: dict[str, datetime]
    waiting: list[Waiting]
    unreachable_since: datetime | None = None  # Telegram, as the outbox workers saw it
    unreachable_error: str | None = None


class OperationsService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._beats: dict[str, datetime] = {}

    async def beat(self, sweep: str) -> None:
        """A sweep ran; recorded when the last record is older than HEARTBEAT_EVERY."""
        now = utcnow()
        last = self._beats.get(sweep)
        if last is not None and now - last < HEARTBEAT_EVERY:
            return
        self._beats[sweep] = now
        async with self.db.write() as session:
            row = await session.get(SweepRun, sweep)
            if row is None:
                session.add(SweepRun(name=sweep, last_run_at=now))
            else:
                row.last_run_at = now

    async def ping(self) -> None:
        async with self.db.read() as session:
            await session.execute(text("SELECT 1"))

    async def schema_revision(self) -> str | None:
        async with self.db.read() as session:
            try:
                return await session.scalar(text("SELECT version_num FROM alembic_version"))
            except Exception:  # no table yet: never migrated
                return None

    async def oldest_due(self) -> datetime | None:
        """When the oldest message not yet delivered was first due: a retry moves its due
        time, not this, so an outage shows its true age."""
        first_due = func.coalesce(OutboxMessage.first_due_at, OutboxMessage.due_at)
        async with self.db.read() as session:
            return await session.scalar(
                select(func.min(first_due)).where(
                    OutboxMessage.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENDING]),
                    first_due <= utcnow(),
                )
            )

    async def telegram(self) -> DeliveryState | None:
        async with self.db.read() as session:
            return await session.get(DeliveryState, 1)

    async def last_sweep(self) -> datetime | None:
        async with self.db.read() as session:
            return await session.scalar(select(func.max(SweepRun.last_run_at)))

    async def status(self) -> Status:
        async with self.db.read() as session:
            counts = dict(
                (
                    await session.execute(
                        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
                    )
                ).all()
            )
            sweeps = dict(
                (await session.execute(select(SweepRun.name, SweepRun.last_run_at))).all()
            )
            people = (
                await session.scalars(
                    select(Person)
                    .where(Person.status == PersonStatus.PENDING)
                    .order_by(Person.submitted_at)
                )
            ).all()
            waiting = [
                Waiting(
                    person.id,
                    person.full_name or "",
                    person.organization.name("en") if person.organization else "",
                    person.submitted_at,
                )
                for person in people
            ]
        state = await self.telegram()
        return Status(
            {str(k): int(v) for k, v in counts.items()}, await self.oldest_due(), sweeps, waiting,
            state.unreachable_since if state else None, state.last_error if state else None,
        )  # fmt: skip
