"""The fast person loading (storage.services.person_loading) gives what the ORM gives: every
column, the organization with its type, governorates and sectors in order; detached, with
nothing to flush. A column or relationship added to the models is checked here too."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import joinedload

from storage.database import Database
from storage.models import Person
from storage.services.person_loading import load_person
from tests.flows import add_member


def columns(instance: Any) -> dict[str, Any]:
    return {c.key: getattr(instance, c.key) for c in instance.__table__.columns}


async def test_the_fast_load_equals_the_orm_load(db: Database) -> None:
    with_organization = await add_member(
        db, 6_960_001, governorates=("erbil", "baghdad"), sectors=("protection", "prevention")
    )
    async with db.write() as session:
        alone = Person(telegram_id=6_960_002, full_name="No Organization Yet")
        session.add(alone)
        await session.flush()
        alone_id = alone.id
    for person_id, telegram_id in ((with_organization, 6_960_001), (alone_id, 6_960_002)):
        async with db.read() as session:
            orm = await session.get(
                Person,
                person_id,
                options=(joinedload(Person.governorates), joinedload(Person.sectors)),
            )
        assert orm is not None
        fast = await load_person(db, person_id=person_id, links=True)
        plain = await load_person(db, telegram_id=telegram_id)
        assert fast is not None and plain is not None
        assert columns(fast) == columns(orm) == columns(plain)
        relationships = {r.key for r in inspect(Person).relationships}
        assert relationships == {"organization", "governorates", "sectors"}, "load them too"
        if orm.organization is None:
            assert fast.organization is None and plain.organization is None
        else:
            assert columns(fast.organization) == columns(orm.organization)
            assert columns(fast.organization.actor_type) == columns(orm.organization.actor_type)
        assert [columns(g) for g in fast.governorates] == [columns(g) for g in orm.governorates]
        assert [columns(s) for s in fast.sectors] == [columns(s) for s in orm.sectors]
        for instance in (fast, plain):
            state = inspect(instance)
            assert state.detached and not state.modified
    assert await load_person(db, telegram_id=1) is None
