"""/opportunities: the open ones, those matching the reader first; a card with Save; how a
member wants matching opportunities (at once, a weekly digest, or not), from /subscribe."""

from __future__ import annotations

import html
from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import OpportunityAdminCb, OpportunityCb
from bot.config import Settings
from bot.filters import IsApproved
from bot.keyboards import Keyboard
from notices.opportunities import card_text, short_title
from storage.models import Opportunity, OpportunityStatus
from storage.services.actors import Actor
from storage.services.opportunities import DELIVERIES, OpportunityService, is_open


def today_of(settings: Settings) -> date:
    return datetime.now(settings.tz).date()


async def on_opportunities(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    listings, total = await opportunities.open_list(actor, today_of(settings))
    builder = Keyboard()
    for listing in listings:
        mark = "⭐ " if listing.saved else ("🎯 " if listing.matching else "")
        builder.button(
            text=mark + short_title(listing.opportunity.title),
            callback_data=OpportunityCb(action="show", item=listing.opportunity.id),
        )
    builder.button(
        text=i18n.get("btn-opportunity-post"), callback_data=OpportunityCb(action="post")
    )
    builder.button(
        text=i18n.get("btn-opportunity-choices"), callback_data=OpportunityCb(action="choices")
    )
    if actor.is_organizer:
        _, waiting = await opportunities.queue(actor)
        builder.button(
            text=i18n.get("btn-opportunity-queue", count=waiting),
            callback_data=OpportunityAdminCb(action="queue"),
        )
    builder.adjust(1)
    if not listings:
        text = i18n.get("opportunity-list-none")
    else:
        matching = sum(1 for listing in listings if listing.matching)
        text = i18n.get("opportunity-list", count=total, matching=matching)
        if total > len(listings):
            text += "\n" + i18n.get("opportunity-list-more", count=total - len(listings))
    await message.answer(text, reply_markup=builder.as_markup())


def card_keyboard(
    i18n: I18nContext, actor: Actor, opportunity: Opportunity, saved: bool, open_now: bool
) -> InlineKeyboardMarkup | None:
    builder = Keyboard()
    if open_now:
        key = "btn-opportunity-unsave" if saved else "btn-opportunity-save"
        action = "unsave" if saved else "save"
        builder.button(
            text=i18n.get(key), callback_data=OpportunityCb(action=action, item=opportunity.id)
        )
    if actor.is_organizer and opportunity.status == OpportunityStatus.APPROVED:
        builder.button(
            text=i18n.get("btn-opportunity-withdraw"),
            callback_data=OpportunityAdminCb(action="withdraw", item=opportunity.id),
        )
    builder.adjust(1)
    markup = builder.as_markup()
    return markup if markup.inline_keyboard else None


async def on_show(
    callback: CallbackQuery,
    callback_data: OpportunityCb,
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    opportunity = await opportunities.readable(actor, callback_data.item)
    open_now = is_open(opportunity, today_of(settings))
    saved = await opportunities.is_saved(actor.person_id, opportunity.id)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    closed = opportunity.status == OpportunityStatus.APPROVED and not open_now
    await callback.message.answer(
        card_text(i18n.core, i18n.locale, opportunity, closed=closed),
        reply_markup=card_keyboard(i18n, actor, opportunity, saved, open_now),
    )
    if opportunity.document_file_id:
        # The file name is the poster's text: a name that is a link must stay text.
        caption = html.escape(opportunity.document_name) if opportunity.document_name else None
        await callback.message.answer_document(opportunity.document_file_id, caption=caption)


async def on_save(
    callback: CallbackQuery,
    callback_data: OpportunityCb,
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    saved = callback_data.action == "save"
    today = today_of(settings)
    await opportunities.set_saved(actor, callback_data.item, saved, today)
    key = "opportunity-saved" if saved else "opportunity-unsaved"
    await callback.answer(i18n.get(key), show_alert=saved)
    opportunity = await opportunities.get(callback_data.item)
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(
            reply_markup=card_keyboard(i18n, actor, opportunity, saved, is_open(opportunity, today))
        )


def choices_keyboard(i18n: I18nContext, current: str) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for code in DELIVERIES:
        mark = "✅ " if code == current else ""
        builder.button(
            text=mark + i18n.get(f"btn-opportunity-deliver-{code}"),
            callback_data=OpportunityCb(action="deliver", code=code),
        )
    builder.adjust(1)
    return builder.as_markup()


async def on_choices(
    callback: CallbackQuery, i18n: I18nContext, opportunities: OpportunityService, actor: Actor
) -> None:
    current = await opportunities.delivery(actor)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("opportunity-choices", current=current),
            reply_markup=choices_keyboard(i18n, current),
        )


async def on_deliver(
    callback: CallbackQuery,
    callback_data: OpportunityCb,
    i18n: I18nContext,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    current = await opportunities.set_delivery(actor, callback_data.code)
    await callback.answer(i18n.get("opportunity-choice-saved"))
    if isinstance(callback.message, Message):
        await callback.message.edit_text(
            i18n.get("opportunity-choices", current=current),
            reply_markup=choices_keyboard(i18n, current),
        )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="opportunities browsing")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_opportunities, Command("opportunities"))
    router.callback_query.register(on_show, OpportunityCb.filter(F.action == "show"))
    router.callback_query.register(on_save, OpportunityCb.filter(F.action.in_({"save", "unsave"})))
    router.callback_query.register(on_choices, OpportunityCb.filter(F.action == "choices"))
    router.callback_query.register(on_deliver, OpportunityCb.filter(F.action == "deliver"))
    return router
