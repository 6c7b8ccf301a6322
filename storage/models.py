"""The data model. Telegram ids are 64-bit; every timestamp is UTC (see `UTCDateTime`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PersonStatus(StrEnum):
    NEW = "new"  # opened the bot, has not submitted a registration
    PENDING = "pending"  # registration submitted, waiting for an organizer
    APPROVED = "approved"
    REJECTED = "rejected"
    FORGOTTEN = "forgotten"  # personal data deleted on request; the row keeps aggregates


class Role(StrEnum):
    MEMBER = "member"
    ADVISORY = "advisory"
    ORGANIZER = "organizer"


class OrganizationStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Region(StrEnum):
    FEDERAL = "federal"
    KURDISTAN = "kurdistan"


# --- taxonomy: data, so another coordination mechanism can bring its own -------------------


class Language(Base):
    __tablename__ = "languages"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    native_name: Mapped[str] = mapped_column(String(64))
    rtl: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The languages its readers get, in turn, when a text was not written in it.
    fallback: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")


class _Term:
    """Columns every taxonomy term has: a stable code and a name per language."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(48), unique=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def name(self, locale: str, fallback: str = "en") -> str:
        return self.names.get(locale) or self.names.get(fallback) or self.code


class ActorType(_Term, Base):
    __tablename__ = "actor_types"


class Sector(_Term, Base):
    __tablename__ = "sectors"


class Pillar(_Term, Base):
    """A pillar of the national action plan for UNSCR 1325 (optional data of the taxonomy)."""

    __tablename__ = "pillars"


class Governorate(_Term, Base):
    __tablename__ = "governorates"

    region: Mapped[str] = mapped_column(String(16), default=Region.FEDERAL)


