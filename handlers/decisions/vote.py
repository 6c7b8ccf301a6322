"""Voters: a press on the card (checked on the server: the audience, the type, the close, one
ballot per person), the reason a disagreement, a block or an objection asks for, who may read
it, and an option of one's own where the organizer allowed it."""

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

from bot.callbacks import DecisionCb, ResultsChartCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved
from bot.keyboards import Keyboard
from bot.ui import edit_in_place
from handlers.common.dialogs import on_not_text
from notices.decisions import card_markup, card_text, decision_chart_panels, live_result
from reports.charts import side_by_side_chart
from storage.models import DecisionStatus, Person
from storage.services.decision_counts import NEEDS_REASON
from storage.services.decisions import OPTION_MAX, REASON_MAX, DecisionService, MyVote
from storage.services.errors import Conflict, Forbidden
from storage.services.outbox import OutboxService
from storage.services.taxonomy import Taxonomy


class DecisionText(StatesGroup):
    reason = State()
    option = State()


async def card_of(
    i18n: I18nContext, settings: Settings, decisions: DecisionService, mine: MyVote
) -> tuple[str, InlineKeyboardMarkup]:
    """The voter's card as it stands: their vote, the turnout, live results unless hidden."""
    decision = mine.decision
    live = None
    if not decision.hide_results:
        live = live_result(decision, await decisions.ballots(decision.id))
    title = await decisions.meeting_title(decision, i18n.locale)
    text = card_text(i18n.core, decision, i18n.locale, settings.tz, mine, live, title)
    markup = card_markup(i18n.core, decision, i18n.locale, settings.tz, mine.ballot)
    return text, InlineKeyboardMarkup.model_validate(markup)


async def redraw(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    decisions: DecisionService,
    mine: MyVote,
) -> None:
    await edit_in_place(message, *await card_of(i18n, settings, decisions, mine))


async def on_press(
    callback: CallbackQuery,
    callback_data: DecisionCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    person: Person,
    decisions: DecisionService,
) -> None:
    action, decision_id = callback_data.action, callback_data.decision_id
    if action == "noop":  # an option's label: its whole text, as a button cuts it
        decision = await decisions.get(decision_id)
        if 0 <= callback_data.option < len(decision.options):
            await callback.answer(decision.options[callback_data.option][:200])
        else:
            await callback.answer()
        return
    if action == "add" or (action == "choose" and callback_data.value in NEEDS_REASON):
        mine = await decisions.mine(decision_id, person.id)
        if mine.decision.status != DecisionStatus.OPEN:
            raise Conflict("decision-closed")
        await state.set_state(DecisionText.option if action == "add" else DecisionText.reason)
        await state.set_data({"decision_id": decision_id, "value": callback_data.value})
        await callback.answer()
        key = "decision-ask-option" if action == "add" else "decision-ask-reason"
        if isinstance(callback.message, Message):
            await callback.message.answer(
                i18n.get(key, max=OPTION_MAX if action == "add" else REASON_MAX)
            )
        return
    mine = await decisions.press(
        decision_id, person.id, action, callback_data.option, callback_data.value
    )
    await callback.answer(i18n.get("decision-saved"))
    if isinstance(callback.message, Message):
        await redraw(callback.message, i18n, settings, decisions, mine)


async def on_share(
    callback: CallbackQuery, callback_data: DecisionCb, i18n: I18nContext, person: Person,
    decisions: DecisionService,
) -> None:  # fmt: skip
    public = callback_data.value == "1"
    await decisions.share_reason(callback_data.decision_id, person.id, public)
    await callback.answer()
    if isinstance(callback.message, Message):
        key = "decision-reason-public" if public else "decision-reason-private"
        await edit_in_place(callback.message, i18n.get(key))


async def on_reason(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    person: Person,
    decisions: DecisionService,
) -> None:
    data = await state.get_data()
    decision_id = int(data["decision_id"])
    mine = await decisions.press(
        decision_id, person.id, "choose", value=str(data["value"]), reason=message.text or ""
    )
    await state.clear()
    builder = Keyboard()
    for value, key in (("1", "btn-decision-reason-public"), ("0", "btn-decision-reason-private")):
        builder.button(
            text=i18n.get(key),
            callback_data=DecisionCb(decision_id=decision_id, action="share", value=value),
        )
    builder.adjust(1)
    if not mine.decision.native:  # a poll shows the vote itself
        await send_card(message, i18n, settings, decisions, mine)
    await message.answer(i18n.get("decision-reason-saved"), reply_markup=builder.as_markup())


