"""/announce: an organizer picks an audience, writes the text per language, attaches a file,
previews exactly what recipients will see, and sends now or at a chosen time."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiogram_i18n import I18nContext

from bot.callbacks import AnnounceCb, DeliveryCb, NavCb, PickCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.delivery.worker import build_method
from bot.filters import NOT_COMMAND, IsOrganizer
from bot.ui import TIME_FORMAT, multiselect_keyboard, redraw_multiselect, term_names, toggled
from storage.models import Broadcast, Meeting
from storage.services.actors import Actor
from storage.services.audience import Audience, by_language
from storage.services.broadcasts import (
    Attachment,
    BroadcastService,
    check_attachment,
    check_text,
    render_payloads,
)
from storage.services.errors import InvalidInput
from storage.services.meetings import MeetingService
from storage.services.outbox import Delivery as Row
from storage.services.taxonomy import Taxonomy, Term

router = Router(name="announce")
router.message.filter(IsOrganizer())
router.callback_query.filter(IsOrganizer())

# Other dialogs borrow the audience menu: data["purpose"] names the step that follows Next.
NEXT_STEPS: dict[str, Callable[[Message, FSMContext, I18nContext, Taxonomy], Awaitable[None]]] = {}
DIMENSIONS = {"ant": "actor_types", "ang": "governorates", "ans": "sectors"}


class Announce(StatesGroup):
    audience = State()
    pick = State()
    text = State()
    attachment = State()
    confirm = State()
    time = State()


# --- rendering ------------------------------------------------------------------------------


def terms_for(step: str, taxonomy: Taxonomy) -> tuple[Term, ...]:
    return {
        "ant": taxonomy.actor_types,
        "ang": taxonomy.governorates,
        "ans": taxonomy.sectors,
    }[step]


def audience_summary(
    i18n: I18nContext,
    audience: Audience,
    taxonomy: Taxonomy,
    meeting_titles: dict[int, str] | None = None,
) -> str:
    meeting_titles = meeting_titles or {}
    if audience.everyone:
        return i18n.get("announce-everyone")
    lines = []
    if audience.actor_types:
        names = term_names(i18n, (taxonomy.actor_type(t) for t in audience.actor_types))
        lines.append(i18n.get("announce-filter-types", names=names))
    if audience.governorates:
        names = term_names(i18n, (taxonomy.governorate(g) for g in audience.governorates))
        lines.append(i18n.get("announce-filter-governorates", names=names))
    if audience.sectors:
        names = term_names(i18n, (taxonomy.sector(s) for s in audience.sectors))
        lines.append(i18n.get("announce-filter-sectors", names=names))
    if audience.advisory:
        lines.append(i18n.get("announce-filter-advisory"))
    if audience.meeting_id is not None:
        lines.append(
            i18n.get(
                f"announce-filter-meeting-{audience.meeting_scope}",
                title=meeting_titles.get(audience.meeting_id, "#" + str(audience.meeting_id)),
            )
        )
    return "\n".join(lines)


def audience_keyboard(i18n: I18nContext, audience: Audience) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=i18n.get("btn-an-types", count=len(audience.actor_types)),
        callback_data=AnnounceCb(action="dim", item=0),
    )
    builder.button(
        text=i18n.get("btn-an-governorates", count=len(audience.governorates)),
        callback_data=AnnounceCb(action="dim", item=1),
    )
    builder.button(
        text=i18n.get("btn-an-sectors", count=len(audience.sectors)),
        callback_data=AnnounceCb(action="dim", item=2),
    )
    builder.button(
        text=i18n.get("btn-an-advisory", on="yes" if audience.advisory else "no"),
        callback_data=AnnounceCb(action="advisory"),
    )
    builder.button(text=i18n.get("btn-an-meeting"), callback_data=AnnounceCb(action="meetings"))
    builder.button(text=i18n.get("btn-an-everyone"), callback_data=AnnounceCb(action="everyone"))
    builder.button(text=i18n.get("btn-next"), callback_data=AnnounceCb(action="next"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=AnnounceCb(action="cancel"))
    builder.adjust(2, 2, 2, 2)
    return builder.as_markup()


async def show_audience(
    target: Message,
    i18n: I18nContext,
    audience: Audience,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    *,
    edit: bool,
    meeting_title: str | None = None,
) -> None:
    count = len(await broadcasts.recipients(audience))
    titles = {audience.meeting_id: meeting_title} if audience.meeting_id and meeting_title else {}
    text = i18n.get(
        "announce-audience",
        summary=audience_summary(i18n, audience, taxonomy, titles),
        count=count,
    )
    markup = audience_keyboard(i18n, audience)
    if edit:
        await target.edit_text(text, reply_markup=markup)
    else:
        await target.answer(text, reply_markup=markup)


def step_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n.get("btn-skip"), callback_data=AnnounceCb(action="skip").pack()
                ),
                InlineKeyboardButton(
                    text=i18n.get("btn-cancel"), callback_data=AnnounceCb(action="cancel").pack()
                ),
            ]
        ]
    )


def language_name(taxonomy: Taxonomy, code: str) -> str:
    return next((lang.native_name for lang in taxonomy.languages if lang.code == code), code)


async def ask_text(target: Message, i18n: I18nContext, taxonomy: Taxonomy, index: int) -> None:
    language = language_name(taxonomy, SUPPORTED_LOCALES[index])
    await target.answer(
        i18n.get("announce-ask-text", language=language), reply_markup=step_keyboard(i18n)
    )


def confirm_keyboard(i18n: I18nContext, protect: bool) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=i18n.get("btn-send-now"), callback_data=AnnounceCb(action="send"))
    builder.button(text=i18n.get("btn-schedule"), callback_data=AnnounceCb(action="schedule"))
    builder.button(
        text=i18n.get("btn-protect", protect="yes" if protect else "no"),
        callback_data=AnnounceCb(action="protect"),
    )
    builder.button(text=i18n.get("btn-cancel"), callback_data=AnnounceCb(action="cancel"))
    builder.adjust(2, 1, 1)
    return builder.as_markup()


async def confirm_text(
    i18n: I18nContext, data: dict[str, Any], taxonomy: Taxonomy, broadcasts: BroadcastService,
    settings: Settings,
) -> str:  # fmt: skip
    people = await broadcasts.recipients(Audience.from_data(data["audience"]))
    counts = by_language(people, settings.default_locale)
    languages = i18n.get("common-list-separator").join(
        f"{language_name(taxonomy, code)}: {counts[code]}" for code in SUPPORTED_LOCALES
    )
    return i18n.get(
        "announce-confirm",
        count=len(people),
        languages=languages,
        protect="yes" if data.get("protect") else "no",
    )


async def show_preview(
    message: Message, bot: Bot, i18n: I18nContext, data: dict[str, Any], taxonomy: Taxonomy
) -> None:
    """Send the organizer each language's messages exactly as recipients will get them."""
    attachment = Attachment.from_data(data.get("attachment"))
    for code, text in data["texts"].items():
        await message.answer(
            i18n.get("announce-preview-header", language=language_name(taxonomy, code))
        )
        for payload in render_payloads(text, attachment, bool(data.get("protect"))):
            row = Row(id=0, chat_id=message.chat.id, payload=payload, attempts=0, broadcast_id=None)
            await bot(build_method(row))


