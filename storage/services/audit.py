"""The audit trail: every organizer's and admin's action is a row (who, what, to what, when).

Services write it inside the transaction that does the action, so an action without its row
cannot happen. People are referred to by their row, never by a copied name: when someone asks
/forget, the link goes (the action stays, "a deleted person" did it or had it done to them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.database import Database
from storage.models import AuditEntry, Person
from storage.services.errors import Forbidden

# The actions, as stored; `audit-<action with dashes>` is each one's text in locales/.
ACTIONS = (
    "registration.approve",
    "registration.reject",
    "role.set",
    "admin.add",
    "admin.remove",
    "meeting.publish",
    "meeting.change",
    "meeting.cancel",
    "attendance.mark",
    "agenda.adopt",
    "broadcast.create",
    "broadcast.resend",
    "broadcast.cancel",
    "poll.create",
    "poll.close",
    "decision.create",
    "decision.close",
    "decision.announce",
    "update.approve",
    "update.reject",
    "update.edit",
    "followup.track",
    "followup.approve",
    "followup.reject",
    "followup.report",
    "followup.delete",
    "opportunity.approve",
    "opportunity.reject",
    "opportunity.withdraw",
    "cuts.add",
    "cuts.remove",
    "round.open",
    "round.remind",
    "round.close",
    "round.reopen",
    "round.tell",
    "translation.approve",
    "translation.reject",
    "export",
    "report",
)


class Acting(Protocol):
    """Who acts (an `Actor`): only what the trail needs."""

    @property
    def person_id(self) -> int | None: ...

    @property
    def is_admin(self) -> bool: ...


async def audit(
    session: AsyncSession,
    by: Acting,
    action: str,
    *,
    target_kind: str | None = None,
    target_id: int | None = None,
    target_person_id: int | None = None,
    label: str | None = None,
    **details: Any,
) -> None:
    """Add the action's row inside the caller's transaction."""
    assert action in ACTIONS, action
    if by.person_id is None:  # an administrator from ADMIN_IDS who never registered
        details["unregistered"] = True
    if getattr(by, "via", "chat") != "chat":  # taken in the console, not in the chat
        details["via"] = by.via  # type: ignore[attr-defined]
    session.add(
        AuditEntry(
            actor_id=by.person_id,
            actor_role="admin" if by.is_admin else "organizer",
            action=action,
            target_kind=target_kind,
            target_id=target_id,
            target_person_id=target_person_id,
            target_label=(label or "")[:200] or None,
            details={k: v for k, v in details.items() if v is not None},
        )
    )


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: datetime
    actor_name: str | None  # None: the person was deleted, or an admin without a profile
    actor_role: str
    action: str
    target_kind: str | None
    target_id: int | None
    target_name: str | None
    label: str | None
    details: dict[str, Any]


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def page(
        self, by: Acting, offset: int = 0, limit: int = 10
    ) -> tuple[list[AuditLine], int]:
        """Latest first. Admins only: organizers' actions are what it checks."""
        if not by.is_admin:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            total = await session.scalar(select(func.count()).select_from(AuditEntry))
            return await self._lines(session, offset, limit), int(total or 0)

    async def everything(self, by: Acting) -> list[AuditLine]:
        if not by.is_admin:
            raise Forbidden("error-not-allowed")
        async with self.db.read() as session:
            return await self._lines(session, 0, None)

    async def _lines(
        self, session: AsyncSession, offset: int, limit: int | None
    ) -> list[AuditLine]:
        actor, target = aliased(Person), aliased(Person)
        query = (
            select(AuditEntry, actor.full_name, target.full_name)
            .outerjoin(actor, actor.id == AuditEntry.actor_id)
            .outerjoin(target, target.id == AuditEntry.target_person_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        return [
            AuditLine(
                entry.at,
                actor_name,
                entry.actor_role,
                entry.action,
                entry.target_kind,
                entry.target_id,
                target_name,
                entry.target_label,
                entry.details or {},
            )
            for entry, actor_name, target_name in (await session.execute(query)).all()
        ]


async def forget_in_audit(session: AsyncSession, person_id: int) -> None:
    """/forget: the person's name leaves the trail (as actor or target); the actions stay."""
    await session.execute(
        update(AuditEntry).where(AuditEntry.actor_id == person_id).values(actor_id=None)
    )
    await session.execute(
        update(AuditEntry)
        .where(AuditEntry.target_person_id == person_id)
        .values(target_person_id=None, target_label=None)
    )
