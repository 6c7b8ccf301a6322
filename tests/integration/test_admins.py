"""Administrators added from the command line (`tansiq admin add|remove`, kept in the
database beside ADMIN_IDS): a running bot gives and takes the rights and the menu, and the
audit trail records the operator's changes."""

from __future__ import annotations

import pytest
from aiogram.methods import SetMyCommands
from aiogram.types import BotCommandScopeChat
from sqlalchemy import func, select

from bot.operator import OPERATOR
from storage.database import Database
from storage.models import Administrator, AuditEntry
from storage.services.admins import AdminService
from storage.services.errors import Forbidden, InvalidInput
from tests.conftest import ADMIN_ID
from tests.flows import add_member
from tests.harness import Harness

NEW_ADMIN = 6_950_001


def menu_of(harness: Harness, telegram_id: int) -> list[str]:
    calls = [
        call
        for call in harness.session.calls(SetMyCommands)
        if isinstance(call.scope, BotCommandScopeChat) and call.scope.chat_id == telegram_id
    ]
    return [command.command for command in calls[-1].commands] if calls else []


async def test_an_added_administrator_gets_rights_and_menu_and_loses_them_on_removal(
    harness: Harness, db: Database
) -> None:
    harness.app.people.admins_fresh_seconds = 0  # the running bot reads the table each update
    await add_member(db, NEW_ADMIN, name="Sara Coordinator")
    person = harness.user(NEW_ADMIN)
    await person.send("/audit")
    assert person.last.text == "This command is for administrators."

    service = AdminService(db, harness.app.settings.admin_ids)
    assert (await service.add(OPERATOR, NEW_ADMIN)).changed
    assert not (await service.add(OPERATOR, NEW_ADMIN)).changed  # once is enough
    await person.send("/audit")
    assert "Audit trail" in person.last.text
    assert "made someone an administrator (from the command line) · Sara Coordinator" in (
        person.last.text
    )
    assert "roles" in menu_of(harness, NEW_ADMIN) and "audit" in menu_of(harness, NEW_ADMIN)
    await person.send("/roles")
    assert person.last.text.startswith("Roles\n")

    assert (await service.remove(OPERATOR, NEW_ADMIN)).changed
    await person.send("/audit")
    assert person.last.text == "This command is for administrators."
    assert "audit" not in menu_of(harness, NEW_ADMIN)
    assert "meetings" in menu_of(harness, NEW_ADMIN)  # back to a member's menu
    async with db.read() as session:
        assert await session.scalar(select(func.count()).select_from(Administrator)) == 0
        actions = list(await session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions == ["admin.add", "admin.remove"]


async def test_admin_ids_stay_administrators_and_only_administrators_change_the_table(
    harness: Harness, db: Database
) -> None:
    service = AdminService(db, harness.app.settings.admin_ids)
    change = await service.remove(OPERATOR, ADMIN_ID)
    assert not change.changed and change.configured  # the configuration is the operator's file
    assert ADMIN_ID in await harness.app.people.refresh_admins(max_age=0)
    member = await harness.app.people.actor(NEW_ADMIN)
    with pytest.raises(Forbidden):
        await service.add(member, NEW_ADMIN)
    with pytest.raises(InvalidInput):
        await service.add(OPERATOR, 0)
    async with db.read() as session:
        assert await session.scalar(select(func.count()).select_from(AuditEntry)) == 0
