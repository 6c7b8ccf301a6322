"""Coordination meetings.

Organizers: /newmeeting (audience, title and agenda per language, mode, venue and link, times,
answer deadline, capacity, preview, publish), then answers, a check-in link and QR code, and
cancelling; /stats for a period. Invitees: Yes / Maybe / No on the invitation or in /meetings,
a calendar file, reminders, check-in by link or button.
"""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import segno
from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiogram_i18n import I18nContext

from bot.callbacks import CheckinCb, MeetingAdminCb, RsvpCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.delivery.worker import build_method
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.i18n import Html
from bot.notify import notify
from bot.ui import TIME_FORMAT, language_name
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.dialogs import next_language_or, parse_local_time
from notices.meetings import (
    cancellation,
    invitation,
    meeting_text,
    rsvp_markup,
    update_notice,
)
from reports.charts import shares_chart
from reports.tables import to_csv
from storage.models import Answer, Meeting, MeetingMode, MeetingStatus, Person
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.errors import Conflict, InvalidInput
from storage.services.exports import Table
from storage.services.meetings import (
    AGENDA_MAX,
    TITLE_MAX,
    MeetingDraft,
    MeetingService,
    validate_capacity,
    validate_link,
    validate_venue,
)
from storage.services.newsletters import Period, parse_period, quarter
from storage.services.outbox import Delivery as Row
from storage.services.outbox import OutboxService
from storage.services.people import PeopleService
from storage.services.taxonomy import Taxonomy
from storage.services.telegram_text import visible_text
from storage.services.text import parse_row_id
from storage.types import utcnow

router = Router(name="meetings")
organizers = Router(name="meetings organizers")
organizers.message.filter(IsOrganizer())
organizers.callback_query.filter(IsOrganizer())
invitees = Router(name="meetings invitees")
invitees.message.filter(IsApproved())
invitees.callback_query.filter(IsApproved())
router.include_routers(organizers, invitees)

CHECKIN_PREFIX = "ci_"


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


@organizers.message(Command("newmeeting"))
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
    await show_audience(message, i18n, Audience(), taxonomy, broadcasts, edit=False)


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
    language = language_name(taxonomy, SUPPORTED_LOCALES[index])
    await message.answer(
        i18n.get("meeting-ask-text", language=language), reply_markup=skip_cancel(i18n)
    )


