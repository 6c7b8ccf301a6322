"""Organizers: /decisions (the latest, each with its turnout and result), closing one early,
and the outcome statement, which goes to the whole audience with the result cut for each
person. A time poll's best time opens a meeting draft and a decided proposal becomes a tracked
item: their buttons belong to the meetings and follow-up features."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DecisionAdminCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.keyboards import Keyboard
from handlers.common.dialogs import on_not_text
from notices.decisions import (
    admin_markup,
    closed_payloads,
    organizer_text,
    reminder_payloads,
    results_payloads,
)
from storage.models import DecisionStatus
from storage.services.actors import Actor
from storage.services.decisions import OUTCOME_MAX, DecisionService
from storage.services.errors import Conflict
from storage.services.taxonomy import Taxonomy
from storage.services.telegram_text import split_html

TITLE_IN_LIST = 50


class Outcome(StatesGroup):
    text = State()


async def admin_card(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    decisions: DecisionService,
    decision_id: int,
) -> None:
    tally = await decisions.tally(decision_id, for_organizers=True)
    text = organizer_text(i18n.core, taxonomy, tally, i18n.locale, settings.tz)
    markup = InlineKeyboardMarkup.model_validate(
        admin_markup(i18n.core, tally.decision, i18n.locale, tally.overall)
    )
    parts = split_html(text)
    for part in parts[:-1]:
        await message.answer(part)
    await message.answer(parts[-1], reply_markup=markup)


async def on_list(message: Message, i18n: I18nContext, decisions: DecisionService) -> None:
    recent = await decisions.recent()
    if not recent:
        await message.answer(i18n.get("decision-none"))
        return
    builder = Keyboard()
    for decision in recent:
        title = decision.text.split("\n", 1)[0]
        if len(title) > TITLE_IN_LIST:
            title = title[: TITLE_IN_LIST - 1] + "…"
        builder.button(
            text=i18n.get("btn-decision-item", title=title, status=decision.status),
            callback_data=DecisionAdminCb(action="show", decision_id=decision.id),
        )
    builder.adjust(1)
    await message.answer(i18n.get("decision-list"), reply_markup=builder.as_markup())


async def on_show(
    callback: CallbackQuery,
    callback_data: DecisionAdminCb,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    decisions: DecisionService,
) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await admin_card(
            callback.message, i18n, settings, taxonomy, decisions, callback_data.decision_id
        )


async def on_close(
    callback: CallbackQuery,
    callback_data: DecisionAdminCb,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    decisions: DecisionService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    """Closed now: counted at once (as the sweep would at its next tick), and the result
    comes to the organizer who asked, with the button for the outcome."""
    await decisions.close_now(actor, callback_data.decision_id)
    await decisions.sweep(
        reminder_payloads(i18n.core, settings.tz),
        closed_payloads(i18n.core, taxonomy, settings.tz),
    )
    delivery.wake()
    await callback.answer(i18n.get("decision-closed-by-you"))


async def on_outcome(
    callback: CallbackQuery,
    callback_data: DecisionAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    decisions: DecisionService,
) -> None:
    decision = await decisions.get(callback_data.decision_id)
    if decision.status == DecisionStatus.OPEN:
        raise Conflict("decision-still-open")
    if decision.status == DecisionStatus.ANNOUNCED:
        raise Conflict("decision-announced-already")
    await state.set_state(Outcome.text)
    await state.set_data({"decision_id": decision.id})
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("decision-ask-outcome", max=OUTCOME_MAX))


async def on_outcome_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    decisions: DecisionService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    decision_id = int((await state.get_data())["decision_id"])
    count = await decisions.announce(
        actor, decision_id, message.text or "", results_payloads(i18n.core, taxonomy, settings.tz)
    )
    await state.clear()
    delivery.wake()
    await message.answer(i18n.get("decision-announced", count=count))
    await admin_card(message, i18n, settings, taxonomy, decisions, decision_id)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="decisions organizers")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_list, Command("decisions"))
    organizers.callback_query.register(on_show, DecisionAdminCb.filter(F.action == "show"))
    organizers.callback_query.register(on_close, DecisionAdminCb.filter(F.action == "close"))
    organizers.callback_query.register(on_outcome, DecisionAdminCb.filter(F.action == "outcome"))
    organizers.message.register(on_outcome_text, Outcome.text, PLAIN_TEXT)
    organizers.message.register(on_not_text, Outcome.text, NOT_COMMAND)
    return organizers
