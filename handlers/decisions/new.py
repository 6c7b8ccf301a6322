"""/decide: an organizer puts a decision to an audience. Its type, who decides (the shared
audience menu: the advisory committee, a meeting's attendees, any audience), the question,
its options (times for a time poll), then one card of settings read as the voters will read
it: how long it is open, results hidden until the close, votes named for organizers, a quorum,
members' own options. Send stores it and queues the cards in one transaction."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DecisionAdminCb
from bot.config import Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, PLAIN_TEXT, IsOrganizer
from bot.i18n import Html, long_moment, zone_label
from bot.keyboards import Keyboard
from handlers.common.audience import NEXT_STEPS, AudienceMenu, show_audience
from handlers.common.dialogs import on_not_text, parse_local_time, time_example
from handlers.decisions.manage import admin_card
from notices.decisions import card_payloads, card_text
from storage.models import Decision, DecisionKind
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService
from storage.services.decisions import (
    MAY_ADD,
    NATIVE_KINDS,
    OPEN_FOR_HOURS,
    OPTIONS_MAX,
    OPTIONS_MIN,
    QUORUMS,
    WITH_OPTIONS,
    DecisionService,
    check_text,
    parse_options,
)
from storage.services.errors import InvalidInput
from storage.services.taxonomy import Taxonomy
from storage.types import utcnow

DOT_CHOICES = (3, 5, 10)


class NewDecision(StatesGroup):
    kind = State()
    text = State()
    options = State()
    dots = State()
    settings = State()


def kinds_keyboard(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for kind in DecisionKind:
        builder.button(
            text=i18n.get("btn-decision-kind", kind=kind.value),
            callback_data=DecisionAdminCb(action="kind", value=kind.value),
        )
    builder.button(text=i18n.get("btn-cancel"), callback_data=DecisionAdminCb(action="abort"))
    builder.adjust(2)
    return builder.as_markup()


async def on_decide(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    await state.set_state(NewDecision.kind)
    await state.set_data({})
    await message.answer(i18n.get("decision-new"), reply_markup=kinds_keyboard(i18n))


async def on_kind(
    callback: CallbackQuery,
    callback_data: DecisionAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:
    if callback_data.value not in {k.value for k in DecisionKind}:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    # The announcements' audience menu; its Next comes back to after_audience.
    await state.set_state(AudienceMenu.audience)
    await state.set_data(
        {"kind": callback_data.value, "audience": Audience().to_data(), "purpose": "decision"}
    )
    await show_audience(
        callback.message, i18n, Audience(), taxonomy, broadcasts, edit=False, purpose="decision"
    )


async def after_audience(
    message: Message, state: FSMContext, i18n: I18nContext, taxonomy: Taxonomy
) -> None:
    kind = (await state.get_data())["kind"]
    await state.set_state(NewDecision.text)
    await message.answer(i18n.get("decision-ask-text", kind=kind), reply_markup=cancel_only(i18n))


def cancel_only(i18n: I18nContext) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(text=i18n.get("btn-cancel"), callback_data=DecisionAdminCb(action="abort"))
    return builder.as_markup()


async def on_text(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    broadcasts: BroadcastService,
) -> None:
    text = check_text(message.text or "")
    data = await state.get_data()
    count = len(await broadcasts.recipients(Audience.from_data(data["audience"])))
    await state.update_data(text=text, locale=i18n.locale, count=count)
    kind = data["kind"]
    if kind not in WITH_OPTIONS:
        await show_settings(message, state, i18n, settings, edit=False)
        return
    await state.set_state(NewDecision.options)
    if kind == DecisionKind.TIME:
        prompt = i18n.get(
            "decision-ask-times", max=OPTIONS_MAX, example=time_example(settings),
            tz=zone_label(i18n.core, i18n.locale, settings.timezone),
        )  # fmt: skip
    else:
        prompt = i18n.get("decision-ask-options", min=OPTIONS_MIN, max=OPTIONS_MAX)
    await message.answer(prompt, reply_markup=cancel_only(i18n))


def parse_times(text: str, settings: Settings) -> list[str]:
    """One day and time per line, in the configured zone, each still to come; kept as UTC."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not OPTIONS_MIN <= len(lines) <= OPTIONS_MAX:
        raise InvalidInput("decision-options-count", min=OPTIONS_MIN, max=OPTIONS_MAX)
    times = [
        parse_local_time(line.strip(), settings).astimezone(UTC).replace(tzinfo=None).isoformat()
        for line in lines
    ]
    return sorted(dict.fromkeys(times))  # earliest first; a time typed twice counts once


