"""Where a dialog asks for a day: buttons for the next days and a month calendar, beside the
day typed as people write it (storage.services.dates). Weekday and month names come from CLDR
(bot.i18n.CLDR_LOCALES); the week starts on the reader's first day (Saturday in Iraq). Rows are
built in reading order: a client in Arabic or Sorani lays them out from the right (as the
sandbox page does), so the week starts at the right there.

A dialog puts `day_picker_rows` above its own buttons and handles `DayCb` with a day for its
step; turning the month and the headings are handled here. Where a day and a time are asked
(a meeting's start, a scheduled send), the day pressed is followed by the usual hours as
buttons, or the time typed (`ask_time_on`, `pressed_moment`, and
handlers.common.dialogs.typed_moment for the text)."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext
from babel import Locale
from babel.dates import format_skeleton

from bot.callbacks import DayCb
from bot.i18n import CLDR_LOCALES, RTL_LOCALES, long_day

NEXT_DAYS = 3  # quick buttons: today and the next two days
# The hours offered once a day is pressed: when coordination meetings and sends usually are.
USUAL_HOURS = (time(9), time(10), time(11), time(12), time(13), time(14))
# Steps whose day may be gone by, their months turning back freely: when an activity began
# (handlers.activities). Every other picker starts at today.
ACTIVITY_START = "adfrom"
OPEN_TO_THE_PAST = frozenset({ACTIVITY_START})
PICKED_DAY = "picked_day"  # the dialog's data: the day pressed whose time is asked


def _locale(i18n: I18nContext) -> Locale:
    return Locale.parse(CLDR_LOCALES.get(i18n.locale, i18n.locale))


def _button(text: str, step: str, day: str = "", month: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(
        text=text, callback_data=DayCb(step=step, day=day, month=month).pack()
    )


def day_picker_rows(
    i18n: I18nContext, step: str, today: date, month: date | None = None
) -> list[list[InlineKeyboardButton]]:
    """The next days from `today`, then `month`'s calendar (today's by default) with the months
    before and after. Days before `today` are not buttons, unless the step takes days gone by
    (OPEN_TO_THE_PAST)."""
    locale = _locale(i18n)
    rtl = i18n.locale in RTL_LOCALES
    earliest = None if step in OPEN_TO_THE_PAST else today
    wide = locale.days["format"]["wide"]
    quick = [
        _button(f"{wide[day.weekday()]} {day.day}", step, f"{day:%Y%m%d}")
        for day in (today.fromordinal(today.toordinal() + n) for n in range(NEXT_DAYS))
    ]
    shown = (month or today).replace(day=1)
    before = date.fromordinal(shown.toordinal() - 1).replace(day=1)
    after = date.fromordinal(shown.toordinal() + 31).replace(day=1)
    # The arrows point the way the reader's months go: to the left for "later" in Arabic.
    back_arrow, on_arrow = ("▶", "◀") if rtl else ("◀", "▶")
    heading = [
        _button(back_arrow, step, month=f"{before:%Y%m}")
        if earliest is None or before >= earliest.replace(day=1)
        else _button(" ", step),
        _button(format_skeleton("yMMMM", shown, locale=locale), step),
        _button(on_arrow, step, month=f"{after:%Y%m}"),
    ]
    first = locale.first_week_day  # 0 Monday … 6 Sunday, as calendar counts
    names = locale.days["stand-alone"]["narrow"]
    weekdays = [_button(names[(first + n) % 7], step) for n in range(7)]
    weeks = []
    for week in calendar.Calendar(first).monthdatescalendar(shown.year, shown.month):
        if earliest is not None and week[-1] < earliest:  # gone by: no row of empty cells
            continue
        weeks.append(
            [
                _button(str(day.day), step, f"{day:%Y%m%d}")
                if day.month == shown.month and (earliest is None or day >= earliest)
                else _button(" ", step)
                for day in week
            ]
        )
    return [quick, heading, weekdays, *weeks]


def with_day_picker(
    i18n: I18nContext, step: str, today: date, own: InlineKeyboardMarkup | None = None
) -> InlineKeyboardMarkup:
    """A prompt's buttons: the picker above the dialog's own (Skip, Cancel), if it has any."""
    rows = own.inline_keyboard if own is not None else []
    return InlineKeyboardMarkup(inline_keyboard=[*day_picker_rows(i18n, step, today), *rows])


def picked_day(data: DayCb) -> date | None:
    """The day a picker's button names, or None for a heading, an empty cell or a forgery."""
    if len(data.day) != 8:
        return None
    try:
        return date(int(data.day[:4]), int(data.day[4:6]), int(data.day[6:8]))
    except ValueError:
        return None


