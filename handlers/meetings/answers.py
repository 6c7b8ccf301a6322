"""Invitees: Yes / Maybe / No (with the waiting list), /meetings, the check-in button."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import CheckinCb, RsvpCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import IsApproved
from bot.notify import notify
from notices.meetings import (
    meeting_text,
    rsvp_markup,
)
from storage.models import Person
from storage.services.meetings import (
    MeetingService,
)
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.types import utcnow


async def on_rsvp(
    callback: CallbackQuery,
    callback_data: RsvpCb,
    i18n: I18nContext,
    person: Person,
    people: PeopleService,
    meetings: MeetingService,
    outbox: OutboxService,
    delivery: Delivery,
) -> None:
    result = await meetings.answer(callback_data.meeting_id, person.id, callback_data.answer)
    await callback.answer(i18n.get(f"meeting-answer-{result.answer}"), show_alert=True)
    if isinstance(callback.message, Message):
        markup = InlineKeyboardMarkup.model_validate(
            rsvp_markup(i18n.core, callback_data.meeting_id, i18n.locale, result.answer)
        )
        if callback.message.reply_markup != markup:
            await callback.message.edit_reply_markup(reply_markup=markup)
    if result.promoted_person_id is not None:
        promoted = await people.get(result.promoted_person_id)
        meeting = await meetings.get(callback_data.meeting_id)
        if promoted.telegram_id is not None:
            locale = promoted.locale or "en"
            text = i18n.core.get("meeting-promoted", locale, title=meeting.title(locale))
            key = f"promoted:{meeting.id}:{promoted.id}:{utcnow().isoformat()}"
            await notify(outbox, delivery, promoted.telegram_id, text, key)


async def on_meetings(
    message: Message,
    i18n: I18nContext,
    person: Person,
    meetings: MeetingService,
    settings: Settings,
) -> None:
    upcoming = await meetings.upcoming_for(person.id)
    if not upcoming:
        await message.answer(i18n.get("meetings-none"))
        return
    for meeting, answer in upcoming:
        text = meeting_text(i18n.core, meeting, i18n.locale, settings)
        text += "\n\n" + i18n.get(
            "meeting-your-answer", answer=i18n.get(f"meeting-answer-label-{answer}")
        )
        markup = None
        if utcnow() <= meeting.rsvp_deadline:
            markup = InlineKeyboardMarkup.model_validate(
                rsvp_markup(i18n.core, meeting.id, i18n.locale, answer)
            )
        await message.answer(text, reply_markup=markup)


async def on_checkin_button(
    callback: CallbackQuery,
    callback_data: CheckinCb,
    i18n: I18nContext,
    person: Person,
    meetings: MeetingService,
) -> None:
    first = await meetings.check_in(
        callback_data.meeting_id, callback_data.token, person.id, "button"
    )
    await callback.answer(
        i18n.get("meeting-checked-in" if first else "meeting-already-checked-in"), show_alert=True
    )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    invitees = Router(name="meetings invitees")
    invitees.message.filter(IsApproved())
    invitees.callback_query.filter(IsApproved())
    invitees.callback_query.register(on_rsvp, RsvpCb.filter())
    invitees.message.register(on_meetings, Command("meetings"))
    invitees.callback_query.register(on_checkin_button, CheckinCb.filter())
    return invitees
