"""/newmeeting: audience, title and agenda per language (hers first), mode, venue and link,
times, answer deadline, capacity; then the preview (handlers.meetings.preview)."""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    CallbackQuery,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, MeetingAdminCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.day_picker import pressed_moment
from handlers.common.dialogs import (
    asking_order,
    editing,
    future_local,
    next_language_or,
    parse_local_time,
    typed_moment,
)
from handlers.meetings.preview import on_change, on_publish, to_confirm
from handlers.meetings.steps import (
    DEADLINE_PICKER,
    START_PICKER,
    TITLE_MAX,
    NewMeeting,
    Preview,
    ask_capacity,
    ask_deadline,
    ask_meeting_text,
    ask_mode,
    ask_start,
    skip_cancel,
    split_title,
)
from storage.models import MeetingMode
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.cuts import CutService
from storage.services.decisions import DecisionService
from storage.services.errors import InvalidInput
from storage.services.meetings import (
    validate_capacity,
    validate_link,
    validate_venue,
)
from storage.services.taxonomy import Taxonomy

DEFAULT_LENGTH = timedelta(hours=2)  # a meeting drafted from a time poll: changeable in the preview

# --- organizers: the dialog ---------------------------------------------------------------


async def on_new_meeting(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:
    # The audience menu is the announcements' one; its Next comes back here (after_audience).
    await state.set_state(AudienceMenu.audience)
    await state.set_data({"audience": Audience().to_data(), "purpose": "meeting", "texts": {}})
    await message.answer(i18n.get("meeting-new"))
    await show_audience(
        message, i18n, Audience(), taxonomy, broadcasts, edit=False, purpose="meeting"
    )


async def on_from_decision(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    decisions: DecisionService,
) -> None:
    """A time poll's best time, one tap: a meeting draft for the decision's audience at that
    time, two hours long, titled with the question. Only the place is asked; then the preview,
    where every part can still be changed before it is published."""
    decision_id = int(callback_data.value) if callback_data.value.isdigit() else 0
    decision = await decisions.get(decision_id)
    best = await decisions.best_time(decision_id)
    if best is None:
        await callback.answer(i18n.get("decision-time-none"), show_alert=True)
        return
    start = best.astimezone(settings.tz)
    if start <= datetime.now(settings.tz):
        raise InvalidInput("error-time-past")
    title, _, rest = decision.text.partition("\n")
    title = title[:TITLE_MAX]
    await callback.answer()
    await state.set_state(NewMeeting.mode)
    await state.set_data(
        {
            "audience": decision.audience,
            "purpose": "meeting",
            "texts": {decision.locale: html.escape(f"{title}\n{rest}".strip())},
            "start": start.isoformat(),
            "end": (start + DEFAULT_LENGTH).isoformat(),
            "deadline": None,
            "capacity": None,
            "editing": True,  # the place, then straight to the preview
        }
    )
    if isinstance(callback.message, Message):
        await ask_mode(callback.message, state, i18n)


async def after_audience(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await state.set_state(NewMeeting.text)
    await state.update_data(lang_index=0, texts={})
    await ask_meeting_text(message, i18n, taxonomy, 0)


async def on_meeting_text(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, taxonomy: Taxonomy,
    settings: Settings, broadcasts: BroadcastService, cuts: CutService,
) -> None:  # fmt: skip
    data = await state.get_data()
    index = int(data.get("lang_index", 0))
    split_title(message.text or "")  # validates before anything is kept
    texts = dict(data.get("texts", {}))
    texts[asking_order(i18n.locale)[index]] = message.html_text
    await state.update_data(texts=texts)
    preview = Preview(bot, settings, broadcasts, cuts, taxonomy)
    await next_language(message, state, i18n, taxonomy, index + 1, preview)


async def next_language(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, index: int,
    preview: Preview,
) -> None:  # fmt: skip
    async def after_texts(message: Message, state: FSMContext, i18n: I18nContext) -> None:
        if await editing(state):
            await to_confirm(message, state, i18n, preview)
        else:
            await ask_mode(message, state, i18n)

    await next_language_or(message, state, i18n, taxonomy, index, ask_meeting_text, after_texts)


async def on_abort(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("meeting-dialog-cancelled"))


async def on_skip_language(
    callback: CallbackQuery, state: FSMContext, bot: Bot, i18n: I18nContext, taxonomy: Taxonomy,
    settings: Settings, broadcasts: BroadcastService, cuts: CutService,
) -> None:  # fmt: skip
    await callback.answer()
    assert isinstance(callback.message, Message)
    index = int((await state.get_data()).get("lang_index", 0))
    preview = Preview(bot, settings, broadcasts, cuts, taxonomy)
    await next_language(callback.message, state, i18n, taxonomy, index + 1, preview)


async def on_mode(
    callback: CallbackQuery, callback_data: MeetingAdminCb, state: FSMContext, i18n: I18nContext
) -> None:
    assert isinstance(callback.message, Message)
    if callback_data.value not in {m.value for m in MeetingMode}:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    await state.update_data(mode=callback_data.value)
    await callback.message.edit_reply_markup(reply_markup=None)
    if callback_data.value == MeetingMode.VIRTUAL:
        await state.set_state(NewMeeting.link)
        await callback.message.answer(
            i18n.get("meeting-ask-link"), reply_markup=skip_cancel(i18n, False)
        )
    else:
        await state.set_state(NewMeeting.venue)
        await callback.message.answer(
            i18n.get("meeting-ask-venue"), reply_markup=skip_cancel(i18n, False)
        )


async def on_venue(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, settings: Settings,
    broadcasts: BroadcastService, cuts: CutService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    await state.update_data(venue=validate_venue(message.text or ""))
    if (await state.get_data()).get("mode") == MeetingMode.HYBRID:
        await state.set_state(NewMeeting.link)
        await message.answer(i18n.get("meeting-ask-link"), reply_markup=skip_cancel(i18n, False))
    else:
        await state.update_data(link=None)  # in person: no link (a change of mode drops it)
        await after_place(message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy))


async def on_link(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, settings: Settings,
    broadcasts: BroadcastService, cuts: CutService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    await state.update_data(link=validate_link(message.text or ""))
    if (await state.get_data()).get("mode") == MeetingMode.VIRTUAL:
        await state.update_data(venue=None)  # online: no venue
    await after_place(message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy))


async def after_place(
    message: Message, state: FSMContext, i18n: I18nContext, preview: Preview
) -> None:
    if await editing(state):
        await to_confirm(message, state, i18n, preview)
    else:
        await ask_start(message, state, i18n, preview.settings)


async def on_start_time(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    start = await typed_moment(message.text or "", state, settings)
    await start_chosen(message, state, i18n, start)


async def on_start_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    settings: Settings,
) -> None:  # fmt: skip
    """The start's day pressed (its time is asked next), or its hour."""
    moment = await pressed_moment(callback, callback_data, state, i18n)
    if moment is not None and isinstance(callback.message, Message):
        await start_chosen(callback.message, state, i18n, future_local(moment, settings))


async def start_chosen(
    message: Message, state: FSMContext, i18n: I18nContext, start: datetime
) -> None:
    await state.update_data(start=start.isoformat())
    await state.set_state(NewMeeting.end)
    await message.answer(i18n.get("meeting-ask-end"), reply_markup=skip_cancel(i18n, False))


async def on_end_time(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, settings: Settings,
    broadcasts: BroadcastService, cuts: CutService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    data = await state.get_data()
    start = datetime.fromisoformat(data["start"])
    text = (message.text or "").strip()
    if len(text) <= 5:  # "13:30": the same day as the start
        text = f"{start.astimezone(settings.tz).strftime('%Y-%m-%d')} {text}"
    end = parse_local_time(text, settings)
    if end <= start:
        raise InvalidInput("error-end-before-start")
    await state.update_data(end=end.isoformat())
    if await editing(state):
        if data.get("deadline") and datetime.fromisoformat(data["deadline"]) > start:
            await state.update_data(deadline=None)  # after the new start: answers until it
        await to_confirm(message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy))
        return
    await ask_deadline(message, state, i18n, settings)


async def on_deadline(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, settings: Settings,
    broadcasts: BroadcastService, cuts: CutService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    deadline = await typed_moment(message.text or "", state, settings)
    await deadline_chosen(
        message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy), deadline
    )


async def on_deadline_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, bot: Bot,
    i18n: I18nContext, settings: Settings, broadcasts: BroadcastService, cuts: CutService,
    taxonomy: Taxonomy,
) -> None:  # fmt: skip
    """The answer deadline's day pressed (its time is asked next), or its hour."""
    moment = await pressed_moment(callback, callback_data, state, i18n)
    if moment is not None and isinstance(callback.message, Message):
        preview = Preview(bot, settings, broadcasts, cuts, taxonomy)
        await deadline_chosen(
            callback.message, state, i18n, preview, future_local(moment, settings)
        )


async def deadline_chosen(
    message: Message, state: FSMContext, i18n: I18nContext, preview: Preview, deadline: datetime
) -> None:
    start = datetime.fromisoformat((await state.get_data())["start"])
    if deadline > start:
        raise InvalidInput("error-deadline")
    await state.update_data(deadline=deadline.isoformat())
    await after_deadline(message, state, i18n, preview)


async def on_deadline_skip(
    callback: CallbackQuery, state: FSMContext, bot: Bot, i18n: I18nContext, settings: Settings,
    broadcasts: BroadcastService, cuts: CutService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    await callback.answer()
    assert isinstance(callback.message, Message)
    await state.update_data(deadline=None)  # answers until the start
    await after_deadline(
        callback.message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy)
    )


async def after_deadline(
    message: Message, state: FSMContext, i18n: I18nContext, preview: Preview
) -> None:
    if await editing(state):
        await to_confirm(message, state, i18n, preview)
    else:
        await ask_capacity(message, state, i18n)


async def on_capacity(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    broadcasts: BroadcastService,
    cuts: CutService,
    taxonomy: Taxonomy,
) -> None:
    await state.update_data(capacity=validate_capacity(message.text or ""))
    await to_confirm(message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy))


