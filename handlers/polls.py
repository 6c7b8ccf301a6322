"""Polls: respondents answer with buttons, a free text or a native Telegram poll; organizers
make a poll from a template or their own question (/poll, or a meeting's card), send it to a
meeting's participants or an audience, and read the results (/polls)."""

from __future__ import annotations

import asyncio
import html
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
    PollAnswer,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiogram_i18n import I18nContext
from aiogram_i18n.cores import BaseCore

from bot.callbacks import MeetingAdminCb, PollAdminCb, PollCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.i18n import Html
from bot.ui import TIME_FORMAT, language_name, term_names
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.dialogs import next_language_or
from notices.polls import (
    option_label,
    poll_messages,
    poll_reminder,
    question_html,
    question_markup,
    question_text,
    template_of,
)
from reports.charts import poll_chart
from reports.tables import to_csv
from storage.models import Person, Poll, PollStatus
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.exports import Table
from storage.services.outbox import NewMessage, OutboxService
from storage.services.polls import (
    TEMPLATES,
    PollService,
    QuestionResult,
    can_be_native,
    own_question,
    parse_own_question,
    template_questions,
)
from storage.services.taxonomy import Taxonomy, Term
from storage.services.telegram_text import split_html

router = Router(name="polls")
organizers = Router(name="polls organizers")
organizers.message.filter(IsOrganizer())
organizers.callback_query.filter(IsOrganizer())
respondents = Router(name="polls respondents")
respondents.message.filter(IsApproved())
respondents.callback_query.filter(IsApproved())
respondents.poll_answer.filter(IsApproved())
router.include_routers(organizers, respondents)
OPEN_FOR_HOURS = (24, 72, 168)


class PollText(StatesGroup):
    waiting = State()


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


async def send_due_polls(
    polls: PollService, core: BaseCore, taxonomy: Taxonomy, delivery: Delivery
) -> None:
    """What the scheduler's poll sweep does, at once: a poll sent now is not left to the tick."""
    if await polls.sweep(poll_messages(core, taxonomy), poll_reminder(core)):
        delivery.wake()


# --- respondents ----------------------------------------------------------------------------


@respondents.callback_query(PollCb.filter(F.option >= 0))
async def on_option(
    callback: CallbackQuery,
    callback_data: PollCb,
    i18n: I18nContext,
    person: Person,
    taxonomy: Taxonomy,
    polls: PollService,
) -> None:
    poll = await polls.get(callback_data.poll_id)
    questions = poll.questions
    if not 0 <= callback_data.question < len(questions):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    options = questions[callback_data.question]["options"]
    if not callback_data.option < len(options):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    value = options[callback_data.option]
    await polls.answer(poll.id, person.id, callback_data.question, value)
    await callback.answer(i18n.get("poll-thanks"))
    if isinstance(callback.message, Message):
        markup = InlineKeyboardMarkup.model_validate(
            question_markup(i18n.core, taxonomy, poll, callback_data.question, i18n.locale, value)
        )
        if callback.message.reply_markup != markup:
            await callback.message.edit_reply_markup(reply_markup=markup)


@respondents.callback_query(PollCb.filter(F.option == -1))
async def on_write(
    callback: CallbackQuery, callback_data: PollCb, state: FSMContext, i18n: I18nContext
) -> None:
    await state.set_state(PollText.waiting)
    await state.set_data({"poll_id": callback_data.poll_id, "question": callback_data.question})
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("poll-ask-text"))


@respondents.message(PollText.waiting, PLAIN_TEXT)
async def on_text(
    message: Message, state: FSMContext, i18n: I18nContext, person: Person, polls: PollService
) -> None:
    data = await state.get_data()
    await polls.answer(int(data["poll_id"]), person.id, int(data["question"]), message.text or "")
    await state.clear()
    await message.answer(i18n.get("poll-thanks"))


@respondents.message(PollText.waiting, NOT_COMMAND)
async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


