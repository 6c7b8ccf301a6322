"""/tracker for organizers: counts by sector and status, overdue items, owners who have not
reported, the stacked chart, and the CSV or XLSX with the history."""

from __future__ import annotations

import asyncio

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import FollowupAdminCb
from bot.config import Settings
from bot.filters import IsOrganizer
from bot.i18n import isolate, long_day
from bot.keyboards import Keyboard
from handlers.followup.browse import today
from notices.followup import level_label, short_text
from reports.charts import stacked_levels_chart
from reports.tables import to_csv, to_xlsx
from storage.models import FollowupLevel
from storage.services.actors import Actor
from storage.services.followup import FollowupService
from storage.services.organizations import OrganizationService
from storage.services.taxonomy import Taxonomy

LEVEL_COLORS = {
    FollowupLevel.NOT_REPORTED: "#bdbdbd",
    FollowupLevel.EXCEEDED: "#6a3d9a",
    FollowupLevel.MET: "#33a02c",
    FollowupLevel.LIMITED: "#ffbf00",
    FollowupLevel.NO_PROGRESS: "#e31a1c",
}


async def on_tracker(
    message: Message,
    i18n: I18nContext,
    followup: FollowupService,
    organizations: OrganizationService,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    tracker = await followup.tracker(today(settings))
    if tracker.total == 0:
        await message.answer(i18n.get("tracker-empty"))
        return
    core, locale = i18n.core, i18n.locale
    lines = [i18n.get("tracker-header", count=tracker.total)]
    for sector in taxonomy.sectors:
        counts = tracker.by_sector.get(sector.id)
        if not counts:
            continue
        parts = [
            f"{level_label(core, locale, level)} {counts[level]}"
            for level in FollowupLevel
            if counts[level]
        ]
        lines.append(f"<b>{sector.name(locale)}</b>: " + " · ".join(parts))
    if tracker.overdue:
        lines.append("")
        lines.append(i18n.get("tracker-overdue", count=len(tracker.overdue)))
        for item in tracker.overdue[:10]:
            due = isolate(long_day(item.due_on, locale), locale) if item.due_on else "—"
            lines.append(f"⏰ #{item.id} {due} {short_text(item, locale)}")
    if tracker.silent_owners:
        lines.append("")
        lines.append(i18n.get("tracker-silent", count=len(tracker.silent_owners)))
        for organization_id, items in tracker.silent_owners.most_common(10):
            organization = await organizations.get(organization_id)
            name = organization.name(locale) if organization else "—"
            lines.append(i18n.get("tracker-silent-line", organization=name, count=items))
    if tracker.unreachable_owners:
        lines.append("")
        lines.append(i18n.get("tracker-unreachable", count=len(tracker.unreachable_owners)))
        for organization_id in tracker.unreachable_owners[:10]:
            organization = await organizations.get(organization_id)
            lines.append(f"• {organization.name(locale) if organization else '—'}")
    builder = Keyboard()
    for value, key in ((1, "btn-tracker-csv"), (2, "btn-tracker-xlsx")):
        builder.button(
            text=i18n.get(key), callback_data=FollowupAdminCb(action="export", value=value)
        )
    await message.answer("\n".join(lines), reply_markup=builder.as_markup())
    sectors = [s for s in taxonomy.sectors if tracker.by_sector.get(s.id)]
    series = [
        (
            level_label(core, locale, level).split(" ", 1)[-1],
            [tracker.by_sector[s.id][level] for s in sectors],
            LEVEL_COLORS[level],
        )
        for level in FollowupLevel
    ]
    chart = await asyncio.to_thread(
        stacked_levels_chart,
        i18n.get("tracker-chart-title"),
        [s.name(locale) for s in sectors],
        series,
        locale,
    )
    await message.answer_photo(
        BufferedInputFile(chart, filename="tracker.png"), caption=i18n.get("tracker-chart-title")
    )


async def on_export(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    table = await followup.table(actor, taxonomy, i18n.locale, today(settings))
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    if callback_data.value == 2:
        data, name = to_xlsx(table, i18n.locale), "tansiq-followup.xlsx"
    else:
        data, name = to_csv(table), "tansiq-followup.csv"
    await callback.message.answer_document(
        BufferedInputFile(data, filename=name),
        caption=i18n.get("tracker-export-caption", rows=len(table.rows)),
        protect_content=settings.protect_content,
    )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup tracker")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.message.register(on_tracker, Command("tracker"))
    router.callback_query.register(on_export, FollowupAdminCb.filter(F.action == "export"))
    return router