# --- organizations and people --------------------------------------------------------------


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # `names` holds the name per language where known; `search_key` is their normalised
    # concatenation so one LIKE finds an organization whatever script the person types in.
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    search_key: Mapped[str] = mapped_column(Text, index=True)
    actor_type_id: Mapped[int] = mapped_column(ForeignKey("actor_types.id"))
    status: Mapped[str] = mapped_column(String(16), default=OrganizationStatus.APPROVED)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Who proposed it at registration: it goes with them on /forget if nobody else is left.
    proposed_by_id: Mapped[int | None] = mapped_column(
        # use_alter: people and organizations point at each other.
        ForeignKey("people.id", ondelete="SET NULL", use_alter=True),
        nullable=True,
    )

    actor_type: Mapped[ActorType] = relationship(lazy="joined")

    def name(self, locale: str) -> str:
        return self.names.get(locale) or next(iter(self.names.values()), "")


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, unique=True, nullable=True)
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    locale: Mapped[str | None] = mapped_column(String(8), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=PersonStatus.NEW, index=True)
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER)
    full_name: Mapped[str | None] = mapped_column(String(128), nullable=True)
    title: Mapped[str | None] = mapped_column(String(128), nullable=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    rejection_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # False once Telegram says the person blocked the bot; my_chat_member sets it back.
    reachable: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    forgotten_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Newsletters: subscribed by default once approved; their own language, else `locale`.
    newsletter: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    newsletter_locale: Mapped[str | None] = mapped_column(String(8), nullable=True)
    # Told what became of what they sent (their update is in the period's report); /subscribe.
    hear_outcomes: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # An organizer's "to review" message arrives without a sound at night (22:00-07:00).
    quiet_nights: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Language pairs they offer to translate, as "ar>en"; empty: not a translator (/profile).
    translates: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")

    organization: Mapped[Organization | None] = relationship(
        foreign_keys=[organization_id], lazy="joined"
    )
    # Loaded only where shown (PeopleService.get); the per-update look-up skips them.
    governorates: Mapped[list[Governorate]] = relationship(
        secondary="person_governorates", lazy="raise_on_sql", order_by="Governorate.position"
    )
    sectors: Mapped[list[Sector]] = relationship(
        secondary="person_sectors", lazy="raise_on_sql", order_by="Sector.position"
    )


class PersonGovernorate(Base):
    __tablename__ = "person_governorates"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    governorate_id: Mapped[int] = mapped_column(
        ForeignKey("governorates.id", ondelete="CASCADE"), primary_key=True
    )


class PersonSector(Base):
    __tablename__ = "person_sectors"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    sector_id: Mapped[int] = mapped_column(
        ForeignKey("sectors.id", ondelete="CASCADE"), primary_key=True
    )


class ReviewCard(Base):
    """A message about a person in an organizer's chat: a registration card (kind "card": every
    copy shows the decision) or a note naming them (kind "note"). All are edited to say the data
    was deleted when the person asks /forget."""

    __tablename__ = "review_cards"
    __table_args__ = (UniqueConstraint("chat_id", "message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(8), default="card", server_default="card")


class PersonEvent(Base):
    """Something a person did that has a daily limit (a registration sent, an organization
    proposed): counted over the last 24 hours. Goes with the person on /forget."""

    __tablename__ = "person_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class ConsoleSession(Base):
    """An organizer's session in the console (the Mini App): her launch data, checked once,
    exchanged for a random token that she sends with each request. Only the token's SHA-256 is
    kept, so a copy of the database opens no session. Ends after `expires_at` (each request
    moves it on), and with the person on /forget."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


# --- bot plumbing --------------------------------------------------------------------------


class FsmRecord(Base):
    """Dialog state per chat and user, so a half-finished dialog survives a restart."""

    __tablename__ = "fsm_states"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(255), nullable=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class ProcessedUpdate(Base):
    """Update ids already handled: Telegram may deliver the same update twice."""

    __tablename__ = "processed_updates"

    bot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


# --- delivery ------------------------------------------------------------------------------


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # waiting for its due time or a free slot
    SENDING = "sending"  # claimed by a worker; its lease says until when
    SENT = "sent"
    FAILED = "failed"  # Telegram refused it for good (chat not found, bad request, retries out)
    BLOCKED = "blocked"  # the person blocked the bot or deleted the account
    UNKNOWN = "unknown"  # claimed, then the worker vanished: maybe sent; never resent silently
    CANCELLED = "cancelled"
    # Not sent before it stopped making sense (a reminder once the meeting began) or before the
    # outbox's age limit: dropped, counted and shown, never sent late.
    EXPIRED = "expired"


FINAL_STATUSES = (
    DeliveryStatus.SENT,
    DeliveryStatus.FAILED,
    DeliveryStatus.BLOCKED,
    DeliveryStatus.UNKNOWN,
    DeliveryStatus.CANCELLED,
    DeliveryStatus.EXPIRED,
)


class Broadcast(Base):
    """One send to many: an announcement, a newsletter issue, a batch of notifications."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # announcement | newsletter | notification
    title: Mapped[str | None] = mapped_column(String(200), nullable=True)
    period_start: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    period_end: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    audience: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    texts: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    attachment: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    protect_content: Mapped[bool] = mapped_column(Boolean, default=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    total: Mapped[int] = mapped_column(Integer, default=0)
    # The organizer's live progress message, edited in place while the send runs.
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    progress_message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    progress_locale: Mapped[str | None] = mapped_column(String(8), nullable=True)
    progress_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboxMessage(Base):
    """One message to one chat: the only road for anything that is not an immediate reply."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    broadcast_id: Mapped[int | None] = mapped_column(
        ForeignKey("broadcasts.id", ondelete="CASCADE"), nullable=True, index=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    # What Telegram made of the send when later updates refer to it: a native poll's id.
    result_ref: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # False on rows written before their subjects were recorded (migration 0014): only those
    # are still searched by name when someone uses /forget.
    subjects_known: Mapped[bool] = mapped_column(Boolean, server_default=true())
    # When it was first due: retries move due_at, not this (an outage's age is measured here).
    first_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Past this it is not sent but `expired`: the end of what it is about (a reminder: the
    # meeting's start), or the outbox's age limit.
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_outbox_status_due_at", "status", "due_at"),
        # Rows past their time, found without reading every due row (migration 0021).
        Index("ix_outbox_status_expires_at", "status", "expires_at"),
    )


class OutboxSubject(Base):
    """A person an outbox row is about: named, quoted, linked or described in it. Written with
    the row, so /forget finds every message about someone by a lookup, never a text search."""

    __tablename__ = "outbox_subjects"

    outbox_id: Mapped[int] = mapped_column(
        ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


# --- meetings ------------------------------------------------------------------------------


class MeetingMode(StrEnum):
    PHYSICAL = "physical"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class Answer(StrEnum):
    NONE = "none"  # invited, not answered yet
    YES = "yes"
    NO = "no"
    MAYBE = "maybe"
    WAITLIST = "waitlist"  # said yes when the meeting was full


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)  # the calendar file's UID
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # grows with every change
    titles: Mapped[dict[str, str]] = mapped_column(JSON)
    agendas: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    mode: Mapped[str] = mapped_column(String(16))
    venue: Mapped[str | None] = mapped_column(String(300), nullable=True)
    link: Mapped[str | None] = mapped_column(String(500), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rsvp_deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audience: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default=MeetingStatus.PUBLISHED)
    checkin_token: Mapped[str] = mapped_column(String(32))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    def title(self, locale: str, fallback: str | Sequence[str] = "en") -> str:
        """In `locale`, else the fallback: one language or a reader's chain in turn."""
        chain = [fallback] if isinstance(fallback, str) else list(fallback)
        return next(
            (self.titles[code] for code in (locale, *chain) if self.titles.get(code)),
            next(iter(self.titles.values()), ""),
        )


class Rsvp(Base):
    """One invitee of one meeting and their answer (none until they answer)."""

    __tablename__ = "rsvps"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    answer: Mapped[str] = mapped_column(String(16), default=Answer.NONE)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Attendance(Base):
    __tablename__ = "attendances"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    method: Mapped[str] = mapped_column(String(16))  # link | button | manual


class MeetingReminder(Base):
    """A reminder due at `due_at`; the sweep queues it once and records what it did."""

    __tablename__ = "meeting_reminders"
    __table_args__ = (UniqueConstraint("meeting_id", "offset_minutes"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    offset_minutes: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)  # queued | skipped


# --- the advisory committee's agenda ------------------------------------------------------


class AgendaTopic(Base):
    """A topic an advisory committee member proposes for the next meeting's agenda."""

    __tablename__ = "agenda_topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    proposed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | adopted
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AgendaRank(Base):
    """A member's ranking: 3 points for their first choice, 2 for the second, 1 for the third."""

    __tablename__ = "agenda_ranks"
    __table_args__ = (UniqueConstraint("person_id", "points"),)

    topic_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_topics.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    points: Mapped[int] = mapped_column(Integer)


# --- polls ---------------------------------------------------------------------------------


class PollStatus(StrEnum):
    SCHEDULED = "scheduled"
    OPEN = "open"
    CLOSED = "closed"


class Poll(Base):
    """A questionnaire sent to an audience at `send_at`, reminded at `remind_at`, closed at
    `close_at`: the sweep acts on these times, so a restart loses none."""

    __tablename__ = "polls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    template: Mapped[str] = mapped_column(String(32))
    # [{"kind": "scale" | "choice" | "text", "key": str, "options": [codes]}]; a question the
    # organizer wrote also has "text": {locale: question} and "labels": {locale: [options]}.
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # A standalone poll goes to this audience (Audience.to_data()); a meeting's poll has none.
    audience: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # One question sent as a native Telegram poll (answers arrive as poll_answer updates).
    native: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(16), default=PollStatus.SCHEDULED)
    send_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    remind_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    close_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    reminded: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PollRecipient(Base):
    __tablename__ = "poll_recipients"

    poll_id: Mapped[int] = mapped_column(
        ForeignKey("polls.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )


class PollAnswer(Base):
    """One answer per person per question; a new answer replaces the old until the poll closes.
    Rows stay after /forget (the person row is anonymised, not deleted): aggregates hold."""

    __tablename__ = "poll_answers"

    poll_id: Mapped[int] = mapped_column(
        ForeignKey("polls.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- decisions ----------------------------------------------------------------------------


class DecisionKind(StrEnum):
    PROPOSAL = "proposal"  # agree / abstain / disagree / block
    CONSENT = "consent"  # consent / objection
    TIME = "time"  # yes / maybe / no for each candidate time
    SCORE = "score"  # each option 1 to 5
    RANKED = "ranked"  # the options in order; instant run-off
    DOTS = "dots"  # a fixed number of dots spread over the options


class DecisionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # counted; waits for the organizer's outcome statement
    ANNOUNCED = "announced"  # the outcome and the results went to the audience


class Decision(Base):
    """A question the network decides in the chat: sent to an audience, open until `close_at`,
    reminded once at `remind_at`, then counted, and its outcome announced. The sweep acts on
    these times and statuses, so a restart or a second scheduler does each step once."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)  # the question or proposal, as the organizer wrote it
    locale: Mapped[str] = mapped_column(String(8))
    # Score, ranked and dots: the options' texts; time: candidate starts as ISO UTC strings.
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    audience: Mapped[dict[str, Any]] = mapped_column(JSON)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), nullable=True
    )
    hide_results: Mapped[bool] = mapped_column(Boolean, default=False)  # until the close
    named: Mapped[bool] = mapped_column(Boolean, default=False)  # voters shown to organizers
    quorum_percent: Mapped[int] = mapped_column(Integer, default=0)
    dots: Mapped[int] = mapped_column(Integer, default=0)  # per voter, for a dot vote
    open_options: Mapped[bool] = mapped_column(Boolean, default=False)  # members may add some
    # A proposal or consent sent as a native Telegram poll (votes come as poll_answer updates).
    native: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(16), default=DecisionStatus.OPEN, index=True)
    audience_size: Mapped[int] = mapped_column(Integer, default=0)  # fixed when it was sent
    remind_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reminded: Mapped[bool] = mapped_column(Boolean, default=False)
    close_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(Text, nullable=True)
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    followup_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("followup_items.id", ondelete="SET NULL"), nullable=True
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DecisionRecipient(Base):
    """Who may vote; /forget removes the row (the audience's size stays on the decision)."""

    __tablename__ = "decision_recipients"

    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class DecisionVote(Base):
    """One ballot per person, replaced by a revote until the close. The voter's actor type and
    governorates are copied in, so results by segment hold after /forget unlinks the person
    (and drops the reason, which may say who wrote it)."""

    __tablename__ = "decision_votes"
    __table_args__ = (UniqueConstraint("decision_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # proposal, consent: "agree" ...; time: {"0": "yes", ...}; score: {"0": 4, ...};
    # ranked: [2, 0, 1]; dots: {"1": 3, ...}
    ballot: Mapped[Any] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reason_public: Mapped[bool] = mapped_column(Boolean, default=False)
    actor_type_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    governorate_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# --- sector updates and activities ----------------------------------------------------------


class UpdateKind(StrEnum):
    PROGRESS = "progress"
    CHALLENGE = "challenge"
    RECOMMENDATION = "recommendation"


class UpdateStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class SectorUpdate(Base):
    """A progress item, challenge or recommendation an actor submits for one sector. Only
    approved updates reach newsletters and reports. The actor type is kept as it was when the
    update was written: the report's level (government, local NGOs, international)."""

    __tablename__ = "sector_updates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    actor_type_id: Mapped[int | None] = mapped_column(ForeignKey("actor_types.id"), nullable=True)
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    # The text per language: the author's language first, the others as organizers add them.
    texts: Mapped[dict[str, str]] = mapped_column(JSON)
    original_locale: Mapped[str] = mapped_column(String(8))
    link: Mapped[str | None] = mapped_column(String(512), nullable=True)
    document_file_id: Mapped[str | None] = mapped_column(String(256), nullable=True)
    document_name: Mapped[str | None] = mapped_column(String(256), nullable=True)
    # Published as "one of the local NGOs ..." unless the organization may be named.
    anonymous: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16), default=UpdateStatus.PENDING, index=True)
    # Sent for a reporting round (the request's button): it answers for the organization.
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("reporting_rounds.id", ondelete="SET NULL"), nullable=True, index=True
    )
    rejection_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    governorates: Mapped[list[Governorate]] = relationship(
        secondary="sector_update_governorates", lazy="selectin", order_by="Governorate.position"
    )
    organization: Mapped[Organization | None] = relationship(lazy="joined")

    def text(self, locale: str) -> str:
        return self.texts.get(locale) or self.texts.get(self.original_locale) or ""

    def credited(self, locale: str) -> str | None:
        """The organization's name where its author allowed it to be named."""
        if self.anonymous or self.organization is None:
            return None
        return self.organization.name(locale)


class SectorUpdateGovernorate(Base):
    __tablename__ = "sector_update_governorates"

    update_id: Mapped[int] = mapped_column(
        ForeignKey("sector_updates.id", ondelete="CASCADE"), primary_key=True
    )
    governorate_id: Mapped[int] = mapped_column(ForeignKey("governorates.id"), primary_key=True)


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"


class Activity(Base):
    """A programme an organization runs: who does what where, kept current by its people."""

    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default=ActivityStatus.ONGOING, index=True)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    governorates: Mapped[list[Governorate]] = relationship(
        secondary="activity_governorates", lazy="selectin", order_by="Governorate.position"
    )


class ActivityGovernorate(Base):
    __tablename__ = "activity_governorates"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    governorate_id: Mapped[int] = mapped_column(ForeignKey("governorates.id"), primary_key=True)


# --- what stays of people who asked to be forgotten ----------------------------------------


class AnonymousTally(Base):
    """Counts that outlive a person's /forget, by actor type and governorate only: nothing links
    them to one another or to a row. `subject` says what is counted and what `ref` points at:
    attendance, rsvp, yes_attended (a meeting); poll_sent, poll_answered, poll_answer,
    poll_place (a poll). Zero and "" stand for "not broken down"."""

    __tablename__ = "anonymous_tallies"
    __table_args__ = (
        UniqueConstraint(
            "subject", "ref", "question", "value", "actor_type_id", "governorate_id",
            name="uq_anonymous_tallies_key",
        ),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(24))
    ref: Mapped[int] = mapped_column(Integer)
    question: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(String(64), default="")
    actor_type_id: Mapped[int] = mapped_column(Integer, default=0)
    governorate_id: Mapped[int] = mapped_column(Integer, default=0)
    count: Mapped[int] = mapped_column(Integer, default=0)


# --- the audit trail -----------------------------------------------------------------------


class AuditEntry(Base):
    """One thing an organizer or admin did: who, what, to what, when. A person's /forget takes
    their name out (actor or target) and keeps the action."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    actor_role: Mapped[str] = mapped_column(String(16))  # admin | organizer
    action: Mapped[str] = mapped_column(String(48), index=True)
    target_kind: Mapped[str | None] = mapped_column(String(24), nullable=True)
    target_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # How the target read at the time (a meeting's title, a person's name): names go on /forget.
    target_label: Mapped[str | None] = mapped_column(String(200), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --- operations ----------------------------------------------------------------------------


class DeliveryState(Base):
    """What every outbox worker honours, one row: a 429's pause (a restarted worker must not
    send at once), and since when Telegram has been unreachable (for /readyz, status and the
    organizers' progress messages)."""

    __tablename__ = "delivery_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    unreachable_since: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class RoundAnswer(StrEnum):
    UPDATES = "updates"  # one or more sector updates sent for the round
    NOTHING = "nothing"  # "nothing to report this period"


class ReportingRound(Base):
    """A reporting round: every organization asked for its update for a period, by a deadline.
    What the summary report of the period starts from."""

    __tablename__ = "reporting_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    audience: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # sector id (as text) -> {locale: a short guiding question}
    questions: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default=RoundStatus.OPEN, index=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    auto_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    manual_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    progress_message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    progress_locale: Mapped[str | None] = mapped_column(String(8), nullable=True)
    progress_text: Mapped[str | None] = mapped_column(Text, nullable=True)  # as last shown
    # When the organizations whose updates are in the period's report were told so.
    report_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    @property
    def period_label(self) -> str:
        """ "2026-10-01 – 2026-12-31", as requests, the progress message and the report name it."""
        return f"{self.period_start.isoformat()} – {self.period_end.isoformat()}"


class RoundOrganization(Base):
    """An organization asked in a round, and whether (and how) it answered. One
    representative's answer counts for the organization; it stays when that person uses
    /forget (the answer is the organization's)."""

    __tablename__ = "round_organizations"

    round_id: Mapped[int] = mapped_column(
        ForeignKey("reporting_rounds.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answer: Mapped[str | None] = mapped_column(String(16), nullable=True)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    answered_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    # When its other representatives were told a colleague answered (the sweep tells them once).
    colleagues_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class TranslationStatus(StrEnum):
    PENDING = "pending"  # proposed, waiting for an organizer
    APPROVED = "approved"  # written into the item's texts
    REJECTED = "rejected"
    SKIPPED = "skipped"  # the translator passed on it: not offered to them again


class Translation(Base):
    """A translation a member proposed for an approved sector update or follow-up item, into
    one language; an organizer approves it (into the item's texts), edits or rejects it. The
    translator is credited where they chose to be; /forget takes their pending ones away."""

    __tablename__ = "translations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    update_id: Mapped[int | None] = mapped_column(
        ForeignKey("sector_updates.id", ondelete="CASCADE"), nullable=True, index=True
    )
    followup_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("followup_items.id", ondelete="CASCADE"), nullable=True, index=True
    )
    source_locale: Mapped[str] = mapped_column(String(8))
    target_locale: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    translator_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    credited: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=TranslationStatus.PENDING, index=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CutWindow(Base):
    """An internet cut the authorities announced (exam days: 06:00-08:00 for two weeks), as an
    organizer declared it: sends that can wait hold during it, reminders due in it go before."""

    __tablename__ = "cut_windows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date, index=True)
    daily_from: Mapped[str] = mapped_column(String(5))  # HH:MM in the mechanism's time zone
    daily_to: Mapped[str] = mapped_column(String(5))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CutInterval(Base):
    """One day of a cut window, in UTC: what the outbox and the reminders look up."""

    __tablename__ = "cut_intervals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(
        ForeignKey("cut_windows.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class SweepRun(Base):
    """When each scheduler sweep last ran (any scheduler process): for /readyz and status."""

    __tablename__ = "sweep_runs"

    name: Mapped[str] = mapped_column(String(48), primary_key=True)
    last_run_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Administrator(Base):
    """An administrator the operator added with `tansiq admin add` (beside ADMIN_IDS, which
    stays in the configuration). Keyed by Telegram id: they may not have opened the bot yet."""

    __tablename__ = "administrators"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- follow-up of recommendations and commitments ------------------------------------------


class FollowupKind(StrEnum):
    RECOMMENDATION = "recommendation"
    COMMITMENT = "commitment"
    ACTION_POINT = "action_point"


class FollowupLevel(StrEnum):
    """The WPS-HA Compact's scale for reporting on an action, after "not yet reported"."""

    NOT_REPORTED = "not_reported"
    EXCEEDED = "exceeded"
    MET = "met"
    LIMITED = "limited"
    NO_PROGRESS = "no_progress"


class FollowupReview(StrEnum):
    PENDING = "pending"  # a representative's commitment, until an organizer approves it
    APPROVED = "approved"
    REJECTED = "rejected"


class FollowupItem(Base):
    """A recommendation, a commitment or an action point, its owners and where it stands."""

    __tablename__ = "followup_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    texts: Mapped[dict[str, str]] = mapped_column(JSON)  # per language; one at least
    original_locale: Mapped[str] = mapped_column(String(8))
    pillar_id: Mapped[int | None] = mapped_column(ForeignKey("pillars.id"), nullable=True)
    # Where it came from: a meeting, an approved update, or an organization's own statement.
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    update_id: Mapped[int | None] = mapped_column(
        ForeignKey("sector_updates.id", ondelete="SET NULL"), nullable=True, unique=True
    )
    stated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), nullable=True
    )
    # The person whose update or statement started it (they follow it); /forget takes it out.
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    level: Mapped[str] = mapped_column(String(16), default=FollowupLevel.NOT_REPORTED, index=True)
    level_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    review: Mapped[str] = mapped_column(String(16), default=FollowupReview.APPROVED, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    sectors: Mapped[list[Sector]] = relationship(
        secondary="followup_item_sectors", lazy="selectin", order_by="Sector.position"
    )
    governorates: Mapped[list[Governorate]] = relationship(
        secondary="followup_item_governorates", lazy="selectin", order_by="Governorate.position"
    )
    owners: Mapped[list[Organization]] = relationship(
        secondary="followup_owners", lazy="selectin", order_by="Organization.id"
    )

    def text(self, locale: str) -> str:
        return self.texts.get(locale) or self.texts.get(self.original_locale) or ""


class FollowupItemSector(Base):
    __tablename__ = "followup_item_sectors"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("followup_items.id", ondelete="CASCADE"), primary_key=True
    )
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"), primary_key=True)


class FollowupItemGovernorate(Base):
    __tablename__ = "followup_item_governorates"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("followup_items.id", ondelete="CASCADE"), primary_key=True
    )
    governorate_id: Mapped[int] = mapped_column(ForeignKey("governorates.id"), primary_key=True)


class FollowupOwner(Base):
    """An organization that committed to the item: its approved representatives report."""

    __tablename__ = "followup_owners"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("followup_items.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    # Shown as "one of the <type>" to members unless its representatives chose to be named.
    named: Mapped[bool] = mapped_column(Boolean, default=False)


class FollowupChange(Base):
    """One status report: the level, a short narrative, who reported (for which owner)."""

    __tablename__ = "followup_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("followup_items.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[str] = mapped_column(String(16))
    narrative: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(512), nullable=True)
    document_file_id: Mapped[str | None] = mapped_column(String(256), nullable=True)
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    for_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), nullable=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class FollowupFollower(Base):
    __tablename__ = "followup_followers"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("followup_items.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FollowupAsk(Base):
    """The scheduler asked an owner for a status (before a quarter's end, before the due date):
    one row per item, owner and occasion, so a restart never asks twice."""

    __tablename__ = "followup_asks"
    __table_args__ = (UniqueConstraint("item_id", "organization_id", "occasion"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("followup_items.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    occasion: Mapped[str] = mapped_column(String(24))  # "2026Q4" or "due"
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


# --- the directory -------------------------------------------------------------------------


class DirectoryEntry(Base):
    """A person who chose to be listed in the directory, and what of them shows there. No row:
    not listed (the default); /forget deletes it with the person."""

    __tablename__ = "directory_entries"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    show_name: Mapped[bool] = mapped_column(Boolean, default=True)
    show_title: Mapped[bool] = mapped_column(Boolean, default=True)
    accepts_requests: Mapped[bool] = mapped_column(Boolean, default=False)
    # On an accepted introduction: the Telegram username link, where they have one and allow it
    # (otherwise the bot relays one message each way).
    share_username: Mapped[bool] = mapped_column(Boolean, default=False)
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class IntroStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"  # declined or blocked: the requester hears only "not possible now"


class IntroRequest(Base):
    """A member asks a listed person to connect, with a short note only that person reads; or
    asks an organization, and the note reaches its listed representatives who take requests:
    the first of them to answer becomes the target."""

    __tablename__ = "intro_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    requester_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    # None only while a request to an organization waits for one of its representatives.
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), nullable=True, index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), nullable=True, index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=IntroStatus.PENDING, index=True)
    # One message each way through the bot, for those who keep their account to themselves.
    relay_requester: Mapped[int] = mapped_column(Integer, default=0)
    relay_target: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class IntroBlock(Base):
    """A person who will receive no more requests from another."""

    __tablename__ = "intro_blocks"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    blocked_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )


# --- opportunities -------------------------------------------------------------------------


class OpportunityKind(StrEnum):
    CALL = "call"  # a call for proposals
    TRAINING = "training"
    JOB = "job"
    FUNDING = "funding"
    EVENT = "event"
    OTHER = "other"


class OpportunityStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # an organizer took an approved one back


class Opportunity(Base):
    """A call for proposals, training, job, funding, event or other, posted by a member or an
    organizer. Organizers review it; once approved it reaches the members whose sectors and
    governorates match, and it closes after its deadline."""

    __tablename__ = "opportunities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(160))
    text: Mapped[str] = mapped_column(Text)
    locale: Mapped[str] = mapped_column(String(8))  # the language it was written in
    link: Mapped[str | None] = mapped_column(String(512), nullable=True)
    document_file_id: Mapped[str | None] = mapped_column(String(256), nullable=True)
    document_name: Mapped[str | None] = mapped_column(String(256), nullable=True)
    deadline: Mapped[date] = mapped_column(Date, index=True)  # open until the end of this day
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(16), default=OpportunityStatus.PENDING, index=True)
    rejection_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    sectors: Mapped[list[Sector]] = relationship(
        secondary="opportunity_sectors", lazy="selectin", order_by="Sector.position"
    )
    governorates: Mapped[list[Governorate]] = relationship(
        secondary="opportunity_governorates", lazy="selectin", order_by="Governorate.position"
    )
    organization: Mapped[Organization | None] = relationship(lazy="joined")


class OpportunitySector(Base):
    __tablename__ = "opportunity_sectors"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True
    )
    sector_id: Mapped[int] = mapped_column(ForeignKey("sectors.id"), primary_key=True)


class OpportunityGovernorate(Base):
    __tablename__ = "opportunity_governorates"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True
    )
    governorate_id: Mapped[int] = mapped_column(ForeignKey("governorates.id"), primary_key=True)


class OpportunityChoice(Base):
    """How a person wants matching opportunities: "now", "weekly" (a digest) or "off". No row:
    weekly."""

    __tablename__ = "opportunity_choices"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    delivery: Mapped[str] = mapped_column(String(8), default="weekly")
    last_digest_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class OpportunityDelivery(Base):
    """An opportunity that reached a person (at once or in a digest): nothing comes twice."""

    __tablename__ = "opportunity_deliveries"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OpportunitySave(Base):
    """A person saved an opportunity: reminded once, three days before its deadline."""

    __tablename__ = "opportunity_saves"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
