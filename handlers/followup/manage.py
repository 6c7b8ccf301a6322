"""Organizers' side of the follow-up: Track an approved recommendation from its review card, set
an item's due date, add owner organizations (by searching their name), delete an item, and
/tracker: counts by sector and status, overdue items, owners who have not reported, a chart and
the table with its history as CSV or XLSX."""

from __future__ import annotations

from datetime import date

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    CallbackQuery,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, FollowupAdminCb, NavCb, PickCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.keyboards import Keyboard
from bot.ui import choice_keyboard, language_in, nav_keyboard, nav_row
from handlers.common.day_picker import pressed_day, with_day_picker
from handlers.followup import steps
from handlers.followup.browse import send_card, today
from notices.followup import tracked_notice
from notices.queue_decisions import QueueDecisions
from storage.services.actors import Actor
from storage.services.followup import FollowupService, parse_due
from storage.services.organizations import OrganizationService
from storage.services.taxonomy import Taxonomy


class ItemEdit(StatesGroup):
    due = State()
    owner = State()
    pillar = State()
    text = State()


async def on_track(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    i18n: I18nContext,
    followup: FollowupService,
    organizations: OrganizationService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
    delivery: Delivery,
) -> None:
    """From the review card of an approved recommendation: its organization owns it at first;
    its author hears it is tracked."""
    update_id = callback_data.value
    owners = await followup.suggested_owners(update_id)
    core = i18n.core
    item = await followup.track_update(
        actor, update_id, owners, None, today(settings),
        lambda tracked, locale: tracked_notice(core, tracked, locale),
    )  # fmt: skip
    delivery.wake()
    await callback.answer(i18n.get("followup-tracked", id=item.id))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await send_card(callback.message, i18n, followup, taxonomy, actor, settings, item.id)


DUE_PICKER = "fuset"  # the due date's day picker (DayCb)
EDITS = {"due": (ItemEdit.due, "followup-ask-due"), "owner": (ItemEdit.owner, "followup-ask-owner")}


async def on_edit(
    callback: CallbackQuery, callback_data: FollowupAdminCb, state: FSMContext, i18n: I18nContext,
    settings: Settings,
) -> None:  # fmt: skip
    """Due date or owner: the question, and the step that takes the answer."""
    step, question = EDITS[callback_data.action]
    await callback.answer()
    await state.set_state(step)
    await state.set_data({"item_id": callback_data.item_id})
    markup = nav_keyboard(i18n, "fuedit", back=False)
    if step == ItemEdit.due:
        markup = with_day_picker(i18n, DUE_PICKER, today(settings), markup)
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get(question), reply_markup=markup)


async def on_pillar(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    await callback.answer()
    await state.set_state(ItemEdit.pillar)
    await state.set_data({"item_id": callback_data.item_id})
    choices = [(p.id, p.name(i18n.locale)) for p in taxonomy.pillars]
    choices.append((0, i18n.get("followup-pillar-none")))
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-pillar"),
            reply_markup=choice_keyboard(i18n, "fupillar", choices, back=False),
        )