@respondents.poll_answer()
async def on_vote(poll_answer: PollAnswer, person: Person, polls: PollService) -> None:
    """A vote in a native poll: Telegram shows it already; refusals come back as a message."""
    await polls.answer_native(poll_answer.poll_id, person.id, poll_answer.option_ids)


# --- organizers: making a poll --------------------------------------------------------------


def template_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for template in TEMPLATES:
        builder.button(
            text=i18n.get(f"btn-poll-tpl-{template}"),
            callback_data=PollAdminCb(action="tpl", value=template),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=PollAdminCb(action="abort"))
    builder.adjust(1)
    return builder.as_markup()


def skip_cancel(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
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


@organizers.message(Command("poll"))
async def on_poll_command(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await start_dialog(message, state, i18n, None)


@organizers.callback_query(MeetingAdminCb.filter(F.action == "poll"))
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


@organizers.callback_query(NewPoll.template, PollAdminCb.filter(F.action == "tpl"))
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
    language = language_name(taxonomy, SUPPORTED_LOCALES[index])
    await message.answer(
        i18n.get("poll-ask-own", language=language), reply_markup=skip_cancel(i18n)
    )


@organizers.message(NewPoll.text, PLAIN_TEXT)
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
    texts[SUPPORTED_LOCALES[index]] = [question, options]
    await state.update_data(texts=texts)
    await next_own_language(
        message, state, i18n, Deps(settings, taxonomy, polls, broadcasts, actor), index + 1
    )


@organizers.message(NewPoll.text, NOT_COMMAND)
async def on_own_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


@organizers.callback_query(NewPoll.text, PollAdminCb.filter(F.action == "skip"))
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
    builder = InlineKeyboardBuilder()
    for value, key in (("buttons", "btn-poll-style-buttons"), ("native", "btn-poll-style-native")):
        builder.button(text=i18n.get(key), callback_data=PollAdminCb(action="style", value=value))
    builder.button(text=i18n.get("btn-cancel"), callback_data=PollAdminCb(action="abort"))
    builder.adjust(1)
    await message.answer(i18n.get("poll-ask-style"), reply_markup=builder.as_markup())


@organizers.callback_query(NewPoll.style, PollAdminCb.filter(F.action == "style"))
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
        await show_audience(message, i18n, Audience(), deps.taxonomy, deps.broadcasts, edit=False)
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
            send=poll.send_at.astimezone(settings.tz).strftime(TIME_FORMAT),
            close=poll.close_at.astimezone(settings.tz).strftime(TIME_FORMAT),
            tz=settings.timezone,
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
    builder = InlineKeyboardBuilder()
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


NEXT_STEPS["poll"] = after_audience


@organizers.callback_query(NewPoll.duration, PollAdminCb.filter(F.action == "send"))
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
            close=poll.close_at.astimezone(settings.tz).strftime(TIME_FORMAT),
            tz=settings.timezone,
        ),
        reply_markup=results_keyboard(i18n, poll),
    )


@organizers.callback_query(PollAdminCb.filter(F.action.in_({"abort", "skip", "tpl", "style"})))
@organizers.callback_query(PollAdminCb.filter(F.action == "send"))
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


def poll_title(i18n: I18nContext, poll: Poll) -> str:
    if template_of(poll) == "own":
        return question_text(i18n.core, poll.questions[0], i18n.locale)[:60]
    return i18n.get(f"btn-poll-tpl-{template_of(poll)}")


def results_keyboard(i18n: I18nContext, poll: Poll) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    actions = [("show", "btn-poll-refresh"), ("csv", "btn-poll-csv"), ("chart", "btn-poll-chart")]
    if poll.status == PollStatus.OPEN:
        actions.append(("close", "btn-poll-close"))
    if poll.status == PollStatus.CLOSED:
        actions.append(("results", "btn-poll-send-results"))
    for action, key in actions:
        builder.button(
            text=i18n.get(key), callback_data=PollAdminCb(action=action, poll_id=poll.id)
        )
    builder.adjust(3, 1)
    return builder.as_markup()