async def on_option(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    person: Person,
    decisions: DecisionService,
) -> None:
    decision_id = int((await state.get_data())["decision_id"])
    await decisions.add_option(decision_id, person.id, message.text or "")
    await state.clear()
    await message.answer(i18n.get("decision-option-added"))
    await send_card(
        message, i18n, settings, decisions, await decisions.mine(decision_id, person.id)
    )


async def send_card(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    decisions: DecisionService,
    mine: MyVote,
) -> None:
    """The card again, below, with the vote as it now stands."""
    text, markup = await card_of(i18n, settings, decisions, mine)
    await message.answer(text, reply_markup=markup)


async def on_results_chart(
    callback: CallbackQuery,
    callback_data: ResultsChartCb,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    person: Person,
    decisions: DecisionService,
) -> None:
    """The result a person got, as a chart: everyone beside their own groups. Only for
    someone the decision was put to, once its outcome is out."""
    voter = await decisions.voter(callback_data.ref, person.id)
    decision = await decisions.get(callback_data.ref)
    if voter is None:
        raise Forbidden("decision-not-yours")
    if decision.status != DecisionStatus.ANNOUNCED:
        raise Conflict("decision-still-open")
    tally = await decisions.tally(decision.id)
    panels = decision_chart_panels(i18n.core, taxonomy, tally, voter, i18n.locale, settings.tz)
    if not panels:
        await callback.answer(i18n.get("poll-no-answers"), show_alert=True)
        return
    await callback.answer()
    await bot.send_chat_action(callback.from_user.id, ChatAction.UPLOAD_PHOTO)
    title = str(i18n.get("btn-decision-kind", kind=decision.kind))
    png = await asyncio.to_thread(side_by_side_chart, html.unescape(title), panels, i18n.locale)
    if isinstance(callback.message, Message):
        await callback.message.answer_photo(
            BufferedInputFile(png, filename=f"decision-{decision.id}.png"),
            caption=i18n.get("results-chart-caption"),
        )


async def decision_poll(poll_answer: PollAnswer, outbox: OutboxService) -> dict[str, str] | bool:
    """A vote in a decision's native poll (the polls feature takes the others)."""
    key = await outbox.key_of_poll(poll_answer.poll_id)
    return {"poll_key": key} if key and key.startswith(("dec:", "decrem:")) else False


async def on_native_vote(
    poll_answer: PollAnswer,
    poll_key: str,
    bot: Bot,
    state: FSMContext,
    i18n: I18nContext,
    person: Person,
    decisions: DecisionService,
) -> None:
    """Telegram shows the vote already; a disagreement, a block or an objection is then asked
    for its reason in the chat."""
    mine = await decisions.vote_native(poll_key, person.id, list(poll_answer.option_ids))
    if mine is None or not isinstance(mine.ballot, str) or mine.ballot not in NEEDS_REASON:
        return
    if mine.reason:
        return
    await state.set_state(DecisionText.reason)
    await state.set_data({"decision_id": mine.decision.id, "value": mine.ballot})
    if person.telegram_id is not None:  # a private chat's id is the person's
        await bot.send_message(person.telegram_id, i18n.get("decision-ask-reason", max=REASON_MAX))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    voters = Router(name="decisions voters")
    voters.message.filter(IsApproved())
    voters.callback_query.filter(IsApproved())
    voters.callback_query.register(on_share, DecisionCb.filter(F.action == "share"))
    voters.callback_query.register(on_results_chart, ResultsChartCb.filter(F.kind == "decision"))
    voters.callback_query.register(on_press, DecisionCb.filter())
    voters.poll_answer.filter(IsApproved())
    voters.poll_answer.register(on_native_vote, decision_poll)
    voters.message.register(on_reason, DecisionText.reason, PLAIN_TEXT)
    voters.message.register(on_option, DecisionText.option, PLAIN_TEXT)
    voters.message.register(on_not_text, DecisionText.reason, NOT_COMMAND)
    voters.message.register(on_not_text, DecisionText.option, NOT_COMMAND)
    return voters
