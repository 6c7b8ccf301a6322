"""Announcements and newsletters: from an organizer's texts to one outbox row per message.

Each recipient gets the text in their language, else the first available of the fallback order;
long texts are split at paragraph boundaries; an attachment goes first, with the text as its
caption when it fits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from storage.database import Database
from storage.models import Broadcast, DeliveryStatus, OutboxMessage
from storage.services.actors import Actor
from storage.services.audience import Audience, Recipient, recipients
from storage.services.audit import audit
from storage.services.errors import Forbidden, InvalidInput
from storage.services.outbox import NewMessage, OutboxService
from storage.services.telegram_text import MAX_CAPTION, html_error, split_html, visible_text
from storage.types import utcnow

LOCALE_ORDER = ("en", "ar", "ckb")
MAX_ANNOUNCEMENT = 12_000  # visible characters: three messages at most
PHOTO_LIMIT = 10 * 1024 * 1024  # the Bot API's limits for files it sends on
DOCUMENT_LIMIT = 50 * 1024 * 1024


@dataclass(frozen=True)
class Attachment:
    kind: str  # "photo" | "document"
    file_id: str
    file_size: int | None = None
    file_name: str | None = None

    def to_data(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "file_id": self.file_id,
            "file_size": self.file_size,
            "file_name": self.file_name,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> Attachment | None:
        return cls(**data) if data else None


def check_attachment(attachment: Attachment) -> None:
    limit = PHOTO_LIMIT if attachment.kind == "photo" else DOCUMENT_LIMIT
    if attachment.file_size is not None and attachment.file_size > limit:
        raise InvalidInput(
            "error-attachment-too-large",
            size_mb=round(attachment.file_size / 1024 / 1024, 1),
            limit_mb=limit // 1024 // 1024,
        )


def check_text(html: str) -> str:
    html = html.strip()
    if not html:
        raise InvalidInput("error-text-empty")
    if html_error(html):
        raise InvalidInput("error-text-formatting")
    length = len(visible_text(html, "HTML"))
    if length > MAX_ANNOUNCEMENT:
        raise InvalidInput("error-text-too-long", max=MAX_ANNOUNCEMENT, length=length)
    return html


def pick_text(texts: dict[str, str], chain: Sequence[str]) -> tuple[str, str]:
    """The text in the first language of the reader's chain written (hers, then her
    language's fallback), else in any language written."""
    for candidate in (*chain, *LOCALE_ORDER):
        if candidate and texts.get(candidate):
            return candidate, texts[candidate]
    raise InvalidInput("error-text-empty")


def render_payloads(
    text: str, attachment: Attachment | None, protect: bool
) -> list[dict[str, Any]]:
    """The messages one recipient receives, in order."""
    payloads: list[dict[str, Any]] = []
    parts = split_html(text)
    if attachment is not None:
        method = "sendPhoto" if attachment.kind == "photo" else "sendDocument"
        first: dict[str, Any] = {"method": method, attachment.kind: attachment.file_id}
        if len(parts) == 1 and len(visible_text(parts[0], "HTML")) <= MAX_CAPTION:
            first["caption"] = parts.pop(0)
        payloads.append(first)
    payloads += [{"method": "sendMessage", "text": part} for part in parts]
    for payload in payloads:
        payload["protect_content"] = protect
    return payloads


# A send scheduled for a time ("office closed tomorrow") is dropped, not sent late, when it
# could not go out within this grace (Telegram unreachable): the organizer is told when it is
# scheduled, and counts it in the send's summary.
SCHEDULED_GRACE = timedelta(hours=6)


