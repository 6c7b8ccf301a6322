"""What the follow-up dialogs share: Cancel, and the answer to anything but text."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from handlers.common.dialogs import on_not_text

__all__ = ["on_cancel", "on_not_text"]


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("followup-edit-cancelled"))
