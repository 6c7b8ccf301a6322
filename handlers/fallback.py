"""Last resort: every update no feature took gets a clear answer, never silence or a crash."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import ADMIN_PREFIXES, PRIVILEGED_PREFIXES, is_dialog_button
from bot.commands import ADMIN, ADVISORY, MEMBER, ORGANIZER
from storage.models import Person, PersonStatus
from storage.services.actors import Actor


def _refusal_for_command(command: str, person: Person | None, actor: Actor | None) -> str:
    organizer = actor is not None and actor.is_organizer
    if command in ADMIN and command not in ORGANIZER:
        return "common-admin-only"
    if command in ADVISORY and command not in MEMBER and not organizer:
        if actor is None or not actor.is_advisory:
            return "common-advisory-only"
    if command in ORGANIZER and command not in MEMBER and not organizer:
        return "common-organizer-only"
    if command in MEMBER:
        if person is not None and person.status == PersonStatus.PENDING:
            return "common-pending-limited"
        if person is None or person.status != PersonStatus.APPROVED:
            return "common-not-registered"
    return "common-unknown-command"


async def on_command(
    message: Message, i18n: I18nContext, person: Person | None, actor: Actor | None
) -> None:
    command = (message.text or "/").split()[0][1:].split("@")[0].lower()
    await message.answer(i18n.get(_refusal_for_command(command, person, actor)))


async def on_anything(message: Message, i18n: I18nContext, person: Person | None) -> None:
    if person is None or person.status in (PersonStatus.NEW, PersonStatus.REJECTED):
        await message.answer(i18n.get("common-not-registered"))
    elif person.status == PersonStatus.PENDING:
        await message.answer(i18n.get("common-pending-limited"))
    else:
        await message.answer(i18n.get("common-not-understood"))


async def on_unknown_button(
    callback: CallbackQuery, i18n: I18nContext, actor: Actor | None
) -> None:
    prefix = (callback.data or "").split(":", 1)[0]
    refused = (prefix in PRIVILEGED_PREFIXES and not (actor and actor.is_organizer)) or (
        prefix in ADMIN_PREFIXES and not (actor and actor.is_admin)
    )
    if refused:
        await callback.answer(i18n.get("common-not-allowed"), show_alert=True)
    elif is_dialog_button(callback.data or ""):
        await callback.answer(i18n.get("common-step-over"), show_alert=True)
    else:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="fallback")
    router.message.register(on_command, F.text.startswith("/"))
    router.message.register(on_anything)
    router.callback_query.register(on_unknown_button, flags={"any_message": True})
    return router
