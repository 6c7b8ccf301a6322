"""/followup for approved members: items by sector (those their organization owns or they
follow first), each item's card with Follow / Unfollow, and, for an owner's representatives,
Report status and how their organization is named."""

from __future__ import annotations

from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import FollowupAdminCb, FollowupCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.filters import IsApproved
from bot.keyboards import Keyboard
from bot.ui import language_in
from notices.followup import LEVEL_MARKS, history_messages, item_card_shown, short_text
from storage.models import FollowupItem
from storage.services.actors import Actor
from storage.services.followup import FollowupService
from storage.services.taxonomy import Taxonomy


def today(settings: Settings) -> date:
    return datetime.now(settings.tz).date()


async def on_followup(message: Message, i18n: I18nContext, taxonomy: Taxonomy) -> None:
    builder = Keyboard()
    for sector in taxonomy.sectors:
        builder.button(
            text=sector.name(i18n.locale), callback_data=FollowupCb(action="list", value=sector.id)
        )
    builder.button(text=i18n.get("btn-followup-all"), callback_data=FollowupCb(action="list"))
    builder.button(text=i18n.get("btn-followup-commit"), callback_data=FollowupCb(action="commit"))
    builder.adjust(2)
    await message.answer(i18n.get("followup-choose-sector"), reply_markup=builder.as_markup())


async def on_list(
    callback: CallbackQuery,
    callback_data: FollowupCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    sector = taxonomy.sector(callback_data.value) if callback_data.value else None
    if callback_data.value and sector is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    lines = await followup.for_reader(actor.person_id, callback_data.value or None, today(settings))
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    where = sector.name(i18n.locale) if sector else i18n.get("btn-followup-all")
    if not lines:
        await callback.message.answer(i18n.get("followup-list-empty", sector=where))
        return
    builder = Keyboard()
    for line in lines:
        marks = LEVEL_MARKS.get(line.item.level, "")
        if line.owned:
            marks += "👥"
        elif line.following:
            marks += "🔔"
        if line.overdue:
            marks += "⏰"
        builder.button(
            text=f"{marks} #{line.item.id} {short_text(line.item, i18n.locale, 40)}",
            callback_data=FollowupCb(action="show", item_id=line.item.id),
        )
    builder.adjust(1)
    await callback.message.answer(
        i18n.get("followup-list-header", sector=where, count=len(lines)),
        reply_markup=builder.as_markup(),
    )


async def card_keyboard(
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    item: FollowupItem,
    actor: Actor,
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    if actor.person_id is not None:
        following = await followup.is_following(item.id, actor.person_id)
        builder.button(
            text=i18n.get("btn-followup-unfollow" if following else "btn-followup-follow"),
            callback_data=FollowupCb(action="unfollow" if following else "follow", item_id=item.id),
        )
    if await followup.can_report(actor, item):
        builder.button(
            text=i18n.get("btn-followup-report"),
            callback_data=FollowupCb(action="report", item_id=item.id),
        )
    owner = await followup.owner_of(actor, item)
    if owner is not None:
        named = (await followup.owners_named(item.id)).get(owner, False)
        builder.button(
            text=i18n.get("btn-followup-anonymous" if named else "btn-followup-named"),
            callback_data=FollowupCb(action="named", item_id=item.id, value=0 if named else 1),
        )
    if actor.is_advisory or actor.is_organizer:
        builder.button(
            text=i18n.get("btn-followup-agenda"),
            callback_data=FollowupCb(action="agenda", item_id=item.id),
        )
    if actor.is_organizer:
        edits = [("due", "btn-followup-due"), ("owner", "btn-followup-owner")]
        if taxonomy.pillars:
            edits.append(("pillar", "btn-followup-pillar"))
        for action, key in (*edits, ("delete", "btn-followup-delete")):
            builder.button(
                text=i18n.get(key), callback_data=FollowupAdminCb(action=action, item_id=item.id)
            )
        for index, locale in enumerate(SUPPORTED_LOCALES):
            if locale not in item.texts:  # readers of that language see the original until then
                builder.button(
                    text=i18n.get(
                        "btn-followup-translate", language=language_in(i18n, taxonomy, locale)
                    ),
                    callback_data=FollowupAdminCb(action="text", item_id=item.id, value=index),
                )
    builder.adjust(2)
    return builder.as_markup()


async def send_card(
    message: Message,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
    item_id: int,
    edit: bool = False,
) -> None:
    item = await followup.get_for(actor, item_id)  # one in review: only those it concerns
    meeting_title = None
    if item.meeting_id is not None:
        titles = await followup.meeting_titles(item.meeting_id)
        meeting_title = titles.get(i18n.locale) or next(iter(titles.values()), None)
    history = await followup.history(item_id)
    text, shown = item_card_shown(
        i18n.core,
        taxonomy,
        item,
        history,
        await followup.owners_named(item_id),
        i18n.locale,
        today(settings),
        meeting_title,
    )
    markup = await card_keyboard(i18n, followup, taxonomy, item, actor)
    if shown < len(history):  # long reports left some out: the whole history on request
        markup.inline_keyboard.insert(
            0,
            [
                InlineKeyboardButton(
                    text=i18n.get("btn-followup-history"),
                    callback_data=FollowupCb(action="history", item_id=item.id).pack(),
                )
            ],
        )
    if edit:
        await message.edit_text(text, reply_markup=markup)
    else:
        await message.answer(text, reply_markup=markup)


async def on_show(
    callback: CallbackQuery,
    callback_data: FollowupCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await send_card(
            callback.message, i18n, followup, taxonomy, actor, settings, callback_data.item_id
        )


async def on_history(
    callback: CallbackQuery,
    callback_data: FollowupCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
) -> None:
    item = await followup.get_for(actor, callback_data.item_id)
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    parts = history_messages(
        i18n.core, taxonomy, item, await followup.history(item.id),
        await followup.owners_named(item.id), i18n.locale,
    )  # fmt: skip
    for part in parts:
        await callback.message.answer(part)


async def on_follow(
    callback: CallbackQuery,
    callback_data: FollowupCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    if actor.person_id is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    follow = callback_data.action == "follow"
    await followup.follow(actor.person_id, callback_data.item_id, follow)
    await callback.answer(i18n.get("followup-followed" if follow else "followup-unfollowed"))
    if isinstance(callback.message, Message):
        await send_card(
            callback.message, i18n, followup, taxonomy, actor, settings, callback_data.item_id,
            edit=True,
        )  # fmt: skip


async def on_named(
    callback: CallbackQuery,
    callback_data: FollowupCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    await followup.set_named(actor, callback_data.item_id, bool(callback_data.value))
    await callback.answer(i18n.get("followup-naming-saved"))
    if isinstance(callback.message, Message):
        await send_card(
            callback.message, i18n, followup, taxonomy, actor, settings, callback_data.item_id,
            edit=True,
        )  # fmt: skip


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup browse")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_followup, Command("followup"))
    router.callback_query.register(on_list, FollowupCb.filter(F.action == "list"))
    router.callback_query.register(on_show, FollowupCb.filter(F.action == "show"))
    router.callback_query.register(on_history, FollowupCb.filter(F.action == "history"))
    router.callback_query.register(
        on_follow, FollowupCb.filter(F.action.in_({"follow", "unfollow"}))
    )
    router.callback_query.register(on_named, FollowupCb.filter(F.action == "named"))
    return router
