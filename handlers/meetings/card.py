"""A meeting's card for organizers: answers by actor type and the list as CSV, attendance by
hand, changes told to every invitee, cancelling, the check-in link and QR code."""

from __future__ import annotations

import io
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import segno
from aiogram import Bot, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, FollowupAdminCb, MeetingAdminCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import PLAIN_TEXT, IsOrganizer
from bot.i18n import zone_label
from bot.keyboards import Keyboard
from bot.ui import TIME_FORMAT, edit_in_place
from handlers.common.day_picker import pressed_moment, with_day_picker
from handlers.common.dialogs import future_local, typed_moment
from notices.meetings import (
    cancellation,
    checkin_link,
    update_notice,
)
from reports.tables import to_csv
from storage.models import Answer, Meeting
from storage.services.actors import Actor
from storage.services.errors import Conflict
from storage.services.exports import Table
from storage.services.meetings import (
    MeetingService,
)
from storage.services.taxonomy import Taxonomy
from storage.services.text import parse_row_id

NEW_START = "mnew"  # the changed start's day picker (DayCb)


async def organizer_card(
    bot: Bot, i18n: I18nContext, meetings: MeetingService, meeting: Meeting
) -> tuple[str, InlineKeyboardMarkup, str]:
    """The card's text and buttons, and the check-in link its QR code carries."""
    answers = await meetings.answers(meeting.id)
    link = await checkin_link(bot, meeting)
    text = i18n.get(
        "meeting-organizer-card",
        title=meeting.title(i18n.locale),
        invited=sum(answers.values()),
        yes=answers[Answer.YES],
        maybe=answers[Answer.MAYBE],
        no=answers[Answer.NO],
        waitlist=answers[Answer.WAITLIST],
        none=answers[Answer.NONE],
        link=link,
    )
    builder = Keyboard()
    for action, key in (
        ("answers", "btn-meeting-refresh"),
        ("edit", "btn-meeting-edit"),
        ("csv", "btn-meeting-list"),
        ("attend", "btn-meeting-attendance"),
        ("poll", "btn-meeting-poll"),
        ("cancel", "btn-meeting-cancel"),
    ):
        builder.button(
            text=i18n.get(key), callback_data=MeetingAdminCb(action=action, meeting_id=meeting.id)
        )
    builder.button(  # recorded in the follow-up; the attendees get it
        text=i18n.get("btn-followup-action-point"),
        callback_data=FollowupAdminCb(action="point", value=meeting.id),
    )
    builder.adjust(2, 2, 2, 1)
    return text, builder.as_markup(), link


async def show_organizer_card(
    message: Message, bot: Bot, i18n: I18nContext, meetings: MeetingService, meeting: Meeting
) -> None:
    """A new card and its check-in QR code (once, when the meeting is published)."""
    text, markup, link = await organizer_card(bot, i18n, meetings, meeting)
    await message.answer(text, reply_markup=markup)
    qr = io.BytesIO()
    segno.make(link, error="m").save(qr, kind="png", scale=10, border=3)
    await message.answer_photo(
        BufferedInputFile(qr.getvalue(), filename=f"checkin-{meeting.id}.png"),
        caption=i18n.get("meeting-qr-caption"),
    )


async def on_answers(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    bot: Bot,
    i18n: I18nContext,
    meetings: MeetingService,
) -> None:
    """The card with today's answers, edited in place (the QR code does not change)."""
    meeting = await meetings.get(callback_data.meeting_id)
    await callback.answer()
    if isinstance(callback.message, Message):
        text, markup, _ = await organizer_card(bot, i18n, meetings, meeting)
        await edit_in_place(callback.message, text, markup)


async def on_cancel_meeting(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    meeting = await meetings.cancel(
        actor, callback_data.meeting_id, cancellation(i18n.core, settings)
    )
    delivery.wake()
    await callback.answer()
    # A new message, not an edit: the card pressed may be days old.
    await bot.send_message(
        callback.from_user.id,
        i18n.get("meeting-cancelled-organizer", title=meeting.title(i18n.locale)),
    )


class ChangeMeeting(StatesGroup):
    value = State()


CHANGEABLE = ("time", "venue", "link", "agenda")


async def on_edit_menu(
    callback: CallbackQuery, callback_data: MeetingAdminCb, i18n: I18nContext
) -> None:
    await callback.answer()
    builder = Keyboard()
    for field in CHANGEABLE:
        builder.button(
            text=i18n.get(f"btn-change-{field}"),
            callback_data=MeetingAdminCb(
                action="field", meeting_id=callback_data.meeting_id, value=field
            ),
        )
    builder.adjust(2)
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("meeting-change-what"), reply_markup=builder.as_markup()
        )


async def on_edit_field(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
) -> None:
    if callback_data.value not in CHANGEABLE:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    meeting = await meetings.get(callback_data.meeting_id)
    await callback.answer()
    # The version seen now: if another organizer changes the meeting first, this edit is refused.
    await state.set_state(ChangeMeeting.value)
    await state.set_data(
        {"meeting_id": meeting.id, "field": callback_data.value, "seen": meeting.sequence}
    )
    now = datetime.now(settings.tz)
    example = (now + timedelta(days=7)).strftime("%d/%m/%Y 10:00")
    picker = None
    if callback_data.value == "time":
        picker = with_day_picker(i18n, NEW_START, now.date())
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get(
                f"meeting-change-{callback_data.value}",
                tz=zone_label(i18n.core, i18n.locale, settings.timezone),
                example=example,
            ),
            reply_markup=picker,
        )


