"""A dialog's buttons belong to its current step.

The messages that carry a dialog's buttons (Back, Cancel, Skip, choices; see
`bot.callbacks.is_dialog_button`) are the step's prompts; their ids are kept in the person's
dialog data. When the step is answered and the next one asks, or the dialog ends, the earlier
prompts lose their buttons; a dialog button pressed on any other message (an older prompt whose
buttons could not be removed, a forged or replayed one) is answered "that step is over" and
changes nothing: it neither runs its handler nor touches the dialog the person is in now.
(Handlers registered with the flag `any_message`, such as the fallback, answer such presses
themselves.)

Two halves: a request middleware on the bot's session notes every message sent or edited with
dialog buttons while an update is handled (a context variable, so the outbox worker's sends are
never counted), and a middleware around message and callback handlers that checks the press
and replaces the prompts once the handler is done."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.dispatcher.flags import get_flag
from aiogram.exceptions import TelegramAPIError
from aiogram.fsm.context import FSMContext
from aiogram.methods import (
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
)
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, TelegramObject

from bot.callbacks import is_dialog_button

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.client.session.middlewares.base import NextRequestMiddlewareType
    from aiogram.methods import Response, TelegramMethod
    from aiogram.methods.base import TelegramType

log = logging.getLogger(__name__)

PROMPTS_KEY = "_prompts"
WITH_BUTTONS = (
    SendMessage,
    SendPhoto,
    SendDocument,
    EditMessageText,
    EditMessageCaption,
    EditMessageReplyMarkup,
)
EDITS = (EditMessageText, EditMessageCaption, EditMessageReplyMarkup)
# While an update is handled: the ids of messages sent or edited with dialog buttons, and of
# every message edited (its handler chose what it shows now). None outside an update.
_prompts_sent: ContextVar[list[int] | None] = ContextVar("prompts_sent", default=None)
_edited: ContextVar[list[int] | None] = ContextVar("edited", default=None)


def has_dialog_buttons(markup: object) -> bool:
    if not isinstance(markup, InlineKeyboardMarkup):
        return False
    return any(
        is_dialog_button(button.callback_data or "")
        for row in markup.inline_keyboard
        for button in row
    )


class PromptRecorder(BaseRequestMiddleware):
    """Notes the messages an update's handler sends or edits with dialog buttons."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        response = await make_request(bot, method)
        edited = _edited.get()
        if edited is not None and isinstance(method, EDITS) and method.message_id is not None:
            edited.append(method.message_id)
        sent = _prompts_sent.get()
        if sent is not None and isinstance(method, WITH_BUTTONS):
            result = getattr(response, "result", response)  # the session may give it bare
            if isinstance(result, Message) and has_dialog_buttons(method.reply_markup):
                sent.append(result.message_id)
        return response


class DialogPromptsMiddleware(BaseMiddleware):
    """Refuses dialog buttons pressed out of their step; clears earlier prompts' buttons."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        state: FSMContext | None = data.get("state")
        if state is None:
            return await handler(event, data)
        state_before = await state.get_state()
        before: list[int] = []
        if state_before is not None:
            before = list((await state.get_data()).get(PROMPTS_KEY, []))
        if (
            isinstance(event, CallbackQuery)
            and is_dialog_button(event.data or "")
            and not get_flag(data, "any_message")
        ):
            message = event.message
            pressed = message.message_id if message is not None else None
            # The message as Telegram holds it must still carry this very button.
            markup = getattr(message, "reply_markup", None)
            shown = markup is not None and any(
                button.callback_data == event.data
                for row in markup.inline_keyboard
                for button in row
            )
            if state_before is None or pressed not in before or not shown:
                i18n = data.get("i18n")
                text = i18n.get("common-step-over") if i18n is not None else None
                await event.answer(text, show_alert=True)
                return None
        sent: list[int] = []
        edited: list[int] = []
        tokens = _prompts_sent.set(sent), _edited.set(edited)
        try:
            result = await handler(event, data)
        finally:
            _prompts_sent.reset(tokens[0])
            _edited.reset(tokens[1])
        state_after = await state.get_state()
        if sent:
            stale = [m for m in before if m not in sent]
            if state_after is not None:
                await state.update_data({PROMPTS_KEY: list(dict.fromkeys(sent))})
        elif state_after != state_before:
            stale = before  # the step moved on (or the dialog ended) without new buttons
            if state_after is not None:
                await state.update_data({PROMPTS_KEY: []})
        else:
            stale = []  # the same step asks again (a wrong answer): its buttons stay
        stale = [m for m in stale if m not in edited]
        chat = event.chat.id if isinstance(event, Message) else None
        if isinstance(event, CallbackQuery) and event.message is not None:
            chat = event.message.chat.id
        if chat is not None:
            await remove_buttons(data["bot"], chat, stale)
        return result


async def remove_buttons(bot: Bot, chat_id: int, message_ids: list[int]) -> None:
    for message_id in message_ids:
        try:
            await bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=message_id, reply_markup=None
            )
        except TelegramAPIError as exc:
            # Already without buttons, or deleted: nothing is left to press.
            log.debug("prompt %s kept its state: %s", message_id, exc)
