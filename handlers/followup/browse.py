"""/followup for approved members: items by sector (those their organization owns or they
follow first), each item's card with Follow / Unfollow, and, for an owner's representatives,
Report status and how their organization is named."""

from __future__ import annotations

from datetime import date, datetime

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import FollowupAdminCb, FollowupCb, FollowupPageCb, HomeCb
from bot.config import SUPPORTED_LOCALES, Settings
from bot.filters import IsApproved
from bot.keyboards import Keyboard
from bot.ui import back_data, edit_in_place, language_in, page_of, paging_row
from handlers.common.home import home_button, with_home
from notices.followup import (
    LEVEL_MARKS,
    history_messages,
    item_card_shown,
    level_label,
    short_text,
)
from storage.models import FollowupItem
from storage.services.actors import Actor
from storage.services.followup import FollowupService
from storage.services.taxonomy import Taxonomy


def today(settings: Settings) -> date:
    return datetime.now(settings.tz).date()


ITEMS_PER_PAGE = 8


def sectors_screen(i18n: I18nContext, taxonomy: Taxonomy) -> tuple[str, InlineKeyboardMarkup]:
    builder = Keyboard()
    for sector in taxonomy.sectors:
        builder.button(
            text=sector.name(i18n.locale),
            callback_data=FollowupPageCb(action="list", value=sector.id),
        )
    builder.button(text=i18n.get("btn-followup-all"), callback_data=FollowupPageCb(action="list"))
    builder.button(text=i18n.get("btn-followup-commit"), callback_data=FollowupCb(action="commit"))
    builder.adjust(2)
    return i18n.get("followup-choose-sector"), with_home(i18n, builder.as_markup())


async def on_followup(message: Message, i18n: I18nContext, taxonomy: Taxonomy) -> None:
    text, markup = sectors_screen(i18n, taxonomy)
    await message.answer(text, reply_markup=markup)


async def on_sectors(callback: CallbackQuery, i18n: I18nContext, taxonomy: Taxonomy) -> None:
    """The sectors in place of the message pressed: the home card, a list."""
    await callback.answer()
    if isinstance(callback.message, Message):
        text, markup = sectors_screen(i18n, taxonomy)
        await edit_in_place(callback.message, text, markup)


async def on_list(
    callback: CallbackQuery,
    callback_data: FollowupCb | FollowupPageCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    """A sector's items (or all), a page at a time, in place of the sectors or of a card."""
    sector = taxonomy.sector(callback_data.value) if callback_data.value else None
    if callback_data.value and sector is None:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    lines = await followup.for_reader(actor.person_id, callback_data.value or None, today(settings))
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    where = sector.name(i18n.locale) if sector else i18n.get("btn-followup-all")
    back = InlineKeyboardButton(
        text=i18n.get("btn-back"), callback_data=FollowupPageCb(action="sectors").pack()
    )
    if not lines:
        empty = InlineKeyboardMarkup(inline_keyboard=[[back, home_button(i18n)]])
        await edit_in_place(callback.message, i18n.get("followup-list-empty", sector=where), empty)
        return
    wanted = callback_data.page if isinstance(callback_data, FollowupPageCb) else 0
    page, pages = page_of(len(lines), wanted, ITEMS_PER_PAGE)
    builder = Keyboard()
    for line in lines[page * ITEMS_PER_PAGE : (page + 1) * ITEMS_PER_PAGE]:
        marks = LEVEL_MARKS.get(line.item.level, "")
        if line.owned:
            marks += "👥"
        elif line.following:
            marks += "🔔"
        if line.overdue:
            marks += "⏰"
        builder.button(
            text=f"{marks} #{line.item.id} {short_text(line.item, i18n.locale, 40)}",
            callback_data=FollowupPageCb(
                action="card", item_id=line.item.id, value=callback_data.value, page=page
            ),
        )
    builder.adjust(1)
    moves = paging_row(
        i18n, page, pages,
        lambda to: FollowupPageCb(action="list", value=callback_data.value, page=to),
    )  # fmt: skip
    if moves:
        builder.row(*moves)
    builder.row(back, home_button(i18n))
    text = i18n.get("followup-list-header", sector=where, count=len(lines))
    # The colours say the status: their key, so that no one reads them by colour alone.
    text += "\n" + i18n.get("common-list-separator").join(
        level_label(i18n.core, i18n.locale, level) for level in LEVEL_MARKS
    )
    if pages > 1:
        text += "\n" + i18n.get("common-page", page=page + 1, pages=pages)
    await edit_in_place(callback.message, text, builder.as_markup())


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
    back: FollowupPageCb | None = None,
) -> None:
    """The item's card, new or (`edit`) in place of the message; `back`: the list page it was
    opened from, where its ⬅ goes."""
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
    if back is not None:
        markup.inline_keyboard.append(
            [InlineKeyboardButton(text=i18n.get("btn-back"), callback_data=back.pack())]
        )
    if edit:
        await edit_in_place(message, text, markup)
    else:
        await message.answer(text, reply_markup=markup)


async def on_show(
    callback: CallbackQuery,
    callback_data: FollowupCb | FollowupPageCb,
    i18n: I18nContext,
    followup: FollowupService,
    taxonomy: Taxonomy,
    actor: Actor,
    settings: Settings,
) -> None:
    """An item's card: in place of the list it was opened from (with the way back to it), or
    under the notice that announced it."""
    await callback.answer()
    if not isinstance(callback.message, Message):
        return
    if isinstance(callback_data, FollowupPageCb):
        back = FollowupPageCb(action="list", value=callback_data.value, page=callback_data.page)
        await send_card(
            callback.message, i18n, followup, taxonomy, actor, settings, callback_data.item_id,
            edit=True, back=back,
        )  # fmt: skip
    else:
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
            edit=True, back=back_data(callback.message.reply_markup, FollowupPageCb),
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
            edit=True, back=back_data(callback.message.reply_markup, FollowupPageCb),
        )  # fmt: skip


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="followup browse")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_followup, Command("followup"))
    router.callback_query.register(on_sectors, HomeCb.filter(F.action == "followup"))
    router.callback_query.register(on_sectors, FollowupPageCb.filter(F.action == "sectors"))
    for data in (FollowupPageCb, FollowupCb):  # FollowupCb: buttons sent before paging
        router.callback_query.register(on_list, data.filter(F.action == "list"))
    router.callback_query.register(on_show, FollowupCb.filter(F.action == "show"))
    router.callback_query.register(on_show, FollowupPageCb.filter(F.action == "card"))
    router.callback_query.register(on_history, FollowupCb.filter(F.action == "history"))
    router.callback_query.register(
        on_follow, FollowupCb.filter(F.action.in_({"follow", "unfollow"}))
    )
    router.callback_query.register(on_named, FollowupCb.filter(F.action == "named"))
    return router
