"""Decisions the network takes in the chat (issue 25): an organizer asks an audience (the
advisory committee, a meeting's attendees, any audience as for announcements) a proposal, a
consent question, a time poll, a score, a ranked choice or a dot vote; each person votes with
buttons until the close, once, changing their vote as often as they like; one reminder goes to
those who have not voted; at the close the ballots are counted and the organizer writes the
outcome, which goes to the whole audience with the result overall, among their own actor type
and in their own governorate (a group of fewer than five voters is not shown).

Every step is a status or a time claimed in one transaction, so a restart or a second
scheduler never closes a decision twice or sends its reminder or results twice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database, get_locked
from storage.models import (
    Decision,
    DecisionKind,
    DecisionRecipient,
    DecisionStatus,
    DecisionVote,
    Meeting,
    Organization,
    OutboxMessage,
    Person,
    PersonGovernorate,
    Role,
)
from storage.services.actors import Actor
from storage.services.audience import Audience, recipients
from storage.services.audit import audit
from storage.services.decision_counts import (
    CONSENT,
    NEEDS_REASON,
    PROPOSAL,
    BallotRefused,
    Result,
    count_decision,
    next_ballot,
)
from storage.services.errors import Conflict, Forbidden, InvalidInput, NotFound
from storage.services.outbox import NewMessage, OutboxService
from storage.services.segments import MIN_CELL
from storage.services.text import clean_line, clean_text
from storage.types import utcnow

TEXT_MAX = 1000  # the question or proposal
OPTION_MAX = 100  # as Telegram's poll options
REASON_MAX = 500
OUTCOME_MAX = 1200  # a decided proposal's outcome becomes a follow-up item's text
OPTIONS_MIN, OPTIONS_MAX = 2, 10  # time poll: up to 10 candidate times
DOTS_MIN, DOTS_MAX = 1, 10
QUORUMS = (0, 25, 50, 66)
OPEN_FOR_HOURS = (24, 72, 168)
# The one reminder: this long before the close (or halfway, for a short decision).
REMIND_BEFORE = timedelta(hours=24)
WITH_OPTIONS = (DecisionKind.TIME, DecisionKind.SCORE, DecisionKind.RANKED, DecisionKind.DOTS)
# Members may add options where a new option is a new thing to weigh.
MAY_ADD = (DecisionKind.SCORE, DecisionKind.RANKED, DecisionKind.DOTS)
# One answer among fixed ones: what a native Telegram poll carries.
NATIVE_KINDS = (DecisionKind.PROPOSAL, DecisionKind.CONSENT)


@dataclass(frozen=True, slots=True)
class Voter:
    """Someone in the audience, as the results are cut for them."""

    person_id: int
    telegram_id: int
    locale: str | None
    actor_type_id: int | None
    governorates: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Reason:
    answer: str
    text: str
    public: bool
    name: str | None  # only when votes are named
    person_id: int | None  # whom the text is about, for the outbox (never shown)


@dataclass
class Tally:
    """The counted ballots: overall, and by actor type and governorate where at least
    MIN_CELL voted (a smaller group maps to None; see `segments`)."""

    decision: Decision
    voters: int
    overall: Result
    by_actor_type: dict[int, Result | None] = field(default_factory=dict)
    by_governorate: dict[int, Result | None] = field(default_factory=dict)
    segment_voters: dict[tuple[str, int], int] = field(default_factory=dict)
    reasons: list[Reason] = field(default_factory=list)
    named_votes: list[tuple[str, object]] = field(default_factory=list)  # organizers only


@dataclass(frozen=True, slots=True)
class MyVote:
    decision: Decision
    ballot: object
    reason: str | None
    voters: int


RenderCard = Callable[[Decision, str], list[dict[str, Any]]]
RenderTally = Callable[[Tally, str], list[dict[str, Any]]]
RenderResults = Callable[[Tally, Voter, str], list[dict[str, Any]]]


def parse_options(kind: str, text: str) -> list[str]:
    """One option per line (score, ranked choice, dot vote)."""
    options = [clean_line(line) for line in text.splitlines()]
    options = list(dict.fromkeys(o for o in options if o))
    if not OPTIONS_MIN <= len(options) <= OPTIONS_MAX:
        raise InvalidInput("decision-options-count", min=OPTIONS_MIN, max=OPTIONS_MAX)
    for option in options:
        if len(option) > OPTION_MAX:
            raise InvalidInput("error-text-too-long", max=OPTION_MAX, length=len(option))
    return options


def check_text(text: str, limit: int = TEXT_MAX) -> str:
    text = clean_text(text)
    if not text:
        raise InvalidInput("decision-text-empty")
    if len(text) > limit:
        raise InvalidInput("error-text-too-long", max=limit, length=len(text))
    return text


def option_count(decision: Decision) -> int:
    return len(decision.options)


def tally_of(
    decision: Decision,
    votes: Sequence[tuple[object, int | None, Sequence[int]]],
    audience: int,
) -> tuple[Result, dict[int, Result | None], dict[int, Result | None], dict[tuple[str, int], int]]:
    """Overall and per segment; segments of fewer than MIN_CELL voters are None, and when
    only one of a dimension is hidden the next smallest is hidden with it."""
    kind, options, dots = decision.kind, option_count(decision), decision.dots
    overall = count_decision(
        kind, [b for b, _, _ in votes], options, dots=dots, audience=audience,
        quorum_percent=decision.quorum_percent,
    )  # fmt: skip
    groups: dict[tuple[str, int], list[object]] = {}
    for ballot, actor_type_id, governorates in votes:
        if actor_type_id is not None:
            groups.setdefault(("type", actor_type_id), []).append(ballot)
        for governorate_id in set(governorates):
            groups.setdefault(("place", governorate_id), []).append(ballot)
    sizes = {key: len(ballots) for key, ballots in groups.items()}
    shown: dict[str, dict[int, Result | None]] = {"type": {}, "place": {}}
    for dimension in ("type", "place"):
        present = {key[1]: n for key, n in sizes.items() if key[0] == dimension}
        hidden = {key for key, n in present.items() if n < MIN_CELL}
        if len(hidden) == 1 and len(present) > 1:
            rest = sorted((n, key) for key, n in present.items() if key not in hidden)
            hidden.add(rest[0][1])  # else the overall minus the others would tell
        for key in present:
            shown[dimension][key] = (
                None
                if key in hidden
                else count_decision(kind, groups[(dimension, key)], options, dots=dots)
            )
    return overall, shown["type"], shown["place"], sizes


class DecisionService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox

    # --- an organizer asks ---------------------------------------------------------------

    async def create(
        self,
        by: Actor,
        *,
        kind: str,
        text: str,
        locale: str,
        options: Sequence[str],
        audience: Audience,
        open_for: timedelta,
        render: RenderCard,
        hide_results: bool = False,
        named: bool = False,
        quorum_percent: int = 0,
        dots: int = 0,
        open_options: bool = False,
        native: bool = False,
        now: datetime | None = None,
    ) -> Decision:
        """Checked, stored and sent to the audience in one transaction. A proposal or consent
        may go as a native Telegram poll (`native`)."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        if kind not in set(DecisionKind):
            raise InvalidInput("common-stale-button")
        text = check_text(text)
        options = list(options)
        if kind in WITH_OPTIONS:
            if not OPTIONS_MIN <= len(options) <= OPTIONS_MAX:
                raise InvalidInput("decision-options-count", min=OPTIONS_MIN, max=OPTIONS_MAX)
        else:
            options = []
        if kind == DecisionKind.DOTS and not DOTS_MIN <= dots <= DOTS_MAX:
            raise InvalidInput("common-stale-button")
        if native and (kind not in NATIVE_KINDS or open_options):
            raise InvalidInput("common-stale-button")
        if quorum_percent not in QUORUMS or not timedelta(hours=1) <= open_for <= timedelta(
            days=30
        ):
            raise InvalidInput("common-stale-button")
        now = now or utcnow()
        close_at = now + open_for
        async with self.db.write() as session:
            people = await recipients(session, audience)
            if not people:
                raise InvalidInput("error-audience-empty")
            decision = Decision(
                kind=kind, text=text, locale=locale, options=options,
                audience=audience.to_data(), meeting_id=audience.meeting_id,
                hide_results=hide_results, named=named, quorum_percent=quorum_percent,
                dots=dots if kind == DecisionKind.DOTS else 0,
                open_options=open_options and kind in MAY_ADD, native=native,
                status=DecisionStatus.OPEN, audience_size=len(people),
                remind_at=max(close_at - REMIND_BEFORE, now + open_for / 2),
                close_at=close_at, created_by_id=by.person_id, created_at=now,
            )  # fmt: skip
            session.add(decision)
            await session.flush()
            session.add_all(
                DecisionRecipient(decision_id=decision.id, person_id=p.person_id) for p in people
            )
            cards: dict[str, list[dict[str, Any]]] = {}
            messages = []
            for person in people:
                person_locale = person.locale or locale
                if person_locale not in cards:
                    cards[person_locale] = render(decision, person_locale)
                messages += [
                    NewMessage(
                        person.telegram_id,
                        payload,
                        f"dec:{decision.id}:{person.person_id}:{n}",
                        expires_at=close_at,
                    )
                    for n, payload in enumerate(cards[person_locale])
                ]
            await self.outbox.enqueue(session, messages)
            await audit(
                session, by, "decision.create", target_kind="decision", target_id=decision.id,
                kind=kind, audience=len(people),
            )  # fmt: skip
            return decision

    async def get(self, decision_id: int) -> Decision:
        async with self.db.read() as session:
            decision = await session.get(Decision, decision_id)
        if decision is None:
            raise NotFound("decision-gone")
        return decision

    async def recent(self, limit: int = 10) -> list[Decision]:
        async with self.db.read() as session:
            return list(
                (
                    await session.scalars(
                        select(Decision).order_by(Decision.id.desc()).limit(limit)
                    )
                ).all()
            )

    async def meeting_title(self, decision: Decision, locale: str) -> str | None:
        if decision.meeting_id is None:
            return None
        async with self.db.read() as session:
            meeting = await session.get(Meeting, decision.meeting_id)
        return meeting.title(locale) if meeting else None

    # --- voting -------------------------------------------------------------------------

    async def _open_for(self, session: AsyncSession, decision_id: int, person_id: int) -> Decision:
        decision = await session.get(Decision, decision_id)
        if decision is None:
            raise NotFound("decision-gone")
        if decision.status != DecisionStatus.OPEN or decision.close_at <= utcnow():
            raise Conflict("decision-closed")
        if not await session.scalar(
            select(DecisionRecipient.person_id).where(
                DecisionRecipient.decision_id == decision_id,
                DecisionRecipient.person_id == person_id,
            )
        ):
            raise Forbidden("decision-not-yours")
        return decision

    async def press(
        self,
        decision_id: int,
        person_id: int,
        action: str,
        option: int = 0,
        value: str = "",
        reason: str | None = None,
        reason_later: bool = False,
    ) -> MyVote:
        """One press on the voter's card: checked against the audience, the type, the close
        and the options, then the ballot is stored (a revote replaces it). A vote in a native
        poll comes before its reason (`reason_later`): the reason is asked for then."""
        async with self.db.write() as session:
            decision = await self._open_for(session, decision_id, person_id)
            vote = await session.scalar(
                select(DecisionVote).where(
                    DecisionVote.decision_id == decision_id, DecisionVote.person_id == person_id
                )
            )
            try:
                ballot = next_ballot(
                    decision.kind, vote.ballot if vote else None, action, option, value,
                    options=option_count(decision), dots=decision.dots,
                )  # fmt: skip
            except BallotRefused:
                raise InvalidInput("common-stale-button") from None
            if isinstance(ballot, str) and ballot in NEEDS_REASON:
                reason = clean_text(reason or "")
                if not reason and reason_later:
                    reason = (vote.reason if vote and vote.ballot == ballot else None) or ""
                elif not reason:
                    raise InvalidInput("decision-reason-needed")
                if len(reason) > REASON_MAX:
                    raise InvalidInput("error-text-too-long", max=REASON_MAX, length=len(reason))
            elif isinstance(ballot, str):
                reason = None  # a change to agree drops an earlier reason
            else:
                reason = vote.reason if vote else None
            reason = reason or None
            if vote is None:
                actor_type_id, governorates = await _profile(session, person_id)
                vote = DecisionVote(
                    decision_id=decision_id, person_id=person_id, ballot=ballot, reason=reason,
                    actor_type_id=actor_type_id, governorate_ids=governorates,
                )  # fmt: skip
                session.add(vote)
            else:
                vote.ballot = ballot
                vote.reason = reason
                if reason is None:
                    vote.reason_public = False
            await session.flush()
            voters = await _voters(session, decision_id)
            return MyVote(decision, ballot, reason, voters)

    async def vote_native(self, key: str, person_id: int, option_ids: list[int]) -> MyVote | None:
        """A vote in a decision's native poll (the outbox key of the poll message it answers):
        the person must be the one it was sent to; an empty vote takes it back (None)."""
        parts = key.split(":")
        if len(parts) != 4 or parts[0] not in ("dec", "decrem"):
            raise NotFound("decision-gone")
        decision_id, recipient = int(parts[1]), int(parts[2])
        if person_id != recipient:  # a forwarded copy answered by someone else
            raise Forbidden("decision-not-yours")
        if not option_ids:
            async with self.db.write() as session:
                await self._open_for(session, decision_id, person_id)
                await session.execute(
                    delete(DecisionVote).where(
                        DecisionVote.decision_id == decision_id,
                        DecisionVote.person_id == person_id,
                    )
                )
            return None
        decision = await self.get(decision_id)
        answers = PROPOSAL if decision.kind == DecisionKind.PROPOSAL else CONSENT
        if decision.kind not in NATIVE_KINDS or not 0 <= option_ids[0] < len(answers):
            raise InvalidInput("common-stale-button")
        return await self.press(
            decision_id, person_id, "choose", value=answers[option_ids[0]], reason_later=True
        )

    async def share_reason(self, decision_id: int, person_id: int, public: bool) -> None:
        async with self.db.write() as session:
            await self._open_for(session, decision_id, person_id)
            await session.execute(
                update(DecisionVote)
                .where(
                    DecisionVote.decision_id == decision_id,
                    DecisionVote.person_id == person_id,
                    DecisionVote.reason.is_not(None),
                )
                .values(reason_public=public)
            )

    async def mine(self, decision_id: int, person_id: int) -> MyVote:
        async with self.db.read() as session:
            decision = await session.get(Decision, decision_id)
            if decision is None:
                raise NotFound("decision-gone")
            vote = await session.scalar(
                select(DecisionVote).where(
                    DecisionVote.decision_id == decision_id, DecisionVote.person_id == person_id
                )
            )
            voters = await _voters(session, decision_id)
        return MyVote(
            decision, vote.ballot if vote else None, vote.reason if vote else None, voters
        )

    async def ballots(self, decision_id: int) -> list[object]:
        """Every ballot as stored, for the live count on a card."""
        async with self.db.read() as session:
            return list(
                await session.scalars(
                    select(DecisionVote.ballot).where(DecisionVote.decision_id == decision_id)
                )
            )

    async def add_option(self, decision_id: int, person_id: int, text: str) -> Decision:
        """A member's own option, where the organizer allowed it; others see it on their next
        press (their cards are not edited for each new option)."""
        option = clean_line(text)
        if not option:
            raise InvalidInput("decision-text-empty")
        if len(option) > OPTION_MAX:
            raise InvalidInput("error-text-too-long", max=OPTION_MAX, length=len(option))
        async with self.db.write() as session:
            await self._open_for(session, decision_id, person_id)
            decision = await get_locked(session, Decision, decision_id)
            assert decision is not None
            if not decision.open_options:
                raise Forbidden("decision-no-new-options")
            if option.casefold() in {o.casefold() for o in decision.options}:
                raise Conflict("decision-option-exists")
            if len(decision.options) >= OPTIONS_MAX:
                raise Conflict("decision-options-full", max=OPTIONS_MAX)
            decision.options = [*decision.options, option]
            return decision

    # --- counting -----------------------------------------------------------------------

    async def tally(self, decision_id: int, *, for_organizers: bool = False) -> Tally:
        async with self.db.read() as session:
            decision = await session.get(Decision, decision_id)
            if decision is None:
                raise NotFound("decision-gone")
            return await self._tally(session, decision, for_organizers)

    async def _tally(
        self, session: AsyncSession, decision: Decision, for_organizers: bool
    ) -> Tally:
        rows = (
            await session.execute(
                select(
                    DecisionVote.ballot, DecisionVote.actor_type_id, DecisionVote.governorate_ids,
                    DecisionVote.reason, DecisionVote.reason_public, Person.full_name,
                    DecisionVote.person_id,
                )
                .outerjoin(Person, Person.id == DecisionVote.person_id)
                .where(DecisionVote.decision_id == decision.id)
                .order_by(DecisionVote.id)
            )
        ).all()  # fmt: skip
        votes = [(ballot, actor_type, places or []) for ballot, actor_type, places, *_ in rows]
        overall, by_type, by_place, sizes = tally_of(decision, votes, decision.audience_size)
        tally = Tally(decision, len(rows), overall, by_type, by_place, sizes)
        for ballot, _, _, reason, public, name, person_id in rows:
            if reason and (public or for_organizers):
                named = name if for_organizers and decision.named else None
                tally.reasons.append(Reason(str(ballot), reason, bool(public), named, person_id))
            if for_organizers and decision.named and name:
                tally.named_votes.append((name, ballot))
        return tally

    # --- the sweep: remind once, close once ---------------------------------------------

    async def sweep(
        self, render_reminder: RenderCard, render_closed: RenderTally, now: datetime | None = None
    ) -> dict[str, int]:
        now = now or utcnow()
        done = {"reminded": 0, "closed": 0}
        async with self.db.write() as session:
            to_remind = (
                await session.scalars(
                    select(Decision)
                    .where(
                        Decision.status == DecisionStatus.OPEN,
                        Decision.reminded.is_(False),
                        Decision.remind_at <= now,
                        Decision.close_at > now,
                    )
                    .with_for_update(skip_locked=True)
                )
            ).all()
            for decision in to_remind:
                decision.reminded = True
                silent = await session.execute(
                    select(Person.id, Person.telegram_id, Person.locale)
                    .join(DecisionRecipient, DecisionRecipient.person_id == Person.id)
                    .where(
                        DecisionRecipient.decision_id == decision.id,
                        Person.telegram_id.is_not(None),
                        ~exists().where(
                            DecisionVote.decision_id == decision.id,
                            DecisionVote.person_id == Person.id,
                        ),
                    )
                )
                cards: dict[str, list[dict[str, Any]]] = {}
                messages = []
                for person_id, telegram_id, locale in silent:
                    locale = locale or decision.locale
                    if locale not in cards:
                        cards[locale] = render_reminder(decision, locale)
                    messages += [
                        NewMessage(
                            telegram_id,
                            payload,
                            f"decrem:{decision.id}:{person_id}:{n}",
                            expires_at=decision.close_at,
                        )
                        for n, payload in enumerate(cards[locale])
                    ]
                await self.outbox.enqueue(session, messages)
                done["reminded"] += 1
            closing = (
                await session.scalars(
                    select(Decision)
                    .where(Decision.status == DecisionStatus.OPEN, Decision.close_at <= now)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            for decision in closing:
                decision.status = DecisionStatus.CLOSED
                decision.closed_at = now
                if decision.native:  # Telegram closes a poll by itself only within 600 s
                    await self.outbox.enqueue(session, await _stops(session, decision.id))
                await session.flush()
                tally = await self._tally(session, decision, for_organizers=True)
                await self.outbox.enqueue(
                    session, await self._to_organizers(session, decision, tally, render_closed)
                )
                done["closed"] += 1
        return {k: v for k, v in done.items() if v}

    async def _to_organizers(
        self, session: AsyncSession, decision: Decision, tally: Tally, render: RenderTally
    ) -> list[NewMessage]:
        """The counted result, to the organizer who asked (or, if she is gone, every
        organizer), with the buttons to write the outcome."""
        who = select(Person.id, Person.telegram_id, Person.locale).where(
            Person.telegram_id.is_not(None)
        )
        rows = list(await session.execute(who.where(Person.id == decision.created_by_id)))
        if not rows:
            rows = list(await session.execute(who.where(Person.role == Role.ORGANIZER)))
        return [
            NewMessage(telegram_id, payload, f"decclosed:{decision.id}:{person_id}:{n}")
            for person_id, telegram_id, locale in rows
            for n, payload in enumerate(render(tally, locale or decision.locale))
        ]

    async def close_now(self, by: Actor, decision_id: int) -> None:
        """Bring the close forward; the sweep (run at once by the caller) counts it."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        async with self.db.write() as session:
            decision = await get_locked(session, Decision, decision_id)
            if decision is None:
                raise NotFound("decision-gone")
            if decision.status != DecisionStatus.OPEN:
                raise Conflict("decision-closed")
            decision.close_at = utcnow()
            await audit(
                session, by, "decision.close", target_kind="decision", target_id=decision_id
            )

    # --- the outcome --------------------------------------------------------------------

    async def announce(
        self, by: Actor, decision_id: int, outcome: str, render: RenderResults
    ) -> int:
        """The organizer's outcome statement goes to the whole audience with the result, each
        cut for the person's own actor type and governorates. Once: the status is claimed
        under a lock. Returns how many people it goes to."""
        if not by.is_organizer:
            raise Forbidden("error-not-allowed")
        outcome = check_text(outcome, OUTCOME_MAX)
        async with self.db.write() as session:
            decision = await get_locked(session, Decision, decision_id)
            if decision is None:
                raise NotFound("decision-gone")
            if decision.status == DecisionStatus.OPEN:
                raise Conflict("decision-still-open")
            if decision.status == DecisionStatus.ANNOUNCED:
                raise Conflict("decision-announced-already")
            decision.status = DecisionStatus.ANNOUNCED
            decision.outcome = outcome
            decision.announced_at = utcnow()
            await session.flush()
            tally = await self._tally(session, decision, for_organizers=False)
            audience = await self._audience(session, decision.id)
            cards: dict[tuple[str, int | None, tuple[int, ...]], list[dict[str, Any]]] = {}
            messages = []
            # Reasons shown to all carry no names, but their words may tell who wrote them.
            about = tuple(sorted({r.person_id for r in tally.reasons if r.person_id}))
            for voter in audience:
                locale = voter.locale or decision.locale
                key = (locale, voter.actor_type_id, voter.governorates)
                if key not in cards:
                    cards[key] = render(tally, voter, locale)
                messages += [
                    NewMessage(
                        voter.telegram_id,
                        payload,
                        f"decres:{decision.id}:{voter.person_id}:{n}",
                        about=about,
                    )
                    for n, payload in enumerate(cards[key])
                ]
            await self.outbox.enqueue(session, messages)
            await audit(
                session, by, "decision.announce", target_kind="decision", target_id=decision_id,
                people=len(audience),
            )  # fmt: skip
            return len(audience)

    async def _audience(
        self, session: AsyncSession, decision_id: int, only: int | None = None
    ) -> list[Voter]:
        """Those the decision was put to (or the one person `only`), as results are cut."""
        one = [DecisionRecipient.person_id == only] if only is not None else []
        rows = await session.execute(
            select(Person.id, Person.telegram_id, Person.locale, Organization.actor_type_id)
            .join(DecisionRecipient, DecisionRecipient.person_id == Person.id)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(
                DecisionRecipient.decision_id == decision_id,
                Person.telegram_id.is_not(None),
                *one,
            )
            .order_by(Person.id)
        )
        people = list(rows)
        places: dict[int, list[int]] = {}
        for person_id, governorate_id in await session.execute(
            select(PersonGovernorate.person_id, PersonGovernorate.governorate_id)
            .join(DecisionRecipient, DecisionRecipient.person_id == PersonGovernorate.person_id)
            .where(DecisionRecipient.decision_id == decision_id, *one)
        ):
            places.setdefault(person_id, []).append(governorate_id)
        return [
            Voter(
                person_id,
                telegram_id,
                locale,
                actor_type_id,
                tuple(sorted(places.get(person_id, []))),
            )
            for person_id, telegram_id, locale, actor_type_id in people
        ]

    async def voter(self, decision_id: int, person_id: int) -> Voter | None:
        """One person of the audience (None: it was not put to them)."""
        async with self.db.read() as session:
            found = await self._audience(session, decision_id, only=person_id)
        return found[0] if found else None

    async def best_time(self, decision_id: int) -> datetime | None:
        """A closed time poll's best candidate (aware, UTC), or None."""
        tally = await self.tally(decision_id)
        if tally.decision.kind != DecisionKind.TIME or tally.decision.status == DecisionStatus.OPEN:
            return None
        best = getattr(tally.overall, "best", None)
        if best is None:
            return None
        return datetime.fromisoformat(tally.decision.options[best]).replace(tzinfo=UTC)

    async def decided_between(self, start: datetime, end: datetime) -> list[Decided]:
        """Decisions whose outcome was announced in a period, with their result, for the
        summary report's follow-up section and the newsletter draft."""
        async with self.db.read() as session:
            decisions = list(
                (
                    await session.scalars(
                        select(Decision)
                        .where(
                            Decision.status == DecisionStatus.ANNOUNCED,
                            Decision.announced_at >= start,
                            Decision.announced_at < end,
                        )
                        .order_by(Decision.announced_at)
                    )
                ).all()
            )
            found = []
            for decision in decisions:
                ballots = list(
                    await session.scalars(
                        select(DecisionVote.ballot).where(DecisionVote.decision_id == decision.id)
                    )
                )
                result = count_decision(
                    decision.kind, ballots, option_count(decision), dots=decision.dots,
                    audience=decision.audience_size, quorum_percent=decision.quorum_percent,
                )  # fmt: skip
                found.append(
                    Decided(
                        decision.id,
                        decision.kind,
                        decision.text,
                        decision.outcome or "",
                        getattr(result, "outcome", "decided"),
                        len(ballots),
                        decision.audience_size,
                        decision.followup_item_id,
                    )
                )
            return found


@dataclass(frozen=True, slots=True)
class Decided:
    """A decision as a report or newsletter tells it."""

    decision_id: int
    kind: str
    text: str
    outcome: str  # the organizer's statement
    result: str  # passed | rejected | blocked | objected | no_quorum | decided (other kinds)
    voters: int
    audience: int
    followup_item_id: int | None


async def _stops(session: AsyncSession, decision_id: int) -> list[NewMessage]:
    """stopPoll for every native poll of the decision that reached a chat (cards and the
    reminder's card again)."""
    sent = await session.execute(
        select(OutboxMessage.chat_id, OutboxMessage.message_id).where(
            OutboxMessage.dedupe_key.like(f"dec:{decision_id}:%")
            | OutboxMessage.dedupe_key.like(f"decrem:{decision_id}:%"),
            OutboxMessage.result_ref.is_not(None),
            OutboxMessage.message_id.is_not(None),
        )
    )
    return [
        NewMessage(
            chat_id,
            {"method": "stopPoll", "message_id": message_id},
            f"decstop:{decision_id}:{chat_id}:{message_id}",
        )
        for chat_id, message_id in sent
    ]


async def _voters(session: AsyncSession, decision_id: int) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(DecisionVote)
            .where(DecisionVote.decision_id == decision_id)
        )
        or 0
    )


