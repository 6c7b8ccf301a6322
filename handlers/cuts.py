"""/cuts: organizers declare the internet cuts the authorities announced (exam days), so that
sends to an audience wait until a cut ends and reminders due inside one go before it."""

from __future__ import annotations

from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import CutsCb, NavCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.i18n import zone_label
from bot.keyboards import Keyboard
from bot.ui import nav_keyboard
from handlers.common.dialogs import on_not_text
from storage.models import CutWindow
from storage.services.actors import Actor
from storage.services.cuts import EXAMPLE, CutService


class DeclareCut(StatesGroup):
    line = State()


def today_in(settings: Settings) -> date:
    return datetime.now(settings.tz).date()


def window_line(i18n: I18nContext, window: CutWindow) -> str:
    return i18n.get(
        "cuts-line", first=window.first_day.isoformat(), last=window.last_day.isoformat(),
        start=window.daily_from, end=window.daily_to,
    )  # fmt: skip


def cuts_view(
    i18n: I18nContext, windows: list[CutWindow], settings: Settings
) -> tuple[str, InlineKeyboardMarkup]:
    zone = zone_label(i18n.core, i18n.locale, settings.timezone)
    lines = [i18n.get("cuts-header", tz=zone, count=len(windows))]
    lines += [f"• {window_line(i18n, window)}" for window in windows]
    if not windows:
        lines.append(i18n.get("cuts-none"))
    builder = Keyboard()
    builder.button(text=i18n.get("btn-cuts-add"), callback_data=CutsCb(action="add"))
    for window in windows:
        builder.button(
            text=i18n.get("btn-cut-remove", first=window.first_day.isoformat()),
            callback_data=CutsCb(action="remove", window_id=window.id),
        )
    builder.adjust(1)
    return "\n".join(lines), builder.as_markup()


async def on_cuts(
    message: Message, i18n: I18nContext, cuts: CutService, settings: Settings
) -> None:
    text, markup = cuts_view(i18n, await cuts.upcoming(today_in(settings)), settings)
    await message.answer(text, reply_markup=markup)


async def on_add(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await callback.answer()
    await state.set_state(DeclareCut.line)
    if isinstance(callback.message, Message):
        zone = zone_label(i18n.core, i18n.locale, settings.timezone)
        await callback.message.answer(
            i18n.get("cuts-ask", example=EXAMPLE, tz=zone),
            reply_markup=nav_keyboard(i18n, "cuts", back=False),
        )


async def on_line(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    cuts: CutService,
    actor: Actor,
    settings: Settings,
) -> None:
    window = await cuts.add(actor, message.text or "", today_in(settings))  # refusals: errors
    await state.clear()
    await message.answer(i18n.get("cuts-added", line=window_line(i18n, window)))
    text, markup = cuts_view(i18n, await cuts.upcoming(today_in(settings)), settings)
    await message.answer(text, reply_markup=markup)


async def on_remove(
    callback: CallbackQuery,
    callback_data: CutsCb,
    i18n: I18nContext,
    cuts: CutService,
    actor: Actor,
    settings: Settings,
) -> None:
    await cuts.remove(actor, callback_data.window_id)
    await callback.answer(i18n.get("cuts-removed"))
    if isinstance(callback.message, Message):
        text, markup = cuts_view(i18n, await cuts.upcoming(today_in(settings)), settings)
        await callback.message.edit_text(text, reply_markup=markup)


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("cuts-cancelled"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="cuts")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.message.register(on_cuts, Command("cuts"))
    router.callback_query.register(on_add, CutsCb.filter(F.action == "add"))
    router.callback_query.register(on_remove, CutsCb.filter(F.action == "remove"))
    router.message.register(on_line, DeclareCut.line, PLAIN_TEXT)
    router.callback_query.register(
        on_cancel, StateFilter(DeclareCut), NavCb.filter(F.step == "cuts")
    )
    router.message.register(on_not_text, StateFilter(DeclareCut), NOT_COMMAND)
    return router