async def on_pillar_chosen(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    item_id = int((await state.get_data())["item_id"])
    await followup.set_pillar(actor, item_id, callback_data.item or None)
    await state.clear()
    await callback.answer(i18n.get("followup-pillar-saved"))
    if isinstance(callback.message, Message):
        await send_card(callback.message, i18n, followup, taxonomy, actor, settings, item_id)


async def on_translate(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    if callback_data.value >= len(SUPPORTED_LOCALES):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    locale = SUPPORTED_LOCALES[callback_data.value]
    await callback.answer()
    await state.set_state(ItemEdit.text)
    await state.set_data({"item_id": callback_data.item_id, "locale": locale})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-translation", language=language_in(i18n, taxonomy, locale)),
            reply_markup=nav_keyboard(i18n, "fuedit", back=False),
        )


async def on_translation(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    data = await state.get_data()
    item_id = int(data["item_id"])
    await followup.set_text(actor, item_id, str(data["locale"]), message.text or "")
    await state.clear()
    await message.answer(i18n.get("followup-translation-saved"))
    await send_card(message, i18n, followup, taxonomy, actor, settings, item_id)


async def on_due_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    due = parse_due(message.text or "")
    await due_chosen(message, state, i18n, followup, taxonomy, actor, settings, due)


async def on_due_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    followup: FollowupService, taxonomy: Taxonomy, actor: Actor, settings: Settings,
) -> None:  # fmt: skip
    """A day pressed in the picker: taken as the same day typed."""
    due = await pressed_day(callback, callback_data, i18n)
    if due is None or not isinstance(callback.message, Message):
        return
    await due_chosen(callback.message, state, i18n, followup, taxonomy, actor, settings, due)


async def due_chosen(
    message: Message, state: FSMContext, i18n: I18nContext, followup: FollowupService,
    taxonomy: Taxonomy, actor: Actor, settings: Settings, due: date | None,
) -> None:  # fmt: skip
    item_id = int((await state.get_data())["item_id"])
    await followup.set_due(actor, item_id, due, today(settings))
    await state.clear()
    await message.answer(i18n.get("followup-due-saved"))
    await send_card(message, i18n, followup, taxonomy, actor, settings, item_id)


async def on_owner_search(
    message: Message, state: FSMContext, i18n: I18nContext, organizations: OrganizationService
) -> None:
    item_id = int((await state.get_data())["item_id"])
    found = await organizations.search(message.text or "")
    if not found:
        await message.answer(i18n.get("followup-owner-none-found"))
        return
    builder = Keyboard()
    for organization in found:
        builder.button(
            text=organization.name(i18n.locale),
            callback_data=FollowupAdminCb(
                action="addowner", item_id=item_id, value=organization.id
            ),
        )
    builder.adjust(1)
    builder.row(*nav_row(i18n, "fuedit", back=False))
    await message.answer(i18n.get("followup-owner-pick"), reply_markup=builder.as_markup())


async def on_add_owner(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    if (await state.get_data()).get("item_id") != callback_data.item_id:
        await callback.answer(i18n.get("common-step-over"), show_alert=True)
        return
    await followup.add_owner(actor, callback_data.item_id, callback_data.value)
    await state.clear()
    await callback.answer(i18n.get("followup-owner-added"))
    if isinstance(callback.message, Message):
        await send_card(
            callback.message, i18n, followup, taxonomy, actor, settings, callback_data.item_id
        )


async def on_delete(
    callback: CallbackQuery, callback_data: FollowupAdminCb, i18n: I18nContext,
    followup: FollowupService, actor: Actor,
) -> None:  # fmt: skip
    await followup.delete(actor, callback_data.item_id)
    await callback.answer(i18n.get("followup-deleted", id=callback_data.item_id))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)


async def on_decide(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    i18n: I18nContext,
    actor: Actor,
    queue_decisions: QueueDecisions,
) -> None:
    """A representative's commitment: approved (then public) or rejected; they are told."""
    approve = callback_data.action == "approve"
    item = await queue_decisions.decide_commitment(actor, callback_data.item_id, approve)
    await callback.answer(i18n.get("followup-commit-decided-alert", id=item.id))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup manage")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.callback_query.register(on_track, FollowupAdminCb.filter(F.action == "track"))
    router.callback_query.register(on_edit, FollowupAdminCb.filter(F.action.in_({"due", "owner"})))
    router.callback_query.register(
        on_add_owner, ItemEdit.owner, FollowupAdminCb.filter(F.action == "addowner")
    )
    router.callback_query.register(on_delete, FollowupAdminCb.filter(F.action == "delete"))
    router.callback_query.register(
        on_decide, FollowupAdminCb.filter(F.action.in_({"approve", "reject"}))
    )
    router.callback_query.register(on_pillar, FollowupAdminCb.filter(F.action == "pillar"))
    router.callback_query.register(
        on_pillar_chosen, ItemEdit.pillar, PickCb.filter(F.step == "fupillar")
    )
    router.callback_query.register(on_translate, FollowupAdminCb.filter(F.action == "text"))
    router.message.register(on_translation, ItemEdit.text, PLAIN_TEXT)
    router.message.register(on_due_text, ItemEdit.due, PLAIN_TEXT)
    router.callback_query.register(
        on_due_pressed, ItemEdit.due, DayCb.filter((F.step == DUE_PICKER) & (F.day != ""))
    )
    router.message.register(on_owner_search, ItemEdit.owner, PLAIN_TEXT)
    router.callback_query.register(
        steps.on_cancel, StateFilter(ItemEdit), NavCb.filter(F.step == "fuedit")
    )
    router.message.register(steps.on_not_text, StateFilter(ItemEdit), NOT_COMMAND)
    return router