async def on_capacity_skip(
    callback: CallbackQuery,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    broadcasts: BroadcastService,
    cuts: CutService,
    taxonomy: Taxonomy,
) -> None:
    await callback.answer()
    assert isinstance(callback.message, Message)
    await state.update_data(capacity=None)  # no limit
    await to_confirm(
        callback.message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy)
    )


TEXT_STEPS = (
    NewMeeting.text,
    NewMeeting.venue,
    NewMeeting.link,
    NewMeeting.start,
    NewMeeting.end,
    NewMeeting.deadline,
    NewMeeting.capacity,
)


async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_text_for_buttons(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-use-buttons"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="meetings dialog")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_new_meeting, Command("newmeeting"))
    organizers.callback_query.register(
        on_from_decision, MeetingAdminCb.filter(F.action == "fromdecision")
    )
    NEXT_STEPS["meeting"] = after_audience
    organizers.message.register(on_meeting_text, NewMeeting.text, PLAIN_TEXT)
    organizers.callback_query.register(on_abort, MeetingAdminCb.filter(F.action == "abort"))
    organizers.callback_query.register(
        on_skip_language, NewMeeting.text, MeetingAdminCb.filter(F.action == "skip")
    )
    organizers.callback_query.register(
        on_mode, NewMeeting.mode, MeetingAdminCb.filter(F.action == "mode")
    )
    organizers.message.register(on_venue, NewMeeting.venue, PLAIN_TEXT)
    organizers.message.register(on_link, NewMeeting.link, PLAIN_TEXT)
    organizers.message.register(on_start_time, NewMeeting.start, PLAIN_TEXT)
    organizers.callback_query.register(
        on_start_pressed, NewMeeting.start, DayCb.filter((F.step == START_PICKER) & (F.day != ""))
    )
    organizers.message.register(on_end_time, NewMeeting.end, PLAIN_TEXT)
    organizers.message.register(on_deadline, NewMeeting.deadline, PLAIN_TEXT)
    organizers.callback_query.register(
        on_deadline_pressed,
        NewMeeting.deadline,
        DayCb.filter((F.step == DEADLINE_PICKER) & (F.day != "")),
    )
    organizers.callback_query.register(
        on_deadline_skip, NewMeeting.deadline, MeetingAdminCb.filter(F.action == "skip")
    )
    organizers.message.register(on_capacity, NewMeeting.capacity, PLAIN_TEXT)
    organizers.callback_query.register(
        on_capacity_skip, NewMeeting.capacity, MeetingAdminCb.filter(F.action == "skip")
    )
    organizers.message.register(on_not_text, StateFilter(*TEXT_STEPS), NOT_COMMAND)
    organizers.message.register(
        on_text_for_buttons, StateFilter(NewMeeting.mode, NewMeeting.confirm), NOT_COMMAND
    )
    organizers.callback_query.register(
        on_publish, NewMeeting.confirm, MeetingAdminCb.filter(F.action == "publish")
    )
    organizers.callback_query.register(
        on_change, NewMeeting.confirm, MeetingAdminCb.filter(F.action == "change")
    )
    return organizers
