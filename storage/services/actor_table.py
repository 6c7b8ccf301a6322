"""The actors (organizations) as the console's table shows them: each with its type, status,
approved representatives and the governorates and sectors they work in, filtered and sorted;
and the report's Figure 1 (approved actors by type), counted live. Four grouped reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Select, String, case, cast, exists, func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.database import Database
from storage.models import (
    Organization,
    OrganizationStatus,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
)
from storage.services.actors import Actor
from storage.services.audit import audit
from storage.services.exports import Table
from storage.services.overview import require_organizer
from storage.services.taxonomy import Taxonomy

SORTS = ("name", "type", "people")
STATUSES = tuple(str(status) for status in OrganizationStatus)


@dataclass(frozen=True)
class ActorFilter:
    actor_type: int | None = None
    governorate: int | None = None
    sector: int | None = None
    status: str | None = None
    sort: str = "name"

    @classmethod
    def parse(cls, query: dict[str, str]) -> ActorFilter:
        """From the page's query: unknown or malformed values are no filter, never an error."""

        def number(name: str) -> int | None:
            value = query.get(name, "")
            return int(value) if value.isdigit() else None

        status = query.get("status") or None
        sort = query.get("sort") or "name"
        return cls(
            actor_type=number("type"),
            governorate=number("governorate"),
            sector=number("sector"),
            status=status if status in STATUSES else None,
            sort=sort if sort in SORTS else "name",
        )


@dataclass
class ActorRow:
    organization_id: int
    names: dict[str, str]
    actor_type_id: int
    status: str
    people: int = 0
    # The ids as the database joined them ("3,7"): read only for the rows a page shows or a
    # filter asks about (parsing them all cost a third of the view).
    joined_governorates: str = ""
    joined_sectors: str = ""

    @cached_property
    def governorates(self) -> set[int]:
        return _ids(self.joined_governorates)

    @cached_property
    def sectors(self) -> set[int]:
        return _ids(self.joined_sectors)

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names.get("en") or next(iter(self.names.values()), "")


@dataclass
class ActorPage:
    rows: list[ActorRow]
    matching: int
    figure: Counter[int]  # approved actors by type id: the report's Figure 1
    total_approved: int


class ActorTable:
    def __init__(self, db: Database, taxonomy: Taxonomy) -> None:
        self.db = db
        self.taxonomy = taxonomy

    async def page(
        self, by: Actor, chosen: ActorFilter, locale: str, offset: int = 0, limit: int = 50
    ) -> ActorPage:
        """The database filters, sorts and counts; only the page's rows come back (with 2,000
        organizations, reading every name to sort them took most of the time)."""
        require_organizer(by)
        matching = _matching(chosen)
        async with self.db.quick_read() as connection:
            total = await connection.scalar(select(func.count()).select_from(matching.subquery()))
            ids = list(
                await connection.scalars(
                    self._ordered(matching, chosen, locale).offset(offset).limit(limit)
                )
            )
            figure = Counter(
                dict((await connection.execute(FIGURE)).all())  # type: ignore[arg-type]
            )
            rows = await _rows(connection, ids)
        order = {organization_id: n for n, organization_id in enumerate(ids)}
        rows.sort(key=lambda row: order[row.organization_id])
        return ActorPage(rows, int(total or 0), figure, sum(figure.values()))

    async def export(self, by: Actor, chosen: ActorFilter, locale: str) -> Table:
        require_organizer(by)
        async with self.db.quick_read() as connection:
            ids = list(await connection.scalars(self._ordered(_matching(chosen), chosen, locale)))
            rows = await _rows(connection, ids)
        order = {organization_id: n for n, organization_id in enumerate(ids)}
        rows.sort(key=lambda row: order[row.organization_id])
        table = Table(
            "organizations",
            ["id", "organization", "actor_type", "status", "representatives", "governorates",
             "sectors"],
            [
                [
                    str(row.organization_id),
                    row.name(locale),
                    self._term(self.taxonomy.actor_type, row.actor_type_id, locale),
                    row.status,
                    str(row.people),
                    self._terms(self.taxonomy.governorate, row.governorates, locale),
                    self._terms(self.taxonomy.sector, row.sectors, locale),
                ]
                for row in rows
            ],
        )  # fmt: skip
        async with self.db.write() as session:
            await audit(session, by, "export", target_kind="organizations", rows=len(table.rows))
        return table

    @staticmethod
    def _term(find: object, term_id: int, locale: str) -> str:
        term = find(term_id)  # type: ignore[operator]
        return term.name(locale) if term is not None else ""

    def _terms(self, find: object, ids: set[int], locale: str) -> str:
        names = [self._term(find, term_id, locale) for term_id in sorted(ids)]
        return "; ".join(name for name in names if name)

    def _ordered(self, matching: Select[Any], chosen: ActorFilter, locale: str) -> Select[Any]:
        # The name in the reader's language, else English (as ActorRow.name shows it).
        name = func.lower(
            func.coalesce(
                Organization.names[locale].as_string(), Organization.names["en"].as_string(), ""
            )
        )
        if chosen.sort == "people":
            people = func.coalesce(
                select(func.count())
                .where(APPROVED, Person.organization_id == Organization.id)
                .scalar_subquery(),
                0,
            )
            return matching.order_by(people.desc(), name, Organization.id)
        if chosen.sort == "type":
            position = case(
                {t.id: n for n, t in enumerate(self.taxonomy.actor_types)},
                value=Organization.actor_type_id,
                else_=99,
            )
            return matching.order_by(position, name, Organization.id)
        return matching.order_by(name, Organization.id)


