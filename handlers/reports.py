"""Organizers' take-aways: /report (the summary report for a period as a PDF, with the DOCX and
HTML a button away, in Arabic, English or Sorani), /coverage (sector x governorate: who is
where, gaps marked) and /export (actors, attendance, updates, activities as CSV or XLSX).

Documents and charts are built in worker threads, so the bot keeps answering everyone else."""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timedelta

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import ReportCb, RoundCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.filters import IsOrganizer
from bot.keyboards import Keyboard
from bot.ui import language_name
from reports.charts import coverage_heatmap
from reports.files import summary_file
from reports.tables import to_csv, to_xlsx
from storage.services.activities import ActivityService
from storage.services.actors import Actor
from storage.services.errors import DomainError, InvalidInput
from storage.services.exports import KINDS, ExportService, Table
from storage.services.newsletters import Period, offered_periods, parse_period
from storage.services.report_data import ReportData, ReportDataService
from storage.services.taxonomy import Taxonomy

log = logging.getLogger(__name__)


def period_data(period: Period) -> tuple[str, str]:
    """The period as its first and last day, the way /report takes it typed."""
    return period.start.date().isoformat(), (period.end - timedelta(days=1)).date().isoformat()


def period_of(start: str, end: str, settings: Settings) -> Period:
    return parse_period(f"{start} {end}", settings.tz)


def languages_keyboard(
    i18n: I18nContext, taxonomy: Taxonomy, period: Period
) -> InlineKeyboardMarkup:
    start, end = period_data(period)
    builder = Keyboard()
    for locale in SUPPORTED_LOCALES:
        builder.button(
            text=language_name(taxonomy, locale),
            callback_data=ReportCb(action="lang", start=start, end=end, value=locale),
        )
    builder.adjust(len(SUPPORTED_LOCALES))
    return builder.as_markup()


async def on_report(
    message: Message, i18n: I18nContext, settings: Settings, taxonomy: Taxonomy
) -> None:
    args = (message.text or "").split(maxsplit=1)
    if len(args) > 1:
        period = parse_period(args[1], settings.tz)
        await message.answer(
            i18n.get("report-ask-language", period=period.label),
            reply_markup=languages_keyboard(i18n, taxonomy, period),
        )
        return
    today = datetime.now(settings.tz).date()
    builder = Keyboard()
    for name, period in offered_periods(today, settings.tz):
        start, end = period_data(period)
        builder.button(
            text=i18n.get(f"btn-report-{name}", period=period.label),
            callback_data=ReportCb(action="period", start=start, end=end),
        )
    # The report starts from a round's updates: the organizer can ask for them from here.
    builder.button(text=i18n.get("btn-report-round"), callback_data=RoundCb(action="start"))
    builder.adjust(1)
    await message.answer(i18n.get("report-ask-period"), reply_markup=builder.as_markup())


async def on_period(
    callback: CallbackQuery,
    callback_data: ReportCb,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
) -> None:
    period = period_of(callback_data.start, callback_data.end, settings)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(
            i18n.get("report-ask-language", period=period.label),
            reply_markup=languages_keyboard(i18n, taxonomy, period),
        )


async def on_language(
    callback: CallbackQuery,
    callback_data: ReportCb,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    report_data: ReportDataService,
    actor: Actor,
) -> None:
    """The report as one message: the PDF (what most people want) with the summary as its
    caption, and buttons for the Word file, the web page and telling the organizations. The
    progress message, edited as the work goes on, is taken away once the PDF is there."""
    period = period_of(callback_data.start, callback_data.end, settings)
    locale = callback_data.value
    if locale not in SUPPORTED_LOCALES:
        raise InvalidInput("common-stale-button")
    await callback.answer()
    message = callback.message
    if not isinstance(message, Message):
        return
    await message.edit_reply_markup(reply_markup=None)
    progress = await message.answer(i18n.get("report-progress-data", period=period.label))
    await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    try:
        data = await report_data.gather(actor, period)
    except DomainError as exc:
        await progress.edit_text(i18n.get(exc.key, **exc.variables))
        return
    await progress.edit_text(
        i18n.get("report-progress-document", updates=len(data.updates), period=period.label)
    )
    content, made = await summary_file(data, taxonomy, i18n.core.get, locale, "pdf")
    pdf, docx = (content, None) if made == "pdf" else (None, content)
    name = file_name(callback_data.start, callback_data.end, locale)
    ready = i18n.get(
        "report-ready",
        period=period.label,
        updates=len(data.updates),
        meetings=sum(data.stats.meetings_by_mode.values()),
    )
    if pdf is None:
        ready += "\n\n" + i18n.get("report-no-pdf")
    others = ("html",) if pdf is None else ("docx", "html")
    markup = files_keyboard(i18n, callback_data, others, tell_keyboard(i18n, data))
    await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    await message.answer_document(
        BufferedInputFile(pdf, f"{name}.pdf") if pdf is not None
        else BufferedInputFile(docx or b"", f"{name}.docx"),
        caption=ready, reply_markup=markup,
    )  # fmt: skip
    try:
        await progress.delete()
    except TelegramAPIError:  # too old or gone already: it says the report is being made
        await progress.edit_text(ready)


def file_name(start: str, end: str, locale: str) -> str:
    return f"wps-report-{start}-{end}-{locale}"


def files_keyboard(
    i18n: I18nContext,
    data: ReportCb,
    formats: tuple[str, ...],
    tell: InlineKeyboardMarkup | None,
) -> InlineKeyboardMarkup:
    """The other forms of the same report, a button each, above the round's Tell buttons."""
    row = [
        InlineKeyboardButton(
            text=i18n.get(f"btn-report-file-{fmt}"),
            callback_data=ReportCb(
                action="file", start=data.start, end=data.end, value=f"{data.value}.{fmt}"
            ).pack(),
        )
        for fmt in formats
    ]
    return InlineKeyboardMarkup(inline_keyboard=[row, *(tell.inline_keyboard if tell else [])])


