"""The /opportunity dialog's states, its draft between steps, and the prompts both the dialog
and its preview's ✏️ ask with."""

from __future__ import annotations

from datetime import datetime

from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import InlineKeyboardMarkup
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb
from bot.config import Settings
from bot.keyboards import Keyboard
from bot.ui import (
    nav_keyboard,
)
from handlers.common.day_picker import day_picker_rows
from storage.services.opportunities import (
    OpportunityDraft,
)


class NewOpportunity(StatesGroup):
    kind = State()
    title = State()
    text = State()
    attachment = State()
    sectors = State()
    governorates = State()
    deadline = State()
    confirm = State()


async def draft_of(state: FSMContext) -> OpportunityDraft:
    return OpportunityDraft.from_data((await state.get_data()).get("draft"))


async def save(state: FSMContext, draft: OpportunityDraft) -> None:
    await state.update_data(draft=draft.to_data())


def skip_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step="oatt"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=NavCb(action="cancel", step="oatt"))
    return builder.as_markup()


def deadline_prompt(i18n: I18nContext, settings: Settings) -> tuple[str, InlineKeyboardMarkup]:
    today = datetime.now(settings.tz).date()
    example = today.replace(day=28).strftime("%d/%m/%Y")  # day first, as people in Iraq write
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            *day_picker_rows(i18n, "odead", today),
            *nav_keyboard(i18n, "odead", back=False).inline_keyboard,
        ]
    )
    return i18n.get("opportunity-ask-deadline", example=example), markup
