"""/activities: an organization's representatives list its programmes (who does what where) and
keep them current: sector, title, governorates, status, dates."""

from __future__ import annotations

from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import ActivityCb, DayCb, NavCb, PickCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.i18n import Html, long_day, plain_day
from bot.keyboards import Keyboard
from bot.ui import (
    advance,
    choice_keyboard,
    enum_keyboard,
    multiselect_keyboard,
    nav_keyboard,
    nav_row,
    term_names,
    toggled,
)
from handlers.common.day_picker import ACTIVITY_START, picked_day, with_day_picker
from storage.models import Activity, ActivityStatus, Person
from storage.services.activities import ActivityService, check_title, parse_dates
from storage.services.errors import Forbidden, InvalidInput
from storage.services.taxonomy import Taxonomy

STATUSES = tuple(ActivityStatus)
END_PICKER = "adto"  # the last day's picker (DayCb); the first day's is ACTIVITY_START


class NewActivity(StatesGroup):
    sector = State()
    title = State()
    governorates = State()
    status = State()
    dates = State()


def activity_line(i18n: I18nContext, taxonomy: Taxonomy, activity: Activity) -> str:
    sector = taxonomy.sector(activity.sector_id)
    return i18n.get(
        "activity-line",
        title=activity.title,
        sector=sector.name(i18n.locale) if sector else "—",
        status=activity.status,
        governorates=term_names(i18n, [taxonomy.governorate(g.id) for g in activity.governorates]),
        dates=" – ".join(
            plain_day(day, i18n.locale)
            for day in (activity.starts_on, activity.ends_on)
            if day is not None
        )
        or "—",
    )


def list_keyboard(i18n: I18nContext, activities: list[Activity]) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for activity in activities:
        builder.button(
            text=f"✏️ {activity.title[:40]}",
            callback_data=ActivityCb(action="show", activity_id=activity.id),
        )
    builder.button(text=i18n.get("btn-activity-add"), callback_data=ActivityCb(action="add"))
    builder.adjust(1)
    return builder.as_markup()


async def show_list(
    message: Message,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
    activities: ActivityService,
) -> None:
    if person.organization_id is None:
        await message.answer(i18n.get("activity-need-organization"))
        return
    mine = await activities.of_organization(person.organization_id)
    organization = person.organization.name(i18n.locale) if person.organization else "—"
    lines = [i18n.get("activity-list-header", organization=organization, count=len(mine))]
    lines += [activity_line(i18n, taxonomy, activity) for activity in mine]
    await message.answer(Html("\n\n".join(lines)), reply_markup=list_keyboard(i18n, mine))


async def on_activities(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
    activities: ActivityService,
) -> None:
    await state.clear()
    await show_list(message, i18n, taxonomy, person, activities)


async def on_show(
    callback: CallbackQuery,
    callback_data: ActivityCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
    activities: ActivityService,
) -> None:
    activity = await activities.get(callback_data.activity_id)
    if activity.organization_id != person.organization_id:
        raise Forbidden("error-not-allowed")
    builder = Keyboard()
    for status in STATUSES:
        if status != activity.status:
            builder.button(
                text=i18n.get(f"btn-activity-{status}"),
                callback_data=ActivityCb(action="status", activity_id=activity.id, value=status),
            )
    builder.button(
        text=i18n.get("btn-activity-delete"),
        callback_data=ActivityCb(action="delete", activity_id=activity.id),
    )
    builder.adjust(2, 1)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(
            activity_line(i18n, taxonomy, activity), reply_markup=builder.as_markup()
        )


async def on_change(
    callback: CallbackQuery,
    callback_data: ActivityCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
    activities: ActivityService,
) -> None:
    if callback_data.action == "delete":
        await activities.remove(person, callback_data.activity_id)
        await callback.answer(i18n.get("activity-deleted"))
    else:
        await activities.set_status(person, callback_data.activity_id, callback_data.value)
        await callback.answer(i18n.get("activity-saved"))
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await show_list(callback.message, i18n, taxonomy, person, activities)


# --- adding one ------------------------------------------------------------------------------


async def on_add(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
) -> None:
    if person.organization_id is None:
        raise Forbidden("activity-need-organization")
    await state.set_state(NewActivity.sector)
    await state.set_data({"governorates": []})
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("activity-ask-sector"),
            reply_markup=choice_keyboard(
                i18n, "asec", ((s.id, s.name(i18n.locale)) for s in taxonomy.sectors), back=False
            ),
        )


