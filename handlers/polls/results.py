"""/polls: results by actor type and governorate, a chart, a CSV without names, closing early,
and the aggregated results sent back to those who took part."""

from __future__ import annotations

import asyncio
import html
from collections import Counter
from typing import Any

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
from bot.i18n import Html
from bot.keyboards import Keyboard
from bot.ui import term_names
from handlers.polls.due import send_due_polls
from notices.polls import (
    option_label,
    question_html,
    question_text,
    template_of,
)
from reports.charts import poll_chart
from reports.tables import to_csv
from storage.models import Poll, PollStatus
from storage.services.actors import Actor
from storage.services.exports import Table
from storage.services.outbox import NewMessage, OutboxService
from storage.services.polls import (
    PollService,
    QuestionResult,
)
from storage.services.segments import visible_segments
from storage.services.taxonomy import Taxonomy, Term
from storage.services.telegram_text import split_html


def poll_title(i18n: I18nContext, poll: Poll) -> str:
    if template_of(poll) == "own":
        return question_text(i18n.core, poll.questions[0], i18n.locale)[:60]
    return i18n.get(f"btn-poll-tpl-{template_of(poll)}")


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
        # A group where fewer than five answered is not shown: no answer traced to a person.
        shown = visible_segments(
            {term.id: counts[term.id] for term in terms if counts.get(term.id)}
        )
        groups = [(term, shown[term.id]) for term in terms if shown.get(term.id) is not None]
        hidden = [term for term in terms if term.id in shown and shown[term.id] is None]
        if groups or hidden:
            lines.append(i18n.get(heading))
            lines += breakdown_lines(i18n, taxonomy, spec, groups)  # type: ignore[arg-type]
        if hidden:
            lines.append(i18n.get("poll-too-few", groups=term_names(i18n, hidden)))
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
