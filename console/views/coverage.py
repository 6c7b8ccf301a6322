"""Coverage: sectors by governorate, how many organizations work in each cell, gaps marked;
a cell opens the activities and organizations behind it."""

from __future__ import annotations

from collections.abc import Mapping

from console.screen import Screen, bdi, data_table, esc, row, view_link
from storage.services.activities import ActivityService
from storage.services.organizations import OrganizationService


async def render(
    screen: Screen,
    activities: ActivityService,
    organizations: OrganizationService,
    query: Mapping[str, str],
) -> str:
    coverage = await activities.coverage(screen.actor)
    sectors, governorates = screen.taxonomy.sectors, screen.taxonomy.governorates
    head = "".join(f"<th>{esc(g.name(screen.locale))}</th>" for g in governorates)
    rows, gaps = [], 0
    for sector in sectors:
        cells = []
        for governorate in governorates:
            count = coverage.count(sector.id, governorate.id)
            if count == 0:
                gaps += 1
                cells.append(f'<td class="gap" title="{screen.t("coverage-gap")}">0</td>')
                continue
            cell = f"sector={sector.id}&governorate={governorate.id}"
            cells.append(f'<td class="num">{view_link(str(count), "coverage", cell)}</td>')
        rows.append(row(esc(sector.name(screen.locale)), "".join(cells)))
    total = len(sectors) * len(governorates)
    summary = screen.t("console-coverage-summary", covered=total - gaps, cells=total, gaps=gaps)
    table = f"<p>{summary}</p>" + data_table(head, rows, "data coverage")
    blocks = [screen.section(screen.t("console-nav-coverage"), table, data_block="coverage")]
    sector_id, governorate_id = query.get("sector", ""), query.get("governorate", "")
    if sector_id.isdigit() and governorate_id.isdigit():
        blocks.append(
            await _cell(screen, activities, organizations, int(sector_id), int(governorate_id))
        )
    return "".join(blocks)


async def _cell(
    screen: Screen,
    activities: ActivityService,
    organizations: OrganizationService,
    sector_id: int,
    governorate_id: int,
) -> str:
    sector = screen.taxonomy.sector(sector_id)
    governorate = screen.taxonomy.governorate(governorate_id)
    if sector is None or governorate is None:
        return ""
    behind = await activities.in_cell(screen.actor, sector_id, governorate_id)
    lines = []
    for organization_id in sorted(behind.organizations):
        organization = await organizations.get(organization_id)
        titles = [a.title for a in behind.activities if a.organization_id == organization_id]
        name = organization.name(screen.locale) if organization else "—"
        listed = "".join(f"<li>{bdi(title)}</li>" for title in titles)
        lines.append(f"<li>{bdi(name)}{f'<ul>{listed}</ul>' if listed else ''}</li>")
    heading = screen.t(
        "console-coverage-cell", sector=sector.name(screen.locale),
        governorate=governorate.name(screen.locale),
    )  # fmt: skip
    body = f"<p>{screen.t('coverage-gap')}</p>"
    if lines:
        body = f'<ul class="rows">{"".join(lines)}</ul>'

    return screen.section(heading, body, data_block="cell")
