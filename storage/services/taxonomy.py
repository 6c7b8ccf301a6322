"""The taxonomy (languages, actor types, sectors, governorates, plan pillars) as data.

A TOML file describes it (`taxonomy/wps-iraq.toml` by default); `sync_taxonomy` writes it into
the database by code, and `load_snapshot` reads an immutable copy the bot keeps in memory.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ActorType, Governorate, Language, Organization, Pillar, Region, Sector
from storage.services.text import fold_for_search

REQUIRED_LOCALES = ("en", "ar", "ckb")


class TaxonomyFileError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Term:
    id: int
    code: str
    names: dict[str, str]
    region: str | None = None

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names.get("en") or self.code


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    code: str
    native_name: str
    rtl: bool
    fallback: tuple[str, ...] = ()  # what its readers get, in turn, when a text lacks it


@dataclass(frozen=True)
class Taxonomy:
    languages: tuple[LanguageInfo, ...]
    actor_types: tuple[Term, ...]
    sectors: tuple[Term, ...]
    governorates: tuple[Term, ...]
    pillars: tuple[Term, ...] = ()  # optional: a coordination mechanism may have none
    _by_id: dict[tuple[str, int], Term] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for kind in ("actor_types", "sectors", "governorates", "pillars"):
            for term in getattr(self, kind):
                self._by_id[(kind, term.id)] = term

    def actor_type(self, term_id: int) -> Term | None:
        return self._by_id.get(("actor_types", term_id))

    def sector(self, term_id: int) -> Term | None:
        return self._by_id.get(("sectors", term_id))

    def governorate(self, term_id: int) -> Term | None:
        return self._by_id.get(("governorates", term_id))

    def pillar(self, term_id: int) -> Term | None:
        return self._by_id.get(("pillars", term_id))

    def is_rtl(self, locale: str) -> bool:
        return any(lang.code == locale and lang.rtl for lang in self.languages)

    def chain(self, locale: str | None) -> tuple[str, ...]:
        """The languages a reader of `locale` gets a text in, in turn: hers, then her
        language's fallback from the taxonomy file, then any other (the file's order)."""
        own = next((lang for lang in self.languages if lang.code == locale), None)
        order = [locale] if locale else []
        order += list(own.fallback) if own else []
        order += [lang.code for lang in self.languages]
        return tuple(dict.fromkeys(code for code in order if code))

    def chains(self) -> dict[str, tuple[str, ...]]:
        return {lang.code: self.chain(lang.code) for lang in self.languages}


# --- the file -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaxonomyFile:
    languages: list[dict[str, Any]]
    actor_types: list[dict[str, Any]]
    sectors: list[dict[str, Any]]
    governorates: list[dict[str, Any]]
    organizations: list[dict[str, Any]]
    pillars: list[dict[str, Any]] = field(default_factory=list)


def read_taxonomy_file(path: Path) -> TaxonomyFile:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TaxonomyFileError(f"taxonomy file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyFileError(f"taxonomy file {path} is not valid TOML: {exc}") from None

    def terms(kind: str) -> list[dict[str, Any]]:
        items = raw.get(kind, [])
        seen: set[str] = set()
        for item in items:
            code = item.get("code")
            if not code or code in seen:
                raise TaxonomyFileError(f"{path}: {kind} has a missing or repeated code {code!r}")
            seen.add(code)
            _check_names(path, kind, code, item.get("names"))
        return items

    languages = raw.get("languages", [])
    if {lang.get("code") for lang in languages} != set(REQUIRED_LOCALES):
        raise TaxonomyFileError(f"{path}: languages must be exactly {', '.join(REQUIRED_LOCALES)}")
    for lang in languages:
        fallback = lang.get("fallback", [])
        if not isinstance(fallback, list) or not set(fallback) <= set(REQUIRED_LOCALES) - {
            lang["code"]
        }:
            raise TaxonomyFileError(
                f"{path}: the fallback of {lang['code']} must list other languages of the file"
            )
    governorates = terms("governorates")
    for item in governorates:
        if item.get("region", Region.FEDERAL) not in {r.value for r in Region}:
            raise TaxonomyFileError(f"{path}: governorate {item['code']} has an unknown region")
    actor_types = terms("actor_types")
    actor_codes = {item["code"] for item in actor_types}
    organizations = raw.get("organizations", [])
    for item in organizations:
        if item.get("actor_type") not in actor_codes:
            raise TaxonomyFileError(f"{path}: organization with unknown actor_type {item!r}")
        _check_names(path, "organizations", item.get("names", {}).get("en", "?"), item.get("names"))
    return TaxonomyFile(
        languages, actor_types, terms("sectors"), governorates, organizations, terms("pillars")
    )


def _check_names(path: Path, kind: str, code: str, names: object) -> None:
    if not isinstance(names, dict) or any(not names.get(loc) for loc in REQUIRED_LOCALES):
        raise TaxonomyFileError(f"{path}: {kind} {code!r} needs names in en, ar and ckb")


# --- database -------------------------------------------------------------------------------


async def sync_taxonomy(session: AsyncSession, data: TaxonomyFile) -> dict[str, int]:
    """Upsert terms by code; deactivate terms the file no longer lists. Returns counts added."""
    added: dict[str, int] = {}

    existing_langs = {lang.code: lang for lang in (await session.scalars(select(Language)))}
    for position, item in enumerate(data.languages):
        lang = existing_langs.get(item["code"]) or Language(code=item["code"])
        lang.native_name = item["native_name"]
        lang.rtl = bool(item.get("rtl", False))
        lang.fallback = list(item.get("fallback", []))
        lang.position = position
        session.add(lang)

    for model, items, kind in (
        (ActorType, data.actor_types, "actor_types"),
        (Sector, data.sectors, "sectors"),
        (Governorate, data.governorates, "governorates"),
        (Pillar, data.pillars, "pillars"),
    ):
        rows = {row.code: row for row in (await session.scalars(select(model)))}
        added[kind] = 0
        for position, item in enumerate(items):
            row = rows.pop(item["code"], None)
            if row is None:
                row = model(code=item["code"])
                added[kind] += 1
            row.names = dict(item["names"])
            row.position = position
            row.active = True
            if model is Governorate:
                row.region = item.get("region", Region.FEDERAL)
            session.add(row)
        for leftover in rows.values():
            leftover.active = False
    await session.flush()

    # Seed organizations once: match on any known name so a rename in the file does not
    # duplicate an organization people already belong to.
    type_ids = {row.code: row.id for row in (await session.scalars(select(ActorType)))}
    known = {
        fold_for_search(name)
        for org in (await session.scalars(select(Organization)))
        for name in org.names.values()
    }
    added["organizations"] = 0
    for item in data.organizations:
        names = dict(item["names"])
        if any(fold_for_search(name) in known for name in names.values()):
            continue
        session.add(
            Organization(
                names=names,
                search_key=organization_search_key(names),
                actor_type_id=type_ids[item["actor_type"]],
            )
        )
        added["organizations"] += 1
    return added


def organization_search_key(names: dict[str, str]) -> str:
    return " | ".join(fold_for_search(name) for name in names.values() if name)


async def load_snapshot(session: AsyncSession) -> Taxonomy:
    languages = tuple(
        LanguageInfo(lang.code, lang.native_name, lang.rtl, tuple(lang.fallback or ()))
        for lang in await session.scalars(select(Language).order_by(Language.position))
    )

    async def terms(
        model: type[ActorType] | type[Sector] | type[Governorate] | type[Pillar],
    ) -> tuple[Term, ...]:
        rows: Sequence[Any] = (
            await session.scalars(
                select(model).where(model.active.is_(True)).order_by(model.position)
            )
        ).all()
        return tuple(
            Term(row.id, row.code, dict(row.names), getattr(row, "region", None)) for row in rows
        )

    return Taxonomy(
        languages=languages,
        actor_types=await terms(ActorType),
        sectors=await terms(Sector),
        governorates=await terms(Governorate),
        pillars=await terms(Pillar),
    )
