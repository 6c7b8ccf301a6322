"""Respondents: buttons for each question, a free-text answer, votes in native polls (changed
or taken back until the poll closes)."""

from __future__ import annotations

import asyncio
import html

from aiogram import Bot, F, Router
from aiogram.enums import ChatAction
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardMarkup,
    Message,
    PollAnswer,
)
from aiogram_i18n import I18nContext

from bot.callbacks import PollCb, ResultsChartCb
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from notices.polls import (
    Segments,
    chart_panels,
    question_markup,
    title_of,
)
from reports.charts import side_by_side_chart
from storage.models import Person
from storage.services.errors import Forbidden
from storage.services.polls import (
    PollService,
)
from storage.services.taxonomy import Taxonomy


class PollText(StatesGroup):
    waiting = State()


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


async def on_write(
    callback: CallbackQuery, callback_data: PollCb, state: FSMContext, i18n: I18nContext
) -> None:
    await state.set_state(PollText.waiting)
    await state.set_data({"poll_id": callback_data.poll_id, "question": callback_data.question})
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("poll-ask-text"))


async def on_text(
    message: Message, state: FSMContext, i18n: I18nContext, person: Person, polls: PollService
) -> None:
    data = await state.get_data()
    await polls.answer(int(data["poll_id"]), person.id, int(data["question"]), message.text or "")
    await state.clear()
    await message.answer(i18n.get("poll-thanks"))


async def on_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("common-send-text"))


async def on_results_chart(
    callback: CallbackQuery,
    callback_data: ResultsChartCb,
    bot: Bot,
    i18n: I18nContext,
    person: Person,
    taxonomy: Taxonomy,
    polls: PollService,
) -> None:
    """The results a person got, as a chart: everyone beside their own actor type and
    governorates. Only for someone who answered the poll."""
    if not await polls.took_part(callback_data.ref, person.id):
        raise Forbidden("poll-not-yours")
    poll, results, _, _ = await polls.results(callback_data.ref)
    actor_type_id, governorates = await polls.segments_of(person.id)
    panels = chart_panels(
        i18n.core, taxonomy, poll, results, Segments(actor_type_id, governorates), i18n.locale
    )
    if not panels:
        await callback.answer(i18n.get("poll-no-answers"), show_alert=True)
        return
    await callback.answer()
    await bot.send_chat_action(person.telegram_id or callback.from_user.id, ChatAction.UPLOAD_PHOTO)
    title = title_of(i18n.core, poll, i18n.locale)
    png = await asyncio.to_thread(side_by_side_chart, html.unescape(title), panels, i18n.locale)
    if isinstance(callback.message, Message):
        await callback.message.answer_photo(
            BufferedInputFile(png, filename=f"poll-{poll.id}.png"),
            caption=i18n.get("results-chart-caption"),
        )


async def on_vote(poll_answer: PollAnswer, person: Person, polls: PollService) -> None:
    """A vote in a native poll: Telegram shows it already; refusals come back as a message."""
    await polls.answer_native(poll_answer.poll_id, person.id, poll_answer.option_ids)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    respondents = Router(name="polls respondents")
    respondents.message.filter(IsApproved())
    respondents.callback_query.filter(IsApproved())
    respondents.poll_answer.filter(IsApproved())
    respondents.callback_query.register(on_option, PollCb.filter(F.option >= 0))
    respondents.callback_query.register(on_write, PollCb.filter(F.option == -1))
    respondents.message.register(on_text, PollText.waiting, PLAIN_TEXT)
    respondents.message.register(on_not_text, PollText.waiting, NOT_COMMAND)
    respondents.poll_answer.register(on_vote)
    respondents.callback_query.register(on_results_chart, ResultsChartCb.filter(F.kind == "poll"))
    return respondents
