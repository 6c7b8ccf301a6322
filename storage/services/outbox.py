"""The durable outbox: one row per message to one chat, claimed by workers, every outcome kept.

Claiming is one `UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING`, so
several worker processes on PostgreSQL never take the same row; SQLite runs it atomically under
its single writer. A row claimed and never finished (the worker died) turns `unknown` when its
lease expires: it may have been sent, so it is shown, and only resent on purpose.
"""

from __future__ import annotations

import asyncio
import html
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, bindparam, cast, delete, func, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.models import (
    FINAL_STATUSES,
    Broadcast,
    CutInterval,
    DeliveryState,
    DeliveryStatus,
    OutboxMessage,
    OutboxSubject,
    Person,
)
from storage.services.audit import Acting, audit
from storage.services.errors import Forbidden
from storage.types import utcnow

_OUTBOX = OutboxMessage.__table__
RECORD_CHUNK = 40  # outcomes written by one statement (about 2 ms on SQLite)
# An outcome written onto its row (OutboxService.record).
_RECORD = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("row"))
    .values(
        status=bindparam("status"),
        message_id=bindparam("message_id"),
        result_ref=bindparam("result_ref"),
        last_error=bindparam("last_error"),
        sent_at=bindparam("sent_at"),
        due_at=bindparam("due_at"),
        lease_until=None,
    )
)


# Pauses while a vote waits for its native poll's id to be recorded (about 0.75 s in all).
NATIVE_ID_WAITS = (0.05, 0.1, 0.2, 0.4)


@dataclass(frozen=True, slots=True)
class NewMessage:
    chat_id: int
    payload: dict[str, Any]
    dedupe_key: str
    due_at: datetime | None = None
    broadcast_id: int | None = None
    # The people the message is about (named, quoted, linked or described in it), so /forget
    # finds it by a lookup. The recipient need not be listed: rows to a chat are found by it.
    about: tuple[int, ...] = ()
    # Until when it makes sense (a reminder: the meeting's start); after, it is `expired`, not
    # sent late. Unset: the outbox's age limit from its due time.
    expires_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """A claimed row, as the worker needs it."""

    id: int
    chat_id: int
    payload: dict[str, Any]
    attempts: int
    broadcast_id: int | None
    expires_at: datetime | None = None  # checked again just before the send


@dataclass(slots=True)
class Outcome:
    id: int
    chat_id: int
    status: str
    message_id: int | None = None
    error: str | None = None
    ref: str | None = None  # a native poll's id, for the poll_answer updates that follow
    retry_at: datetime | None = None  # for status pending: when to try again
    at: datetime = field(default_factory=utcnow)
    # A private payload (a relayed message, contact details) is blanked once its outcome is
    # final: the outbox keeps that it was sent, not what it said.
    scrub: bool = False


# A name shorter than this is too common to look for in other people's messages.
NAME_SEARCH_MIN = 4
SCRUBBED: dict[str, object] = {"scrubbed": True}


def _organizer(by: Acting) -> None:
    if not getattr(by, "is_organizer", False):
        raise Forbidden("error-not-allowed")


# A message not delivered this long after it was due is dropped as `expired`: an outage of a
# week (Telegram was blocked in Iraq for one in August 2023) still delivers everything.
MAX_AGE = timedelta(days=8)
# Sent this long after it was first due, a message counts as late in its send's summary.
LATE = timedelta(minutes=10)
STATE_ROW = 1


@dataclass(frozen=True, slots=True)
class SharedState:
    """What every worker honours and /readyz shows."""

    paused_until: datetime | None
    unreachable_since: datetime | None
    last_error: str | None


