"""/polls: results by actor type and governorate, a chart, a CSV without names, closing early,
and the aggregated results sent back to those who took part."""

from __future__ import annotations

import asyncio
import html

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.filters import Command
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import PollAdminCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import IsOrganizer
from bot.keyboards import Keyboard
from bot.ui import term_names
from handlers.polls.due import send_due_polls
from notices.polls import (
    option_label,
    organizer_results,
    question_text,
    results_for_person,
    title_of,
)
from reports.charts import poll_chart
from reports.tables import to_csv
from storage.models import Poll, PollStatus
from storage.services.actors import Actor
from storage.services.exports import Table
from storage.services.polls import (
    PollService,
)
from storage.services.taxonomy import Taxonomy
from storage.services.telegram_text import split_html


def poll_title(i18n: I18nContext, poll: Poll) -> str:
    return title_of(i18n.core, poll, i18n.locale)


async def results_text(
    i18n: I18nContext, taxonomy: Taxonomy, polls: PollService, poll_id: int, include_texts: bool
) -> str:
    """The organizers' view: every question, by actor type and governorate."""
    poll, results, answered, sent = await polls.results(poll_id)
    return organizer_results(
        i18n.core, taxonomy, poll, results, answered, sent, i18n.locale, include_texts
    )


def results_keyboard(i18n: I18nContext, poll: Poll) -> InlineKeyboardMarkup:
    builder = Keyboard()
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


async def on_polls(
    message: Message, i18n: I18nContext, settings: Settings, polls: PollService
) -> None:
    recent = await polls.recent()
    if not recent:
        await message.answer(i18n.get("poll-none"))
        return
    builder = Keyboard()
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


async def on_send_results(
    callback: CallbackQuery,
    callback_data: PollAdminCb,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    polls: PollService,
    delivery: Delivery,
) -> None:
    """Close the loop: each person who answered gets the aggregated results (no free texts),
    cut for their own actor type and governorates, in their language. The close sends them
    already; this sends what has not gone (a poll closed before they were sent at the close)."""
    queued = await polls.send_results(
        callback_data.poll_id, results_for_person(i18n.core, taxonomy)
    )
    delivery.wake()
    key = "poll-results-sent" if queued else "poll-results-sent-already"
    await callback.answer(i18n.get(key, count=queued), show_alert=True)


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


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="polls results")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_polls, Command("polls"))
    organizers.callback_query.register(on_show, PollAdminCb.filter(F.action == "show"))
    organizers.callback_query.register(on_close, PollAdminCb.filter(F.action == "close"))
    organizers.callback_query.register(on_send_results, PollAdminCb.filter(F.action == "results"))
    organizers.callback_query.register(on_results_csv, PollAdminCb.filter(F.action == "csv"))
    organizers.callback_query.register(on_chart, PollAdminCb.filter(F.action == "chart"))
    return organizers
