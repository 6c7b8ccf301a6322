"""Report an item's status: one of the Compact's four levels, then a narrative of at most 200
words, then a link or a document (or Skip). Only an owner's approved representative or an
organizer gets this far (checked again by the service when it is saved); every follower is
told through the outbox."""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import FollowupCb, NavCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.keyboards import Keyboard
from bot.ui import nav_row
from handlers.followup import steps
from handlers.followup.browse import send_card
from notices.followup import change_notice, level_label
from storage.models import FollowupChange, FollowupItem
from storage.services.actors import Actor
from storage.services.errors import Forbidden, InvalidInput, NotFound
from storage.services.followup import REPORTED_LEVELS, FollowupService, check_narrative
from storage.services.taxonomy import Taxonomy
from storage.services.validation import validate_link


class StatusReport(StatesGroup):
    level = State()
    narrative = State()
    attachment = State()


def levels_keyboard(i18n: I18nContext, item_id: int) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for level in REPORTED_LEVELS:
        builder.button(
            text=level_label(i18n.core, i18n.locale, level),
            callback_data=FollowupCb(action="level", item_id=item_id, level=level),
        )
    builder.adjust(2)
    builder.row(*nav_row(i18n, "fureport", back=False))
    return builder.as_markup()


async def on_report(
    callback: CallbackQuery,
    callback_data: FollowupCb,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    actor: Actor,
) -> None:
    # Only an approved item is reported on: one in review has no status yet.
    item = await followup.get_for(actor, callback_data.item_id, approved_only=True)
    if not await followup.can_report(actor, item):
        await callback.answer(i18n.get("followup-not-an-owner"), show_alert=True)
        return
    await callback.answer()
    await state.set_state(StatusReport.level)
    await state.set_data({"item_id": item.id})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-level", id=item.id), reply_markup=levels_keyboard(i18n, item.id)
        )


async def on_level(
    callback: CallbackQuery, callback_data: FollowupCb, state: FSMContext, i18n: I18nContext
) -> None:
    data = await state.get_data()
    if data.get("item_id") != callback_data.item_id or callback_data.level not in REPORTED_LEVELS:
        await callback.answer(i18n.get("common-step-over"), show_alert=True)
        return
    await callback.answer()
    await state.update_data(level=callback_data.level)
    await state.set_state(StatusReport.narrative)
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-narrative", max=200),
            reply_markup=InlineKeyboardMarkup(
                inline_keyboard=[nav_row(i18n, "fureport", back=False)]
            ),
        )


async def on_narrative(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    text = message.text or ""
    try:
        narrative = check_narrative(text)
    except InvalidInput as refusal:
        # Nothing typed is lost: the text comes back to be shortened, and the step stays.
        await state.update_data(draft=text)
        await message.answer(i18n.get(refusal.key, **refusal.variables))
        await message.answer(
            i18n.get("followup-narrative-kept") + f"\n<blockquote>{html.escape(text)}</blockquote>"
        )
        return
    await state.update_data(narrative=narrative, draft=None)
    await state.set_state(StatusReport.attachment)
    builder = Keyboard()
    builder.button(text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step="fureport"))
    builder.row(*nav_row(i18n, "fureport", back=False))
    await message.answer(i18n.get("followup-ask-attachment"), reply_markup=builder.as_markup())


async def save(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    delivery: Delivery,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
    link: str | None = None,
    document: str | None = None,
) -> None:
    data = await state.get_data()
    core = i18n.core

    owners_named = await followup.owners_named(int(data["item_id"]))

    def render(item: FollowupItem, change: FollowupChange, locale: str) -> list[dict[str, object]]:
        return change_notice(core, taxonomy, item, change, owners_named, locale)

    try:
        change = await followup.report(
            actor, int(data["item_id"]), str(data["level"]), str(data["narrative"]), render,
            link=link, document_file_id=document,
        )  # fmt: skip
    except (NotFound, Forbidden):
        # The item was deleted, or its owners changed, meanwhile: the dialog has nothing left
        # to report on (the errors router says why).
        await state.clear()
        raise
    await state.clear()
    delivery.wake()
    await message.answer(
        i18n.get("followup-saved", level=level_label(core, i18n.locale, change.level))
    )
    await send_card(message, i18n, followup, taxonomy, actor, settings, change.item_id)


async def on_attachment(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    delivery: Delivery,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    if message.document is not None:
        await save(
            message, state, i18n, followup, delivery, taxonomy, actor, settings,
            document=message.document.file_id,
        )  # fmt: skip
        return
    link = validate_link(message.text or "")  # a refusal is answered by the errors router
    await save(message, state, i18n, followup, delivery, taxonomy, actor, settings, link=link)


async def on_skip(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    delivery: Delivery,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await save(callback.message, state, i18n, followup, delivery, taxonomy, actor, settings)


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("followup-report-cancelled"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup report")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.callback_query.register(on_report, FollowupCb.filter(F.action == "report"))
    router.callback_query.register(
        on_level, StatusReport.level, FollowupCb.filter(F.action == "level")
    )
    router.message.register(on_narrative, StatusReport.narrative, PLAIN_TEXT)
    router.message.register(on_attachment, StatusReport.attachment, F.document)
    router.message.register(on_attachment, StatusReport.attachment, PLAIN_TEXT)
    router.callback_query.register(
        on_skip,
        StatusReport.attachment,
        NavCb.filter((F.step == "fureport") & (F.action == "skip")),
    )
    router.callback_query.register(
        on_cancel, StateFilter(StatusReport), NavCb.filter(F.step == "fureport")
    )
    router.message.register(steps.on_not_text, StateFilter(StatusReport), NOT_COMMAND)
    return router
