"""Actors: the organizations as a table to filter (type, governorate, sector, status) and sort,
with the report's Figure 1 counted live and the filtered table as CSV or XLSX."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import urlencode

from console.screen import Screen, bdi, esc, field, option, view_link
from storage.services.actor_table import SORTS, STATUSES, ActorFilter, ActorTable
from storage.services.taxonomy import Term

PAGE = 50


def _select(screen: Screen, name: str, label_key: str, options: Sequence[tuple[str, str]],
            chosen: str) -> str:  # fmt: skip
    items = "".join(option(value, label, value == chosen) for value, label in options)
    return field(screen.t(label_key), name, items)


def _terms(screen: Screen, terms: Sequence[Term]) -> list[tuple[str, str]]:
    return [("", screen.t("console-filter-any"))] + [
        (str(term.id), esc(term.name(screen.locale))) for term in terms
    ]


def filters_form(screen: Screen, chosen: ActorFilter) -> str:
    taxonomy = screen.taxonomy
    fields = [
        _select(screen, "type", "console-filter-type", _terms(screen, taxonomy.actor_types),
                str(chosen.actor_type or "")),
        _select(screen, "governorate", "console-filter-governorate",
                _terms(screen, taxonomy.governorates), str(chosen.governorate or "")),
        _select(screen, "sector", "console-filter-sector", _terms(screen, taxonomy.sectors),
                str(chosen.sector or "")),
        _select(screen, "status", "console-filter-status",
                [("", screen.t("console-filter-any"))]
                + [(status, screen.t(f"console-status-{status}")) for status in STATUSES],
                chosen.status or ""),
        _select(screen, "sort", "console-sort",
                [(sort, screen.t(f"console-sort-{sort}")) for sort in SORTS], chosen.sort),
    ]  # fmt: skip
    return f'<form class="filters" data-view="actors">{"".join(fields)}</form>'


def joined(screen: Screen, terms: Sequence[Term | None]) -> str:
    comma = "، " if screen.dir == "rtl" else ", "
    return comma.join(esc(term.name(screen.locale)) for term in terms if term is not None)


def query_of(chosen: ActorFilter, **extra: object) -> str:
    values = {
        "type": chosen.actor_type, "governorate": chosen.governorate, "sector": chosen.sector,
        "status": chosen.status, "sort": chosen.sort, **extra,
    }  # fmt: skip
    return urlencode({key: value for key, value in values.items() if value not in (None, "")})


async def render(screen: Screen, table: ActorTable, query: Mapping[str, str]) -> str:
    chosen = ActorFilter.parse(dict(query))
    offset = int(query["offset"]) if query.get("offset", "").isdigit() else 0
    page = await table.page(screen.actor, chosen, screen.locale, offset, PAGE)

    figure_rows = []
    for actor_type in screen.taxonomy.actor_types:
        count = page.figure[actor_type.id]
        figure_rows.append(
            f'<tr><th scope="row">{esc(actor_type.name(screen.locale))}</th>'
            f'<td class="num">{count}</td>'
            f'<td><meter min="0" max="{max(page.total_approved, 1)}" value="{count}"></meter></td>'
            "</tr>"
        )
    figure = screen.section(
        screen.t("console-actors-figure", total=page.total_approved),
        f'<table class="figure">{"".join(figure_rows)}</table>',
        data_block="figure",
    )

    headers = "".join(
        f"<th>{screen.t(key)}</th>"
        for key in ("console-col-organization", "console-col-type", "console-col-status",
                    "console-col-people", "console-col-governorates", "console-col-sectors")
    )  # fmt: skip
    body = []
    for row in page.rows:
        actor_type = screen.taxonomy.actor_type(row.actor_type_id)
        places = [screen.taxonomy.governorate(g) for g in sorted(row.governorates)]
        sectors = [screen.taxonomy.sector(s) for s in sorted(row.sectors)]
        body.append(
            "<tr>"
            f"<td>{bdi(row.name(screen.locale))}</td>"
            f"<td>{esc(actor_type.name(screen.locale)) if actor_type else ''}</td>"
            f"<td>{screen.t(f'console-status-{row.status}')}</td>"
            f'<td class="num">{row.people}</td>'
            f"<td>{joined(screen, places)}</td><td>{joined(screen, sectors)}</td>"
            "</tr>"
        )
    first, last = (offset + 1 if page.rows else 0), offset + len(page.rows)
    shown = screen.t("console-actors-matching", count=page.matching, first=first, last=last)
    pager = []
    if offset > 0:
        back = query_of(chosen, offset=max(0, offset - PAGE))
        pager.append(view_link(screen.t("console-page-back"), "actors", back))
    if offset + PAGE < page.matching:
        ahead = query_of(chosen, offset=offset + PAGE)
        pager.append(view_link(screen.t("console-page-next"), "actors", ahead))
    exports = "".join(
        f'<button type="button" data-act="export.actors" data-id="0" data-format="{kind}" '
        f'data-query="{esc(query_of(chosen))}">{screen.t(f"console-export-{kind}")}</button>'
        for kind in ("csv", "xlsx")
    )
    table_html = (
        f"{filters_form(screen, chosen)}<p>{shown}</p>"
        f'<div class="scroll"><table class="data"><thead><tr>{headers}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
        f'<nav class="pager">{"".join(pager)}</nav><div class="actions">{exports}</div>'
    )
    return figure + screen.section(screen.t("console-nav-actors"), table_html, data_block="actors")
