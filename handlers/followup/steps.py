"""What the follow-up dialogs share: Cancel, and the answer to anything but text."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("followup-edit-cancelled"))


async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))
