"""One's own directory entry, from /profile → 📇 Directory: listed or not (not by default),
and whether the name, the title and the Telegram username show, and requests are taken."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import DirectoryCb
from bot.filters import IsApproved
from bot.keyboards import Keyboard
from storage.models import DirectoryEntry
from storage.services.actors import Actor
from storage.services.directory import DirectoryService


def settings_text(i18n: I18nContext, entry: DirectoryEntry | None) -> str:
    if entry is None:
        return i18n.get("directory-settings-unlisted")
    yes, no = i18n.get("directory-yes"), i18n.get("directory-no")
    return i18n.get(
        "directory-settings-listed",
        name=yes if entry.show_name else no,
        title=yes if entry.show_title else no,
        requests=yes if entry.accepts_requests else no,
        username=yes if entry.share_username else no,
    )


def settings_keyboard(i18n: I18nContext, entry: DirectoryEntry | None) -> InlineKeyboardMarkup:
    builder = Keyboard()
    if entry is None:
        builder.button(
            text=i18n.get("btn-directory-list-me"),
            callback_data=DirectoryCb(action="toggle", setting="listed"),
        )
        return builder.as_markup()
    for setting, on, off in (
        ("show_name", "btn-directory-hide-name", "btn-directory-show-name"),
        ("show_title", "btn-directory-hide-title", "btn-directory-show-title"),
        ("accepts_requests", "btn-directory-refuse-requests", "btn-directory-accept-requests"),
        ("share_username", "btn-directory-keep-username", "btn-directory-share-username"),
    ):
        builder.button(
            text=i18n.get(on if getattr(entry, setting) else off),
            callback_data=DirectoryCb(action="toggle", setting=setting),
        )
    builder.button(
        text=i18n.get("btn-directory-unlist-me"),
        callback_data=DirectoryCb(action="toggle", setting="listed"),
    )
    builder.adjust(1)
    return builder.as_markup()


async def on_settings(
    callback: CallbackQuery, i18n: I18nContext, directory: DirectoryService, actor: Actor
) -> None:
    entry = await directory.entry(actor.person_id) if actor.person_id else None
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(
            settings_text(i18n, entry), reply_markup=settings_keyboard(i18n, entry)
        )


async def on_toggle(
    callback: CallbackQuery,
    callback_data: DirectoryCb,
    i18n: I18nContext,
    directory: DirectoryService,
    actor: Actor,
) -> None:
    if callback_data.setting == "listed":
        listed = actor.person_id is not None and await directory.entry(actor.person_id) is None
        entry = await directory.set_listed(actor, listed)
    else:
        entry = await directory.toggle(actor, callback_data.setting)
    await callback.answer(i18n.get("directory-settings-saved"))
    if isinstance(callback.message, Message):
        await callback.message.edit_text(
            settings_text(i18n, entry), reply_markup=settings_keyboard(i18n, entry)
        )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="directory listing")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.callback_query.register(on_settings, DirectoryCb.filter(F.action == "settings"))
    router.callback_query.register(on_toggle, DirectoryCb.filter(F.action == "toggle"))
    return router
