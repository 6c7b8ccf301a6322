"""Organizers review registrations: cards with Approve / Reject, /pending, reasons."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, NavCb, ReviewCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.ui import nav_keyboard
from notices.registrations import RegistrationDecisions
from notices.review import card_keyboard, card_text
from storage.services.actors import Actor
from storage.services.errors import Conflict, NotFound
from storage.services.people import PeopleService
from storage.services.taxonomy import Taxonomy

log = logging.getLogger(__name__)


PENDING_PAGE = 10


class RejectReason(StatesGroup):
    waiting = State()


async def on_pending(
    message: Message,
    i18n: I18nContext,
    people: PeopleService,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    waiting, total = await people.pending(limit=PENDING_PAGE)
    if not waiting:
        await message.answer(i18n.get("pending-none"))
        return
    await message.answer(i18n.get("pending-header", count=total, shown=len(waiting)))
    for person in waiting:
        card = await message.answer(
            card_text(i18n, person, taxonomy),
            reply_markup=card_keyboard(i18n, person.id),
            protect_content=settings.protect_content,
        )
        await people.add_review_card(person.id, message.chat.id, card.message_id)


async def on_queue_button(
    callback: CallbackQuery,
    i18n: I18nContext,
    people: PeopleService,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    """Registrations, from the organizer's "to review": the cards, as /pending sends them."""
    await callback.answer()
    if isinstance(callback.message, Message):
        await on_pending(callback.message, i18n, people, taxonomy, settings)


async def on_approve(
    callback: CallbackQuery,
    callback_data: ReviewCb,
    bot: Bot,
    i18n: I18nContext,
    people: PeopleService,
    actor: Actor,
    registration_decisions: RegistrationDecisions,
) -> None:
    decision = await registration_decisions.approve(bot, callback_data.person_id, by=actor)
    await callback.answer()
    person = decision.person
    sent = await bot.send_message(
        callback.from_user.id, i18n.get(decision.confirmation, name=person.full_name or "")
    )
    await people.remember_note(person.id, sent.chat.id, sent.message_id)


async def on_reject(
    callback: CallbackQuery,
    callback_data: ReviewCb,
    state: FSMContext,
    i18n: I18nContext,
    people: PeopleService,
) -> None:
    person = await people.pending_person(callback_data.person_id)
    await state.set_state(RejectReason.waiting)
    await state.set_data({"person_id": person.id})
    await callback.answer()
    if isinstance(callback.message, Message):
        asked = await callback.message.answer(
            i18n.get("review-ask-reason", name=person.full_name or ""),
            reply_markup=nav_keyboard(i18n, "reason", back=False),
        )
        await people.remember_note(person.id, asked.chat.id, asked.message_id)


async def on_reject_reason(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    people: PeopleService,
    actor: Actor,
    registration_decisions: RegistrationDecisions,
) -> None:
    data = await state.get_data()
    try:
        decision = await registration_decisions.reject(
            bot, int(data["person_id"]), by=actor, reason=message.text or ""
        )
    except (Conflict, NotFound):
        # Someone else decided meanwhile: this dialog is over. (A too-long reason, by
        # contrast, keeps the dialog so the organizer can send a shorter one.)
        await state.clear()
        raise
    await state.clear()
    person = decision.person
    done = await message.answer(i18n.get(decision.confirmation, name=person.full_name or ""))
    await people.remember_note(person.id, done.chat.id, done.message_id)


async def on_reject_reason_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_reject_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("review-reject-cancelled"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="review")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.message.register(on_pending, Command("pending"))
    router.callback_query.register(on_queue_button, HomeCb.filter(F.action == "registrations"))
    router.callback_query.register(on_approve, ReviewCb.filter(F.action == "approve"))
    router.callback_query.register(on_reject, ReviewCb.filter(F.action == "reject"))
    router.message.register(on_reject_reason, RejectReason.waiting, PLAIN_TEXT)
    router.message.register(on_reject_reason_not_text, RejectReason.waiting, NOT_COMMAND)
    router.callback_query.register(
        on_reject_cancel, RejectReason.waiting, NavCb.filter(F.step == "reason")
    )
    return router