async def on_edit_value(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    data = await state.get_data()
    text = message.text or ""
    changes: dict[str, Any] = {}
    if data["field"] == "time":
        changes["starts_at"] = await typed_moment(text, state, settings)
    elif data["field"] == "venue":
        changes["venue"] = text
    elif data["field"] == "link":
        changes["link"] = text
    else:
        changes["agenda"] = (i18n.locale, message.html_text)
    await change(message, state, i18n, settings, meetings, delivery, actor, changes)


async def on_new_start_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    settings: Settings, meetings: MeetingService, delivery: Delivery, actor: Actor,
) -> None:  # fmt: skip
    """The new start's day pressed (its time is asked next), or its hour."""
    moment = await pressed_moment(callback, callback_data, state, i18n)
    if moment is not None and isinstance(callback.message, Message):
        changes = {"starts_at": future_local(moment, settings)}
        await change(callback.message, state, i18n, settings, meetings, delivery, actor, changes)


async def change(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings,
    meetings: MeetingService, delivery: Delivery, actor: Actor, changes: dict[str, Any],
) -> None:  # fmt: skip
    data = await state.get_data()
    try:
        meeting = await meetings.change(
            actor, int(data["meeting_id"]), int(data["seen"]), update_notice(i18n.core, settings),
            **changes,
        )  # fmt: skip
    except Conflict:
        await state.clear()
        raise
    await state.clear()
    delivery.wake()
    await message.answer(i18n.get("meeting-changed", title=meeting.title(i18n.locale)))


async def on_list(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    meetings: MeetingService,
    settings: Settings,
) -> None:
    meeting = await meetings.get(callback_data.meeting_id)
    roster = await meetings.roster(meeting.id)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    by_type: dict[int | None, Counter[str]] = {}
    for row in roster:
        by_type.setdefault(row["actor_type_id"], Counter())[row["answer"]] += 1
    lines = []
    for term in taxonomy.actor_types:
        counts = by_type.get(term.id, Counter())
        lines.append(
            i18n.get(
                "meeting-answers-by-type",
                type=term.name(i18n.locale),
                yes=counts[Answer.YES],
                maybe=counts[Answer.MAYBE],
                no=counts[Answer.NO],
                none=counts[Answer.NONE] + counts[Answer.WAITLIST],
            )
        )
    await callback.message.answer("\n".join(lines))
    table = Table(
        "answers",
        ["name", "organization", "actor_type", "answer", "answered_at", "attended_at"],
        [],
    )
    for row in roster:
        term = taxonomy.actor_type(row["actor_type_id"]) if row["actor_type_id"] else None
        table.rows.append(
            [
                row["name"] or "",
                row["organization"] or "",
                term.name(i18n.locale) if term else "",
                row["answer"],
                local_iso(row["answered_at"], settings),
                local_iso(row["attended_at"], settings),
            ]
        )
    await callback.message.answer_document(
        BufferedInputFile(to_csv(table), filename=f"meeting-{meeting.id}-answers.csv"),
        caption=i18n.get("meeting-list-caption", title=meeting.title(i18n.locale)),
        protect_content=settings.protect_content,
    )


def local_iso(moment: datetime | None, settings: Settings) -> str:
    return moment.astimezone(settings.tz).strftime(TIME_FORMAT) if moment else ""


def attendance_keyboard(meeting_id: int, roster: list[dict[str, Any]]) -> InlineKeyboardMarkup:
    builder = Keyboard()
    ordered = sorted(
        roster, key=lambda r: (r["answer"] not in (Answer.YES, Answer.MAYBE), r["name"])
    )
    for row in ordered[:60]:
        mark = "✅" if row["attended_at"] else "▫️"
        builder.button(
            text=f"{mark} {row['name'] or '—'}"[:60],
            callback_data=MeetingAdminCb(
                action="mark", meeting_id=meeting_id, value=str(row["person_id"])
            ),
        )
    builder.adjust(2)
    return builder.as_markup()


async def on_attendance(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    i18n: I18nContext,
    meetings: MeetingService,
    actor: Actor,
) -> None:
    if callback_data.action == "mark":
        person_id = parse_row_id(callback_data.value)
        if person_id is None:
            await callback.answer(i18n.get("common-stale-button"), show_alert=True)
            return
        invited = {row["person_id"] for row in await meetings.roster(callback_data.meeting_id)}
        if person_id not in invited:
            await callback.answer(i18n.get("meeting-not-invited"), show_alert=True)
            return
        await meetings.mark_attended(actor, callback_data.meeting_id, person_id)
    await callback.answer()
    roster = await meetings.roster(callback_data.meeting_id)
    markup = attendance_keyboard(callback_data.meeting_id, roster)
    if not isinstance(callback.message, Message):
        return
    if callback_data.action == "attend":
        await callback.message.answer(i18n.get("meeting-mark-attendance"), reply_markup=markup)
    elif callback.message.reply_markup != markup:
        await callback.message.edit_reply_markup(reply_markup=markup)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="meetings card")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.callback_query.register(on_answers, MeetingAdminCb.filter(F.action == "answers"))
    organizers.callback_query.register(
        on_cancel_meeting, MeetingAdminCb.filter(F.action == "cancel")
    )
    organizers.callback_query.register(on_edit_menu, MeetingAdminCb.filter(F.action == "edit"))
    organizers.callback_query.register(on_edit_field, MeetingAdminCb.filter(F.action == "field"))
    organizers.message.register(on_edit_value, ChangeMeeting.value, PLAIN_TEXT)
    organizers.callback_query.register(
        on_new_start_pressed,
        ChangeMeeting.value,
        DayCb.filter((F.step == NEW_START) & (F.day != "")),
    )
    organizers.callback_query.register(on_list, MeetingAdminCb.filter(F.action == "csv"))
    organizers.callback_query.register(
        on_attendance, MeetingAdminCb.filter(F.action.in_({"attend", "mark"}))
    )
    return organizers