async def after_audience(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await state.set_state(NewMeeting.text)
    await state.update_data(lang_index=0, texts={})
    await ask_meeting_text(message, i18n, taxonomy, 0)


NEXT_STEPS["meeting"] = after_audience


def split_title(text: str) -> tuple[str, str]:
    title, _, agenda = text.strip().partition("\n")
    title = " ".join(visible_text(title, "HTML").split())
    if not 2 <= len(title) <= TITLE_MAX:
        raise InvalidInput("error-title-length", min=2, max=TITLE_MAX, length=len(title))
    if len(visible_text(agenda, "HTML")) > AGENDA_MAX:
        raise InvalidInput("error-text-too-long", max=AGENDA_MAX, length=len(agenda))
    return title, agenda.strip()


@organizers.message(NewMeeting.text, PLAIN_TEXT)
async def on_meeting_text(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    data = await state.get_data()
    index = int(data.get("lang_index", 0))
    split_title(message.text or "")  # validates before anything is kept
    texts = dict(data.get("texts", {}))
    texts[SUPPORTED_LOCALES[index]] = message.html_text
    await state.update_data(texts=texts)
    await next_language(message, state, i18n, taxonomy, index + 1)


async def next_language(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, index: int
) -> None:
    await next_language_or(message, state, i18n, taxonomy, index, ask_meeting_text, ask_mode)


async def ask_mode(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewMeeting.mode)
    builder = InlineKeyboardBuilder()
    for mode in MeetingMode:
        builder.button(
            text=i18n.get(f"meeting-mode-{mode.value}"),
            callback_data=MeetingAdminCb(action="mode", value=mode.value),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=MeetingAdminCb(action="abort"))
    builder.adjust(3, 1)
    await message.answer(i18n.get("meeting-ask-mode"), reply_markup=builder.as_markup())


@organizers.callback_query(MeetingAdminCb.filter(F.action == "abort"))
async def on_abort(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("meeting-dialog-cancelled"))


@organizers.callback_query(NewMeeting.text, MeetingAdminCb.filter(F.action == "skip"))
async def on_skip_language(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await callback.answer()
    assert isinstance(callback.message, Message)
    index = int((await state.get_data()).get("lang_index", 0))
    await next_language(callback.message, state, i18n, taxonomy, index + 1)


@organizers.callback_query(NewMeeting.mode, MeetingAdminCb.filter(F.action == "mode"))
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


@organizers.message(NewMeeting.venue, PLAIN_TEXT)
async def on_venue(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.update_data(venue=validate_venue(message.text or ""))
    if (await state.get_data()).get("mode") == MeetingMode.HYBRID:
        await state.set_state(NewMeeting.link)
        await message.answer(i18n.get("meeting-ask-link"), reply_markup=skip_cancel(i18n, False))
    else:
        await ask_start(message, state, i18n, settings)


@organizers.message(NewMeeting.link, PLAIN_TEXT)
async def on_link(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.update_data(link=validate_link(message.text or ""))
    await ask_start(message, state, i18n, settings)


async def ask_start(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.set_state(NewMeeting.start)
    example = (datetime.now(settings.tz) + timedelta(days=7)).strftime("%Y-%m-%d 10:00")
    await message.answer(
        i18n.get("meeting-ask-start", tz=settings.timezone, example=example),
        reply_markup=skip_cancel(i18n, False),
    )


@organizers.message(NewMeeting.start, PLAIN_TEXT)
async def on_start_time(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    start = parse_local_time(message.text or "", settings)
    await state.update_data(start=start.isoformat())
    await state.set_state(NewMeeting.end)
    await message.answer(i18n.get("meeting-ask-end"), reply_markup=skip_cancel(i18n, False))


@organizers.message(NewMeeting.end, PLAIN_TEXT)
async def on_end_time(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    start = datetime.fromisoformat((await state.get_data())["start"])
    text = (message.text or "").strip()
    if len(text) <= 5:  # "13:30": the same day as the start
        text = f"{start.astimezone(settings.tz).strftime('%Y-%m-%d')} {text}"
    end = parse_local_time(text, settings)
    if end <= start:
        raise InvalidInput("error-end-before-start")
    await state.update_data(end=end.isoformat())
    await state.set_state(NewMeeting.deadline)
    await message.answer(i18n.get("meeting-ask-deadline"), reply_markup=skip_cancel(i18n))


@organizers.message(NewMeeting.deadline, PLAIN_TEXT)
async def on_deadline(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    start = datetime.fromisoformat((await state.get_data())["start"])
    deadline = parse_local_time(message.text or "", settings)
    if deadline > start:
        raise InvalidInput("error-deadline")
    await state.update_data(deadline=deadline.isoformat())
    await ask_capacity(message, state, i18n)


@organizers.callback_query(NewMeeting.deadline, MeetingAdminCb.filter(F.action == "skip"))
async def on_deadline_skip(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await callback.answer()
    assert isinstance(callback.message, Message)
    await ask_capacity(callback.message, state, i18n)


async def ask_capacity(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewMeeting.capacity)
    await message.answer(i18n.get("meeting-ask-capacity"), reply_markup=skip_cancel(i18n))


@organizers.message(NewMeeting.capacity, PLAIN_TEXT)
async def on_capacity(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    broadcasts: BroadcastService,
) -> None:
    await state.update_data(capacity=validate_capacity(message.text or ""))
    await to_confirm(message, state, bot, i18n, settings, broadcasts)


@organizers.callback_query(NewMeeting.capacity, MeetingAdminCb.filter(F.action == "skip"))
async def on_capacity_skip(
    callback: CallbackQuery,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    broadcasts: BroadcastService,
) -> None:
    await callback.answer()
    assert isinstance(callback.message, Message)
    await to_confirm(callback.message, state, bot, i18n, settings, broadcasts)


TEXT_STEPS = (
    NewMeeting.text,
    NewMeeting.venue,
    NewMeeting.link,
    NewMeeting.start,
    NewMeeting.end,
    NewMeeting.deadline,
    NewMeeting.capacity,
)


@organizers.message(StateFilter(*TEXT_STEPS), NOT_COMMAND)
async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


@organizers.message(StateFilter(NewMeeting.mode, NewMeeting.confirm), NOT_COMMAND)
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


def preview_meeting(draft: MeetingDraft) -> Meeting:
    """The meeting as it will be, never added to a session: the preview renders it like any."""
    return Meeting(
        id=0,
        uid="preview@tansiq",
        sequence=0,
        titles=draft.titles,
        agendas=draft.agendas,
        mode=draft.mode,
        venue=draft.venue,
        link=draft.link,
        starts_at=draft.starts_at,
        ends_at=draft.ends_at,
        rsvp_deadline=draft.rsvp_deadline or draft.starts_at,
        status=MeetingStatus.PUBLISHED,
        checkin_token="-",
    )


async def to_confirm(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    broadcasts: BroadcastService,
) -> None:
    data = await state.get_data()
    draft = draft_from(data)
    preview = preview_meeting(draft)
    render = invitation(i18n.core, settings)
    for locale in draft.titles:
        for payload in render(preview, locale):
            row = Row(id=0, chat_id=message.chat.id, payload=payload, attempts=0, broadcast_id=None)
            await bot(build_method(row))
    count = len(await broadcasts.recipients(draft.audience))
    await state.set_state(NewMeeting.confirm)
    builder = InlineKeyboardBuilder()
    builder.button(text=i18n.get("btn-publish"), callback_data=MeetingAdminCb(action="publish"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=MeetingAdminCb(action="abort"))
    await message.answer(i18n.get("meeting-confirm", count=count), reply_markup=builder.as_markup())


@organizers.callback_query(NewMeeting.confirm, MeetingAdminCb.filter(F.action == "publish"))
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


async def checkin_link(bot: Bot, meeting: Meeting) -> str:
    me = await bot.me()
    return f"https://t.me/{me.username}?start={CHECKIN_PREFIX}{meeting.id}_{meeting.checkin_token}"


async def show_organizer_card(
    message: Message, bot: Bot, i18n: I18nContext, meetings: MeetingService, meeting: Meeting
) -> None:
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
    builder = InlineKeyboardBuilder()
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
    builder.adjust(2, 2, 2)
    await message.answer(text, reply_markup=builder.as_markup())
    qr = io.BytesIO()
    segno.make(link, error="m").save(qr, kind="png", scale=10, border=3)
    await message.answer_photo(
        BufferedInputFile(qr.getvalue(), filename=f"checkin-{meeting.id}.png"),
        caption=i18n.get("meeting-qr-caption"),
    )


@organizers.callback_query(MeetingAdminCb.filter(F.action == "answers"))
async def on_answers(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    bot: Bot,
    i18n: I18nContext,
    meetings: MeetingService,
) -> None:
    meeting = await meetings.get(callback_data.meeting_id)
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_organizer_card(callback.message, bot, i18n, meetings, meeting)


@organizers.callback_query(MeetingAdminCb.filter(F.action == "cancel"))
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


@organizers.callback_query(MeetingAdminCb.filter(F.action == "edit"))
async def on_edit_menu(
    callback: CallbackQuery, callback_data: MeetingAdminCb, i18n: I18nContext
) -> None:
    await callback.answer()
    builder = InlineKeyboardBuilder()
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


@organizers.callback_query(MeetingAdminCb.filter(F.action == "field"))
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
    example = (datetime.now(settings.tz) + timedelta(days=7)).strftime("%Y-%m-%d 10:00")
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get(f"meeting-change-{callback_data.value}", tz=settings.timezone, example=example)
        )


@organizers.message(ChangeMeeting.value, PLAIN_TEXT)
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
        changes["starts_at"] = parse_local_time(text, settings)
    elif data["field"] == "venue":
        changes["venue"] = text
    elif data["field"] == "link":
        changes["link"] = text
    else:
        changes["agenda"] = (i18n.locale, message.html_text)
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


@organizers.callback_query(MeetingAdminCb.filter(F.action == "csv"))
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
    builder = InlineKeyboardBuilder()
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


@organizers.callback_query(MeetingAdminCb.filter(F.action.in_({"attend", "mark"})))
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


# --- invitees -----------------------------------------------------------------------------


@invitees.callback_query(RsvpCb.filter())
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


@invitees.message(Command("meetings"))
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


@invitees.callback_query(CheckinCb.filter())
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


async def check_in_by_link(
    message: Message,
    payload: str,
    i18n: I18nContext,
    person: Person | None,
    meetings: MeetingService,
) -> bool:
    """/start ci_<meeting>_<token>: the check-in link or QR code. False if not such a payload."""
    if not payload.startswith(CHECKIN_PREFIX):
        return False
    meeting_part, _, token = payload.removeprefix(CHECKIN_PREFIX).partition("_")
    meeting_id = parse_row_id(meeting_part)
    if meeting_id is None or not token:
        await message.answer(i18n.get("common-deep-link-invalid"))
        return True
    if person is None or person.status != "approved":
        await message.answer(i18n.get("common-not-registered"))
        return True
    first = await meetings.check_in(meeting_id, token, person.id, "link")
    await message.answer(i18n.get("meeting-checked-in" if first else "meeting-already-checked-in"))
    return True


# --- statistics ---------------------------------------------------------------------------


@organizers.message(Command("stats"))
async def on_stats(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    meetings: MeetingService,
    taxonomy: Taxonomy,
) -> None:
    args = (message.text or "").split(maxsplit=1)
    if len(args) > 1:
        period = parse_period(args[1], settings.tz)
    else:
        today = datetime.now(settings.tz).date()
        # The last four quarters, this one included.
        period = Period(quarter(today, settings.tz, -3).start, quarter(today, settings.tz, 0).end)
    stats = await meetings.stats(period.start, period.end)
    total = stats.attendances or 1
    shares = "\n".join(
        i18n.get(
            "stats-share-line",
            type=term.name(i18n.locale),
            count=stats.attendances_by_actor_type[term.id],
            percent=round(100 * stats.attendances_by_actor_type[term.id] / total),
        )
        for term in taxonomy.actor_types
    )
    await message.answer(
        i18n.get(
            "stats-summary",
            period=period.label,
            physical=stats.meetings_by_mode[MeetingMode.PHYSICAL],
            virtual=stats.meetings_by_mode[MeetingMode.VIRTUAL],
            hybrid=stats.meetings_by_mode[MeetingMode.HYBRID],
            attendances=stats.attendances,
            unique=stats.unique_people,
            repeat=stats.repeat_people,
            shares=Html(shares),
            yes=stats.rsvp_yes,
            came=stats.yes_and_attended,
        )
        + "\n\n"
        + i18n.get("stats-hint")
    )
    if stats.attendances:
        # Drawn in a worker thread: a chart takes a tenth of a second of CPU.
        await message.bot.send_chat_action(message.chat.id, ChatAction.UPLOAD_PHOTO)  # type: ignore[union-attr]
        png = await asyncio.to_thread(
            shares_chart,
            i18n.get("stats-chart-title", period=period.label),
            [term.name(i18n.locale) for term in taxonomy.actor_types],
            [stats.attendances_by_actor_type[term.id] for term in taxonomy.actor_types],
            i18n.locale,
        )
        await message.answer_photo(BufferedInputFile(png, filename="attendance-by-actor-type.png"))
