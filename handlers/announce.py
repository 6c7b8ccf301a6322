"""/announce: an organizer picks an audience, writes the text per language, attaches a file,
previews exactly what recipients will see, and sends now or at a chosen time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import AnnounceCb, DayCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, IsOrganizer
from bot.keyboards import Keyboard
from bot.ui import language_in
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.day_picker import pressed_moment
from handlers.common.dialogs import (
    SEND_PICKER,
    ask_send_time,
    asking_order,
    future_local,
    next_language_or,
    report_queued,
    show_preview,
    typed_moment,
)
from storage.services.actors import Actor
from storage.services.audience import Audience, by_language
from storage.services.broadcasts import (
    Attachment,
    BroadcastService,
    check_attachment,
    check_text,
)
from storage.services.taxonomy import Taxonomy


class Announce(StatesGroup):
    text = State()
    attachment = State()
    confirm = State()
    time = State()


# --- rendering ------------------------------------------------------------------------------


def step_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n.get("btn-skip"), callback_data=AnnounceCb(action="skip").pack()
                ),
                InlineKeyboardButton(
                    text=i18n.get("btn-cancel"), callback_data=AnnounceCb(action="cancel").pack()
                ),
            ]
        ]
    )


async def ask_text(target: Message, i18n: I18nContext, taxonomy: Taxonomy, index: int) -> None:
    language = language_in(i18n, taxonomy, asking_order(i18n.locale)[index])
    await target.answer(
        i18n.get("announce-ask-text", language=language), reply_markup=step_keyboard(i18n)
    )


def confirm_keyboard(i18n: I18nContext, protect: bool) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(text=i18n.get("btn-send-now"), callback_data=AnnounceCb(action="send"))
    builder.button(text=i18n.get("btn-schedule"), callback_data=AnnounceCb(action="schedule"))
    builder.button(
        text=i18n.get("btn-protect", protect="yes" if protect else "no"),
        callback_data=AnnounceCb(action="protect"),
    )
    builder.button(text=i18n.get("btn-cancel"), callback_data=AnnounceCb(action="cancel"))
    builder.adjust(2, 1, 1)
    return builder.as_markup()


async def confirm_text(
    i18n: I18nContext, data: dict[str, Any], taxonomy: Taxonomy, broadcasts: BroadcastService,
    settings: Settings,
) -> str:  # fmt: skip
    people = await broadcasts.recipients(Audience.from_data(data["audience"]))
    counts = by_language(people, settings.default_locale)
    languages = i18n.get("common-list-separator").join(
        f"{language_in(i18n, taxonomy, code)}: {counts[code]}" for code in SUPPORTED_LOCALES
    )
    return i18n.get(
        "announce-confirm",
        count=len(people),
        languages=languages,
        protect="yes" if data.get("protect") else "no",
    )


# --- the dialog -----------------------------------------------------------------------------


async def on_announce(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:
    await state.set_state(AudienceMenu.audience)
    await state.set_data(
        {"audience": Audience().to_data(), "texts": {}, "protect": False, "purpose": "announce"}
    )
    await show_audience(message, i18n, Audience(), taxonomy, broadcasts, edit=False)


async def after_audience(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await state.set_state(Announce.text)
    await state.update_data(lang_index=0, texts={})
    await ask_text(message, i18n, taxonomy, 0)


# multiselect_keyboard adds no Back/Cancel here: Done returns to the audience menu.


async def on_text(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    data = await state.get_data()
    index = int(data.get("lang_index", 0))
    # html_text turns Telegram's own formatting into HTML and escapes everything else, so a
    # literal "<b>" typed by the organizer arrives as text, never as a broken tag.
    text = check_text(message.html_text)
    texts = dict(data.get("texts", {}))
    texts[asking_order(i18n.locale)[index]] = text
    await state.update_data(texts=texts)
    await next_language(message, state, i18n, taxonomy, index + 1)


async def on_text_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def ask_attachment(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(Announce.attachment)
    await message.answer(i18n.get("announce-ask-attachment"), reply_markup=step_keyboard(i18n))


async def next_language(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, index: int
) -> None:
    await next_language_or(message, state, i18n, taxonomy, index, ask_text, ask_attachment)


async def on_step_button(
    callback: CallbackQuery,
    callback_data: AnnounceCb,
    state: FSMContext,
    raw_state: str | None,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    settings: Settings,
) -> None:
    assert isinstance(callback.message, Message)
    await callback.answer()
    if callback_data.action == "cancel":
        await state.clear()
        await callback.message.edit_text(i18n.get("announce-cancelled"))
        return
    if callback_data.action != "skip":
        return
    await callback.message.edit_reply_markup(reply_markup=None)
    if raw_state == Announce.text.state:
        index = int((await state.get_data()).get("lang_index", 0))
        await next_language(callback.message, state, i18n, taxonomy, index + 1)
    else:
        await to_confirm(callback.message, state, bot, i18n, taxonomy, broadcasts, settings)


async def on_attachment(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    settings: Settings,
) -> None:
    if message.photo:
        largest = message.photo[-1]
        attachment = Attachment("photo", largest.file_id, largest.file_size)
    else:
        assert message.document is not None
        document = message.document
        attachment = Attachment(
            "document", document.file_id, document.file_size, document.file_name
        )
    check_attachment(attachment)
    await state.update_data(attachment=attachment.to_data())
    await to_confirm(message, state, bot, i18n, taxonomy, broadcasts, settings)


async def on_attachment_wrong(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("error-wrong-attachment"))


async def to_confirm(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, taxonomy: Taxonomy,
    broadcasts: BroadcastService, settings: Settings,
) -> None:  # fmt: skip
    await state.set_state(Announce.confirm)
    data = await state.get_data()
    await show_preview(message, bot, i18n, data, taxonomy)
    await message.answer(
        await confirm_text(i18n, data, taxonomy, broadcasts, settings),
        reply_markup=confirm_keyboard(i18n, bool(data.get("protect"))),
    )


async def on_confirm_button(
    callback: CallbackQuery,
    callback_data: AnnounceCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    settings: Settings,
    actor: Actor,
    delivery: Delivery,
) -> None:
    assert isinstance(callback.message, Message)
    data = await state.get_data()
    action = callback_data.action
    if action == "cancel":
        await state.clear()
        await callback.answer()
        await callback.message.edit_text(i18n.get("announce-cancelled"))
    elif action == "protect":
        data["protect"] = not data.get("protect")
        await state.update_data(protect=data["protect"])
        await callback.answer()
        await callback.message.edit_text(
            await confirm_text(i18n, data, taxonomy, broadcasts, settings),
            reply_markup=confirm_keyboard(i18n, bool(data["protect"])),
        )
    elif action == "schedule":
        await state.set_state(Announce.time)
        await callback.answer()
        await ask_send_time(callback.message, i18n, settings)
    elif action == "send":
        await callback.answer()
        await callback.message.edit_reply_markup(reply_markup=None)
        await send(callback.message, state, i18n, broadcasts, settings, actor, delivery, None)
    else:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)


async def on_time(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    broadcasts: BroadcastService,
    settings: Settings,
    actor: Actor,
    delivery: Delivery,
) -> None:
    due = await typed_moment(message.text or "", state, settings)
    await send(message, state, i18n, broadcasts, settings, actor, delivery, due)


async def on_time_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    broadcasts: BroadcastService, settings: Settings, actor: Actor, delivery: Delivery,
) -> None:  # fmt: skip
    """The send's day pressed (its time is asked next), or its hour."""
    moment = await pressed_moment(callback, callback_data, state, i18n)
    if moment is not None and isinstance(callback.message, Message):
        due = future_local(moment, settings)
        await send(callback.message, state, i18n, broadcasts, settings, actor, delivery, due)


