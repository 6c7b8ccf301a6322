"""Turn a refusal from the domain into a localized answer; log and apologise for the rest. A
failure of the infrastructure (database, Redis) is not answered but raised again: the update
is not acknowledged and comes again."""

from __future__ import annotations

import logging

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.types import ErrorEvent
from aiogram_i18n import I18nContext

from bot.retry import must_come_again
from storage.services.errors import DomainError
from storage.services.people import PeopleService

log = logging.getLogger(__name__)


async def on_error(
    event: ErrorEvent, bot: Bot, people: PeopleService, i18n: I18nContext | None = None
) -> bool:
    exc = event.exception
    update = event.update
    if must_come_again(exc):
        # The database or Redis is away, or Telegram did not take the reply: not handled, so
        # never acknowledged (the webhook answers 5xx, polling holds its offset); the update
        # comes again and nothing is said now, so the person gets nothing twice.
        raise exc
    if isinstance(exc, TelegramForbiddenError):
        # The person blocked the bot while we were answering: nothing to say to them.
        user = update.event.from_user if hasattr(update.event, "from_user") else None
        if user is not None:
            await people.set_reachable(user.id, False)
        return True
    if isinstance(exc, DomainError):
        key, variables = exc.key, exc.variables
    else:
        log.exception("update %s failed", update.update_id, exc_info=exc)
        key, variables = "common-error", {}
    if i18n is None:
        return True
    text = i18n.get(key, **variables)
    try:
        if update.callback_query is not None:
            try:
                await bot.answer_callback_query(update.callback_query.id, text, show_alert=True)
            except TelegramAPIError:  # already answered: say it in the chat instead
                await bot.send_message(update.callback_query.from_user.id, text)
        elif update.message is not None:
            await bot.send_message(update.message.chat.id, text)
        elif update.poll_answer is not None and update.poll_answer.user is not None:
            # A vote in a native poll has nothing to answer: the private chat is the user's id.
            await bot.send_message(update.poll_answer.user.id, text)
    except TelegramAPIError as send_error:
        log.warning("could not report an error to the user: %s", send_error)
    return True


def router() -> Router:
    """This feature's handlers, in the order they are tried; a new Router each call."""
    router = Router(name="errors")
    router.errors.register(on_error)
    return router
