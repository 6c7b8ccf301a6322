"""The /update dialog's states, the draft kept between steps, and what its steps and its preview
both show (a description of an update, its attribution, the Skip and naming keyboards)."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import InlineKeyboardMarkup
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb, PickCb
from bot.keyboards import Keyboard
from bot.ui import (
    nav_keyboard,
)
from notices.updates import describe
from storage.models import Person, UpdateKind, UpdateStatus
from storage.services.taxonomy import Taxonomy
from storage.services.updates import (
    UpdateDraft,
)

__all__ = ["describe"]  # shown by the steps, the preview and the review alike

KINDS = tuple(UpdateKind)
STATUS_ICON = {UpdateStatus.PENDING: "⏳", UpdateStatus.APPROVED: "✅", UpdateStatus.REJECTED: "❌"}


class NewUpdate(StatesGroup):
    sector = State()
    kind = State()
    governorates = State()
    text = State()
    attachment = State()
    naming = State()
    confirm = State()


# --- rendering ------------------------------------------------------------------------------


def attribution(i18n: I18nContext, taxonomy: Taxonomy, person: Person, anonymous: bool) -> str:
    organization = person.organization
    if organization is None:
        return "—"
    if anonymous:
        term = taxonomy.actor_type(organization.actor_type_id)
        return i18n.get("update-anonymous-as", type=term.name(i18n.locale) if term else "—")
    return organization.name(i18n.locale)


async def draft_of(state: FSMContext) -> UpdateDraft:
    return UpdateDraft.from_data((await state.get_data()).get("draft"))


async def save(state: FSMContext, draft: UpdateDraft) -> None:
    await state.update_data(draft=draft.to_data())


def skip_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step="uatt"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="uatt"))
    return builder.as_markup()


def naming_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-update-anonymous"), callback_data=PickCb(step="uname", item=1)
    )
    builder.button(text=i18n.get("btn-update-named"), callback_data=PickCb(step="uname", item=0))
    builder.adjust(1)
    builder.row(*nav_keyboard(i18n, "uname", back=False).inline_keyboard[0])
    return builder.as_markup()