class BroadcastService:
    def __init__(
        self,
        db: Database,
        outbox: OutboxService,
        default_locale: str = "en",
        scheduled_grace: timedelta = SCHEDULED_GRACE,
        chains: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.db = db
        self.outbox = outbox
        self.default_locale = default_locale
        self.scheduled_grace = scheduled_grace
        self.chains = dict(chains or {})

    def chain(self, locale: str | None) -> tuple[str, ...]:
        """What a reader of `locale` gets, in turn (the taxonomy file's reading order)."""
        if locale in self.chains:
            return tuple(self.chains[locale])
        return tuple(code for code in (locale, self.default_locale) if code)

    def expires(self, due_at: datetime | None) -> datetime | None:
        """Until when a send scheduled for `due_at` may still go out (None: sent now, the
        outbox's age limit applies)."""
        return due_at + self.scheduled_grace if due_at is not None else None

    async def recipients(self, audience: Audience) -> list[Recipient]:
        async with self.db.read() as session:
            return await recipients(session, audience)

    async def create(
        self,
        *,
        by: Actor,
        kind: str,
        audience: Audience,
        texts: dict[str, str],
        attachment: Attachment | None = None,
        protect: bool = False,
        due_at: datetime | None = None,
        title: str | None = None,
        period: tuple[datetime, datetime] | None = None,
        use_newsletter_locale: bool = False,
    ) -> Broadcast:
        """Resolve the audience, render every recipient's messages, queue them. One transaction:
        the send exists whole or not at all."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        texts = {loc: check_text(text) for loc, text in texts.items() if text and text.strip()}
        if not texts:
            raise InvalidInput("error-text-empty")
        if attachment is not None:
            check_attachment(attachment)
        due = due_at or utcnow()
        async with self.db.write() as session:
            people = await recipients(session, audience)
            if not people:
                raise InvalidInput("error-audience-empty")
            broadcast = Broadcast(
                kind=kind,
                created_by_id=by.person_id,
                audience=audience.to_data(),
                texts=texts,
                attachment=attachment.to_data() if attachment else None,
                protect_content=protect,
                due_at=due,
                title=title,
                period_start=period[0] if period else None,
                period_end=period[1] if period else None,
            )
            session.add(broadcast)
            await session.flush()
            rendered: dict[str, list[dict[str, Any]]] = {}
            messages: list[NewMessage] = []
            for person in people:
                wanted = person.newsletter_locale if use_newsletter_locale else None
                locale, text = pick_text(texts, self.chain(wanted or person.locale))
                if locale not in rendered:
                    rendered[locale] = render_payloads(text, attachment, protect)
                for part, payload in enumerate(rendered[locale]):
                    messages.append(
                        NewMessage(
                            chat_id=person.telegram_id,
                            payload=payload,
                            dedupe_key=f"b{broadcast.id}:p{person.person_id}:{part}",
                            due_at=due,
                            broadcast_id=broadcast.id,
                            expires_at=self.expires(due_at),
                        )
                    )
            broadcast.total = await self.outbox.enqueue(session, messages)
            await audit(
                session, by, "broadcast.create", target_kind=kind, target_id=broadcast.id,
                label=title, recipients=broadcast.total, due=due.isoformat(),
            )  # fmt: skip
        return broadcast

    async def show_progress_in(
        self, broadcast_id: int, chat_id: int, message_id: int, locale: str
    ) -> None:
        """The message the progress sweep edits in place for this send."""
        async with self.db.write() as session:
            broadcast = await session.get(Broadcast, broadcast_id)
            if broadcast is not None:
                broadcast.progress_chat_id = chat_id
                broadcast.progress_message_id = message_id
                broadcast.progress_locale = locale

    async def get(self, broadcast_id: int) -> Broadcast | None:
        async with self.db.read() as session:
            return await session.get(Broadcast, broadcast_id)

    async def published_newsletter(self, broadcast_id: int) -> Broadcast | None:
        """An issue members may read: a newsletter, not cancelled, and due already (a scheduled
        one stays unread until its time, whatever button a client forges)."""
        async with self.db.read() as session:
            issue = await session.get(Broadcast, broadcast_id)
        if (
            issue is None
            or issue.kind != "newsletter"
            or issue.cancelled_at is not None
            or issue.due_at > utcnow()
        ):
            return None
        return issue

    async def newsletters(self, limit: int = 10) -> list[Broadcast]:
        """Newsletter issues already sent (or being sent), newest first."""
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Broadcast)
                .where(
                    Broadcast.kind == "newsletter",
                    Broadcast.cancelled_at.is_(None),
                    Broadcast.due_at <= utcnow(),
                )
                .order_by(Broadcast.due_at.desc())
                .limit(limit)
            )
            return list(rows)

    async def scheduled(
        self, kinds: Sequence[str] = ("announcement", "newsletter")
    ) -> list[Broadcast]:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(Broadcast)
                .where(
                    Broadcast.kind.in_(kinds),
                    Broadcast.cancelled_at.is_(None),
                    Broadcast.due_at > utcnow(),
                )
                .order_by(Broadcast.due_at)
            )
            return list(rows)

    async def pending_rows(self, broadcast_id: int) -> int:
        async with self.db.read() as session:
            rows = await session.scalars(
                select(OutboxMessage.id).where(
                    OutboxMessage.broadcast_id == broadcast_id,
                    OutboxMessage.status == DeliveryStatus.PENDING,
                )
            )
            return len(rows.all())
