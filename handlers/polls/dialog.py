"""/poll and a meeting's poll button: a template or the organizer's own question per language,
buttons or a native Telegram poll, a meeting's participants or an audience, how long it stays
open; sent at once or after the meeting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import MeetingAdminCb, PollAdminCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.i18n import Html, long_moment, zone_label
from bot.keyboards import Keyboard
from bot.ui import language_in
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.dialogs import asking_order, next_language_or
from handlers.polls.due import send_due_polls
from handlers.polls.results import results_keyboard, show_results
from notices.polls import (
    question_text,
)
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.polls import (
    TEMPLATES,
    PollService,
    can_be_native,
    own_question,
    parse_own_question,
    template_questions,
)
from storage.services.taxonomy import Taxonomy

OPEN_FOR_HOURS = (24, 72, 168)


@dataclass(frozen=True)
class Deps:
    """What the poll dialog's steps need besides the message, its state and the texts."""

    settings: Settings
    taxonomy: Taxonomy
    polls: PollService
    broadcasts: BroadcastService
    actor: Actor


class NewPoll(StatesGroup):
    template = State()
    text = State()
    style = State()
    duration = State()


# --- rendering ------------------------------------------------------------------------------


# --- respondents ----------------------------------------------------------------------------


# --- organizers: making a poll --------------------------------------------------------------


def template_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for template in TEMPLATES:
        builder.button(
            text=i18n.get(f"btn-poll-tpl-{template}"),
            callback_data=PollAdminCb(action="tpl", value=template),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=PollAdminCb(action="abort"))
    builder.adjust(1)
    return builder.as_markup()