async def show_results(
    message: Message, i18n: I18nContext, taxonomy: Taxonomy, polls: PollService, poll_id: int
) -> None:
    poll = await polls.get(poll_id)
    text = await results_text(i18n, taxonomy, polls, poll_id, include_texts=True)
    parts = split_html(text)
    for part in parts[:-1]:
        await message.answer(part)
    await message.answer(parts[-1], reply_markup=results_keyboard(i18n, poll))


@organizers.message(Command("polls"))
async def on_polls(
    message: Message, i18n: I18nContext, settings: Settings, polls: PollService
) -> None:
    recent = await polls.recent()
    if not recent:
        await message.answer(i18n.get("poll-none"))
        return
    builder = InlineKeyboardBuilder()
    for poll in recent:
        builder.button(
            text=i18n.get(
                "btn-poll-item",
                title=poll_title(i18n, poll),
                status=poll.status,
                date=poll.send_at.astimezone(settings.tz).strftime("%Y-%m-%d"),
            ),
            callback_data=PollAdminCb(action="show", poll_id=poll.id),
        )
    builder.adjust(1)
    await message.answer(i18n.get("poll-list"), reply_markup=builder.as_markup())


@organizers.callback_query(PollAdminCb.filter(F.action == "show"))
async def on_show(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await show_results(callback.message, i18n, taxonomy, polls, callback_data.poll_id)


@organizers.callback_query(PollAdminCb.filter(F.action == "close"))
async def on_close(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    await polls.close_now(actor, callback_data.poll_id)
    await send_due_polls(polls, i18n.core, taxonomy, delivery)
    await callback.answer(i18n.get("poll-closed-now"))
    if isinstance(callback.message, Message):
        await show_results(callback.message, i18n, taxonomy, polls, callback_data.poll_id)


@organizers.callback_query(PollAdminCb.filter(F.action == "results"))
async def on_send_results(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
    outbox: OutboxService,
    delivery: Delivery,
) -> None:
    """Close the loop: the aggregated results (no free texts) go to those who took part, each in
    their language."""
    poll = await polls.get(callback_data.poll_id)
    if poll.status != PollStatus.CLOSED:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    messages = []
    for person_id, telegram_id, locale in await polls.recipients(poll.id):
        with i18n.use_locale(locale or i18n.core.default_locale or "en"):
            text = (
                i18n.get("poll-results-for-you")
                + "\n\n"
                + await results_text(i18n, taxonomy, polls, poll.id, include_texts=False)
            )
        messages.extend(
            NewMessage(
                telegram_id,
                {"method": "sendMessage", "text": part},
                f"pollres:{poll.id}:{person_id}:{n}",
            )
            for n, part in enumerate(split_html(text))
        )
    await outbox.send_later(messages)
    delivery.wake()
    count = len({m.chat_id for m in messages})
    await callback.answer(i18n.get("poll-results-sent", count=count), show_alert=True)


@organizers.callback_query(PollAdminCb.filter(F.action == "csv"))
async def on_results_csv(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
) -> None:
    poll = await polls.get(callback_data.poll_id)
    await callback.answer()
    headers = [q.get("key", "") if "text" not in q else "question" for q in poll.questions]
    table = Table(f"poll-{poll.id}", ["respondent", "actor_type", "governorates", *headers], [])
    for number, (actor_type_id, places, answers) in enumerate(await polls.table(poll.id), start=1):
        term = taxonomy.actor_type(actor_type_id) if actor_type_id else None
        row = [
            str(number),
            term.name(i18n.locale) if term else "",
            term_names(i18n, [taxonomy.governorate(g) for g in places]),
        ]
        for index, spec in enumerate(poll.questions):
            value = answers.get(index, "")
            if value and spec["kind"] == "choice":
                value = option_label(taxonomy, spec, value, i18n.locale)
            row.append(value)
        table.rows.append(row)
    if isinstance(callback.message, Message):
        await callback.message.answer_document(
            BufferedInputFile(to_csv(table), f"poll-{poll.id}.csv")
        )


@organizers.callback_query(PollAdminCb.filter(F.action == "chart"))
async def on_chart(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
) -> None:
    poll, results, answered, sent = await polls.results(callback_data.poll_id)
    panels = [
        (
            question_text(i18n.core, spec, i18n.locale),
            [option_label(taxonomy, spec, o, i18n.locale) for o in spec["options"]],
            [result.counts[o] for o in spec["options"]],
        )
        for spec, result in zip(poll.questions, results, strict=True)
        if result.kind != "text"
    ]
    if not panels or not answered:
        await callback.answer(i18n.get("poll-no-answers"), show_alert=True)
        return
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    await bot.send_chat_action(callback.message.chat.id, ChatAction.UPLOAD_PHOTO)
    title = html.unescape(poll_title(i18n, poll))
    png = await asyncio.to_thread(poll_chart, title, panels, i18n.locale)
    await callback.message.answer_photo(
        BufferedInputFile(png, filename=f"poll-{poll.id}.png"),
        caption=i18n.get("poll-chart-caption", answered=answered, sent=sent),
    )


def breakdown_lines(
    i18n: I18nContext,
    taxonomy: Taxonomy,
    spec: dict[str, Any],
    groups: list[tuple[Term, Counter[str]]],
) -> list[str]:
    """Per actor type or governorate: the average of a scale, the top option of a choice."""
    lines = []
    for term, counts in groups:
        votes = sum(counts.values())
        if spec["kind"] == "scale":
            mean = sum(int(v) * c for v, c in counts.items()) / votes
            lines.append(
                i18n.get(
                    "poll-mean-line", type=term.name(i18n.locale), mean=round(mean, 1), count=votes
                )
            )
        else:
            top, count = counts.most_common(1)[0]
            lines.append(
                i18n.get(
                    "poll-top-line",
                    place=term.name(i18n.locale),
                    option=option_label(taxonomy, spec, top, i18n.locale),
                    count=count,
                    total=votes,
                )
            )
    return lines


def breakdowns(
    i18n: I18nContext, taxonomy: Taxonomy, spec: dict[str, Any], result: QuestionResult
) -> list[str]:
    lines: list[str] = []
    for heading, terms, counts in (
        ("poll-by-actor-type", taxonomy.actor_types, result.by_actor_type),
        ("poll-by-governorate", taxonomy.governorates, result.by_governorate),
    ):
        groups = [(term, counts[term.id]) for term in terms if counts.get(term.id)]
        if groups:
            lines.append(i18n.get(heading))
            lines += breakdown_lines(i18n, taxonomy, spec, groups)
    return lines


async def results_text(
    i18n: I18nContext, taxonomy: Taxonomy, polls: PollService, poll_id: int, include_texts: bool
) -> str:
    poll, results, answered, sent = await polls.results(poll_id)
    lines = [
        i18n.get(
            "poll-results-header",
            title=poll_title(i18n, poll),
            answered=answered,
            sent=sent,
            status=poll.status,
        )
    ]
    for spec, result in zip(poll.questions, results, strict=True):
        lines.append("")
        lines.append(question_html(i18n.core, spec, i18n.locale))
        if result.kind == "text":
            if include_texts:
                lines += [i18n.get("poll-text-line", text=t) for t in result.texts] or ["—"]
            else:
                lines.append(i18n.get("poll-texts-count", count=len(result.texts)))
            continue
        total = sum(result.counts.values()) or 1
        for option in spec["options"]:
            count = result.counts[option]
            lines.append(
                i18n.get(
                    "poll-option-line",
                    option=option_label(taxonomy, spec, option, i18n.locale),
                    count=count,
                    percent=round(100 * count / total),
                )
            )
        lines += breakdowns(i18n, taxonomy, spec, result)
    return Html("\n".join(lines))
