"""The /newmeeting preview: the invitation as the organizer's readers get it, Publish, a ✏️ per
part of the meeting (asked again as the dialog asked it; its answer returns here), Cancel."""

from __future__ import annotations

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    CallbackQuery,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import MeetingAdminCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.delivery.worker import build_method
from bot.keyboards import Keyboard
from bot.ui import language_in
from handlers.common.dialogs import asking_order
from handlers.meetings.card import show_organizer_card
from handlers.meetings.steps import (
    NewMeeting,
    Preview,
    ask_capacity,
    ask_deadline,
    ask_meeting_text,
    ask_mode,
    ask_start,
    draft_from,
)
from notices.meetings import (
    cut_warning,
    invitation,
    preview_meeting,
)
from storage.services.actors import Actor
from storage.services.meetings import (
    MeetingService,
)
from storage.services.outbox import Delivery as Row
from storage.services.taxonomy import Taxonomy


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
        await ask_deadline(callback.message, state, i18n, settings)
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