def skip_cancel(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(text=i18n.get("btn-skip"), callback_data=PollAdminCb(action="skip"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=PollAdminCb(action="abort"))
    return builder.as_markup()


async def start_dialog(
    message: Message, state: FSMContext, i18n: I18nContext, meeting_id: int | None
) -> None:
    await state.set_state(NewPoll.template)
    await state.set_data({"meeting_id": meeting_id})
    key = "poll-new-for-meeting" if meeting_id is not None else "poll-new"
    await message.answer(i18n.get(key), reply_markup=template_keyboard(i18n))


async def on_poll_command(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await start_dialog(message, state, i18n, None)


async def on_meeting_poll(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
) -> None:
    """The meeting card's poll button: make the meeting's poll, or show its results."""
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    existing = await polls.for_meeting(callback_data.meeting_id)
    if existing is None:
        await start_dialog(callback.message, state, i18n, callback_data.meeting_id)
        return
    await show_results(callback.message, i18n, taxonomy, polls, existing.id)


async def on_template(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    polls: PollService,
    broadcasts: BroadcastService,
    actor: Actor,
) -> None:
    assert isinstance(callback.message, Message)
    await callback.answer()
    await callback.message.edit_reply_markup(reply_markup=None)
    template = callback_data.value
    await state.update_data(template=template)
    if template == "own":
        await state.set_state(NewPoll.text)
        await state.update_data(lang_index=0, texts={})
        await ask_own_text(callback.message, i18n, taxonomy, 0)
        return
    questions = template_questions(template, [sector.code for sector in taxonomy.sectors])
    await state.update_data(questions=questions)
    await ask_style_or_go_on(
        callback.message, state, i18n, Deps(settings, taxonomy, polls, broadcasts, actor)
    )


async def ask_own_text(message: Message, i18n: I18nContext, taxonomy: Taxonomy, index: int) -> None:
    language = language_in(i18n, taxonomy, asking_order(i18n.locale)[index])
    await message.answer(
        i18n.get("poll-ask-own", language=language), reply_markup=skip_cancel(i18n)
    )


async def on_own_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    polls: PollService,
    broadcasts: BroadcastService,
    actor: Actor,
) -> None:
    data = await state.get_data()
    index = int(data.get("lang_index", 0))
    texts = dict(data.get("texts", {}))
    expected = len(next(iter(texts.values()))[1]) if texts else None
    question, options = parse_own_question(message.text or "", expected)
    texts[asking_order(i18n.locale)[index]] = [question, options]
    await state.update_data(texts=texts)
    await next_own_language(
        message, state, i18n, Deps(settings, taxonomy, polls, broadcasts, actor), index + 1
    )


async def on_own_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_own_skip(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    polls: PollService,
    broadcasts: BroadcastService,
    actor: Actor,
) -> None:
    assert isinstance(callback.message, Message)
    await callback.answer()
    index = int((await state.get_data()).get("lang_index", 0))
    await next_own_language(
        callback.message, state, i18n, Deps(settings, taxonomy, polls, broadcasts, actor), index + 1
    )


async def next_own_language(
    message: Message, state: FSMContext, i18n: I18nContext, deps: Deps, index: int
) -> None:
    async def after(message: Message, state: FSMContext, i18n: I18nContext) -> None:
        texts = (await state.get_data())["texts"]
        questions = [own_question({k: (q, o) for k, (q, o) in texts.items()})]
        await state.update_data(questions=questions)
        await ask_style_or_go_on(message, state, i18n, deps)

    await next_language_or(message, state, i18n, deps.taxonomy, index, ask_own_text, after)


async def ask_style_or_go_on(
    message: Message, state: FSMContext, i18n: I18nContext, deps: Deps
) -> None:
    """One question with options may go out as a native Telegram poll: the organizer chooses."""
    data = await state.get_data()
    if not can_be_native(data["questions"]):
        await state.update_data(native=False)
        await go_on(message, state, i18n, deps)
        return
    await state.set_state(NewPoll.style)
    builder = Keyboard()
    for value, key in (("buttons", "btn-poll-style-buttons"), ("native", "btn-poll-style-native")):
        builder.button(text=i18n.get(key), callback_data=PollAdminCb(action="style", value=value))
    builder.button(text=i18n.get("btn-cancel"), callback_data=PollAdminCb(action="abort"))
    builder.adjust(1)
    await message.answer(i18n.get("poll-ask-style"), reply_markup=builder.as_markup())


async def on_style(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    polls: PollService,
    broadcasts: BroadcastService,
    actor: Actor,
) -> None:
    assert isinstance(callback.message, Message)
    await callback.answer()
    await callback.message.edit_reply_markup(reply_markup=None)
    await state.update_data(native=callback_data.value == "native")
    await go_on(callback.message, state, i18n, Deps(settings, taxonomy, polls, broadcasts, actor))


async def go_on(message: Message, state: FSMContext, i18n: I18nContext, deps: Deps) -> None:
    """A meeting's poll is planned for after the meeting; a standalone one needs an audience."""
    data = await state.get_data()
    if data.get("meeting_id") is None:
        await state.set_state(AudienceMenu.audience)
        await state.update_data(audience=Audience().to_data(), purpose="poll")
        await show_audience(
            message, i18n, Audience(), deps.taxonomy, deps.broadcasts, edit=False,
            purpose="poll",
        )  # fmt: skip
        return
    await state.clear()
    settings = deps.settings
    poll = await deps.polls.create_for_meeting(
        deps.actor,
        int(data["meeting_id"]),
        data["questions"],
        timedelta(minutes=settings.poll_delay_minutes),
        timedelta(hours=settings.poll_open_hours),
        template=data["template"],
        native=bool(data.get("native")),
    )
    await message.answer(
        i18n.get(
            "poll-scheduled",
            send=long_moment(poll.send_at.astimezone(settings.tz), i18n.locale),
            close=long_moment(poll.close_at.astimezone(settings.tz), i18n.locale),
            tz=zone_label(i18n.core, i18n.locale, settings.timezone),
        )
    )


async def after_audience(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    """Back from the shared audience menu: the poll as it reads, and how long it stays open."""
    await state.set_state(NewPoll.duration)
    questions = (await state.get_data())["questions"]
    lines = [
        i18n.get("poll-preview-line", number=n, question=question_text(i18n.core, q, i18n.locale))
        for n, q in enumerate(questions, start=1)
    ]
    builder = Keyboard()
    for hours in OPEN_FOR_HOURS:
        builder.button(
            text=i18n.get("btn-poll-open-for", days=hours // 24),
            callback_data=PollAdminCb(action="send", value=str(hours)),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=PollAdminCb(action="abort"))
    builder.adjust(1)
    await message.answer(
        i18n.get("poll-confirm", questions=Html("\n".join(lines))),
        reply_markup=builder.as_markup(),
    )


async def on_send(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    polls: PollService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    assert isinstance(callback.message, Message)
    data = await state.get_data()
    hours = int(callback_data.value) if callback_data.value.isdigit() else 0
    poll = await polls.create_standalone(
        actor,
        Audience.from_data(data["audience"]),
        data["questions"],
        timedelta(hours=hours),
        template=data["template"],
        native=bool(data.get("native")),
    )
    await state.clear()
    await callback.answer()
    await callback.message.edit_reply_markup(reply_markup=None)
    await send_due_polls(polls, i18n.core, taxonomy, delivery)  # out now, not at the next tick
    await callback.message.answer(
        i18n.get(
            "poll-sent",
            count=len(await polls.recipients(poll.id)),
            close=long_moment(poll.close_at.astimezone(settings.tz), i18n.locale),
            tz=zone_label(i18n.core, i18n.locale, settings.timezone),
        ),
        reply_markup=results_keyboard(i18n, poll),
    )


async def on_abort_or_stale(
    callback: CallbackQuery, callback_data: PollAdminCb, state: FSMContext, i18n: I18nContext
) -> None:
    """Cancel; or a dialog button pressed when its step has passed (a stale message)."""
    if callback_data.action != "abort":
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("poll-cancelled"))


# --- organizers: results --------------------------------------------------------------------


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="polls dialog")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_poll_command, Command("poll"))
    organizers.callback_query.register(on_meeting_poll, MeetingAdminCb.filter(F.action == "poll"))
    organizers.callback_query.register(
        on_template, NewPoll.template, PollAdminCb.filter(F.action == "tpl")
    )
    organizers.message.register(on_own_text, NewPoll.text, PLAIN_TEXT)
    organizers.message.register(on_own_not_text, NewPoll.text, NOT_COMMAND)
    organizers.callback_query.register(
        on_own_skip, NewPoll.text, PollAdminCb.filter(F.action == "skip")
    )
    organizers.callback_query.register(
        on_style, NewPoll.style, PollAdminCb.filter(F.action == "style")
    )
    NEXT_STEPS["poll"] = after_audience
    organizers.callback_query.register(
        on_send, NewPoll.duration, PollAdminCb.filter(F.action == "send")
    )
    organizers.callback_query.register(
        on_abort_or_stale, PollAdminCb.filter(F.action.in_({"abort", "skip", "tpl", "style"}))
    )
    organizers.callback_query.register(on_abort_or_stale, PollAdminCb.filter(F.action == "send"))
    return organizers
