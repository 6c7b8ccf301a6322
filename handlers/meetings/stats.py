"""/stats: meetings by mode, attendances, unique and repeat people, shares by actor type (the
report's Figure 2) and its chart, for a period."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import ReportCb
from bot.config import Settings
from bot.filters import IsOrganizer
from bot.i18n import Html
from bot.keyboards import Keyboard
from bot.ui import edit_in_place
from reports.charts import shares_chart
from storage.models import MeetingMode
from storage.services.errors import InvalidInput
from storage.services.meetings import (
    MeetingService,
)
from storage.services.newsletters import Period, offered_periods, parse_period
from storage.services.taxonomy import Taxonomy


async def on_stats(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    taxonomy: Taxonomy,
) -> None:
    """The summary for a period (the last four quarters unless one is typed) with the offered
    periods as buttons, then the chart."""
    args = (message.text or "").split(maxsplit=1)
    if len(args) > 1:
        period = parse_period(args[1], settings.tz)
    else:
        today = datetime.now(settings.tz).date()
        period = offered_periods(today, settings.tz)[-1][1]
    text, png = await summary(i18n, settings, meetings, taxonomy, period)
    shown = await message.answer(text, reply_markup=periods_keyboard(i18n, settings, period, 0))
    if png is not None:
        await message.bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_PHOTO)  # type: ignore[union-attr]
        chart = await message.answer_photo(
            BufferedInputFile(png, filename="attendance-by-actor-type.png")
        )
        # The buttons know the chart: another period replaces it rather than adding one.
        await shown.edit_reply_markup(
            reply_markup=periods_keyboard(i18n, settings, period, chart.message_id)
        )


async def on_period(
    callback: CallbackQuery,
    callback_data: ReportCb,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    taxonomy: Taxonomy,
) -> None:
    """Another period: the summary changes in place and its chart is drawn again."""
    try:
        period = parse_period(f"{callback_data.start} {callback_data.end}", settings.tz)
        old_chart = int(callback_data.value or 0)
    except (InvalidInput, ValueError):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    message = callback.message
    if not isinstance(message, Message):
        return
    text, png = await summary(i18n, settings, meetings, taxonomy, period)
    if old_chart:
        try:
            await bot.delete_message(message.chat.id, old_chart)
        except TelegramAPIError:  # older than Telegram lets a bot delete: it stays
            pass
    chart_id = 0
    if png is not None:
        await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_PHOTO)
        chart = await message.answer_photo(
            BufferedInputFile(png, filename="attendance-by-actor-type.png")
        )
        chart_id = chart.message_id
    await edit_in_place(message, text, periods_keyboard(i18n, settings, period, chart_id))


def periods_keyboard(
    i18n: I18nContext, settings: Settings, shown: Period, chart_id: int
) -> InlineKeyboardMarkup:
    """The periods /report offers too, the one shown ticked."""
    today = datetime.now(settings.tz).date()
    builder = Keyboard()
    for name, period in offered_periods(today, settings.tz):
        mark = "✅ " if period == shown else ""
        builder.button(
            text=mark + i18n.get(f"btn-report-{name}", period=period.label),
            callback_data=ReportCb(
                action="stats",
                start=period.start.date().isoformat(),
                end=(period.end - timedelta(days=1)).date().isoformat(),
                value=str(chart_id),
            ),
        )
    builder.adjust(1)
    return builder.as_markup()


async def summary(
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    taxonomy: Taxonomy,
    period: Period,
) -> tuple[str, bytes | None]:
    """The period's figures as text, and their chart (None without attendances)."""
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
    text = (
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
    if not stats.attendances:
        return text, None
    # Drawn in a worker thread: a chart takes a tenth of a second of CPU.
    png = await asyncio.to_thread(
        shares_chart,
        i18n.get("stats-chart-title", period=period.label),
        [term.name(i18n.locale) for term in taxonomy.actor_types],
        [stats.attendances_by_actor_type[term.id] for term in taxonomy.actor_types],
        i18n.locale,
    )
    return text, png


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="meetings statistics")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_stats, Command("stats"))
    organizers.callback_query.register(on_period, ReportCb.filter(F.action == "stats"))
    return organizers
