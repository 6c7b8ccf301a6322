"""Consent and the step-by-step registration dialog. Every step has Back and Cancel.

The draft lives in FSM data (in the database or Redis), so a restart mid-dialog loses nothing.
"""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb, PickCb
from bot.filters import NOT_COMMAND, PLAIN_TEXT
from bot.notify import Reviewing
from bot.ui import (
    choice_keyboard,
    nav_keyboard,
    redraw_multiselect,
    toggled,
)
from handlers.common.consent import show_consent
from handlers.registration.steps import (
    BUTTON_STATES,
    EDITABLE_STEPS,
    STEP_STATE,
    TEXT_STATES,
    Registration,
    draft_of,
    go_to,
    is_current,
    next_step,
    previous_step,
)
from storage.models import OrganizationStatus, Person, PersonStatus
from storage.services.errors import DomainError, InvalidInput
from storage.services.organizations import OrganizationService, validate_organization_name
from storage.services.people import (
    PeopleService,
    RegistrationDraft,
    validate_full_name,
    validate_title,
)
from storage.services.taxonomy import Taxonomy

# --- consent ------------------------------------------------------------------------------


def _can_register(person: Person | None) -> bool:
    return person is not None and person.status in (PersonStatus.NEW, PersonStatus.REJECTED)


async def on_consent(
    callback: CallbackQuery,
    callback_data: NavCb,
    state: FSMContext,
    i18n: I18nContext,
    people: PeopleService,
    person: Person | None,
    taxonomy: Taxonomy,
) -> None:
    if not _can_register(person) or not isinstance(callback.message, Message):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    assert person is not None
    await callback.answer()
    if callback_data.action == "again":
        await show_consent(callback.message, i18n, edit=True)
    elif callback_data.action == "more":
        await show_consent(callback.message, i18n, edit=True, full=True)
    elif callback_data.action == "accept":
        await people.accept_consent(person.id)
        await state.set_state(Registration.name)
        await state.set_data(RegistrationDraft().to_data())
        await callback.message.edit_text(
            i18n.get("reg-ask-name"), reply_markup=nav_keyboard(i18n, "name")
        )
    else:
        await state.clear()
        await callback.message.edit_text(i18n.get("consent-declined"))


# --- text steps ---------------------------------------------------------------------------


async def on_name(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
) -> None:
    draft = await draft_of(state)
    draft.full_name = validate_full_name(message.text or "")
    await go_to(
        next_step("org", draft), message, state, draft, i18n, taxonomy, organizations, edit=False
    )


async def on_organization_query(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    organizations: OrganizationService,
) -> None:
    query = (message.text or "").strip()
    found = await organizations.search_for_registration(query)
    items = [(org.id, org.name(i18n.locale)) for org in found]
    key = "reg-org-results" if found else "reg-org-none"
    markup = choice_keyboard(i18n, "org", items)
    markup.inline_keyboard.insert(
        len(items),
        [
            InlineKeyboardButton(
                text=i18n.get("btn-org-new"), callback_data=NavCb(action="new", step="org").pack()
            )
        ],
    )
    await message.answer(i18n.get(key, query=query[:80]), reply_markup=markup)


async def on_new_organization_name(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
) -> None:
    draft = await draft_of(state)
    draft.new_organization_name = validate_organization_name(message.text or "")
    draft.organization_id = None
    await go_to("orgtype", message, state, draft, i18n, taxonomy, organizations, edit=False)


async def on_title(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
) -> None:
    draft = await draft_of(state)
    draft.title = validate_title(message.text or "")
    await go_to("confirm", message, state, draft, i18n, taxonomy, organizations, edit=False)


async def on_text_step_wrong_content(message: Message, i18n: I18nContext) -> None:
    # A photo, sticker or voice note where a text is expected: say so, keep the draft.
    await message.answer(i18n.get("common-send-text"))


async def on_button_step_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-use-buttons"))


# --- buttons ------------------------------------------------------------------------------


async def on_organization_chosen(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
) -> None:
    organization = await organizations.get(callback_data.item)
    if organization is None or organization.status != OrganizationStatus.APPROVED:
        raise InvalidInput("error-organization-gone")
    draft = await draft_of(state)
    draft.organization_id = organization.id
    draft.new_organization_name = None
    draft.new_organization_type_id = None
    await callback.answer()
    assert isinstance(callback.message, Message)
    await go_to(
        next_step("gov", draft),
        callback.message,
        state,
        draft,
        i18n,
        taxonomy,
        organizations,
        edit=True,
    )


