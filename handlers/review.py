"""Organizers review registrations: cards with Approve / Reject, /pending, reasons."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, NavCb, ReviewCb
from bot.commands import set_person_commands
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.notify import Reviewing, notify
from bot.ui import nav_keyboard
from notices.meetings import invitation
from notices.review import card_key, card_keyboard, card_text
from notices.rounds import request
from storage.models import Person, PersonStatus
from storage.services.actors import Actor
from storage.services.errors import Conflict, NotFound
from storage.services.meetings import MeetingService
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.services.rounds import RoundService
from storage.services.taxonomy import Taxonomy

log = logging.getLogger(__name__)


PENDING_PAGE = 10


class RejectReason(StatesGroup):
    waiting = State()


async def close_cards(
    bot: Bot,
    i18n: I18nContext,
    people: PeopleService,
    taxonomy: Taxonomy,
    outbox: OutboxService,
    person: Person,
    by: str,
) -> None:
    """Show the decision on every organizer's copy of the card, without its buttons."""
    await outbox.cancel_by_key(card_key(person))  # copies not delivered yet stay unsent
    cards = set(await people.review_cards(person.id)) | set(
        await outbox.sent_by_key(card_key(person))
    )
    for chat_id, message_id in sorted(cards):
        reviewer = await people.by_telegram_id(chat_id)
        # The language the card was sent in (notify_reviewers): the reader's, else the default;
        # never the decider's, which turned an English card Arabic.
        locale = (reviewer.locale if reviewer else None) or i18n.core.default_locale or "en"
        with i18n.use_locale(locale):
            if person.status == PersonStatus.APPROVED:
                decision = i18n.get("review-approved-by", by=by)
            else:
                decision = i18n.get(
                    "review-rejected-by", by=by, reason=person.rejection_reason or ""
                )
            text = card_text(i18n, person, taxonomy) + "\n\n" + decision
        try:
            await bot.edit_message_text(
                text=text, chat_id=chat_id, message_id=message_id, reply_markup=None
            )
        except TelegramAPIError as exc:  # deleted, too old, or unchanged: the decision stands
            log.debug("could not update a review card: %s", exc)


async def tell_person(
    i18n: I18nContext,
    people: PeopleService,
    outbox: OutboxService,
    delivery: Delivery,
    person: Person,
    key: str,
    **variables: str,
) -> str:
    """Queue the decision for the person; the organizer's confirmation says what to expect."""
    if person.telegram_id is None:
        return "review-person-unreachable"
    current = await people.by_telegram_id(person.telegram_id)
    if current is not None and not current.reachable:
        return "review-person-unreachable"
    text = i18n.get(key, person.locale or i18n.core.default_locale or "en", **variables)
    decided = person.decided_at.isoformat() if person.decided_at else "-"
    await notify(outbox, delivery, person.telegram_id, text, f"decision:{person.id}:{decided}")
    return "review-done-approved" if key == "review-you-approved" else "review-done-rejected"


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
    taxonomy: Taxonomy,
    outbox: OutboxService,
    delivery: Delivery,
    meetings: MeetingService,
    rounds: RoundService,
    settings: Settings,
    actor: Actor,
    reviewing: Reviewing,
) -> None:
    person = await people.approve(callback_data.person_id, by=actor)
    await reviewing.decided()  # each organizer's "to review" message
    await callback.answer()
    by = actor.display_name or i18n.get("role-admin")
    await close_cards(bot, i18n, people, taxonomy, outbox, person, by)
    key = await tell_person(i18n, people, outbox, delivery, person, "review-you-approved")
    # Meetings already announced to an audience they now belong to invite them too.
    if await meetings.invite_newcomer(person.id, invitation(i18n.core, settings)):
        delivery.wake()
    # An open reporting round asks them too, unless their organization has answered.
    if await rounds.ask_newcomer(person.id, request(i18n.core, taxonomy, settings.tz)):
        delivery.wake()
    if person.telegram_id is not None:
        approved_actor = Actor.of(person, person.telegram_id, people.admin_ids)
        await set_person_commands(bot, i18n.core, person, approved_actor, person.locale or "en")
    sent = await bot.send_message(callback.from_user.id, i18n.get(key, name=person.full_name or ""))
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
    taxonomy: Taxonomy,
    outbox: OutboxService,
    delivery: Delivery,
    actor: Actor,
    reviewing: Reviewing,
) -> None:
    data = await state.get_data()
    try:
        person = await people.reject(int(data["person_id"]), by=actor, reason=message.text or "")
        await reviewing.decided()  # each organizer's "to review" message
    except (Conflict, NotFound):
        # Someone else decided meanwhile: this dialog is over. (A too-long reason, by
        # contrast, keeps the dialog so the organizer can send a shorter one.)
        await state.clear()
        raise
    await state.clear()
    by = actor.display_name or i18n.get("role-admin")
    await close_cards(bot, i18n, people, taxonomy, outbox, person, by)
    key = await tell_person(
        i18n, people, outbox, delivery, person, "review-you-rejected",
        reason=person.rejection_reason or "",
    )  # fmt: skip
    done = await message.answer(i18n.get(key, name=person.full_name or ""))
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