APPROVED = (Person.status == PersonStatus.APPROVED) & Person.organization_id.is_not(None)
# The report's Figure 1: approved actors by type.
FIGURE = (
    select(Organization.actor_type_id, func.count())
    .where(Organization.status == OrganizationStatus.APPROVED)
    .group_by(Organization.actor_type_id)
)


def _works_in(model: Any, column: Any, term_id: int) -> Any:
    """Some approved representative of the organization works there."""
    return exists(
        select(1)
        .select_from(Person)
        .join(model, model.person_id == Person.id)
        .where(APPROVED, Person.organization_id == Organization.id, column == term_id)
    )


def _matching(chosen: ActorFilter) -> Select[Any]:
    query = select(Organization.id)
    if chosen.actor_type is not None:
        query = query.where(Organization.actor_type_id == chosen.actor_type)
    if chosen.status is not None:
        query = query.where(Organization.status == chosen.status)
    if chosen.governorate is not None:
        query = query.where(
            _works_in(PersonGovernorate, PersonGovernorate.governorate_id, chosen.governorate)
        )
    if chosen.sector is not None:
        query = query.where(_works_in(PersonSector, PersonSector.sector_id, chosen.sector))
    return query


def _joined_terms(model: Any, column: Any, ids: list[int]) -> Any:
    """Per organization, the ids of the places (or sectors) its approved representatives work
    in, joined by the database ("3,7")."""
    pairs = (
        select(Person.organization_id.label("org"), column.label("term"))
        .join(model, model.person_id == Person.id)
        .where(APPROVED, Person.organization_id.in_(ids))
        .distinct()
        .subquery()
    )
    return (
        select(pairs.c.org, func.aggregate_strings(cast(pairs.c.term, String), ",").label("terms"))
        .group_by(pairs.c.org)
        .subquery()
    )


async def _rows(connection: AsyncConnection, ids: list[int]) -> list[ActorRow]:
    """These organizations, each with its approved representatives counted and the
    governorates and sectors they work in."""
    if not ids:
        return []
    people = (
        select(Person.organization_id.label("org"), func.count().label("n"))
        .where(APPROVED, Person.organization_id.in_(ids))
        .group_by(Person.organization_id)
        .subquery()
    )
    places = _joined_terms(PersonGovernorate, PersonGovernorate.governorate_id, ids)
    sectors = _joined_terms(PersonSector, PersonSector.sector_id, ids)
    query = (
        select(
            Organization.id, Organization.names, Organization.actor_type_id,
            Organization.status, people.c.n, places.c.terms, sectors.c.terms,
        )
        .outerjoin(people, people.c.org == Organization.id)
        .outerjoin(places, places.c.org == Organization.id)
        .outerjoin(sectors, sectors.c.org == Organization.id)
        .where(Organization.id.in_(ids))
    )  # fmt: skip
    return [
        ActorRow(org, names or {}, kind, status, int(n or 0), places or "", sectors or "")
        for org, names, kind, status, n, places, sectors in (await connection.execute(query))
    ]


def _ids(joined: str) -> set[int]:
    return {int(part) for part in joined.split(",")} if joined else set()
