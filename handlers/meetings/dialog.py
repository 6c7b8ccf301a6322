"""/newmeeting: audience, title and agenda per language, mode, venue and link, times, answer
deadline, capacity, a preview as invitees will see it, publish."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import MeetingAdminCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.delivery.worker import build_method
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.i18n import zone_label
from bot.keyboards import Keyboard
from bot.ui import language_in
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.dialogs import asking_order, editing, next_language_or, parse_local_time
from handlers.meetings.card import show_organizer_card
from notices.meetings import (
    cut_warning,
    invitation,
    preview_meeting,
)
from storage.models import MeetingMode
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.cuts import CutService
from storage.services.errors import InvalidInput
from storage.services.meetings import (
    AGENDA_MAX,
    TITLE_MAX,
    MeetingDraft,
    MeetingService,
    validate_capacity,
    validate_link,
    validate_venue,
)
from storage.services.outbox import Delivery as Row
from storage.services.taxonomy import Taxonomy
from storage.services.telegram_text import visible_text


@dataclass(frozen=True)
class Preview:
    """What showing the preview needs, handed from the step that ends in it."""

    bot: Bot
    settings: Settings
    broadcasts: BroadcastService
    cuts: CutService
    taxonomy: Taxonomy


class NewMeeting(StatesGroup):
    text = State()
    mode = State()
    venue = State()
    link = State()
    start = State()
    end = State()
    deadline = State()
    capacity = State()
    confirm = State()


# --- rendering for invitees ---------------------------------------------------------------


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


def skip_cancel(i18n: I18nContext, skip: bool = True) -> InlineKeyboardMarkup:
    row = []
    if skip:
        row.append(
            InlineKeyboardButton(
                text=i18n.get("btn-skip"), callback_data=MeetingAdminCb(action="skip").pack()
            )
        )
    row.append(
        InlineKeyboardButton(
            text=i18n.get("btn-cancel"), callback_data=MeetingAdminCb(action="abort").pack()
        )
    )
    return InlineKeyboardMarkup(inline_keyboard=[row])


async def ask_meeting_text(
    message: Message, i18n: I18nContext, taxonomy: Taxonomy, index: int
) -> None:
    language = language_in(i18n, taxonomy, asking_order(i18n.locale)[index])
    await message.answer(
        i18n.get("meeting-ask-text", language=language), reply_markup=skip_cancel(i18n)
    )


async def after_audience(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await state.set_state(NewMeeting.text)
    await state.update_data(lang_index=0, texts={})
    await ask_meeting_text(message, i18n, taxonomy, 0)


def split_title(text: str) -> tuple[str, str]:
    title, _, agenda = text.strip().partition("\n")
    title = " ".join(visible_text(title, "HTML").split())
    if not 2 <= len(title) <= TITLE_MAX:
        raise InvalidInput("error-title-length", min=2, max=TITLE_MAX, length=len(title))
    if len(visible_text(agenda, "HTML")) > AGENDA_MAX:
        raise InvalidInput("error-text-too-long", max=AGENDA_MAX, length=len(agenda))
    return title, agenda.strip()


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


async def ask_mode(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewMeeting.mode)
    builder = Keyboard()
    for mode in MeetingMode:
        builder.button(
            text=i18n.get(f"meeting-mode-{mode.value}"),
            callback_data=MeetingAdminCb(action="mode", value=mode.value),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=MeetingAdminCb(action="abort"))
    builder.adjust(3, 1)
    await message.answer(i18n.get("meeting-ask-mode"), reply_markup=builder.as_markup())


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


async def ask_start(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.set_state(NewMeeting.start)
    example = (datetime.now(settings.tz) + timedelta(days=7)).strftime("%d/%m/%Y 10:00")
    await message.answer(
        i18n.get(
            "meeting-ask-start",
            tz=zone_label(i18n.core, i18n.locale, settings.timezone),
            example=example,
        ),
        reply_markup=skip_cancel(i18n, False),
    )


async def on_start_time(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    start = parse_local_time(message.text or "", settings)
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
    await ask_deadline(message, state, i18n)


async def ask_deadline(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewMeeting.deadline)
    await message.answer(i18n.get("meeting-ask-deadline"), reply_markup=skip_cancel(i18n))


async def on_deadline(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, settings: Settings,
    broadcasts: BroadcastService, cuts: CutService, taxonomy: Taxonomy,
) -> None:  # fmt: skip
    start = datetime.fromisoformat((await state.get_data())["start"])
    deadline = parse_local_time(message.text or "", settings)
    if deadline > start:
        raise InvalidInput("error-deadline")
    await state.update_data(deadline=deadline.isoformat())
    await after_deadline(message, state, i18n, Preview(bot, settings, broadcasts, cuts, taxonomy))


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


async def ask_capacity(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewMeeting.capacity)
    await message.answer(i18n.get("meeting-ask-capacity"), reply_markup=skip_cancel(i18n))


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


def draft_from(data: dict[str, Any]) -> MeetingDraft:
    titles, agendas = {}, {}
    for locale, text in data.get("texts", {}).items():
        titles[locale], agendas[locale] = split_title(text)
    start = datetime.fromisoformat(data["start"]) if data.get("start") else None
    return MeetingDraft(
        titles=titles,
        agendas=agendas,
        mode=data.get("mode", MeetingMode.PHYSICAL),
        venue=data.get("venue"),
        link=data.get("link"),
        starts_at=start,
        ends_at=datetime.fromisoformat(data["end"]) if data.get("end") else None,
        rsvp_deadline=datetime.fromisoformat(data["deadline"]) if data.get("deadline") else start,
        capacity=data.get("capacity"),
        audience=Audience.from_data(data.get("audience")),
    )


async def to_confirm(
    message: Message, state: FSMContext, i18n: I18nContext, preview: Preview
) -> None:
    """The invitation as the organizer's own readers will get it (one language, not one per
    language: her chat stays short), then Publish, a ✏️ per part of the meeting, and Cancel."""
    data = await state.get_data()
    draft = draft_from(data)
    shown = preview_meeting(draft)
    render = invitation(i18n.core, preview.settings)
    for payload in render(shown, i18n.locale):
        row = Row(id=0, chat_id=message.chat.id, payload=payload, attempts=0, broadcast_id=None)
        await preview.bot(build_method(row))
    count = len(await preview.broadcasts.recipients(draft.audience))
    await state.set_state(NewMeeting.confirm)
    await state.update_data(editing=False)
    builder = Keyboard()
    builder.button(text=i18n.get("btn-publish"), callback_data=MeetingAdminCb(action="publish"))
    for part in CHANGEABLE_PARTS:
        builder.button(
            text=i18n.get(f"btn-meeting-draft-{part}"),
            callback_data=MeetingAdminCb(action="change", value=part),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=MeetingAdminCb(action="abort"))
    builder.adjust(1, 2, 2, 1, 1)
    written = i18n.get("common-list-separator").join(
        language_in(i18n, preview.taxonomy, code) for code in asking_order(i18n.locale)
        if code in draft.titles
    )  # fmt: skip
    text = i18n.get("meeting-confirm", count=count)
    text += "\n" + i18n.get("meeting-confirm-languages", languages=written)
    inside = await preview.cuts.overlapping(draft.starts_at, draft.ends_at)
    if inside:  # one warning says it
        text += "\n\n" + cut_warning(i18n.core, i18n.locale, inside[0], preview.settings.tz)
    await message.answer(text, reply_markup=builder.as_markup())


# The preview's ✏️ buttons: the parts of a meeting asked again, each as the dialog asked it.
CHANGEABLE_PARTS = ("texts", "place", "time", "deadline", "capacity")


async def on_change(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    settings: Settings,
) -> None:
    if callback_data.value not in CHANGEABLE_PARTS:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    await state.update_data(editing=True)
    part = callback_data.value
    if part == "texts":  # every language again: a title and its agenda go together
        await state.set_state(NewMeeting.text)
        await state.update_data(lang_index=0, texts={})
        await ask_meeting_text(callback.message, i18n, taxonomy, 0)
    elif part == "place":
        await ask_mode(callback.message, state, i18n)
    elif part == "time":
        await ask_start(callback.message, state, i18n, settings)
    elif part == "deadline":
        await ask_deadline(callback.message, state, i18n)
    else:
        await ask_capacity(callback.message, state, i18n)


async def on_publish(
    callback: CallbackQuery,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    assert isinstance(callback.message, Message)
    meeting = await meetings.publish(
        actor, draft_from(await state.get_data()), invitation(i18n.core, settings)
    )
    await state.clear()
    await callback.answer()
    await callback.message.edit_reply_markup(reply_markup=None)
    delivery.wake()
    await show_organizer_card(callback.message, bot, i18n, meetings, meeting)


# --- invitees -----------------------------------------------------------------------------


# --- statistics ---------------------------------------------------------------------------


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="meetings dialog")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_new_meeting, Command("newmeeting"))
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
    organizers.message.register(on_end_time, NewMeeting.end, PLAIN_TEXT)
    organizers.message.register(on_deadline, NewMeeting.deadline, PLAIN_TEXT)
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
