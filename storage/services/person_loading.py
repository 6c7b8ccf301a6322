"""Loading one person fast: every update looks its sender up, and cards show a person with
their governorates and sectors. The ORM spends most of such a load setting up its loaders
(four joined relationships), so these statements are built once, run on a bare connection, and
their rows become the same objects a closed session would leave: detached, with an identity,
nothing to flush. `tests/integration/test_person_loading.py` compares them with the ORM's."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import bindparam, literal, null, select
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from storage.database import Database
from storage.models import (
    ActorType,
    Governorate,
    Organization,
    Person,
    PersonGovernorate,
    PersonSector,
    Sector,
)

T = TypeVar("T")

_PEOPLE = Person.__table__
_ORGANIZATIONS = Organization.__table__
_ACTOR_TYPES = ActorType.__table__
# The person with their organization and its type, as the ORM loads them (lazy="joined").
_JOINED = select(
    *(c.label(f"p_{c.key}") for c in _PEOPLE.columns),
    *(c.label(f"o_{c.key}") for c in _ORGANIZATIONS.columns),
    *(c.label(f"t_{c.key}") for c in _ACTOR_TYPES.columns),
).select_from(
    _PEOPLE.outerjoin(_ORGANIZATIONS, _ORGANIZATIONS.c.id == _PEOPLE.c.organization_id).outerjoin(
        _ACTOR_TYPES, _ACTOR_TYPES.c.id == _ORGANIZATIONS.c.actor_type_id
    )
)
_BY_TELEGRAM_ID = _JOINED.where(_PEOPLE.c.telegram_id == bindparam("key"))
_BY_ID = _JOINED.where(_PEOPLE.c.id == bindparam("key"))
_GOVERNORATE_COLUMNS = [c.key for c in Governorate.__table__.columns]
_SECTOR_COLUMNS = [c.key for c in Sector.__table__.columns]
# Both lists in one statement: governorates (which have a region) then sectors, each in order.
_LINKS = (
    select(
        literal("g").label("kind"),
        *(Governorate.__table__.c[key] for key in _GOVERNORATE_COLUMNS),
    )
    .join(PersonGovernorate.__table__)
    .where(PersonGovernorate.__table__.c.person_id == bindparam("person"))
    .union_all(
        select(
            literal("s").label("kind"),
            *(
                Sector.__table__.c[key] if key in _SECTOR_COLUMNS else null().label(key)
                for key in _GOVERNORATE_COLUMNS
            ),
        )
        .join(PersonSector.__table__)
        .where(PersonSector.__table__.c.person_id == bindparam("person"))
    )
    .order_by("kind", "position")
)


async def load_person(
    db: Database, *, telegram_id: int | None = None, person_id: int | None = None,
    links: bool = False,
) -> Person | None:  # fmt: skip
    """By Telegram id or row id; with `links`, governorates and sectors too (otherwise they
    stay unloaded and raise if read, as after the ORM's plain load)."""
    statement, key = (_BY_ID, person_id) if telegram_id is None else (_BY_TELEGRAM_ID, telegram_id)
    found = await db.quick_rows(statement, {"key": key})
    if not found:
        return None
    values = found[0]
    person = _instance(Person, values, "p_")
    loaded: list[Any] = [person]
    organization = None
    if values["o_id"] is not None:
        organization = _instance(Organization, values, "o_")
        if values["t_id"] is not None:
            set_committed_value(organization, "actor_type", _instance(ActorType, values, "t_"))
            loaded.append(organization.actor_type)
        loaded.append(organization)
    set_committed_value(person, "organization", organization)
    if links:
        rows = await db.quick_rows(_LINKS, {"person": person.id})
        governorates = [_instance(Governorate, r) for r in rows if r["kind"] == "g"]
        sectors = [_instance(Sector, r) for r in rows if r["kind"] == "s"]
        set_committed_value(person, "governorates", governorates)
        set_committed_value(person, "sectors", sectors)
        loaded += [*governorates, *sectors]
    for instance in loaded:
        make_transient_to_detached(instance)
    return person


def _instance(model: type[T], values: Mapping[str, Any], prefix: str = "") -> T:
    """The row as the ORM's loading leaves it: values in the instance's dict, as loaded (not
    set one by one through the instrumentation, which records each as a change)."""
    instance = model.__mapper__.class_manager.new_instance()  # type: ignore[attr-defined]
    instance.__dict__.update({key: values[prefix + key] for key in _COLUMN_KEYS[model]})
    return instance


_COLUMN_KEYS: dict[type, tuple[str, ...]] = {
    model: tuple(c.key for c in model.__table__.columns)  # type: ignore[attr-defined]
    for model in (Person, Organization, ActorType, Governorate, Sector)
}
