"""The organizers' review of opportunities: the queue (from /opportunities or the notice of a new
one), approve (it then reaches the members who want matching opportunities at once), reject
with a reason, withdraw an approved one. Each decision is in the audit trail."""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb, OpportunityAdminCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.keyboards import Keyboard
from bot.ui import nav_keyboard
from handlers.common.dialogs import on_not_text
from notices.opportunities import card_text
from notices.queue_decisions import QueueDecisions
from storage.models import Opportunity, OpportunityStatus
from storage.services.actors import Actor
from storage.services.opportunities import REASON_MAX, OpportunityService
from storage.services.people import PeopleService


class RejectOpportunity(StatesGroup):
    reason = State()


def review_keyboard(opportunity: Opportunity, i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for action, key in (
        ("approve", "btn-opportunity-approve"),
        ("reject", "btn-opportunity-reject"),
    ):
        builder.button(
            text=i18n.get(key), callback_data=OpportunityAdminCb(action=action, item=opportunity.id)
        )
    builder.adjust(2)
    return builder.as_markup()


async def show_card(
    message: Message,
    i18n: I18nContext,
    people: PeopleService,
    opportunity: Opportunity,
    waiting: int,
    settings: Settings,
) -> None:
    author = await people.get(opportunity.author_id) if opportunity.author_id else None
    organization = opportunity.organization.name(i18n.locale) if opportunity.organization else "—"
    text = i18n.get(
        "opportunity-review-card", id=opportunity.id, waiting=waiting,
        author=author.full_name if author and author.full_name else "—",
        organization=organization, status=opportunity.status,
    )  # fmt: skip
    text += "\n\n" + card_text(i18n.core, i18n.locale, opportunity)
    card = await message.answer(
        text,
        reply_markup=review_keyboard(opportunity, i18n)
        if opportunity.status == OpportunityStatus.PENDING
        else None,
        protect_content=settings.protect_content,  # it names the author
    )
    if author is not None:  # the card names its author: edited if they ask /forget
        await people.remember_note(author.id, card.chat.id, card.message_id)
    if opportunity.document_file_id:
        caption = html.escape(opportunity.document_name) if opportunity.document_name else None
        await message.answer_document(opportunity.document_file_id, caption=caption)


async def next_card(
    message: Message,
    i18n: I18nContext,
    people: PeopleService,
    opportunities: OpportunityService,
    actor: Actor,
    settings: Settings,
) -> None:
    first, waiting = await opportunities.queue(actor)
    if first is None:
        await message.answer(i18n.get("opportunity-queue-empty"))
    else:
        await show_card(message, i18n, people, first, waiting, settings)


async def on_queue(
    callback: CallbackQuery,
    i18n: I18nContext,
    people: PeopleService,
    opportunities: OpportunityService,
    actor: Actor,
    settings: Settings,
) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await next_card(callback.message, i18n, people, opportunities, actor, settings)


async def on_show(
    callback: CallbackQuery,
    callback_data: OpportunityAdminCb,
    i18n: I18nContext,
    people: PeopleService,
    opportunities: OpportunityService,
    actor: Actor,
    settings: Settings,
) -> None:
    opportunity = await opportunities.readable(actor, callback_data.item)
    _, waiting = await opportunities.queue(actor)
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_card(callback.message, i18n, people, opportunity, waiting, settings)


async def on_approve(
    callback: CallbackQuery,
    callback_data: OpportunityAdminCb,
    i18n: I18nContext,
    people: PeopleService,
    opportunities: OpportunityService,
    actor: Actor,
    settings: Settings,
    queue_decisions: QueueDecisions,
) -> None:
    opportunity, reached = await queue_decisions.approve_opportunity(actor, callback_data.item)
    await callback.answer(
        i18n.get("opportunity-approved-alert", id=opportunity.id, count=reached), show_alert=True
    )
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await next_card(callback.message, i18n, people, opportunities, actor, settings)


async def on_reject(
    callback: CallbackQuery,
    callback_data: OpportunityAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    opportunity = await opportunities.readable(actor, callback_data.item)
    if opportunity.status != OpportunityStatus.PENDING:
        await callback.answer(i18n.get("opportunity-already-decided"), show_alert=True)
        return
    await state.set_state(RejectOpportunity.reason)
    await state.set_data({"opportunity": opportunity.id})
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("opportunity-ask-reason", max=REASON_MAX),
            reply_markup=nav_keyboard(i18n, "oreason", back=False),
        )


async def on_reason(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    people: PeopleService,
    opportunities: OpportunityService,
    actor: Actor,
    settings: Settings,
    queue_decisions: QueueDecisions,
) -> None:
    opportunity_id = int((await state.get_data())["opportunity"])
    opportunity = await queue_decisions.reject_opportunity(
        actor, opportunity_id, message.text or ""
    )
    await state.clear()
    await message.answer(i18n.get("opportunity-rejected-alert", id=opportunity.id))
    await next_card(message, i18n, people, opportunities, actor, settings)


async def on_reason_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("opportunity-review-cancelled"))


async def on_withdraw(
    callback: CallbackQuery,
    callback_data: OpportunityAdminCb,
    i18n: I18nContext,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    opportunity = await opportunities.withdraw(actor, callback_data.item)
    await callback.answer(i18n.get("opportunity-withdrawn", id=opportunity.id), show_alert=True)
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="opportunities review")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.callback_query.register(on_queue, OpportunityAdminCb.filter(F.action == "queue"))
    router.callback_query.register(on_show, OpportunityAdminCb.filter(F.action == "show"))
    router.callback_query.register(on_approve, OpportunityAdminCb.filter(F.action == "approve"))
    router.callback_query.register(on_reject, OpportunityAdminCb.filter(F.action == "reject"))
    router.callback_query.register(on_withdraw, OpportunityAdminCb.filter(F.action == "withdraw"))
    router.message.register(on_reason, RejectOpportunity.reason, PLAIN_TEXT)
    router.callback_query.register(
        on_reason_cancel, StateFilter(RejectOpportunity), NavCb.filter(F.step == "oreason")
    )
    router.message.register(on_not_text, StateFilter(RejectOpportunity), NOT_COMMAND)
    return router