async def pressed_day(callback: CallbackQuery, data: DayCb, i18n: I18nContext) -> date | None:
    """A day pressed where a day is asked: the day, the prompt's buttons gone (it is answered,
    as a typed day answers it); None, with the stale-button answer, for a forgery."""
    day = picked_day(data)
    if day is None or not isinstance(callback.message, Message):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return None
    await callback.answer()
    await callback.message.edit_reply_markup(reply_markup=None)
    return day


def picked_moment(data: DayCb) -> datetime | None:
    """The day and hour an hour's button names ("YYYYMMDDHHMM"), naive; None otherwise."""
    if len(data.day) != 12:
        return None
    try:
        day = date(int(data.day[:4]), int(data.day[4:6]), int(data.day[6:8]))
        return datetime.combine(day, time(int(data.day[8:10]), int(data.day[10:12])))
    except ValueError:
        return None


async def ask_time_on(
    callback: CallbackQuery, step: str, day: date, state: FSMContext, i18n: I18nContext
) -> None:
    """A day pressed where a day and a time are asked: the question of its time, with the usual
    hours as buttons above the dialog's own (Skip, Cancel); the day waits in the dialog's data
    for a time typed (handlers.common.dialogs.typed_moment)."""
    if not isinstance(callback.message, Message):
        return
    markup = callback.message.reply_markup
    rows = markup.inline_keyboard if markup is not None else []
    own = [list(row) for row in rows if not is_picker_row(list(row))]
    hours = [
        InlineKeyboardButton(
            text=f"{hour:%H:%M}",
            callback_data=DayCb(step=step, day=f"{day:%Y%m%d}{hour:%H%M}").pack(),
        )
        for hour in USUAL_HOURS
    ]
    await state.update_data({PICKED_DAY: day.isoformat()})
    await callback.message.edit_reply_markup(reply_markup=None)
    await callback.message.answer(
        i18n.get("common-ask-time-on", day=long_day(day, i18n.locale), example="10:30"),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=[hours[:3], hours[3:], *own]),
    )


async def pressed_moment(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext
) -> datetime | None:
    """A picker's button where a day and a time are asked. A day: its time is asked next, and
    None. An hour: the moment (naive, in the dialog's zone), the hours' buttons gone. A
    heading or a forgery: the stale-button answer, and None."""
    if not isinstance(callback.message, Message):
        await callback.answer()
        return None
    moment = picked_moment(callback_data)
    if moment is not None:
        await callback.answer()
        await state.update_data({PICKED_DAY: None})
        await callback.message.edit_reply_markup(reply_markup=None)
        return moment
    day = picked_day(callback_data)
    if day is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return None
    await callback.answer()
    await ask_time_on(callback, callback_data.step, day, state, i18n)
    return None


def is_picker_row(row: list[InlineKeyboardButton]) -> bool:
    return all((button.callback_data or "").startswith(f"{DayCb.__prefix__}:") for button in row)


async def on_turn(callback: CallbackQuery, callback_data: DayCb, i18n: I18nContext) -> None:
    """Another month, in place: the dialog's own buttons under the calendar stay."""
    await callback.answer()
    if not isinstance(callback.message, Message) or callback.message.reply_markup is None:
        return
    try:
        month = date(int(callback_data.month[:4]), int(callback_data.month[4:6]), 1)
    except ValueError:
        return
    rows = callback.message.reply_markup.inline_keyboard
    own = [list(row) for row in rows if not is_picker_row(list(row))]
    # Today is the first of the next days the picker offered (the dialog's clock and zone).
    offered = [picked_day(DayCb.unpack(b.callback_data or "")) for b in rows[0]] if rows else []
    start = min((day for day in offered if day is not None), default=date.today())
    markup = InlineKeyboardMarkup(
        inline_keyboard=[*day_picker_rows(i18n, callback_data.step, start, month), *own]
    )
    await callback.message.edit_reply_markup(reply_markup=markup)


async def on_heading(callback: CallbackQuery) -> None:
    await callback.answer()


def router() -> Router:
    """The picker's own buttons: turning the month, and headings that do nothing."""
    router = Router(name="day picker")
    router.callback_query.register(on_turn, DayCb.filter(F.month != ""))
    router.callback_query.register(on_heading, DayCb.filter((F.day == "") & (F.month == "")))
    return router
