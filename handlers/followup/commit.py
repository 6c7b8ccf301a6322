"""A representative states a commitment of their own organization (sector, text, due date);
organizers get a review card and approve or reject it; the representative hears the decision.
From an item's card, advisory committee members (and organizers) propose it for the next
meeting's agenda."""

from __future__ import annotations

from datetime import date

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, FollowupAdminCb, FollowupCb, HomeCb, NavCb, PickCb
from bot.config import Settings
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsApproved, IsOrganizer
from bot.keyboards import Keyboard
from bot.notify import Reviewing
from bot.ui import choice_keyboard, nav_keyboard
from handlers.common.day_picker import pressed_day, with_day_picker
from handlers.followup import steps
from handlers.followup.browse import today
from notices.followup import short_text
from storage.models import FollowupItem
from storage.services.actors import Actor
from storage.services.agenda import AgendaService
from storage.services.followup import FollowupService, check_item_text, parse_due
from storage.services.taxonomy import Taxonomy


class Commitment(StatesGroup):
    sector = State()
    text = State()
    due = State()


async def on_commit(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    await callback.answer()
    await state.set_state(Commitment.sector)
    await state.set_data({})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-commit-ask-sector"),
            reply_markup=choice_keyboard(
                i18n, "fucommit", ((s.id, s.name(i18n.locale)) for s in taxonomy.sectors),
                back=False,
            ),
        )  # fmt: skip


async def on_sector(
    callback: CallbackQuery,
    callback_data: PickCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
) -> None:
    if taxonomy.sector(callback_data.item) is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    await state.update_data(sector_id=callback_data.item)
    await state.set_state(Commitment.text)
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-commit-ask-text"),
            reply_markup=nav_keyboard(i18n, "fucommit", back=False),
        )


async def on_text(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.update_data(text=check_item_text(message.text or ""))
    await state.set_state(Commitment.due)
    await message.answer(
        i18n.get("followup-ask-due"),
        reply_markup=with_day_picker(
            i18n, "fudue", today(settings), nav_keyboard(i18n, "fucommit", back=False)
        ),
    )


async def on_due(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    reviewing: Reviewing,
    actor: Actor,
    settings: Settings,
) -> None:
    due = parse_due(message.text or "")
    await propose(message, state, i18n, followup, reviewing, actor, settings, due)


async def on_due_day(
    callback: CallbackQuery,
    callback_data: DayCb,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    reviewing: Reviewing,
    actor: Actor,
    settings: Settings,
) -> None:
    """A day pressed in the picker: taken as the same day typed."""
    due = await pressed_day(callback, callback_data, i18n)
    if due is None or not isinstance(callback.message, Message):
        return
    await propose(callback.message, state, i18n, followup, reviewing, actor, settings, due)


async def propose(
    message: Message, state: FSMContext, i18n: I18nContext, followup: FollowupService,
    reviewing: Reviewing, actor: Actor, settings: Settings, due: date | None,
) -> None:  # fmt: skip
    data = await state.get_data()
    item = await followup.propose_commitment(
        actor, str(data["text"]), i18n.locale, [int(data["sector_id"])], [], due,
        today(settings),
    )  # fmt: skip
    await state.clear()
    await message.answer(i18n.get("followup-commit-submitted", id=item.id))

    await reviewing.arrived()  # each organizer's "to review" message, not a card each


def review_card(i18n: I18nContext, item: FollowupItem) -> tuple[str, InlineKeyboardMarkup]:
    text = i18n.get(
        "followup-commit-review", id=item.id, text=item.text(i18n.locale),
        organization=item.owners[0].name(i18n.locale) if item.owners else "—",
    )  # fmt: skip
    return text, decision_keyboard(i18n, item.id)


async def on_queue_button(
    callback: CallbackQuery, i18n: I18nContext, followup: FollowupService, actor: Actor
) -> None:
    """Commitments, from the organizer's "to review": the oldest one waiting, to decide."""
    item = await followup.first_pending_commitment(actor)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    if item is None:
        await callback.message.answer(i18n.get("followup-commit-none-waiting"))
        return
    text, markup = review_card(i18n, item)
    await callback.message.answer(text, reply_markup=markup)


def decision_keyboard(i18n: I18nContext, item_id: int) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-followup-approve"),
        callback_data=FollowupAdminCb(action="approve", item_id=item_id),
    )
    builder.button(
        text=i18n.get("btn-followup-reject"),
        callback_data=FollowupAdminCb(action="reject", item_id=item_id),
    )
    return builder.as_markup()


async def on_propose(
    callback: CallbackQuery,
    callback_data: FollowupCb,
    i18n: I18nContext,
    followup: FollowupService,
    agenda: AgendaService,
    actor: Actor,
) -> None:
    """An advisory member (or an organizer) puts the item forward for the next agenda."""
    item = await followup.get_for(actor, callback_data.item_id, approved_only=True)
    text = i18n.get("followup-agenda-topic", id=item.id, text=short_text(item, i18n.locale, 250))
    await agenda.propose(actor, text)  # refuses anyone else
    await callback.answer(i18n.get("followup-agenda-proposed"), show_alert=True)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup commit")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.callback_query.register(on_commit, FollowupCb.filter(F.action == "commit"))
    router.callback_query.register(on_propose, FollowupCb.filter(F.action == "agenda"))
    router.callback_query.register(
        on_queue_button, HomeCb.filter(F.action == "commitments"), IsOrganizer()
    )
    router.callback_query.register(
        on_sector, Commitment.sector, PickCb.filter(F.step == "fucommit")
    )
    router.message.register(on_text, Commitment.text, PLAIN_TEXT)
    router.message.register(on_due, Commitment.due, PLAIN_TEXT)
    router.callback_query.register(
        on_due_day, Commitment.due, DayCb.filter((F.step == "fudue") & (F.day != ""))
    )
    router.callback_query.register(
        steps.on_cancel, StateFilter(Commitment), NavCb.filter(F.step == "fucommit")
    )
    router.message.register(steps.on_not_text, StateFilter(Commitment), NOT_COMMAND)
    return router
