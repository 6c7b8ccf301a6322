"""The consent screen before registering: shown by /start and by the registration dialog's
Back and "Register again"."""

from __future__ import annotations

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb


async def show_consent(message: Message, i18n: I18nContext, *, edit: bool = False) -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n.get("btn-consent-accept"),
                    callback_data=NavCb(action="accept", step="consent").pack(),
                ),
                InlineKeyboardButton(
                    text=i18n.get("btn-consent-decline"),
                    callback_data=NavCb(action="decline", step="consent").pack(),
                ),
            ]
        ]
    )
    if edit:
        await message.edit_text(i18n.get("consent-text"), reply_markup=markup)
    else:
        await message.answer(i18n.get("consent-text"), reply_markup=markup)
