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

from bot.callbacks import CutsCb, DayCb, NavCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.i18n import clock_span, long_day, zone_label
from bot.keyboards import Keyboard
from bot.ui import nav_keyboard
from handlers.common.day_picker import picked_day, with_day_picker
from handlers.common.dialogs import on_not_text
from storage.models import CutWindow
from storage.services.actors import Actor
from storage.services.cuts import DAILY_EXAMPLE, CutService, cut_example
from storage.services.dates import find_days

FIRST_DAY, LAST_DAY = "cut1", "cut2"  # the day pickers' steps (DayCb)


class DeclareCut(StatesGroup):
    line = State()


def writes_days(line: str) -> bool:
    try:
        return bool(find_days(line))
    except ValueError:  # a day that does not exist ("31/02/2027") is still a day written
        return True


def today_in(settings: Settings) -> date:
    return datetime.now(settings.tz).date()


def window_line(i18n: I18nContext, window: CutWindow) -> str:
    return i18n.get(
        "cuts-line", first=long_day(window.first_day, i18n.locale),
        last=long_day(window.last_day, i18n.locale),
        hours=clock_span(window.daily_from, window.daily_to, i18n.locale),
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
            text=i18n.get("btn-cut-remove", first=long_day(window.first_day, i18n.locale)),
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
    await state.set_data({})
    if isinstance(callback.message, Message):
        zone = zone_label(i18n.core, i18n.locale, settings.timezone)
        today = today_in(settings)
        await callback.message.answer(
            i18n.get("cuts-ask", example=cut_example(today), tz=zone),
            reply_markup=with_day_picker(
                i18n, FIRST_DAY, today, nav_keyboard(i18n, "cuts", back=False)
            ),
        )


async def on_day_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    settings: Settings,
) -> None:  # fmt: skip
    """The first day pressed: the last is asked, from that one. The last: the daily hours."""
    day = picked_day(callback_data)
    first = (await state.get_data()).get("first")
    if day is None or (callback_data.step == LAST_DAY and (not first or day.isoformat() < first)):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    cancel = nav_keyboard(i18n, "cuts", back=False)
    if callback_data.step == FIRST_DAY:
        await state.update_data(first=day.isoformat())
        await callback.message.edit_text(
            i18n.get("cuts-ask-last", first=long_day(day, i18n.locale)),
            reply_markup=with_day_picker(i18n, LAST_DAY, day, cancel),
        )
        return
    await state.update_data(last=day.isoformat())
    await callback.message.edit_text(
        i18n.get(
            "cuts-ask-hours",
            first=long_day(date.fromisoformat(str(first)), i18n.locale),
            last=long_day(day, i18n.locale),
            tz=zone_label(i18n.core, i18n.locale, settings.timezone),
            example=DAILY_EXAMPLE,
        ),
        reply_markup=cancel,
    )


async def on_line(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    cuts: CutService,
    actor: Actor,
    settings: Settings,
) -> None:
    """The whole cut on one line; or, once its days were pressed, the daily hours."""
    data = await state.get_data()
    line = message.text or ""
    if data.get("first") and not writes_days(line):  # hours alone: one day if no last pressed
        first = date.fromisoformat(str(data["first"]))
        last = date.fromisoformat(str(data.get("last") or data["first"]))
        line = f"{first:%d/%m/%Y} {last:%d/%m/%Y} {line}"
    window = await cuts.add(actor, line, today_in(settings))  # refusals: errors
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
        on_day_pressed,
        DeclareCut.line,
        DayCb.filter(F.step.in_({FIRST_DAY, LAST_DAY}) & (F.day != "")),
    )
    router.callback_query.register(
        on_cancel, StateFilter(DeclareCut), NavCb.filter(F.step == "cuts")
    )
    router.message.register(on_not_text, StateFilter(DeclareCut), NOT_COMMAND)
    return router
