"""Introductions that reveal nothing without consent.

A member asks a listed person who takes requests to connect, with a note of at most 300
characters that only that person reads. On accept, each gets the other's name, organization
and title, and a way to write: the other's Telegram username link where they have one and allow
it, otherwise one message each way relayed by the bot. On decline (or a block) the requester
hears only that it is not possible now.

Limits: OPEN_PER_DAY requests a day per person; a declined pair cannot ask again for
DECLINED_WAIT; a person can stop taking requests or block one requester. Organizers see counts,
never the notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from storage.database import Database, get_locked
from storage.models import (
    DirectoryEntry,
    IntroBlock,
    IntroRequest,
    IntroStatus,
    Organization,
    Person,
    PersonStatus,
)
from storage.services.actors import Actor
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.text import clean_text
from storage.types import utcnow

NOTE_MAX = 300
REQUESTS_PER_DAY = 3
DECLINED_WAIT = timedelta(days=30)
RELAYS_EACH_WAY = 1


@dataclass(frozen=True, slots=True)
class Party:
    """What one side of an accepted introduction learns about the other."""

    person_id: int
    telegram_id: int | None
    locale: str | None
    name: str
    title: str
    organization: Organization | None
    username: str | None  # only where they have one and allow it


# (request, requester, target locale) -> the card the target gets.
RenderRequest = Callable[[IntroRequest, Party, str], list[dict[str, Any]]]
# (request, the other party, reader locale) -> what each side gets on accept.
RenderAccepted = Callable[[IntroRequest, Party, str], list[dict[str, Any]]]
# (locale) -> "not possible now", for the requester.
RenderDeclined = Callable[[str], list[dict[str, Any]]]
# (request, sender, text, reader locale) -> a relayed message.
RenderRelay = Callable[[IntroRequest, Party, str, str], list[dict[str, Any]]]


def check_note(text: str) -> str:
    note = clean_text(text)
    if len(note) > NOTE_MAX:
        raise InvalidInput(
            "intro-note-too-long", max=NOTE_MAX, length=len(note), over=len(note) - NOTE_MAX
        )
    return note


class IntroService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox

    async def ask(
        self, by: Actor, target_id: int, note: str, render: RenderRequest
    ) -> IntroRequest:
        note = check_note(note)
        _may_ask(by)
        if by.person_id == target_id:
            raise InvalidInput("intro-not-yourself")
        async with self.db.write() as session:
            # The daily limit first: its answer must not depend on who is asked (blocked or not).
            await _check_daily(session, by)
            entry = await session.get(DirectoryEntry, target_id)
            target = await session.get(Person, target_id)
            # Not listed, not taking requests, gone: all look the same from outside.
            if (
                entry is None
                or not entry.accepts_requests
                or target is None
                or target.status != PersonStatus.APPROVED
                or target.telegram_id is None
                or not target.reachable  # they blocked the bot: nothing would reach them
            ):
                raise NotFound("intro-not-possible")
            blocked = await session.get(IntroBlock, (target_id, by.person_id))
            if blocked is not None:
                raise NotFound("intro-not-possible")
            await self._check_limits(session, by, IntroRequest.target_id == target_id)
            request = IntroRequest(requester_id=by.person_id, target_id=target_id, note=note)
            session.add(request)
            await session.flush()
            requester = await self._party(session, by.person_id, share=False)
            await self.outbox.enqueue(
                session,
                self._messages(
                    target.telegram_id, f"intro:{request.id}",
                    render(request, requester, target.locale or "en"), about=(by.person_id,),
                ),
            )  # fmt: skip
            return request

    async def ask_organization(
        self, by: Actor, organization_id: int, note: str, render: RenderRequest
    ) -> IntroRequest:
        """The note reaches each of the organization's listed representatives who take requests
        (and did not block the requester); the first to answer decides for the organization."""
        note = check_note(note)
        _may_ask(by)
        async with self.db.write() as session:
            await _check_daily(session, by)
            me = await session.get(Person, by.person_id)
            if me is None or me.organization_id == organization_id:
                raise InvalidInput("intro-not-yourself")
            reached = await _answering(session, organization_id, by.person_id)
            if not reached:
                raise NotFound("intro-not-possible")
            await self._check_limits(session, by, IntroRequest.organization_id == organization_id)
            request = IntroRequest(
                requester_id=by.person_id, organization_id=organization_id, note=note
            )
            session.add(request)
            await session.flush()
            requester = await self._party(session, by.person_id, share=False)
            for person in reached:
                assert person.telegram_id is not None
                await self.outbox.enqueue(
                    session,
                    self._messages(
                        person.telegram_id, f"intro:{request.id}:{person.id}",
                        render(request, requester, person.locale or "en"), about=(by.person_id,),
                    ),
                )  # fmt: skip
            return request

    async def answerable(self, by: Actor, organization_id: int) -> bool:
        """Whether the organization (not one's own) has a representative who would receive a
        request from this person."""
        async with self.db.read() as session:
            me = await session.get(Person, by.person_id) if by.person_id else None
            if me is None or me.organization_id == organization_id:
                return False
            # Blocks are left out here: the button must not tell anyone they were blocked
            # (asking then hears "not possible", as after a decline).
            return bool(await _answering(session, organization_id, None))

    async def _check_limits(self, session: Any, by: Actor, same_target: Any) -> None:
        """One open request per target; 30 days after a decline."""
        earlier = await session.scalar(
            select(IntroRequest)
            .where(IntroRequest.requester_id == by.person_id, same_target)
            .order_by(IntroRequest.id.desc())
            .limit(1)
        )
        if earlier is not None:
            if earlier.status == IntroStatus.PENDING:
                raise Conflict("intro-already-asked")
            if earlier.status == IntroStatus.ACCEPTED:
                raise Conflict("intro-already-connected")
            if earlier.decided_at and earlier.decided_at > utcnow() - DECLINED_WAIT:
                raise NotFound("intro-not-possible")

    async def decide(
        self,
        by: Actor,
        request_id: int,
        accept: bool,
        on_accept: RenderAccepted,
        on_decline: RenderDeclined,
        block: bool = False,
        answered: Callable[[str], str] | None = None,
    ) -> IntroRequest:
        """Only the person asked decides; the requester is told through the outbox. For a
        request to an organization, the cards its other representatives got are edited to
        `answered(locale)`: the note leaves their chats."""
        async with self.db.write() as session:
            request = await get_locked(session, IntroRequest, request_id)
            if request is None or not await _may_decide(session, request, by):
                raise NotFound("intro-gone")  # someone else's request reads as none
            if request.status != IntroStatus.PENDING:
                raise Conflict("intro-already-decided")
            if request.target_id is None:  # to an organization: who answers decides for it
                request.target_id = by.person_id
            assert request.target_id is not None
            request.status = IntroStatus.ACCEPTED if accept else IntroStatus.DECLINED
            request.decided_at = utcnow()
            request.note = ""  # read and answered: nobody needs it any more
            if answered is not None and request.organization_id is not None:
                await self._close_colleagues_cards(session, request, by, answered)
            await self.outbox.forget_cards(session, f"intro:{request.id}:")
            requester = await session.get(Person, request.requester_id)
            if block:
                session.add(
                    IntroBlock(person_id=request.target_id, blocked_id=request.requester_id)
                )
            if accept:
                request.relay_requester = request.relay_target = RELAYS_EACH_WAY
                one = await self._party(session, request.requester_id, share=True)
                other = await self._party(session, request.target_id, share=True)
                for reader, about in ((one, other), (other, one)):
                    if reader.telegram_id is not None:
                        await self.outbox.enqueue(
                            session,
                            self._messages(
                                reader.telegram_id, f"introok:{request.id}:{reader.person_id}",
                                on_accept(request, about, reader.locale or "en"),
                                about=(about.person_id,), private=True,
                            ),
                        )  # fmt: skip
            elif requester is not None and requester.telegram_id is not None:
                await self.outbox.enqueue(
                    session,
                    self._messages(
                        requester.telegram_id, f"introno:{request.id}",
                        on_decline(requester.locale or "en"),
                    ),
                )  # fmt: skip
            await session.flush()
            return request

    async def _close_colleagues_cards(
        self, session: Any, request: IntroRequest, by: Actor, answered: Callable[[str], str]
    ) -> None:
        cards = await self.outbox.sent_in(session, f"intro:{request.id}:")
        chats = {chat for chat, _ in cards if chat != by.telegram_id}
        if not chats:
            return
        locales = dict(
            (
                await session.execute(
                    select(Person.telegram_id, Person.locale).where(Person.telegram_id.in_(chats))
                )
            ).all()
        )
        await self.outbox.enqueue(
            session,
            [
                NewMessage(
                    chat,
                    {
                        "method": "editMessageText",
                        "message_id": message_id,
                        "text": answered(locales.get(chat) or "en"),
                    },
                    f"introclosed:{request.id}:{chat}:{message_id}",
                )
                for chat, message_id in cards
                if chat in chats
            ],
        )

    async def relay(
        self, by: Actor, request_id: int, text: str, render: RenderRelay
    ) -> IntroRequest:
        """One message to the other side of an accepted introduction, through the bot."""
        text = check_note(text)
        if not text:
            raise InvalidInput("intro-relay-empty")
        async with self.db.write() as session:
            request = await get_locked(session, IntroRequest, request_id)
            if (
                request is None
                or by.person_id not in (request.requester_id, request.target_id)
                or request.status != IntroStatus.ACCEPTED
            ):
                raise NotFound("intro-gone")
            mine = "relay_requester" if by.person_id == request.requester_id else "relay_target"
            if getattr(request, mine) <= 0:
                raise Conflict("intro-relay-used")
            setattr(request, mine, getattr(request, mine) - 1)
            other_id = request.target_id if mine == "relay_requester" else request.requester_id
            sender = await self._party(session, by.person_id, share=False)
            other = await session.get(Person, other_id)
            if other is None or other.telegram_id is None:
                raise NotFound("intro-gone")
            await self.outbox.enqueue(
                session,
                self._messages(
                    other.telegram_id, f"introrelay:{request.id}:{by.person_id}",
                    render(request, sender, text, other.locale or "en"),
                    about=(by.person_id,), private=True,
                ),
            )  # fmt: skip
            return request

    async def get_for(self, by: Actor, request_id: int) -> IntroRequest:
        async with self.db.read() as session:
            request = await session.get(IntroRequest, request_id)
        if request is None or by.person_id not in (request.requester_id, request.target_id):
            raise NotFound("intro-gone")
        return request

    async def counts(self, by: Actor) -> dict[str, int]:
        """For organizers: how many requests, by status. Never the notes."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            rows = await session.execute(
                select(IntroRequest.status, func.count()).group_by(IntroRequest.status)
            )
            return {status: int(count) for status, count in rows}

    async def _party(self, session: Any, person_id: int, share: bool) -> Party:
        person = await session.get(Person, person_id)
        assert person is not None
        entry = await session.get(DirectoryEntry, person_id)
        username = person.username if share and entry is not None and entry.share_username else None
        return Party(
            person.id, person.telegram_id, person.locale, person.full_name or "",
            person.title or "", person.organization, username,
        )  # fmt: skip

    @staticmethod
    def _messages(
        chat_id: int, key: str, payloads: list[dict[str, Any]], about: tuple[int, ...] = (),
        private: bool = False,
    ) -> list[NewMessage]:  # fmt: skip
        """private: the outbox blanks the text once it is sent (contacts, relayed words)."""
        flag = {"private": True} if private else {}
        return [
            NewMessage(chat_id, {**payload, **flag}, f"{key}:{part}", about=about)
            for part, payload in enumerate(payloads)
        ]