# --- the dialog -----------------------------------------------------------------------------


@router.message(Command("announce"))
async def on_announce(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:
    await state.set_state(Announce.audience)
    await state.set_data({"audience": Audience().to_data(), "texts": {}, "protect": False})
    await show_audience(message, i18n, Audience(), taxonomy, broadcasts, edit=False)


def meeting_choices(i18n: I18nContext, meetings: list[Meeting]) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for meeting in meetings:
        title = meeting.title(i18n.locale)[:40]
        for action, key in (("minv", "btn-an-invitees"), ("matt", "btn-an-attendees")):
            builder.button(
                text=i18n.get(key, title=title),
                callback_data=AnnounceCb(action=action, item=meeting.id),
            )
    builder.button(text=i18n.get("btn-an-no-meeting"), callback_data=AnnounceCb(action="mnone"))
    builder.adjust(1)
    return builder.as_markup()


@router.callback_query(Announce.audience, AnnounceCb.filter())
async def on_audience_button(
    callback: CallbackQuery,
    callback_data: AnnounceCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    meetings: MeetingService,
) -> None:
    assert isinstance(callback.message, Message)
    data = await state.get_data()
    audience = Audience.from_data(data["audience"])
    action = callback_data.action
    if action == "cancel":
        await state.clear()
        await callback.answer()
        await callback.message.edit_text(i18n.get("announce-cancelled"))
        return
    if action == "next":
        if not await broadcasts.recipients(audience):
            await callback.answer(i18n.get("error-audience-empty"), show_alert=True)
            return
        await callback.answer()
        await callback.message.edit_reply_markup(reply_markup=None)
        next_step = NEXT_STEPS.get(str(data.get("purpose", "")))
        if next_step is not None:
            await next_step(callback.message, state, i18n, taxonomy)
            return
        await state.set_state(Announce.text)
        await state.update_data(lang_index=0, texts={})
        await ask_text(callback.message, i18n, taxonomy, 0)
        return
    if action == "dim":
        step = ("ant", "ang", "ans")[min(max(callback_data.item, 0), 2)]
        chosen = getattr(audience, DIMENSIONS[step])
        await state.set_state(Announce.pick)
        await state.update_data(step=step)
        await callback.answer()
        key = {"ant": "announce-pick-types", "ang": "announce-pick-governorates"}.get(
            step, "announce-pick-sectors"
        )
        await callback.message.edit_text(
            i18n.get(key),
            reply_markup=multiselect_keyboard(
                i18n, step, terms_for(step, taxonomy), chosen, back=False, cancel=False
            ),
        )
        return
    if action == "meetings":
        await callback.answer()
        await callback.message.edit_text(
            i18n.get("announce-pick-meeting"),
            reply_markup=meeting_choices(i18n, await meetings.recent()),
        )
        return
    meeting_title = data.get("meeting_title")
    if action == "advisory":
        audience.advisory = not audience.advisory
    elif action == "everyone":
        audience = Audience()
    elif action in ("minv", "matt"):
        meeting = await meetings.get(callback_data.item)
        audience.meeting_id = meeting.id
        audience.meeting_scope = "attendees" if action == "matt" else "invitees"
        meeting_title = meeting.title(i18n.locale)
    elif action == "mnone":
        audience.meeting_id = None
    else:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.update_data(audience=audience.to_data(), meeting_title=meeting_title)
    await callback.answer()
    await show_audience(
        callback.message, i18n, audience, taxonomy, broadcasts, edit=True,
        meeting_title=meeting_title,
    )  # fmt: skip


@router.callback_query(Announce.pick, PickCb.filter(F.step.in_(DIMENSIONS.keys())))
async def on_pick(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    data = await state.get_data()
    if data.get("step") != callback_data.step:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    audience = Audience.from_data(data["audience"])
    field = DIMENSIONS[callback_data.step]
    terms = terms_for(callback_data.step, taxonomy)
    chosen = toggled(terms, getattr(audience, field), callback_data.item)
    if chosen is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    setattr(audience, field, chosen)
    await state.update_data(audience=audience.to_data())
    await redraw_multiselect(callback, i18n, callback_data.step, terms, chosen, back=False)
    # multiselect_keyboard adds no Back/Cancel here: Done returns to the audience menu.


@router.callback_query(Announce.pick, NavCb.filter(F.action == "done"))
async def on_pick_done(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:
    assert isinstance(callback.message, Message)
    await state.set_state(Announce.audience)
    await callback.answer()
    data = await state.get_data()
    await show_audience(
        callback.message, i18n, Audience.from_data(data["audience"]), taxonomy, broadcasts,
        edit=True, meeting_title=data.get("meeting_title"),
    )  # fmt: skip


@router.message(Announce.text, F.text, NOT_COMMAND)
async def on_text(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    data = await state.get_data()
    index = int(data.get("lang_index", 0))
    # html_text turns Telegram's own formatting into HTML and escapes everything else, so a
    # literal "<b>" typed by the organizer arrives as text, never as a broken tag.
    text = check_text(message.html_text)
    texts = dict(data.get("texts", {}))
    texts[SUPPORTED_LOCALES[index]] = text
    await state.update_data(texts=texts)
    await next_language(message, state, i18n, taxonomy, index + 1)


@router.message(Announce.text, NOT_COMMAND)
async def on_text_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


AskText = Callable[[Message, I18nContext, Taxonomy, int], Awaitable[None]]
AfterTexts = Callable[[Message, FSMContext, I18nContext], Awaitable[None]]


async def next_language_or(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, index: int,
    ask: AskText, after: AfterTexts,
) -> None:  # fmt: skip
    """Ask for the text in the next language; once all were offered, go on if at least one was
    written, else start again with the first."""
    if index < len(SUPPORTED_LOCALES):
        await state.update_data(lang_index=index)
        await ask(message, i18n, taxonomy, index)
        return
    if not (await state.get_data()).get("texts"):
        await state.update_data(lang_index=0)
        await message.answer(i18n.get("announce-need-one-text"))
        await ask(message, i18n, taxonomy, 0)
        return
    await after(message, state, i18n)


async def ask_attachment(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(Announce.attachment)
    await message.answer(i18n.get("announce-ask-attachment"), reply_markup=step_keyboard(i18n))


async def next_language(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy, index: int
) -> None:
    await next_language_or(message, state, i18n, taxonomy, index, ask_text, ask_attachment)


@router.callback_query(StateFilter(Announce.text, Announce.attachment), AnnounceCb.filter())
async def on_step_button(
    callback: CallbackQuery,
    callback_data: AnnounceCb,
    state: FSMContext,
    raw_state: str | None,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    settings: Settings,
) -> None:
    assert isinstance(callback.message, Message)
    await callback.answer()
    if callback_data.action == "cancel":
        await state.clear()
        await callback.message.edit_text(i18n.get("announce-cancelled"))
        return
    if callback_data.action != "skip":
        return
    await callback.message.edit_reply_markup(reply_markup=None)
    if raw_state == Announce.text.state:
        index = int((await state.get_data()).get("lang_index", 0))
        await next_language(callback.message, state, i18n, taxonomy, index + 1)
    else:
        await to_confirm(callback.message, state, bot, i18n, taxonomy, broadcasts, settings)


@router.message(Announce.attachment, F.photo | F.document)
async def on_attachment(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    settings: Settings,
) -> None:
    if message.photo:
        largest = message.photo[-1]
        attachment = Attachment("photo", largest.file_id, largest.file_size)
    else:
        assert message.document is not None
        document = message.document
        attachment = Attachment(
            "document", document.file_id, document.file_size, document.file_name
        )
    check_attachment(attachment)
    await state.update_data(attachment=attachment.to_data())
    await to_confirm(message, state, bot, i18n, taxonomy, broadcasts, settings)


@router.message(Announce.attachment, NOT_COMMAND)
async def on_attachment_wrong(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("error-wrong-attachment"))


async def to_confirm(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, taxonomy: Taxonomy,
    broadcasts: BroadcastService, settings: Settings,
) -> None:  # fmt: skip
    await state.set_state(Announce.confirm)
    data = await state.get_data()
    await show_preview(message, bot, i18n, data, taxonomy)
    await message.answer(
        await confirm_text(i18n, data, taxonomy, broadcasts, settings),
        reply_markup=confirm_keyboard(i18n, bool(data.get("protect"))),
    )


@router.callback_query(Announce.confirm, AnnounceCb.filter())
async def on_confirm_button(
    callback: CallbackQuery,
    callback_data: AnnounceCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    settings: Settings,
    actor: Actor,
    delivery: Delivery,
) -> None:
    assert isinstance(callback.message, Message)
    data = await state.get_data()
    action = callback_data.action
    if action == "cancel":
        await state.clear()
        await callback.answer()
        await callback.message.edit_text(i18n.get("announce-cancelled"))
    elif action == "protect":
        data["protect"] = not data.get("protect")
        await state.update_data(protect=data["protect"])
        await callback.answer()
        await callback.message.edit_text(
            await confirm_text(i18n, data, taxonomy, broadcasts, settings),
            reply_markup=confirm_keyboard(i18n, bool(data["protect"])),
        )
    elif action == "schedule":
        await state.set_state(Announce.time)
        await callback.answer()
        await ask_send_time(callback.message, i18n, settings)
    elif action == "send":
        await callback.answer()
        await callback.message.edit_reply_markup(reply_markup=None)
        await send(callback.message, state, i18n, broadcasts, settings, actor, delivery, None)
    else:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)


@router.message(Announce.time, F.text, NOT_COMMAND)
async def on_time(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    broadcasts: BroadcastService,
    settings: Settings,
    actor: Actor,
    delivery: Delivery,
) -> None:
    due = parse_local_time(message.text or "", settings)
    await send(message, state, i18n, broadcasts, settings, actor, delivery, due)


def time_example(settings: Settings) -> str:
    return (datetime.now(settings.tz) + timedelta(days=1)).strftime("%Y-%m-%d 09:00")


async def ask_send_time(message: Message, i18n: I18nContext, settings: Settings) -> None:
    example = time_example(settings)
    await message.answer(i18n.get("announce-ask-time", tz=settings.timezone, example=example))


def parse_local_time(text: str, settings: Settings) -> datetime:
    example = time_example(settings)
    try:
        local = datetime.strptime(" ".join(text.split()), TIME_FORMAT).replace(tzinfo=settings.tz)
    except ValueError:
        raise InvalidInput("error-time-format", example=example) from None
    if local <= datetime.now(settings.tz):
        raise InvalidInput("error-time-past")
    return local


async def send(
    message: Message, state: FSMContext, i18n: I18nContext, broadcasts: BroadcastService,
    settings: Settings, actor: Actor, delivery: Delivery, due: datetime | None,
) -> None:  # fmt: skip
    data = await state.get_data()
    broadcast = await broadcasts.create(
        by=actor,
        kind="announcement",
        audience=Audience.from_data(data["audience"]),
        texts=data["texts"],
        attachment=Attachment.from_data(data.get("attachment")),
        protect=bool(data.get("protect")),
        due_at=due,
    )
    await state.clear()
    await report_queued(message, i18n, broadcasts, settings, delivery, broadcast, due)


async def report_queued(
    message: Message, i18n: I18nContext, broadcasts: BroadcastService, settings: Settings,
    delivery: Delivery, broadcast: Broadcast, due: datetime | None,
) -> None:  # fmt: skip
    """Tell the organizer the send is queued (or scheduled); that message then shows progress."""
    if due is None:
        status = await message.answer(i18n.get("announce-queued", count=broadcast.total))
        delivery.wake()
    else:
        status = await message.answer(
            i18n.get(
                "announce-scheduled",
                when=due.astimezone(settings.tz).strftime(TIME_FORMAT),
                tz=settings.timezone,
                count=broadcast.total,
            ),
            reply_markup=InlineKeyboardMarkup(
                inline_keyboard=[
                    [
                        InlineKeyboardButton(
                            text=i18n.get("btn-cancel-send"),
                            callback_data=DeliveryCb(
                                action="cancel", broadcast_id=broadcast.id
                            ).pack(),
                        )
                    ]
                ]
            ),
        )
    await broadcasts.show_progress_in(broadcast.id, status.chat.id, status.message_id, i18n.locale)
