"""Post-meeting polls: invitees answer with buttons (and a free text); organizers schedule the
feedback poll of a meeting from its card and read the results there."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiogram_i18n import I18nContext
from aiogram_i18n.cores import BaseCore

from bot.callbacks import MeetingAdminCb, PollCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.i18n import Html
from bot.ui import TIME_FORMAT
from storage.models import Person, Poll, PollStatus
from storage.services.outbox import NewMessage, OutboxService
from storage.services.people import Actor
from storage.services.polls import PollService, meeting_feedback
from storage.services.taxonomy import Taxonomy

router = Router(name="polls")
organizers = Router(name="polls organizers")
organizers.callback_query.filter(IsOrganizer())
respondents = Router(name="polls respondents")
respondents.message.filter(IsApproved())
respondents.callback_query.filter(IsApproved())
router.include_routers(organizers, respondents)


class PollText(StatesGroup):
    waiting = State()


def option_label(
    core: BaseCore, taxonomy: Taxonomy, spec: dict[str, Any], option: str, locale: str
) -> str:
    if spec["kind"] == "scale":
        return option
    sector = next((s for s in taxonomy.sectors if s.code == option), None)
    return sector.name(locale) if sector else option


def question_markup(
    core: BaseCore, taxonomy: Taxonomy, poll: Poll, index: int, locale: str, chosen: str | None
) -> dict[str, Any]:
    spec = poll.questions[index]
    if spec["kind"] == "text":
        button = {
            "text": core.get("btn-poll-write", locale),
            "callback_data": PollCb(poll_id=poll.id, question=index, option=-1).pack(),
        }
        return {"inline_keyboard": [[button]]}
    buttons = []
    for n, option in enumerate(spec["options"]):
        label = option_label(core, taxonomy, spec, option, locale)
        if option == chosen:
            label = f"• {label} •"
        buttons.append(
            {
                "text": label,
                "callback_data": PollCb(poll_id=poll.id, question=index, option=n).pack(),
            }
        )
    width = 5 if spec["kind"] == "scale" else 2
    return {"inline_keyboard": [buttons[i : i + width] for i in range(0, len(buttons), width)]}


def poll_messages(
    core: BaseCore, taxonomy: Taxonomy
) -> Callable[[Poll, str], list[dict[str, Any]]]:
    def render(poll: Poll, locale: str) -> list[dict[str, Any]]:
        payloads: list[dict[str, Any]] = [
            {"method": "sendMessage", "text": core.get("poll-intro", locale)}
        ]
        for index, spec in enumerate(poll.questions):
            payloads.append(
                {
                    "method": "sendMessage",
                    "text": core.get(f"poll-q-{spec['key']}", locale),
                    "reply_markup": question_markup(core, taxonomy, poll, index, locale, None),
                }
            )
        return payloads

    return render


def poll_reminder(core: BaseCore) -> Callable[[Poll, str], list[dict[str, Any]]]:
    def render(poll: Poll, locale: str) -> list[dict[str, Any]]:
        return [{"method": "sendMessage", "text": core.get("poll-reminder", locale)}]

    return render


async def sweep_polls(
    polls: PollService, core: BaseCore, taxonomy: Taxonomy, delivery: Delivery
) -> None:
    done = await polls.sweep(poll_messages(core, taxonomy), poll_reminder(core))
    if done.get("sent") or done.get("reminded"):
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


# --- organizers -----------------------------------------------------------------------------


@organizers.callback_query(MeetingAdminCb.filter(F.action == "poll"))
async def on_meeting_poll(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    polls: PollService,
    actor: Actor,
) -> None:
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    existing = await polls.for_meeting(callback_data.meeting_id)
    if existing is None:
        poll = await polls.create_for_meeting(
            actor,
            callback_data.meeting_id,
            meeting_feedback([sector.code for sector in taxonomy.sectors]),
            timedelta(minutes=settings.poll_delay_minutes),
            timedelta(hours=settings.poll_open_hours),
        )
        await callback.message.answer(
            i18n.get(
                "poll-scheduled",
                send=poll.send_at.astimezone(settings.tz).strftime(TIME_FORMAT),
                close=poll.close_at.astimezone(settings.tz).strftime(TIME_FORMAT),
                tz=settings.timezone,
            )
        )
        return
    text = await results_text(i18n, taxonomy, polls, existing.id, include_texts=True)
    builder = InlineKeyboardBuilder()
    builder.button(
        text=i18n.get("btn-poll-csv"),
        callback_data=MeetingAdminCb(action="pollcsv", meeting_id=callback_data.meeting_id),
    )
    if existing.status == PollStatus.CLOSED:
        builder.button(
            text=i18n.get("btn-poll-send-results"),
            callback_data=MeetingAdminCb(action="pollsend", meeting_id=callback_data.meeting_id),
        )
    builder.adjust(1)
    await callback.message.answer(text, reply_markup=builder.as_markup())


@organizers.callback_query(MeetingAdminCb.filter(F.action == "pollsend"))
async def on_send_results(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
    outbox: OutboxService,
    delivery: Delivery,
) -> None:
    """Close the loop: the aggregated results (no free texts) go to those who took part, each in
    their language."""
    poll = await polls.for_meeting(callback_data.meeting_id)
    if poll is None or poll.status != PollStatus.CLOSED:
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
        messages.append(
            NewMessage(
                telegram_id,
                {"method": "sendMessage", "text": text},
                f"pollres:{poll.id}:{person_id}",
            )
        )
    sent = await outbox.send_later(messages)
    delivery.wake()
    await callback.answer(i18n.get("poll-results-sent", count=sent), show_alert=True)


@organizers.callback_query(MeetingAdminCb.filter(F.action == "pollcsv"))
async def on_results_csv(
    callback: CallbackQuery,
    callback_data: MeetingAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
) -> None:
    poll = await polls.for_meeting(callback_data.meeting_id)
    if poll is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["respondent", "actor_type", *(q["key"] for q in poll.questions)])
    for number, (actor_type_id, answers) in enumerate(await polls.table(poll.id), start=1):
        term = taxonomy.actor_type(actor_type_id) if actor_type_id else None
        row = [str(number), term.name(i18n.locale) if term else ""]
        for index, spec in enumerate(poll.questions):
            value = answers.get(index, "")
            if value and spec["kind"] == "choice":
                value = option_label(i18n.core, taxonomy, spec, value, i18n.locale)
            row.append(value)
        writer.writerow(row)
    if isinstance(callback.message, Message):
        await callback.message.answer_document(
            BufferedInputFile(("\ufeff" + buffer.getvalue()).encode(), f"poll-{poll.id}.csv")
        )


async def results_text(
    i18n: I18nContext, taxonomy: Taxonomy, polls: PollService, poll_id: int, include_texts: bool
) -> str:
    poll, results, answered, sent = await polls.results(poll_id)
    lines = [i18n.get("poll-results-header", answered=answered, sent=sent, status=poll.status)]
    for spec, result in zip(poll.questions, results, strict=True):
        lines.append("")
        lines.append(i18n.get(f"poll-q-{spec['key']}"))
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
                    option=option_label(i18n.core, taxonomy, spec, option, i18n.locale),
                    count=count,
                    percent=round(100 * count / total),
                )
            )
        if result.kind == "scale":
            for term in taxonomy.actor_types:
                counts = result.by_actor_type.get(term.id)
                if counts:
                    votes = sum(counts.values())
                    mean = sum(int(v) * c for v, c in counts.items()) / votes
                    lines.append(
                        i18n.get(
                            "poll-mean-line",
                            type=term.name(i18n.locale),
                            mean=round(mean, 1),
                            count=votes,
                        )
                    )
    return Html("\n".join(lines))
