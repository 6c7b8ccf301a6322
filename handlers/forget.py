"""/forget: delete one's personal data after a confirmation. Open to everyone."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import ForgetCb
from bot.commands import reset_person_commands, set_console_button
from bot.delivery.runtime import Delivery
from storage.fsm import SQLStorage
from storage.models import Person, PersonStatus
from storage.services.erasure import ErasureService


async def on_forget(
    message: Message, i18n: I18nContext, person: Person | None, erasure: ErasureService
) -> None:
    if person is None or person.status == PersonStatus.FORGOTTEN:
        await message.answer(i18n.get("forget-nothing"))
        return
    approved = await erasure.approved_updates(person.id)
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n.get("btn-forget-yes"), callback_data=ForgetCb(confirm=True).pack()
                ),
                InlineKeyboardButton(
                    text=i18n.get("btn-forget-no"), callback_data=ForgetCb(confirm=False).pack()
                ),
            ]
        ]
    )
    await message.answer(i18n.get("forget-confirm", approved=approved), reply_markup=markup)


async def on_forget_answer(
    callback: CallbackQuery,
    callback_data: ForgetCb,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    erasure: ErasureService,
    delivery: Delivery,
    person: Person | None,
) -> None:
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    if not callback_data.confirm:
        await callback.message.edit_text(i18n.get("forget-kept"))
        return
    if person is None or person.status == PersonStatus.FORGOTTEN:
        await callback.message.edit_text(i18n.get("forget-nothing"))
        return
    await state.clear()
    done = await erasure.forget(
        person.id, lambda locale: i18n.get("forget-erased-note", locale or i18n.locale)
    )
    if isinstance(state.storage, SQLStorage):  # its rows are gone: so is its memory of them
        state.storage.forget_user(callback.from_user.id)
    delivery.wake()  # the organizers' copies are edited through the outbox
    await reset_person_commands(bot, callback.from_user.id)
    await set_console_button(bot, i18n.core, callback.from_user.id, False, i18n.locale)
    await callback.message.edit_text(i18n.get("forget-done", approved=done.approved_updates_kept))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="forget")
    router.message.register(on_forget, Command("forget"))
    router.callback_query.register(on_forget_answer, ForgetCb.filter())
    return router
