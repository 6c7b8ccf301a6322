"""The consent screen before registering: shown by /start and by the registration dialog's
Back and "Register again". It opens short (what is kept, who sees it, how to delete it) with
"More" for the whole text; both carry the same Agree / Not now."""

from __future__ import annotations

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import NavCb
from bot.ui import edit_in_place


async def show_consent(
    message: Message, i18n: I18nContext, *, edit: bool = False, full: bool = False
) -> None:
    def button(key: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            text=i18n.get(key), callback_data=NavCb(action=action, step="consent").pack()
        )

    rows = [[button("btn-consent-accept", "accept"), button("btn-consent-decline", "decline")]]
    if not full:
        rows.append([button("btn-consent-more", "more")])
    markup = InlineKeyboardMarkup(inline_keyboard=rows)
    text = i18n.get("consent-text" if full else "consent-short")
    if edit:
        await edit_in_place(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)
