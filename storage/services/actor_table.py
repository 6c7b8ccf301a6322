"""The actors (organizations) as the console's table shows them: each with its type, status,
approved representatives and the governorates and sectors they work in, filtered and sorted;
and the report's Figure 1 (approved actors by type), counted live. Four grouped reads."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select

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
    governorates: set[int] = field(default_factory=set)
    sectors: set[int] = field(default_factory=set)

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
        require_organizer(by)
        rows = await self._rows()
        figure = Counter(r.actor_type_id for r in rows if r.status == OrganizationStatus.APPROVED)
        matching = self._filtered(rows, chosen, locale)
        return ActorPage(
            matching[offset : offset + limit], len(matching), figure, sum(figure.values())
        )

    async def export(self, by: Actor, chosen: ActorFilter, locale: str) -> Table:
        require_organizer(by)
        rows = self._filtered(await self._rows(), chosen, locale)
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

    def _filtered(self, rows: list[ActorRow], chosen: ActorFilter, locale: str) -> list[ActorRow]:
        kept = [
            row
            for row in rows
            if (chosen.actor_type is None or row.actor_type_id == chosen.actor_type)
            and (chosen.status is None or row.status == chosen.status)
            and (chosen.governorate is None or chosen.governorate in row.governorates)
            and (chosen.sector is None or chosen.sector in row.sectors)
        ]
        if chosen.sort == "people":
            kept.sort(key=lambda row: (-row.people, row.name(locale)))
        elif chosen.sort == "type":
            position = {t.id: n for n, t in enumerate(self.taxonomy.actor_types)}
            kept.sort(key=lambda row: (position.get(row.actor_type_id, 99), row.name(locale)))
        else:
            kept.sort(key=lambda row: row.name(locale).casefold())
        return kept

    async def _rows(self) -> list[ActorRow]:
        approved = Person.status == PersonStatus.APPROVED
        async with self.db.read() as session:
            organizations = await session.execute(
                select(
                    Organization.id, Organization.names, Organization.actor_type_id,
                    Organization.status,
                )
            )  # fmt: skip
            rows = {
                org_id: ActorRow(org_id, names or {}, type_id, status)
                for org_id, names, type_id, status in organizations.all()
            }
            people = await session.execute(
                select(Person.organization_id, func.count())
                .where(approved, Person.organization_id.is_not(None))
                .group_by(Person.organization_id)
            )
            for org_id, count in people.all():
                if org_id in rows:
                    rows[org_id].people = int(count)
            links: dict[str, defaultdict[int, set[int]]] = {}
            for name, model, column in (
                ("governorates", PersonGovernorate, PersonGovernorate.governorate_id),
                ("sectors", PersonSector, PersonSector.sector_id),
            ):
                found = await session.execute(
                    select(Person.organization_id, column)
                    .join(model, model.person_id == Person.id)
                    .where(approved, Person.organization_id.is_not(None))
                    .distinct()
                )
                links[name] = defaultdict(set)
                for org_id, term_id in found.all():
                    links[name][org_id].add(term_id)
        for org_id, row in rows.items():
            row.governorates = links["governorates"].get(org_id, set())
            row.sectors = links["sectors"].get(org_id, set())
        return list(rows.values())
