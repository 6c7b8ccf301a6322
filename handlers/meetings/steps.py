"""The /newmeeting dialog's steps as it asks them (states, prompts, the draft read back from
the dialog's data): the dialog and its preview's ✏️ both ask them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import MeetingAdminCb
from bot.config import Settings
from bot.i18n import zone_label
from bot.keyboards import Keyboard
from bot.ui import language_in
from handlers.common.day_picker import with_day_picker
from handlers.common.dialogs import asking_order
from storage.models import MeetingMode
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.cuts import CutService
from storage.services.errors import InvalidInput
from storage.services.meetings import (
    AGENDA_MAX,
    TITLE_MAX,
    MeetingDraft,
)
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


START_PICKER, DEADLINE_PICKER = "mstart", "mdead"  # the day pickers' steps (DayCb)


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


def split_title(text: str) -> tuple[str, str]:
    title, _, agenda = text.strip().partition("\n")
    title = " ".join(visible_text(title, "HTML").split())
    if not 2 <= len(title) <= TITLE_MAX:
        raise InvalidInput("error-title-length", min=2, max=TITLE_MAX, length=len(title))
    if len(visible_text(agenda, "HTML")) > AGENDA_MAX:
        raise InvalidInput("error-text-too-long", max=AGENDA_MAX, length=len(agenda))
    return title, agenda.strip()


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


async def ask_start(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.set_state(NewMeeting.start)
    now = datetime.now(settings.tz)
    example = (now + timedelta(days=7)).strftime("%d/%m/%Y 10:00")
    await message.answer(
        i18n.get(
            "meeting-ask-start",
            tz=zone_label(i18n.core, i18n.locale, settings.timezone),
            example=example,
        ),
        reply_markup=with_day_picker(i18n, START_PICKER, now.date(), skip_cancel(i18n, False)),
    )


async def ask_deadline(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.set_state(NewMeeting.deadline)
    await message.answer(
        i18n.get("meeting-ask-deadline"),
        reply_markup=with_day_picker(
            i18n, DEADLINE_PICKER, datetime.now(settings.tz).date(), skip_cancel(i18n)
        ),
    )


async def ask_capacity(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewMeeting.capacity)
    await message.answer(i18n.get("meeting-ask-capacity"), reply_markup=skip_cancel(i18n))


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
