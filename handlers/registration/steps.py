"""The registration dialog's steps: their states, the order Back and ✏️ follow, and how each
step (and the summary with its ✏️ per field) is drawn."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb
from bot.ui import (
    choice_keyboard,
    multiselect_keyboard,
    nav_keyboard,
    nav_row,
    term_names,
)
from storage.services.organizations import OrganizationService
from storage.services.people import (
    RegistrationDraft,
)
from storage.services.taxonomy import Taxonomy


class Registration(StatesGroup):
    name = State()
    organization = State()
    org_name = State()
    org_type = State()
    governorates = State()
    sectors = State()
    title = State()
    confirm = State()


# Step ids travel in callback data; each maps to its state and the step Back returns to.
STEP_STATE = {
    "name": Registration.name,
    "org": Registration.organization,
    "orgname": Registration.org_name,
    "orgtype": Registration.org_type,
    "gov": Registration.governorates,
    "sec": Registration.sectors,
    "title": Registration.title,
    "confirm": Registration.confirm,
}
STATE_STEP = {state.state: step for step, state in STEP_STATE.items()}
TEXT_STATES = (
    Registration.name,
    Registration.organization,
    Registration.org_name,
    Registration.title,
)
BUTTON_STATES = (
    Registration.org_type,
    Registration.governorates,
    Registration.sectors,
    Registration.confirm,
)


def previous_step(step: str, draft: RegistrationDraft) -> str | None:
    if draft.editing and step not in ("confirm", "orgtype"):  # back to the summary
        return "confirm"
    if step == "gov":
        return "orgtype" if draft.new_organization_name else "org"
    return {
        "name": None,
        "org": "name",
        "orgname": "org",
        "orgtype": "orgname",
        "sec": "gov",
        "title": "sec",
        "confirm": "title",
    }[step]


def next_step(step: str, draft: RegistrationDraft) -> str:
    """The step after `step`: the summary again when one field is being fixed from it."""
    return "confirm" if draft.editing else step


# The summary's ✏️ buttons: the step each one asks again.
EDITABLE_STEPS = ("name", "org", "gov", "sec", "title")


# --- rendering one step -------------------------------------------------------------------


async def render_step(
    step: str,
    draft: RegistrationDraft,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
) -> tuple[str, InlineKeyboardMarkup]:
    if step == "name":
        return i18n.get("reg-ask-name"), nav_keyboard(i18n, step)
    if step == "org":
        return i18n.get("reg-ask-organization"), nav_keyboard(i18n, step)
    if step == "orgname":
        return i18n.get("reg-ask-org-name"), nav_keyboard(i18n, step)
    if step == "orgtype":
        items = [(t.id, t.name(i18n.locale)) for t in taxonomy.actor_types]
        text = i18n.get("reg-ask-org-type", name=draft.new_organization_name or "")
        return text, choice_keyboard(i18n, step, items)
    if step == "gov":
        text = i18n.get("reg-ask-governorates")
        return text, multiselect_keyboard(i18n, step, taxonomy.governorates, draft.governorate_ids)
    if step == "sec":
        text = i18n.get("reg-ask-sectors")
        return text, multiselect_keyboard(i18n, step, taxonomy.sectors, draft.sector_ids)
    if step == "title":
        return i18n.get("reg-ask-title"), nav_keyboard(i18n, step)
    return await render_summary(draft, i18n, taxonomy, organizations)


async def render_summary(
    draft: RegistrationDraft,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
) -> tuple[str, InlineKeyboardMarkup]:
    if draft.organization_id is not None:
        organization = await organizations.get(draft.organization_id)
        org_name = organization.name(i18n.locale) if organization else "—"
        type_id = organization.actor_type_id if organization else None
    else:
        org_name = i18n.get("reg-new-organization-name", name=draft.new_organization_name or "")
        type_id = draft.new_organization_type_id
    actor_type = taxonomy.actor_type(type_id) if type_id else None
    text = i18n.get(
        "reg-summary",
        name=draft.full_name,
        organization=org_name,
        actor_type=actor_type.name(i18n.locale) if actor_type else "—",
        governorates=term_names(i18n, (taxonomy.governorate(g) for g in draft.governorate_ids)),
        sectors=term_names(i18n, (taxonomy.sector(s) for s in draft.sector_ids)),
        title=draft.title,
    )
    edits = [
        InlineKeyboardButton(
            text=i18n.get(f"btn-reg-edit-{field}"),
            callback_data=NavCb(action=f"edit_{field}", step="confirm").pack(),
        )
        for field in EDITABLE_STEPS
    ]
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n.get("btn-submit"),
                    callback_data=NavCb(action="submit", step="confirm").pack(),
                )
            ],
            edits[:2],
            edits[2:4],
            edits[4:],
            nav_row(i18n, "confirm"),
        ]
    )
    return text, markup


async def go_to(
    step: str,
    target: Message,
    state: FSMContext,
    draft: RegistrationDraft,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    organizations: OrganizationService,
    *,
    edit: bool,
) -> None:
    if step == "confirm":  # the summary: whatever was being fixed is fixed
        draft.editing = False
    await state.set_state(STEP_STATE[step])
    await state.set_data(draft.to_data())
    text, markup = await render_step(step, draft, i18n, taxonomy, organizations)
    if edit:
        await target.edit_text(text, reply_markup=markup)
    else:
        await target.answer(text, reply_markup=markup)


async def draft_of(state: FSMContext) -> RegistrationDraft:
    return RegistrationDraft.from_data(await state.get_data())


def is_current(callback_step: str, current_state: str | None) -> bool:
    return current_state is not None and STATE_STEP.get(current_state) == callback_step
