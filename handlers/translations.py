"""The translation queue in the chat. A member chooses the language pairs they can translate
(from /profile, or /translate) and is offered approved updates and follow-up items one at a
time: they send the translation, say whether to be credited by name, and get the next one.
Organizers work through the proposals with /translations: approve, edit then approve, reject;
the card changes in place into the next one."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, TranslateCb, TranslationAdminCb
from bot.config import SUPPORTED_LOCALES
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.keyboards import Keyboard
from bot.notify import Reviewing
from bot.ui import edit_in_place, language_in
from handlers.common.dialogs import on_not_text
from storage.models import Person
from storage.services.actors import Actor
from storage.services.taxonomy import Taxonomy
from storage.services.translations import (
    TRANSLATION_MAX,
    Offer,
    Proposal,
    TranslationService,
    pairs_of,
)

PAIRS = pairs_of(SUPPORTED_LOCALES)


class Translating(StatesGroup):
    text = State()  # the member writes the translation of the item shown
    credit = State()  # named or not


class ReviewingTranslation(StatesGroup):
    edit = State()  # the organizer sends the corrected text


def pair_label(i18n: I18nContext, taxonomy: Taxonomy, pair: str) -> str:
    source, target = pair.split(">", 1)
    return i18n.get(
        "translate-pair",
        source=language_in(i18n, taxonomy, source),
        target=language_in(i18n, taxonomy, target),
    )


def pairs_keyboard(
    i18n: I18nContext, taxonomy: Taxonomy, chosen: list[str]
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for index, pair in enumerate(PAIRS):
        mark = "✅" if pair in chosen else "▫️"
        builder.button(
            text=f"{mark} {pair_label(i18n, taxonomy, pair)}",
            callback_data=TranslateCb(action="pair", value=index),
        )
    if chosen:
        builder.button(
            text=i18n.get("btn-translate-start"), callback_data=TranslateCb(action="next")
        )
    builder.adjust(2, 2, 2, 1)
    return builder.as_markup()


# --- the member -------------------------------------------------------------------------


async def on_translate(
    message: Message, state: FSMContext, i18n: I18nContext, person: Person,
    taxonomy: Taxonomy, translations: TranslationService,
) -> None:  # fmt: skip
    """/translate: the next item where pairs are chosen, else the choice of pairs."""
    await state.clear()
    if not person.translates:
        await message.answer(
            i18n.get("translate-pairs-ask"),
            reply_markup=pairs_keyboard(i18n, taxonomy, []),
        )
        return
    await offer_next(message, state, i18n, person, translations, taxonomy, edit=False)


async def on_pairs(
    callback: CallbackQuery, callback_data: TranslateCb, i18n: I18nContext, person: Person,
    taxonomy: Taxonomy, translations: TranslationService,
) -> None:  # fmt: skip
    chosen = list(person.translates or [])
    if callback_data.action == "pair":
        if not 0 <= callback_data.value < len(PAIRS):
            await callback.answer(i18n.get("common-stale-button"), show_alert=True)
            return
        pair = PAIRS[callback_data.value]
        chosen = [p for p in chosen if p != pair] if pair in chosen else [*chosen, pair]
        chosen = await translations.set_pairs(person.id, chosen, PAIRS)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    text, markup = i18n.get("translate-pairs-ask"), pairs_keyboard(i18n, taxonomy, chosen)
    if callback_data.action == "pairs":  # from /profile: the profile card stays
        await callback.message.answer(text, reply_markup=markup)
    else:
        await edit_in_place(callback.message, text, markup)


async def offer_next(
    message: Message, state: FSMContext, i18n: I18nContext, person: Person,
    translations: TranslationService, taxonomy: Taxonomy, *, edit: bool,
) -> None:  # fmt: skip
    offer = await translations.next_offer(person.id)
    if offer is None:
        await state.clear()
        text, markup = i18n.get("translate-nothing"), None
    else:
        await state.set_state(Translating.text)
        await state.update_data(offer=offer_data(offer))
        text = i18n.get(
            "translate-offer", language=language_in(i18n, taxonomy, offer.target), text=offer.text,
            source=language_in(i18n, taxonomy, offer.source),
        )  # fmt: skip
        builder = Keyboard()
        builder.button(
            text=i18n.get("btn-translate-skip"), callback_data=TranslateCb(action="skip")
        )
        builder.button(
            text=i18n.get("btn-translate-stop"), callback_data=TranslateCb(action="stop")
        )
        markup = builder.as_markup()
    if edit:
        await edit_in_place(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)


def offer_data(offer: Offer) -> dict[str, Any]:
    return {
        "kind": offer.kind, "item_id": offer.item_id, "source": offer.source,
        "target": offer.target, "text": offer.text,
    }  # fmt: skip


async def current_offer(state: FSMContext) -> Offer | None:
    data = (await state.get_data()).get("offer")
    return Offer(**data) if data else None


async def on_next(
    callback: CallbackQuery, callback_data: TranslateCb, state: FSMContext, i18n: I18nContext,
    person: Person, translations: TranslationService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    if callback_data.action == "skip":
        offer = await current_offer(state)
        if offer is not None:
            await translations.skip(person.id, offer)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    if callback_data.action == "stop":
        await state.clear()
        await edit_in_place(callback.message, i18n.get("translate-stopped"))
        return
    await offer_next(callback.message, state, i18n, person, translations, taxonomy, edit=True)


async def on_translation_text(
    message: Message, state: FSMContext, i18n: I18nContext, translations: TranslationService,
) -> None:  # fmt: skip
    text = (message.text or "").strip()
    if len(text) > TRANSLATION_MAX:
        await message.answer(
            i18n.get("translation-too-long", max=TRANSLATION_MAX, length=len(text))
        )
        return
    await state.update_data(translation=text)
    await state.set_state(Translating.credit)
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-translate-named"), callback_data=TranslateCb(action="credit", value=1)
    )
    builder.button(
        text=i18n.get("btn-translate-unnamed"), callback_data=TranslateCb(action="credit", value=0)
    )
    builder.adjust(1)
    await message.answer(i18n.get("translate-ask-credit"), reply_markup=builder.as_markup())


async def on_credit(
    callback: CallbackQuery, callback_data: TranslateCb, state: FSMContext, i18n: I18nContext,
    person: Person, translations: TranslationService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    offer = await current_offer(state)
    text = (await state.get_data()).get("translation", "")
    if offer is None or not text:
        await state.clear()
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await translations.propose(person.id, offer, text, bool(callback_data.value))
    await callback.answer(i18n.get("translate-sent"), show_alert=True)
    if isinstance(callback.message, Message):
        await offer_next(callback.message, state, i18n, person, translations, taxonomy, edit=True)


# --- the organizers ---------------------------------------------------------------------


def proposal_text(i18n: I18nContext, taxonomy: Taxonomy, proposal: Proposal) -> str:
    return i18n.get(
        "translations-card",
        waiting=proposal.waiting,
        source=language_in(i18n, taxonomy, proposal.source),
        target=language_in(i18n, taxonomy, proposal.target),
        translator=proposal.translator or "",
        named="yes" if proposal.translator else "no",
        original=proposal.original,
        text=proposal.text,
    )


def proposal_keyboard(i18n: I18nContext, proposal: Proposal) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for action, key in (
        ("approve", "btn-translation-approve"),
        ("edit", "btn-translation-edit"),
        ("reject", "btn-translation-reject"),
    ):
        builder.button(
            text=i18n.get(key), callback_data=TranslationAdminCb(action=action, item=proposal.id)
        )
    builder.adjust(3)
    return builder.as_markup()


async def show_first(
    message: Message, i18n: I18nContext, actor: Actor, translations: TranslationService,
    taxonomy: Taxonomy, *, edit: bool,
) -> None:  # fmt: skip
    proposal = await translations.first_waiting(actor)
    if proposal is None:
        text, markup = i18n.get("translations-none"), None
    else:
        text, markup = proposal_text(i18n, taxonomy, proposal), proposal_keyboard(i18n, proposal)
    if edit:
        await edit_in_place(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)


async def on_translations(
    message: Message, state: FSMContext, i18n: I18nContext, actor: Actor,
    translations: TranslationService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    await state.clear()
    await show_first(message, i18n, actor, translations, taxonomy, edit=False)


async def on_queue_button(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, actor: Actor,
    translations: TranslationService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    """Translations, from the organizer's "to review": the first proposal, as /translations."""
    await callback.answer()
    await state.clear()
    if isinstance(callback.message, Message):
        await show_first(callback.message, i18n, actor, translations, taxonomy, edit=False)