async def _profile(session: AsyncSession, person_id: int) -> tuple[int | None, list[int]]:
    actor_type_id = await session.scalar(
        select(Organization.actor_type_id)
        .join(Person, Person.organization_id == Organization.id)
        .where(Person.id == person_id)
    )
    places = await session.scalars(
        select(PersonGovernorate.governorate_id).where(PersonGovernorate.person_id == person_id)
    )
    return actor_type_id, sorted(places)


async def forget_voter(session: AsyncSession, person_id: int) -> None:
    """/forget: the person's ballots stay in the counts (with the actor type and governorates
    they were cut by), unlinked from them; their reasons, which may say who wrote them, go;
    they leave every audience."""
    await session.execute(
        update(DecisionVote)
        .where(DecisionVote.person_id == person_id)
        .values(person_id=None, reason=None, reason_public=False)
    )
    await session.execute(delete(DecisionRecipient).where(DecisionRecipient.person_id == person_id))


async def link_followup_item(session: AsyncSession, decision_id: int, item_id: int) -> None:
    """A decided proposal became a tracked item (inside the tracker's transaction): once."""
    decision = await get_locked(session, Decision, decision_id)
    if decision is None:
        raise NotFound("decision-gone")
    if decision.status != DecisionStatus.ANNOUNCED:
        raise Conflict("decision-still-open")
    if decision.followup_item_id is not None:
        raise Conflict("followup-already-tracked", item=decision.followup_item_id)
    decision.followup_item_id = item_id


def item_text_of(decision: Decision, shortest: int, longest: int) -> str:
    """What a tracked item says: the outcome statement, with the question when it is short."""
    outcome = (decision.outcome or "").strip()
    text = outcome if len(outcome) >= shortest else f"{decision.text} — {outcome}".strip(" —")
    return text[:longest]