async def on_organization_type(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
) -> None:
    if taxonomy.actor_type(callback_data.item) is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    draft = await draft_of(state)
    draft.new_organization_type_id = callback_data.item
    await callback.answer()
    assert isinstance(callback.message, Message)
    await go_to(
        next_step("gov", draft),
        callback.message,
        state,
        draft,
        i18n,
        taxonomy,
        organizations,
        edit=True,
    )


async def on_toggle(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    draft = await draft_of(state)
    if callback_data.step == "gov":
        terms, chosen = taxonomy.governorates, draft.governorate_ids
    else:
        terms, chosen = taxonomy.sectors, draft.sector_ids
    flipped = toggled(terms, chosen, callback_data.item)
    if flipped is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    chosen[:] = flipped
    await state.set_data(draft.to_data())  # saved first: a restart loses no choice
    await redraw_multiselect(callback, i18n, callback_data.step, terms, flipped)


async def on_nav(
    callback: CallbackQuery,
    callback_data: NavCb,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    people: PeopleService,
    organizations: OrganizationService,
    reviewing: Reviewing,
    person: Person | None,
) -> None:
    if not is_current(callback_data.step, await state.get_state()) or not isinstance(
        callback.message, Message
    ):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    message = callback.message
    draft = await draft_of(state)
    step, action = callback_data.step, callback_data.action

    if action == "cancel":
        await state.clear()
        await callback.answer()
        await message.edit_text(i18n.get("reg-cancelled"))
        return
    if action == "back":
        await callback.answer()
        back_to = previous_step(step, draft)
        if back_to is None:
            await state.clear()
            await show_consent(message, i18n, edit=True)
        else:
            await go_to(back_to, message, state, draft, i18n, taxonomy, organizations, edit=True)
        return
    if action == "new" and step == "org":
        await callback.answer()
        await go_to("orgname", message, state, draft, i18n, taxonomy, organizations, edit=True)
        return
    if action == "done" and step in ("gov", "sec"):
        chosen = draft.governorate_ids if step == "gov" else draft.sector_ids
        if not chosen:
            await callback.answer(i18n.get("error-pick-one"), show_alert=True)
            return
        await callback.answer()
        following = next_step("sec" if step == "gov" else "title", draft)
        await go_to(following, message, state, draft, i18n, taxonomy, organizations, edit=True)
        return
    if action.startswith("edit_") and step == "confirm":
        field = action.removeprefix("edit_")
        if field not in EDITABLE_STEPS:
            await callback.answer(i18n.get("common-stale-button"), show_alert=True)
            return
        await callback.answer()
        draft.editing = True
        await go_to(field, message, state, draft, i18n, taxonomy, organizations, edit=True)
        return
    if action == "submit" and step == "confirm":
        if person is None:
            await callback.answer(i18n.get("common-stale-button"), show_alert=True)
            return
        try:
            submitted = await people.submit_registration(person.id, draft)
        except DomainError as refusal:
            # Over the proposals' limit the draft stays: Back leads to the list to choose from.
            if refusal.key != "registration-too-many-proposals":
                await state.clear()
            raise
        await state.clear()
        await callback.answer()
        await message.edit_text(i18n.get("reg-submitted"))
        del submitted  # organizers open it from their "to review" message
        await reviewing.arrived()
        return
    await callback.answer(i18n.get("common-stale-button"), show_alert=True)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="registration")
    router.callback_query.register(on_consent, NavCb.filter(F.step == "consent"))
    router.message.register(on_name, Registration.name, PLAIN_TEXT)
    router.message.register(on_organization_query, Registration.organization, PLAIN_TEXT)
    router.message.register(on_new_organization_name, Registration.org_name, PLAIN_TEXT)
    router.message.register(on_title, Registration.title, PLAIN_TEXT)
    router.message.register(on_text_step_wrong_content, StateFilter(*TEXT_STATES), NOT_COMMAND)
    router.message.register(on_button_step_text, StateFilter(*BUTTON_STATES), NOT_COMMAND)
    router.callback_query.register(
        on_organization_chosen, Registration.organization, PickCb.filter(F.step == "org")
    )
    router.callback_query.register(
        on_organization_type, Registration.org_type, PickCb.filter(F.step == "orgtype")
    )
    router.callback_query.register(
        on_toggle, Registration.governorates, PickCb.filter(F.step == "gov")
    )
    router.callback_query.register(on_toggle, Registration.sectors, PickCb.filter(F.step == "sec"))
    router.callback_query.register(on_nav, NavCb.filter(F.step.in_(STEP_STATE.keys())))
    return router
