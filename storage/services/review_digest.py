"""Each organizer's one "to review" message: what waits for a decision, by kind, instead of a
notice per registration, update, opportunity and commitment.

When something arrives, the organizer's last such message is deleted and a new one is sent at
the end of her chat (so that it is seen, and heard unless it is her quiet night); when
something is decided, that message is edited in place (edits make no sound). Messages go
through the outbox like every other: paced, retried, and replaced rather than stacked when
several events come before the worker sends (the ones not sent yet are withdrawn). A send
already under way when a newer one is queued arrives after it: the next event deletes it too,
as it deletes every earlier message still shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update

from storage.database import Database
from storage.models import DeliveryStatus, OutboxMessage, Person
from storage.services.outbox import NewMessage, OutboxService
from storage.services.people import PeopleService
from storage.services.review_queue import ReviewQueues, Waiting
from storage.types import utcnow

# (reader's locale, what waits, whether her nights are quiet) -> the message's payload
RenderDigest = Callable[[str, Waiting, bool], dict[str, Any]]


SHOWN_LOOKED_AT = 10


def _key(chat_id: int, kind: str) -> str:
    return f"digest:{chat_id}:{kind}:"


class ReviewDigests:
    def __init__(
        self, db: Database, outbox: OutboxService, people: PeopleService, queues: ReviewQueues
    ) -> None:
        self.db = db
        self.outbox = outbox
        self.people = people
        self.queues = queues

    async def refresh(
        self, render: RenderDigest, *, arrived: bool, night: bool, default_locale: str = "en"
    ) -> int:
        """Bring every organizer's message up to date: a new one when something `arrived`
        (silent at `night` for those who chose quiet nights), else an edit of the last one.
        Returns how many messages were queued."""
        waiting = await self.queues.counts()
        reviewers = await self.people.reviewers()
        quiet = await self.quiet_chats([chat_id for chat_id, _ in reviewers])
        stamp = utcnow().strftime("%Y%m%d%H%M%S%f")
        messages: list[NewMessage] = []
        for chat_id, locale in reviewers:
            # Not sent yet: replaced by this one (an edit or a send that would be stale). Its
            # deletions stay: they are of messages already in her chat.
            for kind in ("send", "edit"):
                await self.outbox.cancel_by_key(_key(chat_id, kind))
            shown = await self.shown_messages(chat_id)
            last = shown[0] if shown else None
            payload = render(locale or default_locale, waiting, chat_id in quiet)
            # Every earlier one goes: also one whose send was under way when a newer one was
            # queued, and so arrived after it (each deleted once: its key names it).
            gone = shown if arrived or last is None else shown[1:]
            messages += [
                NewMessage(
                    chat_id,
                    {"method": "deleteMessage", "message_id": message_id},
                    f"{_key(chat_id, 'del')}{message_id}",
                )
                for message_id in gone
            ]
            if arrived or last is None:
                if last is None and not waiting.total:
                    continue  # nothing waits and nothing was said: nothing to say
                send = dict(payload, record_now=True)  # the next event edits or deletes it
                if night and chat_id in quiet:
                    send["silent"] = True
                messages.append(NewMessage(chat_id, send, f"{_key(chat_id, 'send')}{stamp}"))
            else:
                edit = dict(payload, method="editMessageText", message_id=last)
                messages.append(NewMessage(chat_id, edit, f"{_key(chat_id, 'edit')}{stamp}"))
        return await self.outbox.send_later(messages) if messages else 0

    async def shown_messages(self, chat_id: int) -> list[int]:
        """The organizer's "to review" messages sent to her chat, the last one first (the ten
        most recent: older ones were deleted by the events since)."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(OutboxMessage.message_id)
                .where(
                    OutboxMessage.chat_id == chat_id,
                    OutboxMessage.dedupe_key.startswith(_key(chat_id, "send"), autoescape=True),
                    OutboxMessage.status == DeliveryStatus.SENT,
                    OutboxMessage.message_id.is_not(None),
                )
                .order_by(OutboxMessage.id.desc())
                .limit(SHOWN_LOOKED_AT)
            )
            return [int(message_id) for message_id in rows if message_id is not None]

    async def quiet_chats(self, chat_ids: list[int]) -> set[int]:
        if not chat_ids:
            return set()
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Person.telegram_id).where(
                    Person.telegram_id.in_(chat_ids), Person.quiet_nights.is_(True)
                )
            )
            return {int(chat_id) for chat_id in rows if chat_id is not None}

    async def set_quiet(self, telegram_id: int, quiet: bool) -> bool:
        """Quiet nights on or off for this organizer; False when she has no profile row yet."""
        async with self.db.write() as session:
            result = await session.execute(
                update(Person).where(Person.telegram_id == telegram_id).values(quiet_nights=quiet)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]