async def send(
    message: Message, state: FSMContext, i18n: I18nContext, broadcasts: BroadcastService,
    settings: Settings, actor: Actor, delivery: Delivery, due: datetime | None,
) -> None:  # fmt: skip
    data = await state.get_data()
    broadcast = await broadcasts.create(
        by=actor,
        kind="announcement",
        audience=Audience.from_data(data["audience"]),
        texts=data["texts"],
        attachment=Attachment.from_data(data.get("attachment")),
        protect=bool(data.get("protect")),
        due_at=due,
    )
    await state.clear()
    await report_queued(message, i18n, broadcasts, settings, delivery, broadcast, due)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="announce")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.message.register(on_announce, Command("announce"))
    NEXT_STEPS["announce"] = after_audience
    router.message.register(on_text, Announce.text, F.text, NOT_COMMAND)
    router.message.register(on_text_not_text, Announce.text, NOT_COMMAND)
    router.callback_query.register(
        on_step_button, StateFilter(Announce.text, Announce.attachment), AnnounceCb.filter()
    )
    router.message.register(on_attachment, Announce.attachment, F.photo | F.document)
    router.message.register(on_attachment_wrong, Announce.attachment, NOT_COMMAND)
    router.callback_query.register(on_confirm_button, Announce.confirm, AnnounceCb.filter())
    router.message.register(on_time, Announce.time, F.text, NOT_COMMAND)
    router.callback_query.register(
        on_time_pressed, Announce.time, DayCb.filter((F.step == SEND_PICKER) & (F.day != ""))
    )
    return router
