"""/stats: meetings by mode, attendances, unique and repeat people, shares by actor type (the
report's Figure 2) and its chart, for a period."""

from __future__ import annotations

import asyncio
from datetime import datetime

from aiogram import Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.types import (
    BufferedInputFile,
    Message,
)
from aiogram_i18n import I18nContext

from bot.config import Settings
from bot.filters import IsOrganizer
from bot.i18n import Html
from reports.charts import shares_chart
from storage.models import MeetingMode
from storage.services.meetings import (
    MeetingService,
)
from storage.services.newsletters import Period, parse_period, quarter
from storage.services.taxonomy import Taxonomy


async def on_stats(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    taxonomy: Taxonomy,
) -> None:
    args = (message.text or "").split(maxsplit=1)
    if len(args) > 1:
        period = parse_period(args[1], settings.tz)
    else:
        today = datetime.now(settings.tz).date()
        # The last four quarters, this one included.
        period = Period(quarter(today, settings.tz, -3).start, quarter(today, settings.tz, 0).end)
    stats = await meetings.stats(period.start, period.end)
    total = stats.attendances or 1
    shares = "\n".join(
        i18n.get(
            "stats-share-line",
            type=term.name(i18n.locale),
            count=stats.attendances_by_actor_type[term.id],
            percent=round(100 * stats.attendances_by_actor_type[term.id] / total),
        )
        for term in taxonomy.actor_types
    )
    await message.answer(
        i18n.get(
            "stats-summary",
            period=period.label,
            physical=stats.meetings_by_mode[MeetingMode.PHYSICAL],
            virtual=stats.meetings_by_mode[MeetingMode.VIRTUAL],
            hybrid=stats.meetings_by_mode[MeetingMode.HYBRID],
            attendances=stats.attendances,
            unique=stats.unique_people,
            repeat=stats.repeat_people,
            shares=Html(shares),
            yes=stats.rsvp_yes,
            came=stats.yes_and_attended,
        )
        + "\n\n"
        + i18n.get("stats-hint")
    )
    if stats.attendances:
        # Drawn in a worker thread: a chart takes a tenth of a second of CPU.
        await message.bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_PHOTO)  # type: ignore[union-attr]
        png = await asyncio.to_thread(
            shares_chart,
            i18n.get("stats-chart-title", period=period.label),
            [term.name(i18n.locale) for term in taxonomy.actor_types],
            [stats.attendances_by_actor_type[term.id] for term in taxonomy.actor_types],
            i18n.locale,
        )
        await message.answer_photo(BufferedInputFile(png, filename="attendance-by-actor-type.png"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="meetings statistics")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_stats, Command("stats"))
    return organizers
