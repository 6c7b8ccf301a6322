"""/directory for approved members: organizations found by name, sector, governorate or actor
type; an organization's card with its type, governorates, sectors, current activities and the
representatives who chose to be listed. In /profile each person chooses whether they are listed
and what shows (📇 Directory)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DirectoryCb, IntroCb, NavCb
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.keyboards import Keyboard
from bot.ui import join, nav_keyboard, term_names
from notices.introductions import accepted, declined, relayed, request_card
from storage.models import DirectoryEntry, Organization
from storage.services.actors import Actor
from storage.services.directory import DirectoryService
from storage.services.errors import NotFound
from storage.services.introductions import NOTE_MAX, IntroService
from storage.services.taxonomy import Taxonomy, Term


class DirectorySearch(StatesGroup):
    text = State()  # a name typed after /directory


class Introduction(StatesGroup):
    note = State()  # the note to the person asked
    relay = State()  # the one message through the bot


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
            "directory-activity",
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


# --- introductions -------------------------------------------------------------------------------


async def on_ask(
    callback: CallbackQuery, callback_data: DirectoryCb, state: FSMContext, i18n: I18nContext
) -> None:
    await callback.answer()
    await state.set_state(Introduction.note)
    await state.set_data({"target": callback_data.value})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("intro-ask-note", max=NOTE_MAX),
            reply_markup=nav_keyboard(i18n, "intro", back=False),
        )


async def on_note(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    target = int((await state.get_data())["target"])
    core = i18n.core
    try:
        await introductions.ask(
            actor, target, message.text or "",
            lambda request, requester, locale: request_card(core, request, requester, locale),
        )  # fmt: skip
    except NotFound:
        await state.clear()
        raise
    await state.clear()
    delivery.wake()
    await message.answer(i18n.get("intro-sent"))


async def on_decide(
    callback: CallbackQuery,
    callback_data: IntroCb,
    i18n: I18nContext,
    introductions: IntroService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    core = i18n.core
    accept = callback_data.action == "accept"
    await introductions.decide(
        actor, callback_data.request_id, accept,
        lambda request, other, locale: accepted(core, request, other, locale),
        lambda locale: declined(core, locale),
        block=callback_data.action == "block",
    )  # fmt: skip
    delivery.wake()
    key = {"accept": "intro-accepted", "decline": "intro-declined", "block": "intro-blocked"}
    await callback.answer(i18n.get(key[callback_data.action]), show_alert=True)
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)


async def on_write(
    callback: CallbackQuery,
    callback_data: IntroCb,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    actor: Actor,
) -> None:
    await introductions.get_for(actor, callback_data.request_id)  # a stranger's press: refused
    await callback.answer()
    await state.set_state(Introduction.relay)
    await state.set_data({"request": callback_data.request_id})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("intro-ask-relay", max=NOTE_MAX),
            reply_markup=nav_keyboard(i18n, "intro", back=False),
        )


async def on_relay(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    introductions: IntroService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    request_id = int((await state.get_data())["request"])
    core = i18n.core
    await state.clear()
    await introductions.relay(
        actor, request_id, message.text or "",
        lambda request, sender, text, locale: relayed(core, request, sender, text, locale),
    )  # fmt: skip
    delivery.wake()
    await message.answer(i18n.get("intro-relay-sent"))


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("intro-cancelled"))


# --- one's own listing (from /profile) ----------------------------------------------------------


def settings_text(i18n: I18nContext, entry: DirectoryEntry | None) -> str:
    if entry is None:
        return i18n.get("directory-settings-unlisted")
    yes, no = i18n.get("directory-yes"), i18n.get("directory-no")
    return i18n.get(
        "directory-settings-listed",
        name=yes if entry.show_name else no,
        title=yes if entry.show_title else no,
        requests=yes if entry.accepts_requests else no,
        username=yes if entry.share_username else no,
    )


def settings_keyboard(i18n: I18nContext, entry: DirectoryEntry | None) -> InlineKeyboardMarkup:
    builder = Keyboard()
    if entry is None:
        builder.button(
            text=i18n.get("btn-directory-list-me"),
            callback_data=DirectoryCb(action="toggle", setting="listed"),
        )
        return builder.as_markup()
    for setting, on, off in (
        ("show_name", "btn-directory-hide-name", "btn-directory-show-name"),
        ("show_title", "btn-directory-hide-title", "btn-directory-show-title"),
        ("accepts_requests", "btn-directory-refuse-requests", "btn-directory-accept-requests"),
        ("share_username", "btn-directory-keep-username", "btn-directory-share-username"),
    ):
        builder.button(
            text=i18n.get(on if getattr(entry, setting) else off),
            callback_data=DirectoryCb(action="toggle", setting=setting),
        )
    builder.button(
        text=i18n.get("btn-directory-unlist-me"),
        callback_data=DirectoryCb(action="toggle", setting="listed"),
    )
    builder.adjust(1)
    return builder.as_markup()


async def on_settings(
    callback: CallbackQuery, i18n: I18nContext, directory: DirectoryService, actor: Actor
) -> None:
    entry = await directory.entry(actor.person_id) if actor.person_id else None
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(
            settings_text(i18n, entry), reply_markup=settings_keyboard(i18n, entry)
        )


async def on_toggle(
    callback: CallbackQuery,
    callback_data: DirectoryCb,
    i18n: I18nContext,
    directory: DirectoryService,
    actor: Actor,
) -> None:
    if callback_data.setting == "listed":
        listed = actor.person_id is not None and await directory.entry(actor.person_id) is None
        entry = await directory.set_listed(actor, listed)
    else:
        entry = await directory.toggle(actor, callback_data.setting)
    await callback.answer(i18n.get("directory-settings-saved"))
    if isinstance(callback.message, Message):
        await callback.message.edit_text(
            settings_text(i18n, entry), reply_markup=settings_keyboard(i18n, entry)
        )


async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="directory")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_directory, Command("directory"))
    router.callback_query.register(on_by, DirectoryCb.filter(F.action == "by"))
    router.callback_query.register(on_list, DirectoryCb.filter(F.action == "list"))
    router.callback_query.register(on_organization, DirectoryCb.filter(F.action == "org"))
    router.callback_query.register(on_settings, DirectoryCb.filter(F.action == "settings"))
    router.callback_query.register(on_toggle, DirectoryCb.filter(F.action == "toggle"))
    router.callback_query.register(on_ask, DirectoryCb.filter(F.action == "ask"))
    router.callback_query.register(
        on_decide, IntroCb.filter(F.action.in_({"accept", "decline", "block"}))
    )
    router.callback_query.register(on_write, IntroCb.filter(F.action == "write"))
    router.message.register(on_note, Introduction.note, PLAIN_TEXT)
    router.message.register(on_relay, Introduction.relay, PLAIN_TEXT)
    router.callback_query.register(
        on_cancel, StateFilter(Introduction), NavCb.filter(F.step == "intro")
    )
    router.message.register(on_not_text, StateFilter(Introduction), NOT_COMMAND)
    router.message.register(on_text, DirectorySearch.text, PLAIN_TEXT)
    router.message.register(on_not_text, StateFilter(DirectorySearch), NOT_COMMAND)
    return router