class OutboxService:
    def __init__(self, db: Database, max_age: timedelta = MAX_AGE) -> None:
        self.db = db
        self.max_age = max_age
        self._insert = pg_insert if db.dialect == "postgresql" else sqlite_insert

    # --- writing ---------------------------------------------------------------------------

    async def enqueue(self, session: AsyncSession, messages: Iterable[NewMessage]) -> int:
        """Add rows inside the caller's transaction; a repeated dedupe key is ignored."""
        messages = list(messages)
        now = utcnow()
        rows = [
            {
                "chat_id": m.chat_id,
                "payload": m.payload,
                "dedupe_key": m.dedupe_key,
                "due_at": m.due_at or now,
                "first_due_at": m.due_at or now,
                "expires_at": m.expires_at or (m.due_at or now) + self.max_age,
                "broadcast_id": m.broadcast_id,
                "status": DeliveryStatus.PENDING,
                "attempts": 0,
                "created_at": now,
            }
            for m in messages
        ]
        added = 0
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            statement = self._insert(OutboxMessage).values(chunk).on_conflict_do_nothing()
            result = await session.execute(statement)
            added += result.rowcount or 0  # type: ignore[attr-defined]
        await self._record_subjects(session, messages)
        return added

    async def _record_subjects(self, session: AsyncSession, messages: Iterable[NewMessage]) -> None:
        """Who each row is about, in the same transaction as the row (a repeated key keeps the
        row written first, and gains nobody it did not name)."""
        about = {m.dedupe_key: m.about for m in messages if m.about}
        if not about:
            return
        keys = list(about)
        pairs = []
        for start in range(0, len(keys), 500):
            found = await session.execute(
                select(OutboxMessage.id, OutboxMessage.dedupe_key).where(
                    OutboxMessage.dedupe_key.in_(keys[start : start + 500])
                )
            )
            pairs += [
                {"outbox_id": row_id, "person_id": person_id}
                for row_id, key in found
                for person_id in set(about[key])
            ]
        for start in range(0, len(pairs), 500):
            await session.execute(
                self._insert(OutboxSubject).values(pairs[start : start + 500])
                .on_conflict_do_nothing()
            )  # fmt: skip

    async def key_of_poll(self, telegram_poll_id: str) -> str | None:
        """The dedupe key of the poll message Telegram calls so. A vote can come a few
        milliseconds after the poll reaches the person, before its sender (maybe another
        process) has written the poll's id down: wait for it briefly before giving up."""
        for pause in (*NATIVE_ID_WAITS, None):
            async with self.db.read() as session:
                key = await session.scalar(
                    select(OutboxMessage.dedupe_key).where(
                        OutboxMessage.result_ref == telegram_poll_id
                    )
                )
            if key is not None or pause is None:
                return key
            await asyncio.sleep(pause)
        return None

    async def send_later(self, messages: Iterable[NewMessage]) -> int:
        async with self.db.write() as session:
            return await self.enqueue(session, list(messages))

    # --- the worker's side -----------------------------------------------------------------

    async def claim(self, limit: int, lease: timedelta) -> list[Delivery]:
        now = utcnow()
        # A bare connection: the worker's event loop waits for this between sends.
        async with self.db.quick_write() as session:
            # People who blocked the bot get nothing until they come back (my_chat_member): few
            # at a time, so their rows are found by chat, not by reading every due row.
            unreachable = list(
                await session.scalars(
                    select(Person.telegram_id).where(
                        Person.reachable.is_(False), Person.telegram_id.is_not(None)
                    )
                )
            )
            if unreachable:
                await session.execute(
                    update(OutboxMessage)
                    .where(
                        OutboxMessage.chat_id.in_(unreachable),
                        OutboxMessage.status == DeliveryStatus.PENDING,
                        OutboxMessage.due_at <= now,
                    )
                    .values(status=DeliveryStatus.BLOCKED, last_error="blocked by the user")
                )
            # Past its time (a reminder once the meeting began), or past the age limit: dropped
            # and counted, never sent late (found through ix_outbox_status_expires_at).
            await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.status == DeliveryStatus.PENDING,
                    OutboxMessage.expires_at < now,
                )
                .values(status=DeliveryStatus.EXPIRED, last_error="expired before it was sent")
            )
            due = (
                select(OutboxMessage.id)
                .where(OutboxMessage.status == DeliveryStatus.PENDING, OutboxMessage.due_at <= now)
                .order_by(OutboxMessage.due_at, OutboxMessage.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            cut = await session.scalar(
                select(CutInterval.id)
                .where(CutInterval.starts_at <= now, CutInterval.ends_at > now)
                .limit(1)
            )
            if cut is not None:  # an announced cut: sends to an audience wait until it ends
                due = due.where(OutboxMessage.broadcast_id.is_(None))
            rows = await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(due.scalar_subquery()))
                .values(
                    status=DeliveryStatus.SENDING,
                    attempts=OutboxMessage.attempts + 1,
                    lease_until=now + lease,
                )
                .returning(
                    OutboxMessage.id,
                    OutboxMessage.chat_id,
                    OutboxMessage.payload,
                    OutboxMessage.attempts,
                    OutboxMessage.broadcast_id,
                    OutboxMessage.expires_at,
                )
            )
            claimed = [Delivery(*row) for row in rows]
        claimed.sort(key=lambda d: d.id)
        return claimed

    async def record(self, outcomes: Sequence[Outcome]) -> None:
        """Write a batch of outcomes in one transaction (the worker flushes every ~100 ms)."""
        if not outcomes:
            return
        params = [
            {
                "row": o.id,
                "status": o.status,
                "message_id": o.message_id,
                "result_ref": o.ref,
                "last_error": o.error,
                "sent_at": o.at if o.status == DeliveryStatus.SENT else None,
                "due_at": o.retry_at or o.at,
            }
            for o in outcomes
        ]
        blocked = {o.chat_id for o in outcomes if o.status == DeliveryStatus.BLOCKED}
        private = [o.id for o in outcomes if o.scrub and o.status in FINAL_STATUSES]
        # A bare connection and one statement built once, run for every row: the worker's
        # event loop waits for this, and the ORM's bulk update took twice as long.
        async with self.db.quick_write() as connection:
            for start in range(0, len(params), RECORD_CHUNK):
                if start:  # on SQLite this runs in the loop's thread: let the senders go on
                    await asyncio.sleep(0)
                await connection.execute(_RECORD, params[start : start + RECORD_CHUNK])
            if private:
                await connection.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id.in_(private))
                    .values(payload=SCRUBBED)
                )
            if blocked:
                await connection.execute(
                    update(Person).where(Person.telegram_id.in_(blocked)).values(reachable=False)
                )

    async def release(self, ids: Sequence[int]) -> None:
        """Give back rows claimed but never started (a graceful stop): nothing was sent."""
        if not ids:
            return
        async with self.db.write() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(ids), OutboxMessage.status == DeliveryStatus.SENDING)
                .values(
                    status=DeliveryStatus.PENDING,
                    attempts=OutboxMessage.attempts - 1,
                    lease_until=None,
                )
            )

    # --- the state every worker shares ------------------------------------------------------

    async def shared_state(self) -> SharedState:
        async with self.db.read() as session:
            row = await session.get(DeliveryState, STATE_ROW)
        if row is None:
            return SharedState(None, None, None)
        return SharedState(row.paused_until, row.unreachable_since, row.last_error)

    async def pause_all(self, until: datetime) -> None:
        """A 429: every worker, and one started later, waits until then."""
        async with self.db.write() as session:
            row = await self._state_row(session)
            if row.paused_until is None or row.paused_until < until:
                row.paused_until = until
            row.updated_at = utcnow()

    async def set_unreachable(self, since: datetime | None, error: str | None = None) -> None:
        """Telegram stopped answering (since), or answers again (None)."""
        async with self.db.write() as session:
            row = await self._state_row(session)
            if since is None:
                row.unreachable_since = None
            elif row.unreachable_since is None:  # the first worker to notice says since when
                row.unreachable_since = since
            row.last_error = error
            row.updated_at = utcnow()

    async def _state_row(self, session: AsyncSession) -> DeliveryState:
        row = await session.get(DeliveryState, STATE_ROW, with_for_update=True)
        if row is None:
            await session.execute(
                self._insert(DeliveryState)
                .values(id=STATE_ROW, updated_at=utcnow())
                .on_conflict_do_nothing()
            )
            row = await session.get(DeliveryState, STATE_ROW, with_for_update=True)
        assert row is not None
        return row

    async def expire_leases(self) -> int:
        """Claims whose worker vanished become `unknown`: maybe sent, so never resent silently."""
        async with self.db.write() as session:
            result = await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.status == DeliveryStatus.SENDING,
                    OutboxMessage.lease_until < utcnow(),
                )
                .values(status=DeliveryStatus.UNKNOWN, last_error="worker stopped mid-send")
            )
            return result.rowcount or 0  # type: ignore[attr-defined]

    async def sent_by_key(self, prefix: str) -> list[tuple[int, int]]:
        """(chat id, message id) of the sent messages whose dedupe key starts with `prefix`."""
        async with self.db.read() as session:
            rows = await session.execute(
                select(OutboxMessage.chat_id, OutboxMessage.message_id).where(
                    OutboxMessage.dedupe_key.startswith(prefix, autoescape=True),
                    OutboxMessage.status == DeliveryStatus.SENT,
                    OutboxMessage.message_id.is_not(None),
                )
            )
            return [(chat_id, message_id) for chat_id, message_id in rows]

    async def cancel_by_key(self, prefix: str) -> int:
        """Withdraw messages not sent yet (a card whose registration was just decided)."""
        async with self.db.write() as session:
            result = await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.dedupe_key.startswith(prefix, autoescape=True),
                    OutboxMessage.status == DeliveryStatus.PENDING,
                )
                .values(status=DeliveryStatus.CANCELLED)
            )
            return result.rowcount or 0  # type: ignore[attr-defined]

    async def sent_in(self, session: AsyncSession, prefix: str) -> list[tuple[int, int]]:
        """(chat id, message id) of the messages sent under a key prefix, in the caller's
        transaction."""
        rows = await session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.message_id).where(
                OutboxMessage.dedupe_key.startswith(prefix, autoescape=True),
                OutboxMessage.message_id.is_not(None),
            )
        )
        return [(chat_id, message_id) for chat_id, message_id in rows]

    async def forget_cards(self, session: AsyncSession, prefix: str) -> None:
        """Cards whose question was answered (an introduction request): those not sent yet are
        withdrawn, and none keeps its text; the keys stay, so nothing is queued again."""
        chosen = OutboxMessage.dedupe_key.startswith(prefix, autoescape=True)
        await session.execute(
            update(OutboxMessage)
            .where(chosen, OutboxMessage.status == DeliveryStatus.PENDING)
            .values(status=DeliveryStatus.CANCELLED)
        )
        await session.execute(update(OutboxMessage).where(chosen).values(payload=SCRUBBED))

    async def in_progress(self, horizon: timedelta = timedelta(0)) -> int:
        """Rows being sent, or pending and due within `horizon`."""
        async with self.db.read() as session:
            return int(
                await session.scalar(
                    select(func.count())
                    .select_from(OutboxMessage)
                    .where(
                        (
                            (OutboxMessage.status == DeliveryStatus.PENDING)
                            & (OutboxMessage.due_at <= utcnow() + horizon)
                        )
                        | (OutboxMessage.status == DeliveryStatus.SENDING)
                    )
                )
                or 0
            )

    async def next_due(self) -> datetime | None:
        async with self.db.read() as session:
            return await session.scalar(
                select(func.min(OutboxMessage.due_at)).where(
                    OutboxMessage.status == DeliveryStatus.PENDING
                )
            )

    # --- what organizers see and do --------------------------------------------------------

    async def totals(self, broadcast_id: int) -> Counter[str]:
        async with self.db.read() as session:
            rows = await session.execute(
                select(OutboxMessage.status, func.count())
                .where(OutboxMessage.broadcast_id == broadcast_id)
                .group_by(OutboxMessage.status)
            )
            return Counter({status: count for status, count in rows})

    async def sent_late(self, broadcast_id: int, late: timedelta = LATE) -> int:
        """How many of a send's messages went out more than `late` after they were first due
        (Telegram was unreachable, or a cut held them): the summary says so."""
        async with self.db.read() as session:
            rows = await session.execute(
                select(OutboxMessage.sent_at, OutboxMessage.first_due_at).where(
                    OutboxMessage.broadcast_id == broadcast_id,
                    OutboxMessage.status == DeliveryStatus.SENT,
                    OutboxMessage.first_due_at.is_not(None),
                )
            )
            return sum(
                1
                for sent, due in rows
                if sent is not None and due is not None and sent - due > late
            )

    async def resend(self, by: Acting, broadcast_id: int, statuses: Iterable[str]) -> int:
        """Put failed or unknown rows back in the queue: a deliberate organizer's decision."""
        _organizer(by)
        chosen = [s for s in statuses if s in (DeliveryStatus.FAILED, DeliveryStatus.UNKNOWN)]
        async with self.db.write() as session:
            await audit(
                session, by, "broadcast.resend", target_kind="broadcast", target_id=broadcast_id,
                statuses=",".join(chosen),
            )  # fmt: skip
            result = await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.broadcast_id == broadcast_id,
                    OutboxMessage.status.in_(chosen),
                )
                .values(status=DeliveryStatus.PENDING, due_at=utcnow(), last_error=None)
            )
            await session.execute(
                update(Broadcast).where(Broadcast.id == broadcast_id).values(finished_at=None)
            )
            return result.rowcount or 0  # type: ignore[attr-defined]

    async def cancel(self, by: Acting, broadcast_id: int) -> int:
        _organizer(by)
        async with self.db.write() as session:
            await audit(
                session, by, "broadcast.cancel", target_kind="broadcast", target_id=broadcast_id
            )
            result = await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.broadcast_id == broadcast_id,
                    OutboxMessage.status == DeliveryStatus.PENDING,
                )
                .values(status=DeliveryStatus.CANCELLED)
            )
            await session.execute(
                update(Broadcast).where(Broadcast.id == broadcast_id).values(cancelled_at=utcnow())
            )
            return result.rowcount or 0  # type: ignore[attr-defined]

    async def unfinished_broadcasts(self) -> list[Broadcast]:
        """Broadcasts with a progress message still to update."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Broadcast).where(
                    Broadcast.finished_at.is_(None),
                    Broadcast.progress_message_id.is_not(None),
                    Broadcast.due_at <= utcnow(),
                )
            )
            return list(rows)

    async def save_progress(self, broadcast_id: int, text: str, finished: bool) -> None:
        async with self.db.write() as session:
            await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id)
                .values(progress_text=text, finished_at=utcnow() if finished else None)
            )


def is_final(totals: Counter[str]) -> bool:
    return sum(totals.values()) > 0 and all(status in FINAL_STATUSES for status in +totals)


def messages_about(person_id: int) -> Any:
    """The ids of the rows recorded as being about the person (a subquery)."""
    return select(OutboxSubject.outbox_id).where(OutboxSubject.person_id == person_id)


async def forget_recipient(session: AsyncSession, person: Person, telegram_id: int | None) -> int:
    """/forget asks the outbox to forget someone. Rows to the person, and rows about them (found
    by the subjects recorded with each row), lose chat, text and key; those not sent yet are
    cancelled. Rows written before subjects were recorded are still searched by name."""
    about = [
        OutboxMessage.id.in_(messages_about(person.id)),
        OutboxMessage.dedupe_key.startswith(f"card:{person.id}:", autoescape=True),
    ]
    if telegram_id is not None:
        about.append(OutboxMessage.chat_id == telegram_id)
    legacy = _legacy_search(person)
    if legacy is not None:
        about.append(legacy)
    ids = list(await session.scalars(select(OutboxMessage.id).where(or_(*about))))
    if not ids:
        return 0
    chosen = OutboxMessage.id.in_(ids)
    await session.execute(
        update(OutboxMessage)
        .where(chosen, OutboxMessage.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENDING]))
        .values(status=DeliveryStatus.CANCELLED)
    )
    await session.execute(
        update(OutboxMessage)
        .where(chosen)
        .values(
            payload=SCRUBBED,
            dedupe_key=literal("scrubbed:") + cast(OutboxMessage.id, String),
            result_ref=None,
            last_error=None,
        )
    )
    if telegram_id is not None:  # cards keep the organizer's chat: they are edited below
        await session.execute(
            update(OutboxMessage)
            .where(chosen, OutboxMessage.chat_id == telegram_id)
            .values(chat_id=0)
        )
    await session.execute(delete(OutboxSubject).where(OutboxSubject.person_id == person.id))
    return len(ids)


def _legacy_search(person: Person) -> Any:
    """The last sweep, for rows written before subjects were recorded: the name and username
    as stored (JSON escapes letters, HTML escapes & < >). Short names are too common to look
    for; those rows age out with retention."""
    payload = cast(OutboxMessage.payload, String)
    needles: set[str] = set()
    for needle in (person.full_name, f"@{person.username}" if person.username else None):
        if needle and len(needle) >= NAME_SEARCH_MIN:
            for form in (needle, html.escape(needle, quote=False)):
                needles.add(json.dumps(form)[1:-1])
                needles.add(json.dumps(form, ensure_ascii=False)[1:-1])
    if not needles:
        return None
    return OutboxMessage.subjects_known.is_(False) & or_(
        *(payload.contains(needle, autoescape=True) for needle in sorted(needles))
    )
