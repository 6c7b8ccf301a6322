"""An in-process fake of the Bot API behind aiogram's session interface.

It records every request, answers like Telegram (message ids, edits, refusals of bad HTML,
long texts, unchanged edits, blocked users) and keeps each chat's messages as the person
would see them, so tests can assert on what a user sees and press the buttons they see.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    EditMessageReplyMarkup,
    EditMessageText,
    GetMe,
    SendDocument,
    SendMessage,
    SendPhoto,
    SendPoll,
    SetChatMenuButton,
    StopPoll,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import Chat, InlineKeyboardMarkup, Message, Poll, PollOption, User

from emulator.web_app import web_app_url_refusal
from storage.services.telegram_text import message_text_error, reply_markup_error, visible_text

BOT_USER = User(id=777000111, is_bot=True, first_name="Tansiq", username="tansiq_test_bot")


@dataclass
class ChatMessage:
    """A bot message as the chat currently shows it (after any edits)."""

    message_id: int
    text: str
    html: str
    markup: InlineKeyboardMarkup | None
    kind: str = "text"
    edits: int = 0
    # A native poll: its Telegram id, its options, and whether it was stopped.
    poll_id: str | None = None
    options: list[str] = field(default_factory=list)
    closed: bool = False

    def buttons(self) -> list[tuple[str, str]]:
        if self.markup is None:
            return []
        return [
            (button.text, button.callback_data or "")
            for row in self.markup.inline_keyboard
            for button in row
        ]


@dataclass
class Alert:
    callback_query_id: str
    text: str | None
    show_alert: bool


@dataclass
class FakeSessionState:
    chats: dict[int, dict[int, ChatMessage]] = field(default_factory=dict)
    alerts: list[Alert] = field(default_factory=list)
    message_ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    poll_ids: Iterator[int] = field(default_factory=lambda: itertools.count(5000000001))
    # setChatMenuButton: each chat's own button (a Mini App's), absent for the default.
    menu_buttons: dict[int, dict[str, Any]] = field(default_factory=dict)


class FakeSession(BaseSession):
    def __init__(self, *, keep_requests: bool = True, messages_per_chat: int | None = None) -> None:
        """keep_requests=False and messages_per_chat=N make a Telegram that forgets, for
        benchmarks: its own memory is not the bot's."""
        super().__init__()
        self.keep_requests = keep_requests
        self.messages_per_chat = messages_per_chat
        self.request_count = 0
        self.requests: list[TelegramMethod[Any]] = []
        self.state = FakeSessionState()
        self.blocked: set[int] = set()
        # chat id -> errors to raise on the next sends to that chat, in order
        self.faults: dict[int, list[Exception]] = {}
        # Telegram away (refusing, 502, hanging): every request raises what this returns.
        self.outage: Callable[[], Exception] | None = None
        self.requests_during_outage = 0
        self.closed = False

    # --- what tests inspect ----------------------------------------------------------------

    def chat(self, chat_id: int) -> list[ChatMessage]:
        return list(self.state.chats.get(chat_id, {}).values())

    def calls(self, method_type: type[TelegramMethod[Any]]) -> list[Any]:
        return [request for request in self.requests if isinstance(request, method_type)]

    # --- the session interface ------------------------------------------------------------

    async def close(self) -> None:
        self.closed = True

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        if self.outage is not None:  # nothing reached Telegram: not kept, only counted
            self.requests_during_outage += 1
            raise self.outage()
        self.request_count += 1
        if self.keep_requests:
            self.requests.append(method)
        chat_id = getattr(method, "chat_id", None)
        if isinstance(chat_id, int):
            queued = self.faults.get(chat_id)
            if queued:
                raise queued.pop(0)
            if chat_id in self.blocked and not isinstance(method, (GetMe, AnswerCallbackQuery)):
                raise TelegramForbiddenError(
                    method=method, message="Forbidden: bot was blocked by the user"
                )
        return self._answer(bot, method)  # type: ignore[return-value]

    # --- answers --------------------------------------------------------------------------

    def _keep(self, chat_id: int, message: ChatMessage) -> None:
        chat = self.state.chats.setdefault(chat_id, {})
        chat[message.message_id] = message
        if self.messages_per_chat is not None and len(chat) > self.messages_per_chat:
            del chat[next(iter(chat))]  # the oldest

    def _refuse(self, method: TelegramMethod[Any], error: str | None) -> None:
        if error:
            raise TelegramBadRequest(method=method, message=error)

    def _parse_mode(self, bot: Bot, method: Any) -> str | None:
        mode = getattr(method, "parse_mode", None)
        if mode is None or not isinstance(mode, str):
            mode = bot.default.parse_mode if bot.default else None
        return mode if isinstance(mode, str) else None

    def _message(self, bot: Bot, chat_id: int, message_id: int, text: str, markup: Any) -> Message:
        return Message(
            message_id=message_id,
            date=datetime.now(UTC),
            chat=Chat(id=chat_id, type="private"),
            from_user=BOT_USER,
            text=text,
            reply_markup=markup if isinstance(markup, InlineKeyboardMarkup) else None,
        ).as_(bot)

    def _answer(self, bot: Bot, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, GetMe):
            return BOT_USER
        if isinstance(method, SendMessage):
            mode = self._parse_mode(bot, method)
            self._refuse(method, message_text_error(method.text, mode))
            self._refuse(method, reply_markup_error(method.reply_markup))
            chat_id = int(method.chat_id)
            message_id = next(self.state.message_ids)
            markup = (
                method.reply_markup
                if isinstance(method.reply_markup, InlineKeyboardMarkup)
                else None
            )
            self._keep(
                chat_id,
                ChatMessage(message_id, visible_text(method.text, mode), method.text, markup),
            )
            return self._message(bot, chat_id, message_id, method.text, markup)
        if isinstance(method, (SendDocument, SendPhoto)):
            chat_id = int(method.chat_id)
            message_id = next(self.state.message_ids)
            caption = method.caption or ""
            kind = "document" if isinstance(method, SendDocument) else "photo"
            self._refuse(method, reply_markup_error(method.reply_markup))
            markup = (
                method.reply_markup
                if isinstance(method.reply_markup, InlineKeyboardMarkup)
                else None
            )
            self._keep(chat_id, ChatMessage(message_id, caption, caption, markup, kind=kind))
            return self._message(bot, chat_id, message_id, caption, markup)
        if isinstance(method, SendPoll):
            return self._send_poll(bot, method)
        if isinstance(method, StopPoll):
            current = self._existing(method, method.chat_id, method.message_id)
            if current.poll_id is None:
                raise TelegramBadRequest(
                    method=method, message="Bad Request: message with poll to stop not found"
                )
            if current.closed:
                raise TelegramBadRequest(
                    method=method, message="Bad Request: poll has already been closed"
                )
            current.closed = True
            return self._poll(current)
        if isinstance(method, EditMessageText):
            mode = self._parse_mode(bot, method)
            self._refuse(method, message_text_error(method.text, mode))
            self._refuse(method, reply_markup_error(method.reply_markup))
            current = self._existing(method, method.chat_id, method.message_id)
            markup = (
                method.reply_markup
                if isinstance(method.reply_markup, InlineKeyboardMarkup)
                else None
            )
            if current.html == method.text and current.markup == markup:
                raise TelegramBadRequest(
                    method=method,
                    message="Bad Request: message is not modified: specified new message content "
                    "and reply markup are exactly the same as a current content and reply markup "
                    "of the message",
                )
            current.text = visible_text(method.text, mode)
            current.html = method.text
            current.markup = markup
            current.edits += 1
            return self._message(
                bot, int(method.chat_id or 0), current.message_id, method.text, markup
            )
        if isinstance(method, EditMessageReplyMarkup):
            self._refuse(method, reply_markup_error(method.reply_markup))
            current = self._existing(method, method.chat_id, method.message_id)
            markup = (
                method.reply_markup
                if isinstance(method.reply_markup, InlineKeyboardMarkup)
                else None
            )
            if current.markup == markup:
                raise TelegramBadRequest(
                    method=method, message="Bad Request: message is not modified"
                )
            current.markup = markup
            current.edits += 1
            return self._message(
                bot, int(method.chat_id or 0), current.message_id, current.html, markup
            )
        if isinstance(method, AnswerCallbackQuery):
            self.state.alerts.append(
                Alert(method.callback_query_id, method.text, bool(method.show_alert))
            )
            return True
        if isinstance(method, DeleteMessage):
            self.state.chats.get(int(method.chat_id), {}).pop(method.message_id, None)
            return True
        if isinstance(method, SetChatMenuButton):
            return self._set_menu_button(method)
        # setMyCommands, deleteMyCommands, deleteWebhook, setWebhook and the like.
        return True

    def _set_menu_button(self, method: SetChatMenuButton) -> bool:
        button = method.menu_button
        kind = getattr(button, "type", "default")
        if kind == "web_app":
            refusal = web_app_url_refusal(button.web_app.url)  # type: ignore[union-attr]
            if refusal is not None:
                raise TelegramBadRequest(method=method, message=refusal)
        if method.chat_id is None:
            return True
        if kind == "default":
            self.state.menu_buttons.pop(int(method.chat_id), None)
        else:
            self.state.menu_buttons[int(method.chat_id)] = button.model_dump(  # type: ignore[union-attr]
                mode="json", exclude_none=True
            )
        return True

    def _send_poll(self, bot: Bot, method: SendPoll) -> Message:
        texts = [o if isinstance(o, str) else o.text for o in method.options]
        if not 1 <= len(method.question) <= 300:
            raise TelegramBadRequest(
                method=method, message="Bad Request: poll question length must not exceed 300"
            )
        if not 2 <= len(texts) <= 12 or any(not 1 <= len(t) <= 100 for t in texts):
            raise TelegramBadRequest(
                method=method, message="Bad Request: poll options length must not exceed 100"
            )
        chat_id = int(method.chat_id)
        message_id = next(self.state.message_ids)
        message = ChatMessage(
            message_id,
            method.question,
            method.question,
            None,
            kind="poll",
            poll_id=str(next(self.state.poll_ids)),
            options=texts,
        )
        self._keep(chat_id, message)
        return Message(
            message_id=message_id,
            date=datetime.now(UTC),
            chat=Chat(id=chat_id, type="private"),
            from_user=BOT_USER,
            poll=self._poll(message),
        ).as_(bot)

    @staticmethod
    def _poll(message: ChatMessage) -> Poll:
        return Poll(
            id=message.poll_id or "",
            question=message.text,
            options=[
                PollOption(persistent_id=str(n), text=text, voter_count=0)
                for n, text in enumerate(message.options)
            ],
            total_voter_count=0,
            is_closed=message.closed,
            is_anonymous=False,
            type="regular",
            allows_multiple_answers=False,
            allows_revoting=True,
            members_only=False,
        )

    def _existing(self, method: TelegramMethod[Any], chat_id: Any, message_id: Any) -> ChatMessage:
        message = self.state.chats.get(int(chat_id or 0), {}).get(int(message_id or 0))
        if message is None:
            raise TelegramBadRequest(
                method=method, message="Bad Request: message to edit not found"
            )
        return message


def too_many_requests(retry_after: int = 1) -> TelegramRetryAfter:
    return TelegramRetryAfter(
        method=SendMessage(chat_id=0, text="-"),
        message=f"Too Many Requests: retry after {retry_after}",
        retry_after=retry_after,
    )


def connection_refused() -> TelegramNetworkError:
    return TelegramNetworkError(
        method=SendMessage(chat_id=0, text="-"), message="ClientConnectorError: Connection refused"
    )


def server_error() -> TelegramServerError:
    return TelegramServerError(method=SendMessage(chat_id=0, text="-"), message="Bad Gateway")