async def on_review(
    callback: CallbackQuery, callback_data: TranslationAdminCb, state: FSMContext,
    i18n: I18nContext, actor: Actor, translations: TranslationService, taxonomy: Taxonomy,
    reviewing: Reviewing,
) -> None:  # fmt: skip
    if callback_data.action == "edit":
        proposal = await translations.get(actor, callback_data.item)
        await state.set_state(ReviewingTranslation.edit)
        await state.update_data(translation_id=proposal.id)
        await callback.answer()
        if isinstance(callback.message, Message):
            await callback.message.answer(
                i18n.get(
                    "translations-ask-edit",
                    language=language_in(i18n, taxonomy, proposal.target),
                )
            )
        return
    if callback_data.action == "approve":
        await translations.approve(actor, callback_data.item)
        await reviewing.decided()  # each organizer's "to review" message
        await callback.answer(i18n.get("translations-approved"))
    else:
        await translations.reject(actor, callback_data.item)
        await reviewing.decided()  # each organizer's "to review" message
        await callback.answer(i18n.get("translations-rejected"))
    if isinstance(callback.message, Message):
        await show_first(callback.message, i18n, actor, translations, taxonomy, edit=True)


async def on_edited(
    message: Message, state: FSMContext, i18n: I18nContext, actor: Actor,
    translations: TranslationService, taxonomy: Taxonomy,
    reviewing: Reviewing,
) -> None:  # fmt: skip
    translation_id = (await state.get_data()).get("translation_id")
    await state.clear()
    if not translation_id:
        await message.answer(i18n.get("common-stale-button"))
        return
    await translations.approve(actor, int(translation_id), message.text or "")
    await reviewing.decided()  # each organizer's "to review" message
    await message.answer(i18n.get("translations-approved"))
    await show_first(message, i18n, actor, translations, taxonomy, edit=False)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="translations")
    members = Router(name="translations members")
    members.message.filter(IsApproved())
    members.callback_query.filter(IsApproved())
    members.message.register(on_translate, Command("translate"))
    members.callback_query.register(on_pairs, TranslateCb.filter(F.action.in_({"pairs", "pair"})))
    members.callback_query.register(
        on_next, TranslateCb.filter(F.action.in_({"next", "skip", "stop"}))
    )
    members.message.register(on_translation_text, Translating.text, PLAIN_TEXT)
    members.callback_query.register(
        on_credit, Translating.credit, TranslateCb.filter(F.action == "credit")
    )
    members.message.register(on_not_text, StateFilter(Translating.text), NOT_COMMAND)
    organizers = Router(name="translations organizers")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_translations, Command("translations"))
    organizers.callback_query.register(on_queue_button, HomeCb.filter(F.action == "translations"))
    organizers.callback_query.register(
        on_review, TranslationAdminCb.filter(F.action.in_({"approve", "edit", "reject"}))
    )
    organizers.message.register(on_edited, ReviewingTranslation.edit, PLAIN_TEXT)
    organizers.message.register(on_not_text, StateFilter(ReviewingTranslation.edit), NOT_COMMAND)
    router.include_routers(organizers, members)
    return router