async def on_file(
    callback: CallbackQuery,
    callback_data: ReportCb,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    report_data: ReportDataService,
    actor: Actor,
) -> None:
    """The Word file or the web page of a report already sent: made again from today's data
    for the same period and language, and sent under it."""
    locale, _, fmt = callback_data.value.partition(".")
    if locale not in SUPPORTED_LOCALES or fmt not in ("docx", "html"):
        raise InvalidInput("common-stale-button")
    period = period_of(callback_data.start, callback_data.end, settings)
    data = await report_data.gather(actor, period)
    await callback.answer(i18n.get("report-file-coming"))
    if not isinstance(callback.message, Message):
        return
    await bot.send_chat_action(callback.message.chat.id, ChatAction.UPLOAD_DOCUMENT)
    content, _ = await summary_file(data, taxonomy, i18n.core.get, locale, fmt)
    name = file_name(callback_data.start, callback_data.end, locale)
    await callback.message.answer_document(BufferedInputFile(content, f"{name}.{fmt}"))


def tell_keyboard(i18n: I18nContext, data: ReportData) -> InlineKeyboardMarkup | None:
    """Once the report is out, the organizer can tell the organizations whose round updates are
    in it (a button per round not told yet)."""
    told = {u.round_id for u in data.updates}
    rows = [
        [
            InlineKeyboardButton(
                text=i18n.get("btn-round-tell", period=progress.round.period_label),
                callback_data=RoundCb(action="tell", round_id=progress.round.id).pack(),
            )
        ]
        for progress in data.rounds
        if progress.round.report_told_at is None and progress.round.id in told
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


# --- coverage -------------------------------------------------------------------------------


async def on_coverage(
    message: Message,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    activities: ActivityService,
    actor: Actor,
) -> None:
    coverage = await activities.coverage(actor)
    sectors, places = taxonomy.sectors, taxonomy.governorates
    matrix = [[coverage.count(s.id, g.id) for g in places] for s in sectors]
    gaps_by_sector = sorted(
        ((row.count(0), sector) for row, sector in zip(matrix, sectors, strict=True)),
        key=lambda item: -item[0],
    )
    gaps = sum(count for count, _ in gaps_by_sector)
    worst = i18n.get("common-list-separator").join(
        i18n.get("coverage-gap-item", sector=sector.name(i18n.locale), count=count)
        for count, sector in gaps_by_sector[:3]
        if count
    )
    await message.answer(
        i18n.get(
            "coverage-summary",
            cells=len(sectors) * len(places),
            covered=len(sectors) * len(places) - gaps,
            gaps=gaps,
            worst=worst or "—",
        )
    )
    await bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_PHOTO)
    png = await asyncio.to_thread(
        coverage_heatmap,
        i18n.get("coverage-chart-title"),
        [s.name(i18n.locale) for s in sectors],
        [g.name(i18n.locale) for g in places],
        matrix,
        i18n.get("coverage-gap"),
        i18n.locale,
    )
    await message.answer_photo(BufferedInputFile(png, "coverage.png"))
    table = Table(
        "coverage",
        ["sector", "governorate", "organizations", "activities", "gap"],
        [
            [
                sector.name(i18n.locale),
                place.name(i18n.locale),
                str(coverage.count(sector.id, place.id)),
                str(coverage.activities.get((sector.id, place.id), 0)),
                "no" if coverage.count(sector.id, place.id) else "yes",
            ]
            for sector in sectors
            for place in places
        ],
    )
    await message.answer_document(BufferedInputFile(to_csv(table), "coverage.csv"))


# --- exports --------------------------------------------------------------------------------


async def on_export(message: Message, i18n: I18nContext) -> None:
    builder = Keyboard()
    for kind in KINDS:
        for fmt in ("csv", "xlsx"):
            builder.button(
                text=i18n.get(f"btn-export-{kind}", format=fmt.upper()),
                callback_data=ReportCb(action="export", value=f"{kind}.{fmt}"),
            )
    builder.adjust(2)
    await message.answer(i18n.get("export-ask"), reply_markup=builder.as_markup())


async def on_export_choice(
    callback: CallbackQuery,
    callback_data: ReportCb,
    i18n: I18nContext,
    exports: ExportService,
    settings: Settings,
    actor: Actor,
) -> None:
    kind, _, fmt = callback_data.value.partition(".")
    if fmt not in ("csv", "xlsx"):
        raise InvalidInput("common-stale-button")
    table = await exports.table(actor, kind, i18n.locale)
    if not table.rows:
        await callback.answer(i18n.get("export-empty"), show_alert=True)
        return
    await callback.answer()
    if fmt == "csv":
        content = to_csv(table)
    else:
        content = await asyncio.to_thread(to_xlsx, table, i18n.locale)
    stamp = date.today().isoformat()
    if isinstance(callback.message, Message):
        await callback.message.answer_document(
            BufferedInputFile(content, f"tansiq-{kind}-{stamp}.{fmt}"),
            caption=i18n.get("export-caption", rows=len(table.rows)),
            protect_content=settings.protect_content,
        )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="reports")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.message.register(on_report, Command("report"))
    router.callback_query.register(on_period, ReportCb.filter(F.action == "period"))
    router.callback_query.register(on_language, ReportCb.filter(F.action == "lang"))
    router.callback_query.register(on_file, ReportCb.filter(F.action == "file"))
    router.message.register(on_coverage, Command("coverage"))
    router.message.register(on_export, Command("export"))
    router.callback_query.register(on_export_choice, ReportCb.filter(F.action == "export"))
    return router
