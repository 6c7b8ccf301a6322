"""/start (with deep links), /language, /status and /help: open to everyone."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import HomeCb, LanguageCb, NavCb
from bot.commands import set_person_commands
from bot.config import SUPPORTED_LOCALES, Settings
from bot.notify import Reviewing
from bot.ui import NOOP, edit_in_place, language_keyboard, status_text
from handlers.common.consent import show_consent
from handlers.common.deep_links import check_in_by_link
from handlers.common.home import help_text, home_card, review_card, show_home, tools_text, with_home
from notices.review_digest import render_digest
from storage.models import Person, PersonStatus
from storage.services.actors import Actor
from storage.services.meetings import MeetingService
from storage.services.people import PeopleService
from storage.services.review_queue import ReviewQueues
from storage.services.taxonomy import Taxonomy


async def on_start(
    message: Message,
    command: CommandObject,
    state: FSMContext,
    raw_state: str | None,
    i18n: I18nContext,
    people: PeopleService,
    taxonomy: Taxonomy,
    settings: Settings,
    person: Person | None,
    actor: Actor,
    meetings: MeetingService,
    queues: ReviewQueues,
) -> None:
    assert message.from_user is not None
    if command.args:
        if await check_in_by_link(message, command.args, i18n, person, meetings):
            return
        # Any other payload is foreign, forged or expired. It is never echoed back; the
        # person gets the ordinary start below.
        await message.answer(i18n.get("common-deep-link-invalid"))

    person = await people.ensure(message.from_user.id, message.from_user.username)
    if person.locale is None:
        await message.answer(
            "\n".join(i18n.get("start-choose-language", loc) for loc in SUPPORTED_LOCALES),
            reply_markup=language_keyboard(taxonomy),
        )
        return
    if raw_state is not None:  # /start leaves any dialog; skip the write when there is none
        await state.clear()
    await continue_after_language(message, i18n, person, actor, settings, meetings, queues)


async def continue_after_language(
    message: Message, i18n: I18nContext, person: Person, actor: Actor, settings: Settings,
    meetings: MeetingService, queues: ReviewQueues,
) -> None:  # fmt: skip
    """What /start shows once the language is known: the home card, the status, or consent."""
    if person.status == PersonStatus.APPROVED or (
        actor.is_admin and person.status in (PersonStatus.NEW, PersonStatus.FORGOTTEN)
    ):
        # An administrator runs the mechanism and is not one of its actors: no registration
        # unless they ask for it (the home card offers it: they may represent an organization).
        await show_home(message, i18n, person, actor, meetings, queues)
    elif person.status == PersonStatus.PENDING:
        await message.answer(status_text(i18n, person, actor, settings.tz))
    elif person.status == PersonStatus.REJECTED:
        await message.answer(
            i18n.get("start-rejected", reason=person.rejection_reason or "—"),
            reply_markup=InlineKeyboardMarkup(
                inline_keyboard=[
                    [
                        InlineKeyboardButton(
                            text=i18n.get("btn-register-again"),
                            callback_data=NavCb(action="again", step="consent").pack(),
                        )
                    ]
                ]
            ),
        )
    else:
        await message.answer(i18n.get("start-welcome"))
        await show_consent(message, i18n)


async def on_heading(callback: CallbackQuery) -> None:
    """A heading inside a keyboard was pressed: acknowledge, change nothing."""
    await callback.answer()


async def on_language(message: Message, i18n: I18nContext, taxonomy: Taxonomy) -> None:
    await message.answer(i18n.get("language-prompt"), reply_markup=language_keyboard(taxonomy))


async def on_language_chosen(
    callback: CallbackQuery,
    callback_data: LanguageCb,
    bot: Bot,
    i18n: I18nContext,
    people: PeopleService,
    settings: Settings,
    actor: Actor,
    meetings: MeetingService,
    queues: ReviewQueues,
) -> None:
    if callback_data.code not in SUPPORTED_LOCALES:
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    person = await people.by_telegram_id(callback.from_user.id)
    if person is None or person.status == PersonStatus.FORGOTTEN:
        person = await people.ensure(callback.from_user.id, callback.from_user.username)
    first_choice = person.locale is None
    await people.set_locale(person.id, callback_data.code)
    person.locale = callback_data.code
    i18n.locale = callback_data.code  # answer in the new language from here on
    await callback.answer()
    await set_person_commands(bot, i18n.core, person, actor, callback_data.code)
    if isinstance(callback.message, Message):
        await callback.message.edit_text(i18n.get("language-changed"))
        if first_choice:
            await continue_after_language(
                callback.message, i18n, person, actor, settings, meetings, queues
            )


async def on_status(
    message: Message, i18n: I18nContext, person: Person | None, actor: Actor, settings: Settings
) -> None:
    await message.answer(status_text(i18n, person, actor, settings.tz))


async def on_help(message: Message, i18n: I18nContext, person: Person | None, actor: Actor) -> None:
    await message.answer(help_text(i18n, person, actor), reply_markup=with_home(i18n, None))


async def on_home(
    callback: CallbackQuery,
    callback_data: HomeCb,
    i18n: I18nContext,
    person: Person | None,
    actor: Actor,
    meetings: MeetingService,
    queues: ReviewQueues,
    reviewing: Reviewing,
) -> None:
    """The home card and its own pages (help, tools, what waits), each in place of the last;
    on an organizer's "to review" message, her quiet-nights switch."""
    if not isinstance(callback.message, Message):
        await callback.answer()
        return
    if callback_data.action in ("tools", "review", "quiet") and not actor.is_organizer:
        await callback.answer(i18n.get("error-not-allowed"), show_alert=True)
        return
    if callback_data.action == "quiet":
        await toggle_quiet_nights(callback, callback.message, i18n, actor, reviewing)
        return
    await callback.answer()
    if callback_data.action == "help":
        text, markup = help_text(i18n, person, actor), with_home(i18n, None)
    elif callback_data.action == "tools":
        text, markup = tools_text(i18n, person, actor), with_home(i18n, None)
    elif callback_data.action == "review":
        text, markup = review_card(i18n, await queues.waiting(actor))
    else:
        text, markup = await home_card(i18n, person, actor, meetings, queues)
    await edit_in_place(callback.message, text, markup)


async def toggle_quiet_nights(
    callback: CallbackQuery, message: Message, i18n: I18nContext, actor: Actor,
    reviewing: Reviewing,
) -> None:  # fmt: skip
    """Quiet nights on or off; the "to review" message pressed shows the switch as it is now."""
    digests = reviewing.digests
    quiet = actor.telegram_id not in await digests.quiet_chats([actor.telegram_id])
    if not await digests.set_quiet(actor.telegram_id, quiet):
        await callback.answer(i18n.get("common-stale-button"), show_alert=True)
        return
    await callback.answer(i18n.get("digest-quiet-on" if quiet else "digest-quiet-off"))
    payload = render_digest(i18n.core)(i18n.locale, await digests.queues.counts(), quiet)
    markup = InlineKeyboardMarkup.model_validate(payload["reply_markup"])
    await edit_in_place(message, payload["text"], markup)


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="start")
    router.message.register(on_start, CommandStart())
    router.callback_query.register(on_heading, F.data == NOOP)
    router.message.register(on_language, Command("language"))
    router.callback_query.register(on_language_chosen, LanguageCb.filter())
    router.message.register(on_status, Command("status"))
    router.message.register(on_help, Command("help"))
    router.callback_query.register(
        on_home, HomeCb.filter(F.action.in_({"open", "help", "tools", "review", "quiet"}))
    )
    return router
