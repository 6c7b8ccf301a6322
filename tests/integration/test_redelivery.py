"""An update that could not be handled because the database was away is never acknowledged:
the webhook answers 503 (Telegram delivers it again), polling holds its offset below it and
tries it again; when the database is back each person gets exactly one answer. A webhook body
that is not an update gets 400, not a traceback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import pytest
from aiogram import Bot
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.types import Update
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.exc import OperationalError

from bot.app import build_app, create_bot
from bot.cli import build_webhook_app
from bot.config import Settings
from emulator.fake_session import FakeSession
from storage.database import Database
from tests.e2e.test_webhook import SECRET, start_update

FIRST_USER = 6_120_001


@contextmanager
def database_away(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every read and write fails as a stopped PostgreSQL fails them, until the block ends."""

    @asynccontextmanager
    async def refused(*_: Any, **__: Any) -> AsyncIterator[Any]:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))
        yield  # pragma: no cover

    async def refused_rows(*_: Any, **__: Any) -> Any:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    with monkeypatch.context() as patch:
        for name in ("read", "write", "quick_read"):
            patch.setattr(db, name, refused)
        patch.setattr(db, "quick_rows", refused_rows)
        yield


def replies(session: FakeSession, user_id: int) -> int:
    return len(session.chat(user_id))


async def test_the_webhook_answers_503_while_the_database_is_away(
    settings: Settings, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = FakeSession()
    app = await build_app(settings, db)
    bot = create_bot(settings, session=session)
    web_app = build_webhook_app(app.dispatcher, bot, "/telegram/webhook", SECRET)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with TestClient(TestServer(web_app, host="127.0.0.1")) as client:
        with database_away(db, monkeypatch):
            down = await client.post(
                "/telegram/webhook", json=start_update(7, FIRST_USER), headers=headers
            )
            assert down.status == 503  # not acknowledged: Telegram delivers it again
        assert replies(session, FIRST_USER) == 0  # nothing said meanwhile
        again = await client.post(
            "/telegram/webhook", json=start_update(7, FIRST_USER), headers=headers
        )
        assert again.status == 200
        assert replies(session, FIRST_USER) == 1
        # Telegram delivers an update twice at most by mistake: the duplicate check holds.
        await client.post("/telegram/webhook", json=start_update(7, FIRST_USER), headers=headers)
        assert replies(session, FIRST_USER) == 1
        for body in (b"not json", b'{"update_id": "seven"}'):
            bad = await client.post("/telegram/webhook", data=body, headers=headers)
            assert bad.status == 400 and "Traceback" not in await bad.text()


class PollingTelegram(FakeSession):
    """getUpdates as Telegram answers it: the updates at or after the offset, the offsets
    asked for recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[Update] = []
        self.offsets: list[int | None] = []

    async def make_request(
        self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None
    ) -> Any:
        if isinstance(method, GetUpdates):
            self.offsets.append(method.offset)
            if method.offset is not None:  # everything before it is confirmed: gone
                self.pending = [u for u in self.pending if u.update_id >= method.offset]
            if not self.pending:
                await asyncio.sleep(0.01)
            return list(self.pending[:100])
        return await super().make_request(bot, method, timeout)


async def test_polling_holds_its_offset_and_tries_again_until_the_database_is_back(
    settings: Settings, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    telegram = PollingTelegram()
    app = await build_app(settings, db)
    bot = create_bot(settings, session=telegram)
    dispatcher = app.dispatcher
    monkeypatch.setattr(dispatcher, "retry_first_s", 0.05)
    monkeypatch.setattr(dispatcher, "retry_max_s", 0.2)
    monkeypatch.setattr(dispatcher, "nothing_new_wait_s", 0.01)
    users = [FIRST_USER + n for n in range(20)]
    polling = asyncio.create_task(
        dispatcher.start_polling(bot, handle_signals=False, close_bot_session=False,
                                 polling_timeout=0)
    )  # fmt: skip
    try:
        async with asyncio.timeout(10):  # started (its start-up uses the database) and polling
            while not telegram.offsets:
                await asyncio.sleep(0.01)
        with database_away(db, monkeypatch):
            telegram.pending = [
                Update.model_validate(start_update(100 + n, user), context={"bot": bot})
                for n, user in enumerate(users)
            ]
            await asyncio.sleep(1.0)  # thirty seconds of a stopped PostgreSQL, compressed
            assert all(offset is None or offset <= 100 for offset in telegram.offsets)
            assert sum(replies(telegram, user) for user in users) == 0
        async with asyncio.timeout(20):
            while any(replies(telegram, user) == 0 for user in users) or telegram.pending:
                await asyncio.sleep(0.05)
    finally:
        await dispatcher.stop_polling()
        await polling
    assert [replies(telegram, user) for user in users] == [1] * 20  # each once, none lost
    assert telegram.offsets[-1] == 120  # all confirmed once handled
