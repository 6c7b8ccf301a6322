"""Administrators: those named in ADMIN_IDS (configuration) and those the operator added with
`tansiq admin add` (the `administrators` table). Both count the same; only the stored ones can
be removed from the command line, since the configuration is the operator's own file."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.database import Database
from storage.models import Administrator, Person
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.errors import Forbidden, InvalidInput

# Telegram user ids are positive and below 2**52 (its Bot API documents at most 52 bits).
TELEGRAM_ID_MAX = 2**52


@dataclass(frozen=True, slots=True)
class AdminChange:
    telegram_id: int
    changed: bool  # False: it was so already
    configured: bool  # named in ADMIN_IDS, so an administrator whatever the table says


class AdminService:
    def __init__(self, db: Database, configured: frozenset[int]) -> None:
        self.db = db
        self.configured = configured

    async def stored(self) -> list[int]:
        async with self.db.read() as session:
            return list(
                await session.scalars(
                    select(Administrator.telegram_id).order_by(Administrator.telegram_id)
                )
            )

    async def add(self, by: Actor, telegram_id: int) -> AdminChange:
        self._check(by, telegram_id)
        async with self.db.write() as session:
            if await session.get(Administrator, telegram_id) is not None:
                return AdminChange(telegram_id, False, telegram_id in self.configured)
            session.add(Administrator(telegram_id=telegram_id))
            await self._audit(session, by, "admin.add", telegram_id)
        return AdminChange(telegram_id, True, telegram_id in self.configured)

    async def remove(self, by: Actor, telegram_id: int) -> AdminChange:
        self._check(by, telegram_id)
        async with self.db.write() as session:
            result = await session.execute(
                delete(Administrator).where(Administrator.telegram_id == telegram_id)
            )
            changed = bool(result.rowcount)
            if changed:
                await self._audit(session, by, "admin.remove", telegram_id)
        return AdminChange(telegram_id, changed, telegram_id in self.configured)

    @staticmethod
    def _check(by: Actor, telegram_id: int) -> None:
        if not by.is_admin:
            raise Forbidden("common-admin-only")
        if not 0 < telegram_id < TELEGRAM_ID_MAX:
            raise InvalidInput("error-telegram-id")

    @staticmethod
    async def _audit(session: AsyncSession, by: Actor, action: str, telegram_id: int) -> None:
        # The trail names the person if they opened the bot; /forget takes the name out.
        person = await session.scalar(select(Person).where(Person.telegram_id == telegram_id))
        await audit(
            session,
            by,
            action,
            target_kind="person",
            target_person_id=person.id if person else None,
            label=(person.full_name if person and person.full_name else None),
        )
