"""Action points of a meeting: an organizer records one from the meeting's card (the text, its
owner organizations, a due date); the attendees hear of it."""

from __future__ import annotations

from datetime import date

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, FollowupAdminCb, NavCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.keyboards import Keyboard
from bot.ui import nav_keyboard, nav_row
from handlers.common.day_picker import pressed_day, with_day_picker
from handlers.followup import steps
from handlers.followup.browse import send_card, today
from notices.followup import action_point_notice
from storage.models import DecisionStatus, FollowupItem
from storage.services.actors import Actor
from storage.services.decisions import DecisionService, item_text_of
from storage.services.errors import Conflict
from storage.services.followup import (
    TEXT_MAX,
    TEXT_MIN,
    FollowupService,
    check_item_text,
    parse_due,
)
from storage.services.meetings import MeetingService
from storage.services.organizations import OrganizationService
from storage.services.taxonomy import Taxonomy

DUE_PICKER = "fupdue"  # the due date's day picker (DayCb)


class ActionPoint(StatesGroup):
    text = State()
    owners = State()
    due = State()


def point_owner_keyboard(
    i18n: I18nContext, found: list[tuple[int, str]] | None = None
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for organization_id, name in found or []:
        builder.button(
            text=name, callback_data=FollowupAdminCb(action="pointowner", value=organization_id)
        )
    builder.adjust(1)
    builder.row(
        InlineKeyboardButton(
            text=i18n.get("btn-done"), callback_data=NavCb(action="done", step="fupoint").pack()
        ),
        *nav_row(i18n, "fupoint", back=False),
    )
    return builder.as_markup()


async def on_point(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    meetings: MeetingService,
) -> None:
    meeting = await meetings.get(callback_data.value)
    await callback.answer()
    await state.set_state(ActionPoint.text)
    await state.set_data({"meeting_id": meeting.id, "owners": []})
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-point-ask-text", meeting=meeting.title(i18n.locale)),
            reply_markup=nav_keyboard(i18n, "fupoint", back=False),
        )


async def on_decision(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    decisions: DecisionService,
) -> None:
    """A decided proposal becomes an action point: its outcome is the text; the owners and
    the due date are asked as for any action point."""
    decision = await decisions.get(callback_data.value)
    if decision.status != DecisionStatus.ANNOUNCED:
        raise Conflict("decision-still-open")
    if decision.followup_item_id is not None:
        raise Conflict("followup-already-tracked", item=decision.followup_item_id)
    await callback.answer()
    await state.set_state(ActionPoint.owners)
    await state.set_data(
        {
            "meeting_id": decision.meeting_id,
            "decision_id": decision.id,
            "text": item_text_of(decision, TEXT_MIN, TEXT_MAX),
            "locale": decision.locale,
            "owners": [],
        }
    )
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-point-ask-owner"), reply_markup=point_owner_keyboard(i18n)
        )


async def on_point_text(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    text = check_item_text(message.text or "")
    await state.update_data(text=text)
    await state.set_state(ActionPoint.owners)
    await message.answer(
        i18n.get("followup-point-ask-owner"), reply_markup=point_owner_keyboard(i18n)
    )


async def on_point_owner_search(
    message: Message, i18n: I18nContext, organizations: OrganizationService
) -> None:
    found = await organizations.search(message.text or "")
    if not found:
        await message.answer(
            i18n.get("followup-owner-none-found"), reply_markup=point_owner_keyboard(i18n)
        )
        return
    choices = [(o.id, o.name(i18n.locale)) for o in found]
    await message.answer(
        i18n.get("followup-owner-pick"), reply_markup=point_owner_keyboard(i18n, choices)
    )


async def on_point_owner(
    callback: CallbackQuery,
    callback_data: FollowupAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    organizations: OrganizationService,
) -> None:
    organization = await organizations.get(callback_data.value)
    if organization is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    owners = list(dict.fromkeys([*(await state.get_data()).get("owners", []), organization.id]))
    await state.update_data(owners=owners)
    await callback.answer(
        i18n.get("followup-point-owner-added", organization=organization.name(i18n.locale))
    )
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-point-owners", count=len(owners)),
            reply_markup=point_owner_keyboard(i18n),
        )


async def on_point_owners_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await callback.answer()
    await state.set_state(ActionPoint.due)
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("followup-ask-due"),
            reply_markup=with_day_picker(
                i18n, DUE_PICKER, today(settings), nav_keyboard(i18n, "fupoint", back=False)
            ),
        )


async def on_point_due(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    followup: FollowupService,
    meetings: MeetingService,
    delivery: Delivery,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    due = parse_due(message.text or "")
    await point_due_chosen(
        message, state, i18n, followup, meetings, delivery, taxonomy, actor, settings, due
    )


async def on_point_due_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    followup: FollowupService, meetings: MeetingService, delivery: Delivery, taxonomy: Taxonomy,
    actor: Actor, settings: Settings,
) -> None:  # fmt: skip
    """A day pressed in the picker: taken as the same day typed."""
    due = await pressed_day(callback, callback_data, i18n)
    if due is None or not isinstance(callback.message, Message):
        return
    await point_due_chosen(
        callback.message, state, i18n, followup, meetings, delivery, taxonomy, actor, settings, due
    )


async def point_due_chosen(
    message: Message, state: FSMContext, i18n: I18nContext, followup: FollowupService,
    meetings: MeetingService, delivery: Delivery, taxonomy: Taxonomy, actor: Actor,
    settings: Settings, due: date | None,
) -> None:  # fmt: skip
    data = await state.get_data()
    meeting = None
    if data.get("meeting_id") is not None:
        meeting = await meetings.get(int(data["meeting_id"]))
    core = i18n.core

    def render(item: FollowupItem, locale: str) -> list[dict[str, object]]:
        title = meeting.title(locale, settings.default_locale) if meeting else ""
        return action_point_notice(core, taxonomy, item, title, locale)

    item = await followup.add_action_point(
        actor, meeting.id if meeting else None, str(data["text"]),
        str(data.get("locale") or i18n.locale), [], list(data.get("owners", [])), due,
        today(settings), render, decision_id=data.get("decision_id"),
    )  # fmt: skip
    await state.clear()
    delivery.wake()
    await message.answer(i18n.get("followup-point-saved", id=item.id))
    await send_card(message, i18n, followup, taxonomy, actor, settings, item.id)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup action points")
    router.message.filter(IsOrganizer())
    router.callback_query.filter(IsOrganizer())
    router.callback_query.register(on_point, FollowupAdminCb.filter(F.action == "point"))
    router.callback_query.register(on_decision, FollowupAdminCb.filter(F.action == "decision"))
    router.message.register(on_point_text, ActionPoint.text, PLAIN_TEXT)
    router.message.register(on_point_owner_search, ActionPoint.owners, PLAIN_TEXT)
    router.callback_query.register(
        on_point_owner, ActionPoint.owners, FollowupAdminCb.filter(F.action == "pointowner")
    )
    router.callback_query.register(
        on_point_owners_done,
        ActionPoint.owners,
        NavCb.filter((F.step == "fupoint") & (F.action == "done")),
    )
    router.message.register(on_point_due, ActionPoint.due, PLAIN_TEXT)
    router.callback_query.register(
        on_point_due_pressed, ActionPoint.due, DayCb.filter((F.step == DUE_PICKER) & (F.day != ""))
    )
    router.callback_query.register(
        steps.on_cancel, StateFilter(ActionPoint), NavCb.filter(F.step == "fupoint")
    )
    router.message.register(steps.on_not_text, StateFilter(ActionPoint), NOT_COMMAND)
    return router
