"""Newsletters: organizers draft one for a period (/newsletter), edit it per language and send
or schedule it to subscribers; members read past issues (/newsletters). Subscribing and the
newsletter's language are in handlers/subscriptions.py (/subscribe)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DayCb, NewsletterCb, SubscriptionCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.delivery.runtime import Delivery
from bot.filters import NOT_COMMAND, IsApproved, IsOrganizer
from bot.i18n import Html
from bot.keyboards import Keyboard
from bot.ui import language_in
from handlers.common.day_picker import pressed_moment
from handlers.common.dialogs import (
    SEND_PICKER,
    ask_send_time,
    future_local,
    report_queued,
    show_preview,
    typed_moment,
)
from notices.newsletter import (
    decisions_section,
    followup_section,
    opportunities_section,
    shown_updates,
    updates_section,
)
from notices.updates import in_newsletter_notice
from storage.models import Person
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.broadcasts import BroadcastService, check_text, pick_text
from storage.services.decisions import DecisionService
from storage.services.errors import InvalidInput
from storage.services.followup import FollowupService
from storage.services.newsletters import NewsletterService, Period, parse_period, quarter
from storage.services.opportunities import OpportunityService
from storage.services.taxonomy import Taxonomy
from storage.services.telegram_text import split_html
from storage.services.updates import UpdateService

SUBSCRIBERS = Audience(newsletter_subscribers=True)


class Draft(StatesGroup):
    period = State()
    review = State()
    edit = State()
    time = State()


# --- organizers -----------------------------------------------------------------------------


async def on_newsletter(
    message: Message, state: FSMContext, i18n: I18nContext, settings: Settings
) -> None:
    await state.set_state(Draft.period)
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-nl-this-quarter"), callback_data=NewsletterCb(action="q", item=0)
    )
    builder.button(
        text=i18n.get("btn-nl-last-quarter"), callback_data=NewsletterCb(action="q", item=1)
    )
    builder.button(text=i18n.get("btn-cancel"), callback_data=NewsletterCb(action="cancel"))
    builder.adjust(2, 1)
    example = quarter(datetime.now(settings.tz).date(), settings.tz, -1).label.replace(" – ", " ")
    await message.answer(
        i18n.get("newsletter-choose-period", example=example), reply_markup=builder.as_markup()
    )


async def on_quarter(
    callback: CallbackQuery,
    callback_data: NewsletterCb,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    newsletters: NewsletterService,
    broadcasts: BroadcastService,
    updates: UpdateService,
    followup: FollowupService,
    opportunities: OpportunityService,
    decisions: DecisionService,
) -> None:
    await callback.answer()
    assert isinstance(callback.message, Message)
    await callback.message.edit_reply_markup(reply_markup=None)
    offset = -1 if callback_data.item == 1 else 0
    period = quarter(datetime.now(settings.tz).date(), settings.tz, offset)
    await start_draft(
        callback.message, state, bot, i18n, taxonomy, newsletters, broadcasts, updates,
        followup, opportunities, decisions, period,
    )  # fmt: skip


async def on_period_text(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    settings: Settings,
    taxonomy: Taxonomy,
    newsletters: NewsletterService,
    broadcasts: BroadcastService,
    updates: UpdateService,
    followup: FollowupService,
    opportunities: OpportunityService,
    decisions: DecisionService,
) -> None:
    period = parse_period(message.text or "", settings.tz)
    await start_draft(
        message, state, bot, i18n, taxonomy, newsletters, broadcasts, updates, followup,
        opportunities, decisions, period,
    )  # fmt: skip


async def start_draft(
    message: Message, state: FSMContext, bot: Bot, i18n: I18nContext, taxonomy: Taxonomy,
    newsletters: NewsletterService, broadcasts: BroadcastService, updates: UpdateService,
    followup: FollowupService, opportunities: OpportunityService, decisions: DecisionService,
    period: Period,
) -> None:  # fmt: skip
    figures = await newsletters.figures(period)
    decided = await decisions.decided_between(period.start, period.end)
    approved = await updates.approved_between(period.start, period.end)
    moved = await followup.changes_between(period.start, period.end)
    offered = await opportunities.approved_between(period.start, period.end)
    texts: dict[str, str] = {}
    for locale in SUPPORTED_LOCALES:
        with i18n.use_locale(locale):
            actors = "\n".join(
                i18n.get(
                    "newsletter-actors-line",
                    type=term.name(locale),
                    start=figures.actors_at_start[term.id],
                    end=figures.actors_at_end[term.id],
                )
                for term in taxonomy.actor_types
            )
            title = i18n.get("newsletter-title", period=period.label)
            texts[locale] = i18n.get(
                "newsletter-draft",
                heading=title,
                actors=actors,
                people=figures.new_people,
                announcements=figures.announcements,
                meetings=figures.meetings,
                attendances=figures.attendances,
                updates=Html(
                    updates_section(i18n, taxonomy, approved)
                    + decisions_section(i18n, decided)
                    + followup_section(i18n, moved)
                    + opportunities_section(i18n, offered)
                ),
            )
    await state.set_state(Draft.review)
    await state.set_data(
        {
            "texts": texts,
            "period": [period.start.isoformat(), period.end.isoformat()],
            "title": period.label,
            # Their authors hear, when it goes out, that their update is in it.
            "update_ids": [u.id for u in shown_updates(taxonomy, approved)],
        }
    )
    await show_draft(message, bot, i18n, await state.get_data(), taxonomy, broadcasts)


async def show_review(
    message: Message, i18n: I18nContext, taxonomy: Taxonomy, broadcasts: BroadcastService
) -> None:
    count = len(await broadcasts.recipients(SUBSCRIBERS))
    markup = review_keyboard(i18n, taxonomy)
    await message.answer(i18n.get("newsletter-draft-ready", count=count), reply_markup=markup)


def review_keyboard(i18n: I18nContext, taxonomy: Taxonomy) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for index, code in enumerate(SUPPORTED_LOCALES):
        builder.button(
            text=i18n.get("btn-nl-edit", language=language_in(i18n, taxonomy, code)),
            callback_data=NewsletterCb(action="edit", item=index),
        )
    builder.button(text=i18n.get("btn-send-now"), callback_data=NewsletterCb(action="send"))
    builder.button(text=i18n.get("btn-schedule"), callback_data=NewsletterCb(action="schedule"))
    builder.button(text=i18n.get("btn-cancel"), callback_data=NewsletterCb(action="cancel"))
    builder.adjust(len(SUPPORTED_LOCALES), 2, 1)
    return builder.as_markup()


async def show_draft(
    message: Message, bot: Bot, i18n: I18nContext, data: dict[str, Any], taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:  # fmt: skip
    await show_preview(message, bot, i18n, data, taxonomy)
    await show_review(message, i18n, taxonomy, broadcasts)


async def on_cancel(callback: CallbackQuery, state: FSMContext, i18n: I18nContext) -> None:
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("newsletter-cancelled"))


async def on_review_button(
    callback: CallbackQuery,
    callback_data: NewsletterCb,
    state: FSMContext,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
    updates: UpdateService,
    settings: Settings,
    actor: Actor,
    delivery: Delivery,
) -> None:
    assert isinstance(callback.message, Message)
    await callback.answer()
    if callback_data.action == "edit" and 0 <= callback_data.item < len(SUPPORTED_LOCALES):
        code = SUPPORTED_LOCALES[callback_data.item]
        await state.set_state(Draft.edit)
        await state.update_data(editing=code)
        await callback.message.answer(
            i18n.get("newsletter-ask-edit", language=language_in(i18n, taxonomy, code))
        )
    elif callback_data.action == "schedule":
        await state.set_state(Draft.time)
        await ask_send_time(callback.message, i18n, settings)
    elif callback_data.action == "send":
        await callback.message.edit_reply_markup(reply_markup=None)
        await send(
            callback.message, state, i18n, broadcasts, updates, settings, actor, delivery, None
        )


async def on_edit_text(
    message: Message,
    state: FSMContext,
    bot: Bot,
    i18n: I18nContext,
    taxonomy: Taxonomy,
    broadcasts: BroadcastService,
) -> None:
    data = await state.get_data()
    texts = dict(data["texts"])
    texts[data["editing"]] = check_text(message.html_text)
    await state.update_data(texts=texts)
    await state.set_state(Draft.review)
    preview = {**data, "texts": {data["editing"]: texts[data["editing"]]}}
    await show_preview(message, bot, i18n, preview, taxonomy)
    await show_review(message, i18n, taxonomy, broadcasts)


async def on_time(
    message: Message,
    state: FSMContext,
    i18n: I18nContext,
    broadcasts: BroadcastService,
    updates: UpdateService,
    settings: Settings,
    actor: Actor,
    delivery: Delivery,
) -> None:
    due = await typed_moment(message.text or "", state, settings)
    await send(message, state, i18n, broadcasts, updates, settings, actor, delivery, due)


async def on_time_pressed(
    callback: CallbackQuery, callback_data: DayCb, state: FSMContext, i18n: I18nContext,
    broadcasts: BroadcastService, updates: UpdateService, settings: Settings, actor: Actor,
    delivery: Delivery,
) -> None:  # fmt: skip
    """The send's day pressed (its time is asked next), or its hour."""
    moment = await pressed_moment(callback, callback_data, state, i18n)
    if moment is not None and isinstance(callback.message, Message):
        due = future_local(moment, settings)
        await send(
            callback.message, state, i18n, broadcasts, updates, settings, actor, delivery, due
        )