async def _check_daily(session: Any, by: Actor) -> None:
    """Three requests a day, whoever they go to."""
    since = utcnow() - timedelta(days=1)
    today = await session.scalar(
        select(func.count())
        .select_from(IntroRequest)
        .where(IntroRequest.requester_id == by.person_id, IntroRequest.created_at > since)
    )
    if int(today or 0) >= REQUESTS_PER_DAY:
        raise Conflict("intro-too-many", limit=REQUESTS_PER_DAY)


def _may_ask(by: Actor) -> None:
    if by.person_id is None or not by.approved:
        raise Forbidden("error-not-allowed")


async def _answering(session: Any, organization_id: int, requester_id: int | None) -> list[Person]:
    """An organization's listed representatives who take requests and can be reached; with a
    requester, not them and not those who blocked them."""
    query = (
        select(Person)
        .join(DirectoryEntry, DirectoryEntry.person_id == Person.id)
        .where(
            Person.organization_id == organization_id,
            Person.status == PersonStatus.APPROVED,
            Person.telegram_id.is_not(None),
            Person.reachable.is_(True),
            DirectoryEntry.accepts_requests.is_(True),
        )
        .order_by(Person.id)
    )
    if requester_id is not None:
        blocked = select(IntroBlock.person_id).where(IntroBlock.blocked_id == requester_id)
        query = query.where(Person.id != requester_id, Person.id.not_in(blocked))
    return list(await session.scalars(query))


async def _may_decide(session: Any, request: IntroRequest, by: Actor) -> bool:
    """The person asked; for a request to an organization, any of its representatives it
    reaches (still listed and taking requests)."""
    if request.target_id is not None and request.target_id == by.person_id:
        return True
    if request.organization_id is None or by.person_id is None:
        return False
    # A colleague who got the same request: told it was answered, by the status check.
    reached = await _answering(session, request.organization_id, request.requester_id)
    return any(person.id == by.person_id for person in reached)
