"""/directory for approved members: organizations found by name (any of the three languages),
sector, governorate or actor type; an organization's card with its type, governorates, sectors,
current activities and the representatives who chose to be listed, as they chose."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DirectoryCb
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.keyboards import Keyboard
from bot.ui import join, term_names
from handlers.common.dialogs import on_not_text
from storage.models import Organization
from storage.services.actors import Actor
from storage.services.directory import DirectoryService
from storage.services.introductions import IntroService
from storage.services.taxonomy import Taxonomy, Term


class DirectorySearch(StatesGroup):
    text = State()  # a name typed after /directory


def filters_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for setting, key in (
        ("sector", "btn-directory-by-sector"),
        ("governorate", "btn-directory-by-governorate"),
        ("type", "btn-directory-by-type"),
    ):
        builder.button(text=i18n.get(key), callback_data=DirectoryCb(action="by", setting=setting))
    builder.adjust(3)
    return builder.as_markup()


async def on_directory(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    actor: Actor,
) -> None:
    await state.set_state(DirectorySearch.text)
    text = i18n.get("directory-intro")
    if actor.is_organizer:  # how introductions go, in counts: never who, never a note
        counts = await introductions.counts(actor)
        text += "\n\n" + i18n.get(
            "directory-intro-counts",
            asked=sum(counts.values()),
            accepted=counts.get("accepted", 0),
            waiting=counts.get("pending", 0),
        )
    await message.answer(text, reply_markup=filters_keyboard(i18n))


def terms_of(taxonomy: Taxonomy, setting: str) -> tuple[Term, ...]:
    return {
        "sector": taxonomy.sectors,
        "governorate": taxonomy.governorates,
        "type": taxonomy.actor_types,
    }.get(setting, ())


async def on_by(
    callback: CallbackQuery, callback_data: DirectoryCb, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    terms = terms_of(taxonomy, callback_data.setting)
    await callback.answer()
    if not terms or not isinstance(callback.message, Message):
        return
    builder = Keyboard()
    for term in terms:
        builder.button(
            text=term.name(i18n.locale),
            callback_data=DirectoryCb(action="list", setting=callback_data.setting, value=term.id),
        )
    builder.adjust(2)
    await callback.message.answer(i18n.get("directory-choose"), reply_markup=builder.as_markup())


async def send_results(
    message: Message, i18n: I18nContext, found: list[Organization], total: int
) -> None:
    if not found:
        await message.answer(i18n.get("directory-none-found"), reply_markup=filters_keyboard(i18n))
        return
    builder = Keyboard()
    for organization in found:
        builder.button(
            text=organization.name(i18n.locale),
            callback_data=DirectoryCb(action="org", value=organization.id),
        )
    builder.adjust(1)
    key = "directory-found-more" if total > len(found) else "directory-found"
    await message.answer(i18n.get(key, count=len(found)), reply_markup=builder.as_markup())


async def on_list(
    callback: CallbackQuery,
    callback_data: DirectoryCb,
    i18n: I18nContext,
    directory: DirectoryService,
    taxonomy: Taxonomy,
    actor: Actor,
) -> None:
    term_ids = {t.id for t in terms_of(taxonomy, callback_data.setting)}
    if callback_data.value not in term_ids:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    found, total = await directory.search(
        actor,
        sector_id=callback_data.value if callback_data.setting == "sector" else None,
        governorate_id=callback_data.value if callback_data.setting == "governorate" else None,
        actor_type_id=callback_data.value if callback_data.setting == "type" else None,
    )
    await callback.answer()
    if isinstance(callback.message, Message):
        await send_results(callback.message, i18n, found, total)


async def on_text(
    message: Message, i18n: I18nContext, directory: DirectoryService, actor: Actor
) -> None:
    found, total = await directory.search(actor, text=message.text or "")
    await send_results(message, i18n, found, total)


async def on_organization(
    callback: CallbackQuery,
    callback_data: DirectoryCb,
    i18n: I18nContext,
    directory: DirectoryService,
    introductions: IntroService,
    taxonomy: Taxonomy,
    actor: Actor,
) -> None:
    card = await directory.card(actor, callback_data.value)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    locale = i18n.locale
    term = taxonomy.actor_type(card.organization.actor_type_id)
    people = [
        i18n.get(
            "directory-person",
            name=person.name or i18n.get("directory-person-unnamed"),
            title=person.title or "—",
        )
        for person in card.people
    ]
    activities = [
        i18n.get(
            "directory-activity-line",
            title=activity.title,
            status=activity.status,
            sector=term_names(i18n, [taxonomy.sector(activity.sector_id)]),
        )
        for activity in card.activities
    ]
    text = i18n.get(
        "directory-card",
        name=card.organization.name(locale),
        type=term.name(locale) if term else "—",
        governorates=term_names(
            i18n, [t for t in taxonomy.governorates if t.id in card.governorate_ids]
        ),
        sectors=term_names(i18n, [t for t in taxonomy.sectors if t.id in card.sector_ids]),
        activities=join(i18n, []) if not activities else "\n" + "\n".join(activities),
        people=i18n.get("directory-nobody-listed") if not people else "\n" + "\n".join(people),
    )
    builder = Keyboard()
    if await introductions.answerable(actor, card.organization.id):
        builder.button(
            text=i18n.get("btn-intro-ask-organization"),
            callback_data=DirectoryCb(action="askorg", value=card.organization.id),
        )
    for person in card.people:
        if person.accepts_requests and person.person_id != actor.person_id:
            builder.button(
                text=i18n.get(
                    "btn-intro-ask", name=person.name or i18n.get("directory-person-unnamed")
                ),
                callback_data=DirectoryCb(action="ask", value=person.person_id),
            )
    builder.adjust(1)
    await callback.message.answer(text, reply_markup=builder.as_markup())


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="directory search")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_directory, Command("directory"))
    router.callback_query.register(on_by, DirectoryCb.filter(F.action == "by"))
    router.callback_query.register(on_list, DirectoryCb.filter(F.action == "list"))
    router.callback_query.register(on_organization, DirectoryCb.filter(F.action == "org"))
    router.message.register(on_text, DirectorySearch.text, PLAIN_TEXT)
    router.message.register(on_not_text, StateFilter(DirectorySearch), NOT_COMMAND)
    return router