async def send(
    message: Message, state: FSMContext, i18n: I18nContext, broadcasts: BroadcastService,
    updates: UpdateService, settings: Settings, actor: Actor, delivery: Delivery,
    due: datetime | None,
) -> None:  # fmt: skip
    data = await state.get_data()
    start, end = (datetime.fromisoformat(value) for value in data["period"])
    broadcast = await broadcasts.create(
        by=actor,
        kind="newsletter",
        audience=SUBSCRIBERS,
        texts=data["texts"],
        due_at=due,
        title=data.get("title"),
        period=(start, end),
        use_newsletter_locale=True,
    )
    await state.clear()
    core = i18n.core
    title = str(data.get("title") or "")
    await updates.tell_in_newsletter(
        list(data.get("update_ids", [])), broadcast.id, due,
        lambda update, locale: in_newsletter_notice(core, update, title, locale),
    )  # fmt: skip
    await report_queued(message, i18n, broadcasts, settings, delivery, broadcast, due)


# --- members --------------------------------------------------------------------------------


async def on_newsletters(message: Message, i18n: I18nContext, broadcasts: BroadcastService) -> None:
    issues = await broadcasts.newsletters()
    if not issues:
        await message.answer(i18n.get("newsletters-none"))
        return
    builder = Keyboard()
    for issue in issues:
        builder.button(
            text=issue.title or str(issue.id),
            callback_data=SubscriptionCb(action="read", item=issue.id),
        )
    builder.adjust(1)
    await message.answer(i18n.get("newsletters-list"), reply_markup=builder.as_markup())


