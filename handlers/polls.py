"""Post-meeting polls: invitees answer with buttons (and a free text); organizers schedule the
feedback poll of a meeting from its card and read the results there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext
from aiogram_i18n.cores import BaseCore

from bot.callbacks import MeetingAdminCb, PollCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.i18n import Html
from storage.models import Person, Poll
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

TIME_FORMAT = "%Y-%m-%d %H:%M"


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
    await callback.message.answer(await results_text(i18n, taxonomy, polls, existing.id))


async def results_text(
    i18n: I18nContext, taxonomy: Taxonomy, polls: PollService, poll_id: int
) -> str:
    poll, results, answered, sent = await polls.results(poll_id)
    lines = [i18n.get("poll-results-header", answered=answered, sent=sent, status=poll.status)]
    for spec, result in zip(poll.questions, results, strict=True):
        lines.append("")
        lines.append(i18n.get(f"poll-q-{spec['key']}"))
        if result.kind == "text":
            lines += [i18n.get("poll-text-line", text=text) for text in result.texts] or ["—"]
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
