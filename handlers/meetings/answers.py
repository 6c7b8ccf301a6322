"""Invitees: Yes / Maybe / No (with the waiting list), /meetings, the check-in button."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import CheckinCb, HomeCb, MeetingsCb, RsvpCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import IsApproved
from bot.i18n import reading_chain
from bot.keyboards import Keyboard
from bot.notify import notify
from bot.ui import back_data, edit_in_place
from handlers.common.home import home_button, with_home
from notices.meetings import meeting_text, rsvp_markup, when_text
from storage.models import Answer, Meeting, Person
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
    settings: Settings,
) -> None:
    result = await meetings.answer(callback_data.meeting_id, person.id, callback_data.answer)
    await callback.answer(i18n.get(f"meeting-answer-{result.answer}"), show_alert=True)
    if isinstance(callback.message, Message):
        await redraw_after_answer(
            callback.message, i18n, person, meetings, settings, callback_data.meeting_id,
            result.answer,
        )  # fmt: skip
    if result.promoted_person_id is not None:
        promoted = await people.get(result.promoted_person_id)
        meeting = await meetings.get(callback_data.meeting_id)
        if promoted.telegram_id is not None:
            locale = promoted.locale or "en"
            text = i18n.core.get("meeting-promoted", locale, title=meeting.title(locale))
            key = f"promoted:{meeting.id}:{promoted.id}:{utcnow().isoformat()}"
            await notify(outbox, delivery, promoted.telegram_id, text, key)


async def redraw_after_answer(
    message: Message, i18n: I18nContext, person: Person, meetings: MeetingService,
    settings: Settings, meeting_id: int, answer: str,
) -> None:  # fmt: skip
    """A card opened from /meetings is drawn again from the state, text and buttons together
    (its text said "no answer yet" and "please answer by" beside the ticked answer); on an
    invitation, the buttons show the answer."""
    page = back_page(message.reply_markup)
    if page is not None:
        upcoming = await meetings.upcoming_for(person.id)
        found = next(((m, a) for m, a in upcoming if m.id == meeting_id), None)
        if found is not None:
            text, markup = meeting_card(i18n, found[0], answer, settings, page)
            await edit_in_place(message, text, markup)
            return
    buttons = InlineKeyboardMarkup.model_validate(
        rsvp_markup(i18n.core, meeting_id, i18n.locale, answer)
    )
    if message.reply_markup != buttons:
        await message.edit_reply_markup(reply_markup=buttons)


def back_page(markup: InlineKeyboardMarkup | None) -> int | None:
    """The list page a /meetings card goes back to, or None when it is not such a card."""
    back = back_data(markup, MeetingsCb)
    return back.page if back is not None else None


MEETINGS_PER_PAGE = 5


def meetings_page(
    i18n: I18nContext, upcoming: list[tuple[Meeting, str]], page: int, settings: Settings
) -> tuple[str, InlineKeyboardMarkup]:
    """One page of the person's upcoming meetings: a line each, a button to open each card,
    and Previous / Next where there are more."""
    pages = max(1, -(-len(upcoming) // MEETINGS_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    shown = upcoming[page * MEETINGS_PER_PAGE : (page + 1) * MEETINGS_PER_PAGE]
    lines = [i18n.get("meetings-list-header", total=len(upcoming), page=page + 1, pages=pages)]
    builder = Keyboard()
    for meeting, answer in shown:
        title = meeting.title(i18n.locale, reading_chain(i18n.core, i18n.locale))
        lines.append(
            i18n.get(
                "meetings-list-line",
                when=when_text(meeting, settings, i18n.locale),
                title=title,
                answer=i18n.get(f"meeting-answer-label-{answer}"),
            )
        )
        builder.button(
            text=title[:60],
            callback_data=MeetingsCb(action="open", meeting_id=meeting.id, page=page),
        )
    builder.adjust(1)
    moves = []
    if page > 0:
        moves.append(("btn-meetings-previous", page - 1))
    if page < pages - 1:
        moves.append(("btn-meetings-next", page + 1))
    if moves:
        builder.row(
            *(
                InlineKeyboardButton(
                    text=i18n.get(key), callback_data=MeetingsCb(action="page", page=to).pack()
                )
                for key, to in moves
            )
        )
    builder.row(home_button(i18n))
    return "\n\n".join(lines), builder.as_markup()


def meeting_card(
    i18n: I18nContext, meeting: Meeting, answer: str, settings: Settings, page: int
) -> tuple[str, InlineKeyboardMarkup]:
    """One meeting as its invitation shows it, with the person's answer, answer buttons while
    answers are open, and the way back to the list."""
    text = meeting_text(
        i18n.core, meeting, i18n.locale, settings, "ask" if answer == Answer.NONE else "open"
    )
    text += "\n\n" + i18n.get(
        "meeting-your-answer", answer=i18n.get(f"meeting-answer-label-{answer}")
    )
    rows: list[list[InlineKeyboardButton]] = []
    if utcnow() <= meeting.rsvp_deadline:
        markup = rsvp_markup(i18n.core, meeting.id, i18n.locale, answer)
        rows.extend(InlineKeyboardMarkup.model_validate(markup).inline_keyboard)
    back = MeetingsCb(action="page", page=page).pack()
    rows.append([InlineKeyboardButton(text=i18n.get("btn-meetings-back"), callback_data=back)])
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


async def on_meetings(
    message: Message,
    i18n: I18nContext,
    person: Person,
    meetings: MeetingService,
    settings: Settings,
) -> None:
    text, markup = await first_page(i18n, person, meetings, settings)
    await message.answer(text, reply_markup=markup)


async def first_page(
    i18n: I18nContext, person: Person, meetings: MeetingService, settings: Settings
) -> tuple[str, InlineKeyboardMarkup]:
    upcoming = await meetings.upcoming_for(person.id)
    if not upcoming:
        return i18n.get("meetings-none"), with_home(i18n, None)
    return meetings_page(i18n, upcoming, 0, settings)


async def on_home_button(
    callback: CallbackQuery,
    i18n: I18nContext,
    person: Person,
    meetings: MeetingService,
    settings: Settings,
) -> None:
    """My meetings, from the home card: the list in its place."""
    await callback.answer()
    if isinstance(callback.message, Message):
        text, markup = await first_page(i18n, person, meetings, settings)
        await edit_in_place(callback.message, text, markup)


async def on_meetings_button(
    callback: CallbackQuery,
    callback_data: MeetingsCb,
    i18n: I18nContext,
    person: Person,
    meetings: MeetingService,
    settings: Settings,
) -> None:
    upcoming = await meetings.upcoming_for(person.id)
    if not isinstance(callback.message, Message):
        await callback.answer()
        return
    if not upcoming:
        await callback.answer()
        await edit_in_place(callback.message, i18n.get("meetings-none"), with_home(i18n, None))
        return
    found = None
    if callback_data.action == "open":
        found = next(((m, a) for m, a in upcoming if m.id == callback_data.meeting_id), None)
    if found is not None:
        await callback.answer()
        text, markup = meeting_card(i18n, *found, settings, callback_data.page)
    else:
        if callback_data.action == "open":
            # Ended, cancelled or never this person's: the list as it is now.
            await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        else:
            await callback.answer()
        text, markup = meetings_page(i18n, upcoming, callback_data.page, settings)
    await edit_in_place(callback.message, text, markup)


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
    invitees.callback_query.register(on_meetings_button, MeetingsCb.filter())
    invitees.callback_query.register(on_home_button, HomeCb.filter(F.action == "meetings"))
    invitees.callback_query.register(on_checkin_button, CheckinCb.filter())
    return invitees
