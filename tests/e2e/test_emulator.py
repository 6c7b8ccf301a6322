"""The Bot API emulator answers over HTTP as Telegram does: JSON, form and multipart requests,
files kept and sent again by file_id, native polls, and Telegram-shaped refusals."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MenuButtonDefault,
    MenuButtonWebApp,
    WebAppInfo,
)

from emulator.server import BotApiEmulator, Limits
from tests.conftest import TOKEN

CHAT = 5151


@pytest.fixture
async def emulated() -> AsyncIterator[tuple[BotApiEmulator, Bot]]:
    emulator = BotApiEmulator(TOKEN, limits=Limits(per_second=1000, per_chat_interval=0.0))
    base = await emulator.start()
    session = AiohttpSession(api=TelegramAPIServer.from_base(base))
    bot = Bot(TOKEN, session=session, default=DefaultBotProperties(parse_mode="HTML"))
    try:
        yield emulator, bot
    finally:
        await bot.session.close()
        await emulator.stop()


async def test_files_by_multipart_and_again_by_file_id(
    emulated: tuple[BotApiEmulator, Bot],
) -> None:
    emulator, bot = emulated
    sent = await bot.send_document(
        CHAT, BufferedInputFile(b"BEGIN:VCALENDAR", "meeting.ics"), caption="<b>Add</b> it"
    )
    assert sent.document is not None and sent.document.file_name == "meeting.ics"
    assert emulator.files[sent.document.file_id].content == b"BEGIN:VCALENDAR"
    again = await bot.send_document(CHAT + 1, sent.document.file_id)
    assert again.document is not None and again.document.file_id == sent.document.file_id
    photo = await bot.send_photo(CHAT, BufferedInputFile(b"\x89PNG\r\n\x1a\n", "chart.png"))
    assert photo.photo and emulator.chat(CHAT)[-1].kind == "photo"
    assert emulator.chat(CHAT)[0].text == "Add it"  # the caption as the person reads it
    with pytest.raises(TelegramBadRequest, match="wrong file identifier"):
        await bot.send_document(CHAT, "no-such-file")


async def test_native_polls_are_sent_voted_and_stopped_once(
    emulated: tuple[BotApiEmulator, Bot],
) -> None:
    emulator, bot = emulated
    message = await bot.send_poll(CHAT, "Which day?", ["Sunday", "Monday"], is_anonymous=False)
    assert message.poll is not None and not message.poll.is_anonymous
    emulator.push_vote(CHAT, emulator.chat(CHAT)[-1], [1])
    vote = emulator.updates[-1]["poll_answer"]
    assert vote["poll_id"] == message.poll.id and vote["option_ids"] == [1]
    stopped = await bot.stop_poll(CHAT, message.message_id)
    assert stopped.is_closed
    with pytest.raises(TelegramBadRequest, match="poll has already been closed"):
        await bot.stop_poll(CHAT, message.message_id)
    with pytest.raises(TelegramBadRequest, match="poll options length"):
        await bot.send_poll(CHAT, "Too long?", ["x" * 101, "y"])


async def test_telegram_shaped_refusals(emulated: tuple[BotApiEmulator, Bot]) -> None:
    emulator, bot = emulated
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(CHAT, "<b>unclosed")
    sent = await bot.send_message(CHAT, "Hello")
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("Hello", chat_id=CHAT, message_id=sent.message_id)
    emulator.blocked.add(CHAT)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "Still there?")
    emulator.blocked.clear()
    await bot.send_chat_action(CHAT, "upload_document")
    assert emulator.actions[CHAT][0] == "upload_document"
    assert await bot.delete_message(CHAT, sent.message_id)
    assert sent.message_id not in {m.message_id for m in emulator.chat(CHAT)}


async def test_rate_limits_answer_429_with_retry_after() -> None:
    emulator = BotApiEmulator(TOKEN, limits=Limits(per_second=30, per_chat_interval=1.0))
    base = await emulator.start()
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(base)))
    try:
        await bot.send_message(CHAT, "one")
        with pytest.raises(TelegramRetryAfter) as refused:
            await bot.send_message(CHAT, "two, within the same second")
        assert refused.value.retry_after == 1 and emulator.stats.violations == 1
    finally:
        await bot.session.close()
        await emulator.stop()


async def test_mini_app_buttons_as_telegram_takes_them(
    emulated: tuple[BotApiEmulator, Bot],
) -> None:
    """setChatMenuButton and web_app buttons: https only (plain http on loopback alone, for the
    sandbox), private chats only, a menu button with a text; the default button again resets."""
    emulator, bot = emulated
    url = "https://tansiq.example.org/console/"
    app = MenuButtonWebApp(text="Console", web_app=WebAppInfo(url=url))
    await bot.set_chat_menu_button(chat_id=5151, menu_button=app)
    assert emulator.menu_button_of(5151)["web_app"]["url"] == url
    assert emulator.menu_button_of(6161) == {"type": "commands"}  # another chat: unchanged
    await bot.set_chat_menu_button(chat_id=5151, menu_button=MenuButtonDefault())
    assert emulator.menu_button_of(5151) == {"type": "commands"}
    for refused in ("http://tansiq.example.org/console/", "tg://console"):
        with pytest.raises(TelegramBadRequest, match="BUTTON_URL_INVALID"):
            await bot.set_chat_menu_button(
                chat_id=5151,
                menu_button=MenuButtonWebApp(text="Console", web_app=WebAppInfo(url=refused)),
            )
    await bot.set_chat_menu_button(  # the sandbox's own page, on this machine
        chat_id=5151,
        menu_button=MenuButtonWebApp(
            text="Console", web_app=WebAppInfo(url="http://127.0.0.1:8080/key/console/")
        ),
    )
    button = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="📊", web_app=WebAppInfo(url=url))]]
    )
    await bot.send_message(5151, "console", reply_markup=button)
    with pytest.raises(TelegramBadRequest, match="BUTTON_TYPE_INVALID"):
        await bot.send_message(-100123, "console", reply_markup=button)  # a group