async def on_sector(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    if taxonomy.sector(callback_data.item) is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.update_data(sector_id=callback_data.item)
    await advance(
        callback,
        state,
        NewActivity.title,
        i18n.get("activity-ask-title"),
        nav_keyboard(i18n, "atitle", back=False),
    )


async def on_title(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await state.update_data(title=check_title(message.text or ""))
    await state.set_state(NewActivity.governorates)
    await message.answer(
        i18n.get("activity-ask-governorates"),
        reply_markup=multiselect_keyboard(i18n, "agov", taxonomy.governorates, [], back=False),
    )


async def on_governorate(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    chosen = toggled(
        taxonomy.governorates, (await state.get_data())["governorates"], callback_data.item
    )
    if chosen is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.update_data(governorates=chosen)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(
            reply_markup=multiselect_keyboard(
                i18n, "agov", taxonomy.governorates, chosen, back=False
            )
        )


async def on_governorates_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext
) -> None:
    if not (await state.get_data())["governorates"]:
        await callback.answer(i18n.get("update-need-governorate"), show_alert=True)
        return
    await advance(
        callback,
        state,
        NewActivity.status,
        i18n.get("activity-ask-status"),
        enum_keyboard(i18n, "astat", STATUSES, "btn-activity-"),
    )


async def on_status(
    callback: CallbackQuery, callback_data: PickCb, state: FSMContext, i18n: I18nContext,
    settings: Settings,
) -> None:  # fmt: skip
    if not 0 <= callback_data.item < len(STATUSES):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.update_data(status=STATUSES[callback_data.item])
    today = datetime.now(settings.tz).date()
    await advance(
        callback,
        state,
        NewActivity.dates,
        i18n.get("activity-ask-dates"),
        with_day_picker(i18n, ACTIVITY_START, today, nav_keyboard(i18n, "adates", back=False)),
    )


async def on_start_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext
) -> None:
    """The first day pressed (it may be gone by): the last day is asked next, from that one."""
    start = picked_day(callback_data)
    if start is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.update_data(starts_on=start.isoformat())
    skip = InlineKeyboardButton(
        text=i18n.get("btn-skip"), callback_data=NavCb(action="skip", step=END_PICKER).pack()
    )
    own = InlineKeyboardMarkup(inline_keyboard=[[skip, *nav_row(i18n, "adates", back=False)]])
    await advance(
        callback,
        state,
        NewActivity.dates,
        i18n.get("activity-ask-end", day=long_day(start, i18n.locale)),
        with_day_picker(i18n, END_PICKER, start, own),
    )


async def on_end_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    taxonomy: Taxonomy, person: Person, activities: ActivityService,
) -> None:  # fmt: skip
    """The last day pressed, or Skip for an activity with no set end."""
    start = (await state.get_data()).get("starts_on")
    end = picked_day(callback_data)
    if not start or end is None or end < date.fromisoformat(start):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await save(callback.message, state, i18n, taxonomy, person, activities, end)


async def on_no_end(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy,
    person: Person, activities: ActivityService,
) -> None:  # fmt: skip
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await save(callback.message, state, i18n, taxonomy, person, activities, None)


async def on_dates(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    person: Person,
    activities: ActivityService,
) -> None:
    """Both days typed; or, once the first was pressed, the last one ("-" for none)."""
    pressed = (await state.get_data()).get("starts_on")
    starts_on, ends_on = parse_dates(message.text or "")
    if pressed and ends_on is None:  # one day typed: the last, after the first pressed
        starts_on, ends_on = date.fromisoformat(pressed), starts_on
        if ends_on is not None and ends_on < starts_on:
            raise InvalidInput("activity-dates-invalid")
    await state.update_data(starts_on=starts_on.isoformat() if starts_on else None)
    await save(message, state, i18n, taxonomy, person, activities, ends_on)


async def save(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, person: Person,
    activities: ActivityService, ends_on: date | None,
) -> None:  # fmt: skip
    data = await state.get_data()
    starts_on = date.fromisoformat(data["starts_on"]) if data.get("starts_on") else None
    await activities.add(
        person,
        int(data["sector_id"]),
        str(data["title"]),
        [int(g) for g in data["governorates"]],
        str(data["status"]),
        starts_on,
        ends_on,
    )
    await state.clear()
    await message.answer(i18n.get("activity-saved"))
    await show_list(message, i18n, taxonomy, person, activities)


async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("activity-cancelled"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="activities")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_activities, Command("activities"))
    router.callback_query.register(on_show, ActivityCb.filter(F.action == "show"))
    router.callback_query.register(on_change, ActivityCb.filter(F.action.in_({"status", "delete"})))
    router.callback_query.register(on_add, ActivityCb.filter(F.action == "add"))
    router.callback_query.register(on_sector, NewActivity.sector, PickCb.filter(F.step == "asec"))
    router.message.register(on_title, NewActivity.title, PLAIN_TEXT)
    router.callback_query.register(
        on_governorate, NewActivity.governorates, PickCb.filter(F.step == "agov")
    )
    router.callback_query.register(
        on_governorates_done, NewActivity.governorates, NavCb.filter(F.action == "done")
    )
    router.callback_query.register(on_status, NewActivity.status, PickCb.filter(F.step == "astat"))
    router.message.register(on_dates, NewActivity.dates, PLAIN_TEXT)
    router.callback_query.register(
        on_start_pressed,
        NewActivity.dates,
        DayCb.filter((F.step == ACTIVITY_START) & (F.day != "")),
    )
    router.callback_query.register(
        on_end_pressed, NewActivity.dates, DayCb.filter((F.step == END_PICKER) & (F.day != ""))
    )
    router.callback_query.register(
        on_no_end, NewActivity.dates, NavCb.filter((F.step == END_PICKER) & (F.action == "skip"))
    )
    router.message.register(
        on_not_text, StateFilter(NewActivity.title, NewActivity.dates), NOT_COMMAND
    )
    router.callback_query.register(
        on_cancel, StateFilter(NewActivity), NavCb.filter(F.action == "cancel")
    )
    return router
