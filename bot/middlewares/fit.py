"""One check of Telegram's limits for every message the bot sends, replies and outbox rows
alike: a text over 4,096 visible characters, a caption over 1,024, an alert over 200, a poll
question over 300 or an option over 100 is cut (at a line break or a space, open tags closed,
"…" at the end) rather than refused by Telegram. Cards that can say less first (fewer history
lines) do so before they get here; this is the last line, so nothing is ever refused."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageCaption,
    EditMessageText,
    SendAnimation,
    SendAudio,
    SendDocument,
    SendMessage,
    SendPhoto,
    SendPoll,
    SendVideo,
    SendVoice,
)
from aiogram.methods.base import TelegramType

from storage.services.telegram_text import MAX_CAPTION, MAX_TEXT, fit_text

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
    from aiogram.methods import Response, TelegramMethod

log = logging.getLogger(__name__)

MAX_ALERT = 200
MAX_POLL_QUESTION = 300
MAX_POLL_OPTION = 100
_CAPTIONED = (
    SendPhoto, SendDocument, SendVideo, SendAudio, SendAnimation, SendVoice, EditMessageCaption,
)  # fmt: skip


def _mode(parse_mode: Any) -> str | None:
    """The bot's default parse mode is HTML: an unset one (a Default) means HTML too."""
    if parse_mode is None:
        return None
    return parse_mode if isinstance(parse_mode, str) else "HTML"


def _fitted(value: str | None, limit: int, parse_mode: Any, what: str) -> str | None:
    if not value:
        return value
    fitted = fit_text(value, limit, _mode(parse_mode))
    if fitted is not value:
        log.warning("a %s over Telegram's limit of %d was cut", what, limit)
    return fitted


def fit_method(method: TelegramMethod[Any]) -> TelegramMethod[Any]:
    """The same method, its texts cut to Telegram's limits where they were over."""
    if isinstance(method, (SendMessage, EditMessageText)):
        method.text = _fitted(method.text, MAX_TEXT, method.parse_mode, "text") or method.text
    elif isinstance(method, _CAPTIONED):
        method.caption = _fitted(method.caption, MAX_CAPTION, method.parse_mode, "caption")
    elif isinstance(method, AnswerCallbackQuery):
        method.text = _fitted(method.text, MAX_ALERT, None, "alert")
    elif isinstance(method, SendPoll):
        method.question = _fitted(method.question, MAX_POLL_QUESTION, None, "question") or ""
        method.options = [_option(option) for option in method.options]
    return method


def _option(option: Any) -> Any:
    if isinstance(option, str):
        return _fitted(option, MAX_POLL_OPTION, None, "poll option") or option
    text = _fitted(option.text, MAX_POLL_OPTION, None, "poll option") or option.text
    return option if text is option.text else option.model_copy(update={"text": text})


class FitToLimits(BaseRequestMiddleware):
    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        return await make_request(bot, fit_method(method))