async def on_options(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    kind = (await state.get_data())["kind"]
    text = message.text or ""
    options = (
        parse_times(text, settings) if kind == DecisionKind.TIME else parse_options(kind, text)
    )
    if len(options) < OPTIONS_MIN:
        raise InvalidInput("decision-options-count", min=OPTIONS_MIN, max=OPTIONS_MAX)
    await state.update_data(options=options)
    if kind == DecisionKind.DOTS:
        await state.set_state(NewDecision.dots)
        builder = Keyboard()
        for dots in DOT_CHOICES:
            builder.button(
                text=i18n.get("btn-decision-dots", dots=dots),
                callback_data=DecisionAdminCb(action="dots", value=str(dots)),
            )
        builder.button(text=i18n.get("btn-cancel"), callback_data=DecisionAdminCb(action="abort"))
        builder.adjust(3, 1)
        await message.answer(i18n.get("decision-ask-dots"), reply_markup=builder.as_markup())
        return
    await show_settings(message, state, i18n, settings, edit=False)


async def on_dots(
    callback: CallbackQuery,
    callback_data: DecisionAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
) -> None:
    if not callback_data.value.isdigit() or int(callback_data.value) not in DOT_CHOICES:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    await state.update_data(dots=int(callback_data.value))
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    await show_settings(callback.message, state, i18n, settings, edit=False)


def draft_of(data: dict[str, Any], count: int) -> Decision:
    """The decision as it will go out (not stored): what the settings card previews."""
    hours = int(data.get("hours", OPEN_FOR_HOURS[1]))
    return Decision(
        id=0, kind=data["kind"], text=data["text"], locale=data.get("locale", "en"),
        options=list(data.get("options", [])), hide_results=bool(data.get("hide")),
        named=bool(data.get("named")), quorum_percent=int(data.get("quorum", 0)),
        dots=int(data.get("dots", 0)), open_options=bool(data.get("add")),
        native=bool(data.get("native")), audience_size=count,
        close_at=utcnow() + timedelta(hours=hours),
    )  # fmt: skip


def settings_keyboard(i18n: I18nContext, data: dict[str, Any]) -> InlineKeyboardMarkup:
    builder = Keyboard()

    def toggle(key: str, on: bool) -> None:
        builder.button(
            text=i18n.get("btn-decision-setting", setting=key, on="yes" if on else "no"),
            callback_data=DecisionAdminCb(action="set", value=key),
        )

    builder.button(
        text=i18n.get(
            "btn-decision-open-for", days=int(data.get("hours", OPEN_FOR_HOURS[1])) // 24
        ),
        callback_data=DecisionAdminCb(action="set", value="hours"),
    )
    builder.button(
        text=i18n.get("btn-decision-quorum", percent=int(data.get("quorum", 0))),
        callback_data=DecisionAdminCb(action="set", value="quorum"),
    )
    toggle("hide", bool(data.get("hide")))
    toggle("named", bool(data.get("named")))
    if data["kind"] in MAY_ADD:
        toggle("add", bool(data.get("add")))
    if data["kind"] in NATIVE_KINDS:
        toggle("native", bool(data.get("native")))
    builder.button(text=i18n.get("btn-decision-send"), callback_data=DecisionAdminCb(action="send"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=DecisionAdminCb(action="abort"))
    builder.adjust(1)
    return builder.as_markup()


async def show_settings(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    *,
    edit: bool,
) -> None:
    await state.set_state(NewDecision.settings)
    data = await state.get_data()
    draft = draft_of(data, int(data.get("count", 0)))
    preview = card_text(i18n.core, draft, i18n.locale, settings.tz)
    text = Html(i18n.get("decision-settings") + "\n\n" + preview)
    markup = settings_keyboard(i18n, data)
    if edit:
        await message.edit_text(text, reply_markup=markup)
    else:
        await message.answer(text, reply_markup=markup)


async def on_setting(
    callback: CallbackQuery,
    callback_data: DecisionAdminCb,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
) -> None:
    data = await state.get_data()
    key = callback_data.value
    if key == "hours":
        hours = int(data.get("hours", OPEN_FOR_HOURS[1]))
        at = OPEN_FOR_HOURS.index(hours) if hours in OPEN_FOR_HOURS else 0
        await state.update_data(hours=OPEN_FOR_HOURS[(at + 1) % len(OPEN_FOR_HOURS)])
    elif key == "quorum":
        quorum = int(data.get("quorum", 0))
        at = QUORUMS.index(quorum) if quorum in QUORUMS else 0
        await state.update_data(quorum=QUORUMS[(at + 1) % len(QUORUMS)])
    elif (
        key in ("hide", "named")
        or (key == "add" and data["kind"] in MAY_ADD)
        or (key == "native" and data["kind"] in NATIVE_KINDS)
    ):
        await state.update_data({key: not data.get(key)})
    else:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    assert isinstance(callback.message, Message)
    await show_settings(callback.message, state, i18n, settings, edit=True)


async def on_send(
    callback: CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    decisions: DecisionService,
    delivery: Delivery,
    actor: Actor,
) -> None:
    data = await state.get_data()
    audience = Audience.from_data(data["audience"])
    title = None
    if audience.meeting_id is not None:
        title = data.get("meeting_title")
    decision = await decisions.create(
        actor, kind=data["kind"], text=data["text"], locale=data.get("locale", i18n.locale),
        options=list(data.get("options", [])), audience=audience,
        open_for=timedelta(hours=int(data.get("hours", OPEN_FOR_HOURS[1]))),
        render=card_payloads(i18n.core, settings.tz, title),
        hide_results=bool(data.get("hide")), named=bool(data.get("named")),
        quorum_percent=int(data.get("quorum", 0)), dots=int(data.get("dots", 0)),
        open_options=bool(data.get("add")), native=bool(data.get("native")),
    )  # fmt: skip
    await state.clear()
    delivery.wake()
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    await callback.message.answer(
        i18n.get(
            "decision-sent", count=decision.audience_size,
            when=long_moment(decision.close_at.astimezone(settings.tz), i18n.locale),
        )
    )  # fmt: skip
    await admin_card(callback.message, i18n, settings, taxonomy, decisions, decision.id)


async def on_abort_or_stale(
    callback: CallbackQuery, callback_data: DecisionAdminCb, state: FSMContext, i18n: I18nContext
) -> None:
    """Cancel; or a dialog button pressed after its step passed (an older message)."""
    if callback_data.action != "abort":
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("decision-cancelled"))


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    organizers = Router(name="decisions dialog")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    organizers.message.register(on_decide, Command("decide"))
    organizers.callback_query.register(
        on_kind, NewDecision.kind, DecisionAdminCb.filter(F.action == "kind")
    )
    NEXT_STEPS["decision"] = after_audience
    organizers.message.register(on_text, NewDecision.text, PLAIN_TEXT)
    organizers.message.register(on_options, NewDecision.options, PLAIN_TEXT)
    for step in (NewDecision.text, NewDecision.options):
        organizers.message.register(on_not_text, step, NOT_COMMAND)
    organizers.callback_query.register(
        on_dots, NewDecision.dots, DecisionAdminCb.filter(F.action == "dots")
    )
    organizers.callback_query.register(
        on_setting, NewDecision.settings, DecisionAdminCb.filter(F.action == "set")
    )
    organizers.callback_query.register(
        on_send, NewDecision.settings, DecisionAdminCb.filter(F.action == "send")
    )
    organizers.callback_query.register(
        on_abort_or_stale,
        DecisionAdminCb.filter(F.action.in_({"abort", "kind", "dots", "set", "send"})),
    )
    return organizers
