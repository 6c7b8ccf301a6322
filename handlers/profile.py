"""/profile: see and edit one's own data (approved people)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DirectoryCb, HomeCb, NavCb, PickCb, ProfileCb, TranslateCb
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.keyboards import Keyboard
from bot.ui import (
    edit_in_place,
    language_in,
    language_keyboard,
    multiselect_keyboard,
    nav_keyboard,
    person_fields,
    redraw_multiselect,
    role_label,
    toggled,
)
from handlers.common.home import with_home
from storage.models import Person
from storage.services.actors import Actor
from storage.services.people import PeopleService
from storage.services.taxonomy import Taxonomy


class ProfileEdit(StatesGroup):
    name = State()
    title = State()
    governorates = State()
    sectors = State()


def profile_text(i18n: I18nContext, person: Person, actor: Actor, taxonomy: Taxonomy) -> str:
    language = language_in(i18n, taxonomy, i18n.locale)
    return (
        i18n.get(
            "profile-card",
            role=role_label(i18n, person.role, actor.is_admin),
            language=language,
            **person_fields(i18n, person, taxonomy),
        )
        + "\n\n"
        + i18n.get("profile-organization-note")
    )


def profile_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for field, key in (
        ("name", "btn-edit-name"),
        ("title", "btn-edit-title"),
        ("gov", "btn-edit-governorates"),
        ("sec", "btn-edit-sectors"),
        ("lang", "btn-edit-language"),
    ):
        builder.button(text=i18n.get(key), callback_data=ProfileCb(field=field))
    builder.button(
        text=i18n.get("btn-directory-settings"), callback_data=DirectoryCb(action="settings")
    )
    builder.button(text=i18n.get("btn-translate-pairs"), callback_data=TranslateCb(action="pairs"))
    builder.adjust(2, 2, 2, 1)
    return with_home(i18n, builder.as_markup())


async def show_profile(
    target: Message, i18n: I18nContext, person: Person, actor: Actor, taxonomy: Taxonomy
) -> None:
    await target.answer(
        profile_text(i18n, person, actor, taxonomy), reply_markup=profile_keyboard(i18n)
    )


async def on_profile(
    message: Message,
    state: FSMContext,
    raw_state: str | None,
    i18n: I18nContext,
    people: PeopleService,
    person: Person | None,
    actor: Actor,
    taxonomy: Taxonomy,
) -> None:
    if person is None or person.status != "approved":
        await message.answer(i18n.get("common-not-registered"))
        return
    if raw_state is not None:  # leave any half-done edit; skip the write when there is none
        await state.clear()
    await show_profile(message, i18n, await people.get(person.id), actor, taxonomy)


async def on_home_button(
    callback: CallbackQuery,
    state: FSMContext,
    raw_state: str | None,
    i18n: I18nContext,
    people: PeopleService,
    person: Person,
    actor: Actor,
    taxonomy: Taxonomy,
) -> None:
    """My profile, from the home card: the profile in its place."""
    await callback.answer()
    if raw_state is not None:
        await state.clear()
    if isinstance(callback.message, Message):
        fresh = await people.get(person.id)
        await edit_in_place(
            callback.message,
            profile_text(i18n, fresh, actor, taxonomy),
            profile_keyboard(i18n),
        )


async def on_edit(
    callback: CallbackQuery,
    callback_data: ProfileCb,
    state: FSMContext,
    i18n: I18nContext,
    people: PeopleService,
    person: Person | None,
    taxonomy: Taxonomy,
) -> None:
    if person is None or not isinstance(callback.message, Message):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    message = callback.message
    field = callback_data.field
    person = await people.get(person.id)
    if field == "name":
        await state.set_state(ProfileEdit.name)
        await message.answer(
            i18n.get("profile-ask-name"), reply_markup=nav_keyboard(i18n, "pname", back=False)
        )
    elif field == "title":
        await state.set_state(ProfileEdit.title)
        await message.answer(
            i18n.get("profile-ask-title"), reply_markup=nav_keyboard(i18n, "ptitle", back=False)
        )
    elif field == "gov":
        chosen = [g.id for g in person.governorates]
        await state.set_state(ProfileEdit.governorates)
        await state.set_data({"chosen": chosen})
        await message.answer(
            i18n.get("profile-ask-governorates"),
            reply_markup=multiselect_keyboard(
                i18n, "pgov", taxonomy.governorates, chosen, back=False
            ),
        )
    elif field == "sec":
        chosen = [s.id for s in person.sectors]
        await state.set_state(ProfileEdit.sectors)
        await state.set_data({"chosen": chosen})
        await message.answer(
            i18n.get("profile-ask-sectors"),
            reply_markup=multiselect_keyboard(i18n, "psec", taxonomy.sectors, chosen, back=False),
        )
    else:
        await message.answer(i18n.get("language-prompt"), reply_markup=language_keyboard(taxonomy))


async def on_new_text(
    message: Message,
    state: FSMContext,
    raw_state: str | None,
    i18n: I18nContext,
    people: PeopleService,
    person: Person,
    actor: Actor,
    taxonomy: Taxonomy,
) -> None:
    update = people.update_name if raw_state == ProfileEdit.name.state else people.update_title
    updated = await update(person.id, message.text or "")
    await state.clear()
    await message.answer(i18n.get("profile-saved"))
    await show_profile(message, i18n, updated, actor, taxonomy)


async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_text_in_choice(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-use-buttons"))


async def on_toggle(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    terms = taxonomy.governorates if callback_data.step == "pgov" else taxonomy.sectors
    chosen = toggled(terms, (await state.get_data()).get("chosen", []), callback_data.item)
    if chosen is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.set_data({"chosen": chosen})
    await redraw_multiselect(callback, i18n, callback_data.step, terms, chosen, back=False)


async def on_nav(
    callback: CallbackQuery,
    callback_data: NavCb,
    state: FSMContext,
    i18n: I18nContext,
    people: PeopleService,
    person: Person,
    actor: Actor,
    taxonomy: Taxonomy,
) -> None:
    current = await state.get_state()
    expected = {
        "pname": ProfileEdit.name.state,
        "ptitle": ProfileEdit.title.state,
        "pgov": ProfileEdit.governorates.state,
        "psec": ProfileEdit.sectors.state,
    }[callback_data.step]
    if current != expected or not isinstance(callback.message, Message):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    if callback_data.action == "done":
        chosen = list((await state.get_data()).get("chosen", []))
        if not chosen:
            await callback.answer(i18n.get("error-pick-one"), show_alert=True)
            return
        if callback_data.step == "pgov":
            person = await people.update_governorates(person.id, chosen)
        else:
            person = await people.update_sectors(person.id, chosen)
        await state.clear()
        await callback.answer(i18n.get("profile-saved"))
        await callback.message.edit_text(
            profile_text(i18n, person, actor, taxonomy), reply_markup=profile_keyboard(i18n)
        )
        return
    await state.clear()
    await callback.answer()
    await callback.message.edit_text(
        profile_text(i18n, await people.get(person.id), actor, taxonomy),
        reply_markup=profile_keyboard(i18n),
    )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="profile")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_profile, Command("profile"))
    router.callback_query.register(on_edit, ProfileCb.filter())
    router.callback_query.register(on_home_button, HomeCb.filter(F.action == "profile"))
    router.message.register(
        on_new_text, StateFilter(ProfileEdit.name, ProfileEdit.title), PLAIN_TEXT
    )
    router.message.register(
        on_not_text, StateFilter(ProfileEdit.name, ProfileEdit.title), NOT_COMMAND
    )
    router.message.register(
        on_text_in_choice, StateFilter(ProfileEdit.governorates, ProfileEdit.sectors), NOT_COMMAND
    )
    router.callback_query.register(
        on_toggle, ProfileEdit.governorates, PickCb.filter(F.step == "pgov")
    )
    router.callback_query.register(on_toggle, ProfileEdit.sectors, PickCb.filter(F.step == "psec"))
    router.callback_query.register(
        on_nav, NavCb.filter(F.step.in_({"pname", "ptitle", "pgov", "psec"}))
    )
    return router
