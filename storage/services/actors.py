"""Who is acting, as the server sees it: every service checks rights on this, never on what a
button or a client says."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storage.models import Person, PersonStatus, Role


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting, as the server sees it: never taken from callback data."""

    telegram_id: int
    person_id: int | None = None
    role: str = Role.MEMBER
    approved: bool = False
    is_admin: bool = False
    display_name: str = ""
    via: str = "chat"  # or "console": the audit trail says where an action was taken

    @property
    def is_organizer(self) -> bool:
        return self.is_admin or (self.approved and self.role == Role.ORGANIZER)

    @property
    def is_advisory(self) -> bool:
        return self.approved and self.role == Role.ADVISORY

    @classmethod
    def of(cls, person: Person | None, telegram_id: int, admin_ids: Iterable[int]) -> Actor:
        is_admin = telegram_id in set(admin_ids)
        if person is None:
            return cls(telegram_id=telegram_id, is_admin=is_admin)
        return cls(
            telegram_id=telegram_id,
            person_id=person.id,
            role=person.role,
            approved=person.status == PersonStatus.APPROVED,
            is_admin=is_admin,
            display_name=person.full_name or (f"@{person.username}" if person.username else ""),
        )
