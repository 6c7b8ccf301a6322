"""/directory for approved members: organizations found by name (any of the three languages),
sector, governorate or actor type; an organization's card with its type, governorates, sectors,
current activities and the representatives who chose to be listed, as they chose."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DirectoryCb, DirectoryPageCb, HomeCb
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.keyboards import Keyboard
from bot.ui import edit_in_place, join, page_of, paging_row, term_names
from handlers.common.dialogs import on_not_text
from handlers.common.home import home_button, with_home
from storage.models import Organization
from storage.services.actors import Actor
from storage.services.directory import RESULTS_MAX, DirectoryService
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
        builder.button(
            text=i18n.get(key), callback_data=DirectoryPageCb(action="by", setting=setting)
        )
    builder.adjust(3)
    return with_home(i18n, builder.as_markup())


async def intro(i18n: I18nContext, introductions: IntroService, actor: Actor) -> str:
    text = i18n.get("directory-intro")
    if actor.is_organizer:  # how introductions go, in counts: never who, never a note
        counts = await introductions.counts(actor)
        text += "\n\n" + i18n.get(
            "directory-intro-counts",
            asked=sum(counts.values()),
            accepted=counts.get("accepted", 0),
            waiting=counts.get("pending", 0),
        )
    return text


async def on_directory(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    actor: Actor,
) -> None:
    await state.set_state(DirectorySearch.text)
    await message.answer(
        await intro(i18n, introductions, actor), reply_markup=filters_keyboard(i18n)
    )


async def on_start_button(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    actor: Actor,
) -> None:
    """The directory's first screen in place of the one pressed (the home card, a list)."""
    await callback.answer()
    await state.set_state(DirectorySearch.text)
    if isinstance(callback.message, Message):
        await edit_in_place(
            callback.message, await intro(i18n, introductions, actor), filters_keyboard(i18n)
        )


def terms_of(taxonomy: Taxonomy, setting: str) -> tuple[Term, ...]:
    return {
        "sector": taxonomy.sectors,
        "governorate": taxonomy.governorates,
        "type": taxonomy.actor_types,
    }.get(setting, ())


async def on_by(
    callback: CallbackQuery,
    callback_data: DirectoryCb | DirectoryPageCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    terms = terms_of(taxonomy, callback_data.setting)
    await callback.answer()
    if not terms or not isinstance(callback.message, Message):
        return
    builder = Keyboard()
    for term in terms:
        builder.button(
            text=term.name(i18n.locale),
            callback_data=DirectoryPageCb(
                action="list", setting=callback_data.setting, value=term.id
            ),
        )
    builder.adjust(2)
    builder.row(back_button(i18n, DirectoryPageCb(action="start")))
    await edit_in_place(callback.message, i18n.get("directory-choose"), builder.as_markup())


def page_in(data: DirectoryCb | DirectoryPageCb) -> int:
    return data.page if isinstance(data, DirectoryPageCb) else 0


def term_in(data: DirectoryCb | DirectoryPageCb) -> int:
    return data.term if isinstance(data, DirectoryPageCb) else 0


def back_button(i18n: I18nContext, to: DirectoryPageCb) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=i18n.get("btn-back"), callback_data=to.pack())


def results_page(
    i18n: I18nContext, found: list[Organization], total: int, page: int, setting: str, term: int
) -> tuple[str, InlineKeyboardMarkup]:
    """One page of organizations found, each a button to its card, with Previous / Next, the
    way back to the choice it came from, and home."""
    if not total:
        return i18n.get("directory-none-found"), filters_keyboard(i18n)
    page, pages = page_of(total, page, RESULTS_MAX)
    builder = Keyboard()
    for organization in found:
        builder.button(
            text=organization.name(i18n.locale),
            callback_data=DirectoryPageCb(
                action="org", value=organization.id, setting=setting, term=term, page=page
            ),
        )
    builder.adjust(1)
    moves = paging_row(
        i18n,
        page,
        pages,
        lambda to: DirectoryPageCb(action="list", setting=setting, value=term, page=to),
    )
    if moves:
        builder.row(*moves)
    back = (
        DirectoryPageCb(action="start")
        if setting == "text"
        else DirectoryPageCb(action="by", setting=setting)
    )
    builder.row(back_button(i18n, back), home_button(i18n))
    text = i18n.get("directory-found", count=total)
    if pages > 1:
        text += "\n" + i18n.get("common-page", page=page + 1, pages=pages)
    return text, builder.as_markup()


async def search_page(
    directory: DirectoryService, actor: Actor, setting: str, term: int, page: int,
    typed: str = "",
) -> tuple[list[Organization], int, int]:  # fmt: skip
    """The organizations of a list's page, how many in all, and the page (a stale button's
    page past the end shows the last one)."""

    async def search(page: int) -> tuple[list[Organization], int]:
        return await directory.search(
            actor,
            text=typed if setting == "text" else None,
            sector_id=term if setting == "sector" else None,
            governorate_id=term if setting == "governorate" else None,
            actor_type_id=term if setting == "type" else None,
            offset=page * RESULTS_MAX,
        )

    found, total = await search(max(page, 0))
    shown, _ = page_of(total, page, RESULTS_MAX)
    if shown != page and total:
        found, total = await search(shown)
    return found, total, shown


async def on_list(
    callback: CallbackQuery,
    callback_data: DirectoryCb | DirectoryPageCb,
    state: FSMContext,
    i18n: I18nContext,
    directory: DirectoryService,
    taxonomy: Taxonomy,
    actor: Actor,
) -> None:
    setting, term = callback_data.setting, callback_data.value
    typed = ""
    if setting == "text":
        typed = str((await state.get_data()).get("typed", ""))
        if not typed:
            await callback.answer(i18n.get("common-stale-button"), show_alert=True)
            return
    elif term not in {t.id for t in terms_of(taxonomy, setting)}:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    found, total, page = await search_page(
        directory, actor, setting, term, page_in(callback_data), typed
    )
    await callback.answer()
    if isinstance(callback.message, Message):
        text, markup = results_page(i18n, found, total, page, setting, term)
        await edit_in_place(callback.message, text, markup)


async def on_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    directory: DirectoryService,
    actor: Actor,
) -> None:
    typed = message.text or ""
    found, total, page = await search_page(directory, actor, "text", 0, 0, typed)
    await state.update_data(typed=typed[:200])  # the pages of these results read it again
    text, markup = results_page(i18n, found, total, page, "text", 0)
    await message.answer(text, reply_markup=markup)


async def on_organization(
    callback: CallbackQuery,
    callback_data: DirectoryCb | DirectoryPageCb,
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
    back = DirectoryPageCb(
        action="list", setting=callback_data.setting, value=term_in(callback_data),
        page=page_in(callback_data),
    )  # fmt: skip
    builder.row(back_button(i18n, back) if callback_data.setting else home_button(i18n))
    await edit_in_place(callback.message, text, builder.as_markup())


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="directory search")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_directory, Command("directory"))
    router.callback_query.register(on_start_button, HomeCb.filter(F.action == "directory"))
    router.callback_query.register(on_start_button, DirectoryPageCb.filter(F.action == "start"))
    for data in (DirectoryPageCb, DirectoryCb):  # DirectoryCb: buttons sent before paging
        router.callback_query.register(on_by, data.filter(F.action == "by"))
        router.callback_query.register(on_list, data.filter(F.action == "list"))
        router.callback_query.register(on_organization, data.filter(F.action == "org"))
    router.message.register(on_text, DirectorySearch.text, PLAIN_TEXT)
    router.message.register(on_not_text, StateFilter(DirectorySearch), NOT_COMMAND)
    return router