async def on_read(
    callback: CallbackQuery,
    callback_data: SubscriptionCb,
    i18n: I18nContext,
    person: Person,
    broadcasts: BroadcastService,
    settings: Settings,
) -> None:
    issue = await broadcasts.published_newsletter(callback_data.item)
    if issue is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer()
    try:
        _, text = pick_text(
            issue.texts, broadcasts.chain(person.newsletter_locale or person.locale)
        )
    except InvalidInput:
        return
    if isinstance(callback.message, Message):
        for part in split_html(text):
            await callback.message.answer(part)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="newsletter")
    organizers = Router(name="newsletter organizers")
    organizers.message.filter(IsOrganizer())
    organizers.callback_query.filter(IsOrganizer())
    members = Router(name="newsletter members")
    members.message.filter(IsApproved())
    members.callback_query.filter(IsApproved())
    router.include_routers(organizers, members)
    organizers.message.register(on_newsletter, Command("newsletter"))
    organizers.callback_query.register(
        on_quarter, Draft.period, NewsletterCb.filter(F.action == "q")
    )
    organizers.message.register(on_period_text, Draft.period, F.text, NOT_COMMAND)
    organizers.callback_query.register(on_cancel, NewsletterCb.filter(F.action == "cancel"))
    organizers.callback_query.register(on_review_button, Draft.review, NewsletterCb.filter())
    organizers.message.register(on_edit_text, Draft.edit, F.text, NOT_COMMAND)
    organizers.message.register(on_time, Draft.time, F.text, NOT_COMMAND)
    organizers.callback_query.register(
        on_time_pressed, Draft.time, DayCb.filter((F.step == SEND_PICKER) & (F.day != ""))
    )
    members.message.register(on_newsletters, Command("newsletters"))
    members.callback_query.register(on_read, SubscriptionCb.filter(F.action == "read"))
    return router
