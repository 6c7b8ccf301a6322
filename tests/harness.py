"""Feed updates through the real dispatcher and see the chat as a person sees it."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.types import (
    CallbackQuery,
    Chat,
    ChatMemberBanned,
    ChatMemberMember,
    ChatMemberUpdated,
    Message,
    PhotoSize,
    PollAnswer,
    Sticker,
    Update,
    User,
    Voice,
)

from bot.app import App, build_app, create_bot
from bot.config import Settings
from bot.delivery import DeliveryWorker, SendLimits
from emulator.fake_session import BOT_USER, ChatMessage, FakeSession
from storage.database import Database


class Harness:
    def __init__(self, app: App, bot: Bot, session: FakeSession) -> None:
        self.app = app
        self.bot = bot
        self.session = session
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._message_ids = itertools.count(1_000_000)

    @classmethod
    async def start(cls, settings: Settings, db: Database) -> Harness:
        session = FakeSession()
        app = await build_app(settings, db)
        bot = create_bot(settings, session=session)
        await app.dispatcher.emit_startup(bot=bot, dispatcher=app.dispatcher)
        return cls(app, bot, session)

    async def restart(self) -> Harness:
        """The process dies and starts again on the same database; Telegram (the chats, the
        update ids) carries on as before."""
        await self.stop()
        again = await Harness.start(self.app.settings, self.app.db)
        again.session.state = self.session.state
        again.session.requests = self.session.requests
        again._update_ids = self._update_ids
        return again

    async def stop(self) -> None:
        await self.app.dispatcher.emit_shutdown(bot=self.bot, dispatcher=self.app.dispatcher)
        await self.app.dispatcher.storage.close()

    def user(
        self, user_id: int, first_name: str = "Test", username: str | None = None, lang: str = "en"
    ) -> FakeUser:
        return FakeUser(
            self,
            User(
                id=user_id,
                is_bot=False,
                first_name=first_name,
                username=username,
                language_code=lang,
            ),
        )

    async def deliver(
        self, rate: float = 1000.0, timeout: float = 20.0, **options: Any
    ) -> DeliveryWorker:
        """Run an outbox worker until nothing is due, then the sweeps (progress messages)."""
        options = {
            "concurrency": 8,
            "idle_poll": 0.02,
            "flush_interval": 0.01,
            "retry_base": 0.01,
            # An outage's probes, compressed: a second becomes 10 ms, a minute 50 ms.
            "probe_first": 0.01,
            "probe_max": 0.05,
            "shared_every": 0.02,
        } | options
        worker = DeliveryWorker(self.bot, self.app.outbox, SendLimits(rate), **options)
        task = asyncio.create_task(worker.run())
        try:
            async with asyncio.timeout(timeout):
                await asyncio.sleep(0.05)
                while await self.app.outbox.in_progress(timedelta(seconds=5)):
                    await asyncio.sleep(0.02)
        finally:
            await worker.stop()
            await task
        await self.app.metronome.run_all()
        return worker

    async def feed(self, update: Update) -> None:
        await self.app.dispatcher.feed_update(self.bot, update)

    def next_update_id(self) -> int:
        return next(self._update_ids)


class FakeUser:
    def __init__(self, harness: Harness, user: User) -> None:
        self.h = harness
        self.tg = user
        self.id = user.id

    # --- what the person sees -------------------------------------------------------------

    @property
    def messages(self) -> list[ChatMessage]:
        return self.h.session.chat(self.id)

    @property
    def last(self) -> ChatMessage:
        assert self.messages, f"user {self.id} has received nothing"
        return self.messages[-1]

    def texts(self) -> list[str]:
        return [m.text for m in self.messages]

    @property
    def last_alert(self) -> str | None:
        alerts = self.h.session.state.alerts
        return alerts[-1].text if alerts else None

    def message_with_button(self, label: str) -> ChatMessage:
        for message in reversed(self.messages):
            if any(text == label for text, _ in message.buttons()):
                return message
        seen = [b for m in self.messages for b, _ in m.buttons()]
        raise AssertionError(f"no button {label!r} in chat {self.id}; buttons: {seen}")

    # --- what the person does -------------------------------------------------------------

    def _message(self, **fields: Any) -> Message:
        return Message(
            message_id=next(self.h._message_ids),
            date=datetime.now(UTC),
            chat=Chat(id=self.id, type="private", first_name=self.tg.first_name),
            from_user=self.tg,
            **fields,
        )

    async def send(self, text: str, update_id: int | None = None) -> None:
        entities = None
        if text.startswith("/"):
            from aiogram.types import MessageEntity

            entities = [MessageEntity(type="bot_command", offset=0, length=len(text.split()[0]))]
        message = self._message(text=text, entities=entities)
        await self.h.feed(Update(update_id=update_id or self.h.next_update_id(), message=message))

    async def send_photo(self) -> None:
        photo = [PhotoSize(file_id="photo1", file_unique_id="p1", width=10, height=10)]
        await self.h.feed(
            Update(update_id=self.h.next_update_id(), message=self._message(photo=photo))
        )

    async def send_sticker(self) -> None:
        sticker = Sticker(
            file_id="st1",
            file_unique_id="s1",
            type="regular",
            width=1,
            height=1,
            is_animated=False,
            is_video=False,
        )
        await self.h.feed(
            Update(update_id=self.h.next_update_id(), message=self._message(sticker=sticker))
        )

    async def send_document(self, file_name: str, file_size: int = 1000) -> None:
        from aiogram.types import Document

        document = Document(
            file_id=f"doc-{file_name}", file_unique_id="d1", file_name=file_name,
            file_size=file_size,
        )  # fmt: skip
        await self.h.feed(
            Update(update_id=self.h.next_update_id(), message=self._message(document=document))
        )

    async def send_voice(self) -> None:
        voice = Voice(file_id="v1", file_unique_id="v1", duration=3)
        await self.h.feed(
            Update(update_id=self.h.next_update_id(), message=self._message(voice=voice))
        )

    async def press(self, label: str, in_message: ChatMessage | None = None) -> None:
        message = in_message or self.message_with_button(label)
        data = next(d for text, d in message.buttons() if text == label)
        await self.press_data(data, message)

    async def press_data(self, data: str, message: ChatMessage | None = None) -> None:
        """Send callback data as a client would: also forged data, or an old message's."""
        target = message or (self.messages[-1] if self.messages else None)
        bot_message = Message(
            message_id=target.message_id if target else 1,
            date=datetime.now(UTC),
            chat=Chat(id=self.id, type="private"),
            from_user=BOT_USER,
            text=target.html if target else "-",
            reply_markup=target.markup if target else None,
        )
        query = CallbackQuery(
            id=str(next(self.h._callback_ids)),
            from_user=self.tg,
            chat_instance="ci",
            message=bot_message,
            data=data,
        )
        await self.h.feed(Update(update_id=self.h.next_update_id(), callback_query=query))

    async def vote(self, message: ChatMessage, option_ids: list[int]) -> None:
        """Vote in a native poll (an empty list takes the vote back), as Telegram reports it."""
        assert message.poll_id is not None, "not a native poll"
        answer = PollAnswer(
            poll_id=message.poll_id,
            option_ids=option_ids,
            option_persistent_ids=[str(n) for n in option_ids],
            user=self.tg,
        )
        await self.h.feed(Update(update_id=self.h.next_update_id(), poll_answer=answer))

    async def block_bot(self) -> None:
        self.h.session.blocked.add(self.id)
        await self._membership(blocked=True)

    async def unblock_bot(self) -> None:
        self.h.session.blocked.discard(self.id)
        await self._membership(blocked=False)

    async def _membership(self, blocked: bool) -> None:
        old = (
            ChatMemberMember(user=BOT_USER)
            if blocked
            else ChatMemberBanned(user=BOT_USER, until_date=0)
        )
        new = (
            ChatMemberBanned(user=BOT_USER, until_date=0)
            if blocked
            else ChatMemberMember(user=BOT_USER)
        )
        event = ChatMemberUpdated(
            chat=Chat(id=self.id, type="private"),
            from_user=self.tg,
            date=datetime.now(UTC),
            old_chat_member=old,
            new_chat_member=new,
        )
        await self.h.feed(Update(update_id=self.h.next_update_id(), my_chat_member=event))
