"""/subscribe: what reaches a member besides what they answer: the newsletter (on or off, and in
which language), news of what became of the updates they sent, and how opportunities reach them
(the opportunities feature's own screen)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import OpportunityCb, SubscriptionCb
from bot.config import SUPPORTED_LOCALES
from bot.filters import IsApproved
from bot.keyboards import Keyboard
from bot.ui import language_in
from storage.models import Person
from storage.services.newsletters import NewsletterService
from storage.services.taxonomy import Taxonomy


def subscription_keyboard(
    i18n: I18nContext, taxonomy: Taxonomy, person: Person
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    builder.button(
        text=i18n.get("btn-unsubscribe" if person.newsletter else "btn-subscribe"),
        callback_data=SubscriptionCb(action="unsub" if person.newsletter else "sub"),
    )
    for language in taxonomy.languages:
        builder.button(
            text=language.native_name,
            callback_data=SubscriptionCb(action="lang", code=language.code),
        )
    builder.button(
        text=i18n.get("btn-outcomes-off" if person.hear_outcomes else "btn-outcomes-on"),
        callback_data=SubscriptionCb(action="outoff" if person.hear_outcomes else "outon"),
    )
    builder.button(
        text=i18n.get("btn-opportunity-choices"), callback_data=OpportunityCb(action="choices")
    )
    builder.adjust(1, len(taxonomy.languages), 1, 1)
    return builder.as_markup()


def subscription_text(i18n: I18nContext, person: Person, taxonomy: Taxonomy) -> str:
    code = person.newsletter_locale or person.locale or "en"
    return (
        i18n.get(
            "subscribe-status",
            subscribed="yes" if person.newsletter else "no",
            language=language_in(i18n, taxonomy, code),
        )
        + "\n"
        + i18n.get("subscribe-outcomes", on="yes" if person.hear_outcomes else "no")
    )


async def on_subscribe(
    message: Message, i18n: I18nContext, person: Person, taxonomy: Taxonomy
) -> None:
    await message.answer(
        subscription_text(i18n, person, taxonomy),
        reply_markup=subscription_keyboard(i18n, taxonomy, person),
    )


async def on_subscription_change(
    callback: CallbackQuery,
    callback_data: SubscriptionCb,
    i18n: I18nContext,
    person: Person,
    taxonomy: Taxonomy,
    newsletters: NewsletterService,
) -> None:
    subscribed: bool | None = None
    locale: str | None = None
    outcomes: bool | None = None
    if callback_data.action == "lang":
        locale = callback_data.code
        if locale not in SUPPORTED_LOCALES:
            await callback.answer(i18n.get("common-stale-button"), show_alert=True)
            return
    elif callback_data.action in ("outon", "outoff"):
        outcomes = callback_data.action == "outon"
    else:
        subscribed = callback_data.action == "sub"
    updated = await newsletters.set_subscription(person.id, subscribed, locale, outcomes)
    await callback.answer()
    if updated is not None and isinstance(callback.message, Message):
        await callback.message.edit_text(
            subscription_text(i18n, updated, taxonomy),
            reply_markup=subscription_keyboard(i18n, taxonomy, updated),
        )


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="subscriptions")
    router.message.filter(IsApproved())
    router.callback_query.filter(IsApproved())
    router.message.register(on_subscribe, Command("subscribe"))
    router.callback_query.register(
        on_subscription_change,
        SubscriptionCb.filter(F.action.in_({"sub", "unsub", "lang", "outon", "outoff"})),
    )
    return router
