"""Follow-up: the tracker as a board (sectors by status), the overdue items and the owners who
have not reported."""

from __future__ import annotations

from datetime import datetime

from bot.i18n import long_day
from console.screen import Screen, bdi, data_table, esc, row
from notices.followup import level_label, short_text
from storage.models import FollowupLevel
from storage.services.followup import FollowupService
from storage.services.organizations import OrganizationService

SHOWN = 20


async def render(
    screen: Screen, followup: FollowupService, organizations: OrganizationService
) -> str:
    tracker = await followup.tracker(datetime.now(screen.settings.tz).date())
    if tracker.total == 0:
        empty = f"<p>{screen.t('tracker-empty')}</p>"
        return screen.section(screen.t("console-nav-followup"), empty)
    levels = list(FollowupLevel)
    head = "".join(f"<th>{esc(level_label(screen.core, screen.locale, lv))}</th>" for lv in levels)
    rows = []
    for sector in screen.taxonomy.sectors:
        counts = tracker.by_sector.get(sector.id)
        if not counts:
            continue
        cells = "".join(f'<td class="num">{counts[level] or ""}</td>' for level in levels)
        rows.append(row(esc(sector.name(screen.locale)), cells))
    board = data_table(head, rows, "data board")
    blocks = [screen.section(screen.t("tracker-header", count=tracker.total), board)]
    if tracker.overdue:
        items = "".join(
            f"<li><bdi>#{item.id}</bdi> · "
            f"{long_day(item.due_on, screen.locale) if item.due_on else '—'} · "
            f"{bdi(short_text(item, screen.locale, 90))}</li>"
            for item in tracker.overdue[:SHOWN]
        )
        blocks.append(
            screen.section(
                screen.t("tracker-overdue", count=len(tracker.overdue)),
                f'<ul class="rows">{items}</ul>',
                data_block="overdue",
            )
        )
    if tracker.silent_owners:
        lines = []
        for organization_id, count in tracker.silent_owners.most_common(SHOWN):
            organization = await organizations.get(organization_id)
            name = organization.name(screen.locale) if organization else "—"
            lines.append(
                f"<li>{screen.t('tracker-silent-line', organization=name, count=count)}</li>"
            )
        blocks.append(
            screen.section(
                screen.t("tracker-silent", count=len(tracker.silent_owners)),
                f'<ul class="rows">{"".join(lines)}</ul>',
            )
        )
    return "".join(blocks)
