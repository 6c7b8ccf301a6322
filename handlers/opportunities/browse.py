"""/opportunities: the open ones, those matching the reader first; a card with Save; how a
member wants matching opportunities (at once, a weekly digest, or not), from /subscribe."""

from __future__ import annotations

import html
from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, OpportunityAdminCb, OpportunityCb, OpportunityPageCb
from bot.config import Settings
from bot.filters import IsApproved
from bot.keyboards import Keyboard
from bot.ui import back_data, edit_in_place, page_of, paging_row
from handlers.common.home import home_button
from notices.opportunities import card_text, short_title
from storage.models import Opportunity, OpportunityStatus
from storage.services.actors import Actor
from storage.services.opportunities import DELIVERIES, LIST_MAX, OpportunityService, is_open


def today_of(settings: Settings) -> date:
    return datetime.now(settings.tz).date()


async def on_opportunities(
    message: Message,
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    text, markup = await list_page(i18n, settings, opportunities, actor, 0)
    await message.answer(text, reply_markup=markup)


async def list_page(
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
    page: int,
) -> tuple[str, InlineKeyboardMarkup]:
    """A page of the open opportunities (those matching the reader first), each a button to
    its card, with Previous / Next, posting, the reader's choices and, for organizers, the
    queue."""
    listings, total, matching = await opportunities.open_list(
        actor, today_of(settings), page * LIST_MAX
    )
    page, pages = page_of(total, page, LIST_MAX)
    if not listings and total:  # a stale page past the end: the last one there is now
        listings, total, matching = await opportunities.open_list(
            actor, today_of(settings), page * LIST_MAX
        )
    builder = Keyboard()
    for listing in listings:
        mark = "⭐ " if listing.saved else ("🎯 " if listing.matching else "")
        builder.button(
            text=mark + short_title(listing.opportunity.title),
            callback_data=OpportunityPageCb(action="card", item=listing.opportunity.id, page=page),
        )
    builder.adjust(1)
    moves = paging_row(i18n, page, pages, lambda to: OpportunityPageCb(action="page", page=to))
    if moves:
        builder.row(*moves)
    tools = Keyboard()
    tools.button(text=i18n.get("btn-opportunity-post"), callback_data=OpportunityCb(action="post"))
    tools.button(
        text=i18n.get("btn-opportunity-choices"), callback_data=OpportunityCb(action="choices")
    )
    if actor.is_organizer:
        _, waiting = await opportunities.queue(actor)
        tools.button(
            text=i18n.get("btn-opportunity-queue", count=waiting),
            callback_data=OpportunityAdminCb(action="queue"),
        )
    tools.adjust(1)
    builder.row(*tools.buttons, width=1)
    builder.row(home_button(i18n))
    if not listings:
        text = i18n.get("opportunity-list-none")
    else:
        text = i18n.get("opportunity-list", count=total, matching=matching)
        if pages > 1:
            text += "\n" + i18n.get("common-page", page=page + 1, pages=pages)
    return text, builder.as_markup()


async def on_page(
    callback: CallbackQuery,
    callback_data: OpportunityPageCb,
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    """The list (a page of it) in place of the message pressed: the home card, a card, a page."""
    await callback.answer()
    if isinstance(callback.message, Message):
        text, markup = await list_page(i18n, settings, opportunities, actor, callback_data.page)
        await edit_in_place(callback.message, text, markup)


async def on_home_button(
    callback: CallbackQuery,
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    await on_page(callback, OpportunityPageCb(action="page"), i18n, settings, opportunities, actor)


def card_keyboard(
    i18n: I18nContext,
    actor: Actor,
    opportunity: Opportunity,
    saved: bool,
    open_now: bool,
    back_to: int | None = None,
) -> InlineKeyboardMarkup | None:
    """Save, Withdraw (organizers) and, on a card opened from the list, the way back to its
    page (`back_to`)."""
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
    if back_to is not None:
        builder.button(
            text=i18n.get("btn-opportunity-back"),
            callback_data=OpportunityPageCb(action="page", page=back_to),
        )
    markup = builder.as_markup()
    return markup if markup.inline_keyboard else None


def back_to_of(markup: InlineKeyboardMarkup | None) -> int | None:
    """The list page a card goes back to, or None when it was not opened from the list."""
    back = back_data(markup, OpportunityPageCb)
    return back.page if back is not None else None


async def on_show(
    callback: CallbackQuery,
    callback_data: OpportunityCb | OpportunityPageCb,
    i18n: I18nContext,
    settings: Settings,
    opportunities: OpportunityService,
    actor: Actor,
) -> None:
    """An opportunity's card: in place of the list it was opened from (with the way back),
    or under the notice that announced it."""
    opportunity = await opportunities.readable(actor, callback_data.item)
    open_now = is_open(opportunity, today_of(settings))
    saved = await opportunities.is_saved(actor.person_id, opportunity.id)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    closed = opportunity.status == OpportunityStatus.APPROVED and not open_now
    text = card_text(i18n.core, i18n.locale, opportunity, closed=closed)
    if isinstance(callback_data, OpportunityPageCb):
        markup = card_keyboard(i18n, actor, opportunity, saved, open_now, callback_data.page)
        await edit_in_place(callback.message, text, markup)
    else:
        markup = card_keyboard(i18n, actor, opportunity, saved, open_now)
        await callback.message.answer(text, reply_markup=markup)
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
        back_to = back_to_of(callback.message.reply_markup)
        await callback.message.edit_reply_markup(
            reply_markup=card_keyboard(
                i18n, actor, opportunity, saved, is_open(opportunity, today), back_to
            )
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
    router.callback_query.register(on_show, OpportunityPageCb.filter(F.action == "card"))
    router.callback_query.register(on_page, OpportunityPageCb.filter(F.action == "page"))
    router.callback_query.register(on_home_button, HomeCb.filter(F.action == "opportunities"))
    router.callback_query.register(on_save, OpportunityCb.filter(F.action.in_({"save", "unsave"})))
    router.callback_query.register(on_choices, OpportunityCb.filter(F.action == "choices"))
    router.callback_query.register(on_deliver, OpportunityCb.filter(F.action == "deliver"))
    return router
