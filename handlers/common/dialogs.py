"""Dialog steps several features share: a text per language, a time typed in the configured
zone, the preview of a send, the message that then shows its progress, and the answer to
anything but text where text is asked for."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DeliveryCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.delivery.worker import build_method
from bot.i18n import long_moment, zone_label
from bot.ui import language_in
from handlers.common.day_picker import PICKED_DAY, with_day_picker
from storage.models import Broadcast
from storage.services.broadcasts import (
    Attachment,
    BroadcastService,
    render_payloads,
)
from storage.services.dates import parse_day_time, parse_time
from storage.services.errors import InvalidInput
from storage.services.outbox import Delivery as Row
from storage.services.taxonomy import Taxonomy


async def show_preview(
    message: Message, bot: Bot, i18n: I18nContext, data: dict[str, Any], taxonomy: Taxonomy
) -> None:
    """Send the organizer each language's messages exactly as recipients will get them."""
    attachment = Attachment.from_data(data.get("attachment"))
    for code, text in data["texts"].items():
        await message.answer(
            i18n.get("announce-preview-header", language=language_in(i18n, taxonomy, code))
        )
        for payload in render_payloads(text, attachment, bool(data.get("protect"))):
            row = Row(id=0, chat_id=message.chat.id, payload=payload, attempts=0, broadcast_id=None)
            await bot(build_method(row))


AskText = Callable[[Message, I18nContext, Taxonomy, int], Awaitable[None]]


AfterTexts = Callable[[Message, FSMContext, I18nContext], Awaitable[None]]


async def editing(state: FSMContext) -> bool:
    """A preview's ✏️ asked one field again: its answer returns to the preview rather than
    going on to the next step (the flag `editing` in the dialog's data, which the preview
    clears when it is shown again)."""
    return bool((await state.get_data()).get("editing"))


async def field_to_fix(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, fields: Sequence[str],
    index: int,
) -> str | None:  # fmt: skip
    """The field a preview's ✏️ names (by its index in `fields`), the dialog marked as fixing
    that one field; None, with the stale-button answer, for an index no preview offers."""
    if not 0 <= index < len(fields):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return None
    await state.update_data(editing=True)
    return fields[index]


def asking_order(own: str) -> tuple[str, ...]:
    """The languages a dialog asks an organizer's texts in: her own first, then the others
    (each skippable; a reader whose language was skipped gets the taxonomy's reading order)."""
    return (
        tuple(dict.fromkeys((own, *SUPPORTED_LOCALES)))
        if own in SUPPORTED_LOCALES
        else (SUPPORTED_LOCALES)
    )


async def next_language_or(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, index: int,
    ask: AskText, after: AfterTexts,
) -> None:  # fmt: skip
    """Ask for the text in the next language; once all were offered, go on if at least one was
    written, else start again with the first."""
    if index < len(SUPPORTED_LOCALES):
        await state.update_data(lang_index=index)
        await ask(message, i18n, taxonomy, index)
        return
    if not (await state.get_data()).get("texts"):
        await state.update_data(lang_index=0)
        await message.answer(i18n.get("announce-need-one-text"))
        await ask(message, i18n, taxonomy, 0)
        return
    await after(message, state, i18n)


def time_example(settings: Settings) -> str:
    return (datetime.now(settings.tz) + timedelta(days=1)).strftime("%d/%m/%Y 09:00")


SEND_PICKER = "send"  # the day picker's step (DayCb) where a scheduled send's time is asked


async def ask_send_time(message: Message, i18n: I18nContext, settings: Settings) -> None:
    example = time_example(settings)
    await message.answer(
        i18n.get(
            "announce-ask-time",
            tz=zone_label(i18n.core, i18n.locale, settings.timezone),
            example=example,
        ),
        reply_markup=with_day_picker(i18n, SEND_PICKER, datetime.now(settings.tz).date()),
    )


def parse_local_time(text: str, settings: Settings) -> datetime:
    example = time_example(settings)
    try:
        local = parse_day_time(text)
    except ValueError:
        raise InvalidInput("error-time-format", example=example) from None
    return future_local(local, settings)


def future_local(local: datetime, settings: Settings) -> datetime:
    """A naive moment typed or pressed, in the configured zone; refused when already past."""
    moment = local.replace(tzinfo=settings.tz)
    if moment <= datetime.now(settings.tz):
        raise InvalidInput("error-time-past")
    return moment


async def typed_moment(text: str, state: FSMContext, settings: Settings) -> datetime:
    """A day and a time typed; or the time alone, on the day just pressed in the step's picker
    (handlers.common.day_picker.ask_time_on)."""
    day = (await state.get_data()).get(PICKED_DAY)
    try:
        local = datetime.combine(date.fromisoformat(day), parse_time(text)) if day else None
    except ValueError:  # not a time alone: a day and a time, as if no day had been pressed
        local = None
    moment = parse_local_time(text, settings) if local is None else future_local(local, settings)
    await state.update_data({PICKED_DAY: None})
    return moment


async def report_queued(
    message: Message, i18n: I18nContext, broadcasts: BroadcastService, settings: Settings,
    delivery: Delivery, broadcast: Broadcast, due: datetime | None,
) -> None:  # fmt: skip
    """Tell the organizer the send is queued (or scheduled); that message then shows progress."""
    if due is None:
        status = await message.answer(i18n.get("announce-queued", count=broadcast.total))
        delivery.wake()
    else:
        status = await message.answer(
            i18n.get(
                "announce-scheduled",
                when=long_moment(due.astimezone(settings.tz), i18n.locale),
                tz=zone_label(i18n.core, i18n.locale, settings.timezone),
                count=broadcast.total,
                until=long_moment(
                    (due + broadcasts.scheduled_grace).astimezone(settings.tz), i18n.locale
                ),
            ),
            reply_markup=InlineKeyboardMarkup(
                inline_keyboard=[
                    [
                        InlineKeyboardButton(
                            text=i18n.get("btn-cancel-send"),
                            callback_data=DeliveryCb(
                                action="cancel", broadcast_id=broadcast.id
                            ).pack(),
                        )
                    ]
                ]
            ),
        )
    await broadcasts.show_progress_in(broadcast.id, status.chat.id, status.message_id, i18n.locale)


async def on_not_text(message: Message, i18n: I18nContext) -> None:
    """A photo, sticker or voice note where the step asks for text: say so, change nothing."""
    await message.answer(i18n.get("common-send-text"))
