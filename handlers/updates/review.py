"""The organizers' review queue (/queue): approve, edit, reject with a reason, add the text in
another language; the author hears the decision in their language."""

from __future__ import annotations

import html

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import FollowupAdminCb, HomeCb, NavCb, UpdateReviewCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.i18n import Html
from bot.keyboards import Keyboard
from bot.ui import (
    language_in,
    nav_keyboard,
)
from handlers.updates.steps import describe
from notices.queue_decisions import QueueDecisions
from storage.models import SectorUpdate, UpdateKind, UpdateStatus
from storage.services.actors import Actor
from storage.services.people import PeopleService
from storage.services.taxonomy import Taxonomy
from storage.services.updates import (
    UpdateService,
)


class ReviewText(StatesGroup):
    reason = State()
    text = State()


def review_keyboard(
    i18n: I18nContext, taxonomy: Taxonomy, update: SectorUpdate
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for action, key in (
        ("approve", "btn-update-approve"),
        ("reject", "btn-update-reject"),
        ("edit", "btn-update-edit"),
    ):
        builder.button(
            text=i18n.get(key), callback_data=UpdateReviewCb(action=action, update_id=update.id)
        )
    for locale in SUPPORTED_LOCALES:
        if locale not in update.texts:
            builder.button(
                text=i18n.get("btn-update-translate", language=language_in(i18n, taxonomy, locale)),
                callback_data=UpdateReviewCb(action="tr", update_id=update.id, locale=locale),
            )
    builder.adjust(3, 3)
    return builder.as_markup()


async def show_card(
    message: Message,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    update: SectorUpdate,
    waiting: int,
    settings: Settings,
) -> None:
    author = await people.get(update.author_id) if update.author_id else None
    organization = author.organization.name(i18n.locale) if author and author.organization else "—"
    texts = "\n\n".join(
        i18n.get("update-card-text", language=language_in(i18n, taxonomy, locale), text=text)
        for locale, text in update.texts.items()
    )
    term = taxonomy.actor_type(update.actor_type_id) if update.actor_type_id else None
    card = await message.answer(
        i18n.get(
            "update-card",
            id=update.id,
            waiting=waiting,
            **describe(i18n, taxonomy, update),
            author=(author.full_name if author and author.full_name else "—"),
            organization=organization,
            level=term.name(i18n.locale) if term else "—",
            anonymous="yes" if update.anonymous else "no",
            link=update.link or "—",
            texts=Html(texts),
        ),
        reply_markup=review_keyboard(i18n, taxonomy, update)
        if update.status == UpdateStatus.PENDING
        else None,
        protect_content=settings.protect_content,  # it names the author
    )
    if author is not None:  # the card names its author: edited if they ask /forget
        await people.remember_note(author.id, card.chat.id, card.message_id)
    if update.document_file_id:
        # The file name is the sender's text: a name that is a link must stay text.
        caption = html.escape(update.document_name) if update.document_name else None
        await message.answer_document(update.document_file_id, caption=caption)


async def on_queue(
    message: Message,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
) -> None:
    await next_card(message, i18n, taxonomy, people, updates, settings)


async def on_queue_button(
    callback: CallbackQuery,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
) -> None:
    """Sector updates, from the organizer's "to review": the oldest waiting, as /queue shows it."""
    await callback.answer()
    if isinstance(callback.message, Message):
        await next_card(callback.message, i18n, taxonomy, people, updates, settings)


async def on_show(
    callback: CallbackQuery,
    callback_data: UpdateReviewCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
) -> None:
    update = await updates.get(callback_data.update_id)
    _, waiting = await updates.queue()
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_card(
            callback.message, i18n, taxonomy, people, updates, update, waiting, settings
        )


async def next_card(
    message: Message,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
) -> None:
    first, waiting = await updates.queue()
    if first is None:
        await message.answer(i18n.get("update-queue-empty"))
    else:
        await show_card(message, i18n, taxonomy, people, updates, first, waiting, settings)


async def on_approve(
    callback: CallbackQuery,
    callback_data: UpdateReviewCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    settings: Settings,
    actor: Actor,
    queue_decisions: QueueDecisions,
) -> None:
    update = await queue_decisions.approve_update(callback_data.update_id, actor)
    await callback.answer(i18n.get("update-approved-alert", id=update.id))
    if isinstance(callback.message, Message):
        # An approved recommendation can be followed up: the card keeps one button, Track.
        track = None
        if update.kind == UpdateKind.RECOMMENDATION:
            track = (
                Keyboard()
                .button(
                    text=i18n.get("btn-followup-track"),
                    callback_data=FollowupAdminCb(action="track", value=update.id),
                )
                .as_markup()
            )
        await callback.message.edit_reply_markup(reply_markup=track)
        await next_card(callback.message, i18n, taxonomy, people, updates, settings)


async def on_ask_text(
    callback: CallbackQuery,
    callback_data: UpdateReviewCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    updates: UpdateService,
) -> None:
    update = await updates.get(callback_data.update_id)
    if update.status == UpdateStatus.REJECTED or (
        callback_data.action == "reject" and update.status != UpdateStatus.PENDING
    ):
        await callback.answer(
            i18n.get("update-already-decided", status=update.status), show_alert=True
        )
        return
    locale = callback_data.locale if callback_data.action == "tr" else update.original_locale
    if locale not in SUPPORTED_LOCALES:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    if callback_data.action == "reject":
        await state.set_state(ReviewText.reason)
        prompt = i18n.get("update-ask-reason", id=update.id)
    else:
        await state.set_state(ReviewText.text)
        prompt = i18n.get(
            "update-ask-new-text", id=update.id, language=language_in(i18n, taxonomy, locale)
        )
    await state.set_data({"update_id": update.id, "locale": locale})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            prompt, reply_markup=nav_keyboard(i18n, "ureview", back=False)
        )


async def on_reason(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    actor: Actor,
    settings: Settings,
    queue_decisions: QueueDecisions,
) -> None:
    data = await state.get_data()
    update = await queue_decisions.reject_update(int(data["update_id"]), actor, message.text or "")
    await state.clear()
    await message.answer(i18n.get("update-rejected-done", id=update.id))
    await next_card(message, i18n, taxonomy, people, updates, settings)


async def on_new_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    updates: UpdateService,
    actor: Actor,
    settings: Settings,
) -> None:
    data = await state.get_data()
    update = await updates.set_text(
        int(data["update_id"]), actor, str(data["locale"]), message.text or ""
    )
    await state.clear()
    _, waiting = await updates.queue()
    await show_card(message, i18n, taxonomy, people, updates, update, waiting, settings)


async def on_review_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_review_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("update-review-cancelled"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="updates review")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_queue, Command("queue"))
    organizers.callback_query.register(on_queue_button, HomeCb.filter(F.action == "updates"))
    organizers.callback_query.register(on_show, UpdateReviewCb.filter(F.action == "show"))
    organizers.callback_query.register(on_approve, UpdateReviewCb.filter(F.action == "approve"))
    organizers.callback_query.register(
        on_ask_text, UpdateReviewCb.filter(F.action.in_({"reject", "edit", "tr"}))
    )
    organizers.message.register(on_reason, ReviewText.reason, PLAIN_TEXT)
    organizers.message.register(on_new_text, ReviewText.text, PLAIN_TEXT)
    organizers.message.register(
        on_review_not_text, StateFilter(ReviewText.reason, ReviewText.text), NOT_COMMAND
    )
    organizers.callback_query.register(
        on_review_cancel,
        StateFilter(ReviewText.reason, ReviewText.text),
        NavCb.filter(F.step == "ureview"),
    )
    return organizers
