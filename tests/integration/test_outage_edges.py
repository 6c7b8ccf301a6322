"""The edges of an outage: a reply Telegram does not take is retried to a deadline and then its
update is left to come again (one log line, no apology that would come twice); a full disk
logs once while the worker keeps trying, not every 100 ms; a message from a bot account is not
answered and breaks nothing."""

from __future__ import annotations

import asyncio
import logging

import pytest
from aiogram.types import User
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.exc import OperationalError

from bot.app import build_app, create_bot
from bot.cli import build_webhook_app
from bot.config import Settings
from bot.delivery import DeliveryWorker, SendLimits
from emulator.fake_session import FakeSession, server_error
from storage.database import Database
from tests.e2e.test_webhook import SECRET, start_update
from tests.harness import FakeUser, Harness
from tests.integration.test_delivery import messages

USER = 6_130_001


async def test_a_reply_telegram_does_not_take_leaves_its_update_to_come_again(
    settings: Settings, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    session = FakeSession()
    app = await build_app(settings, db)
    bot = create_bot(settings, session=session)  # replies retried for 3 s (tests' settings)
    web_app = build_webhook_app(app.dispatcher, bot, "/telegram/webhook", SECRET)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with TestClient(TestServer(web_app, host="127.0.0.1")) as client:
        session.faults[USER] = [server_error() for _ in range(50)]
        with caplog.at_level(logging.WARNING):
            first = await client.post(
                "/telegram/webhook", json=start_update(21, USER), headers=headers
            )
        assert first.status == 503  # not acknowledged: Telegram delivers it again
        assert any("given up after" in r.getMessage() for r in caplog.records)
        session.faults[USER] = []
        again = await client.post("/telegram/webhook", json=start_update(21, USER), headers=headers)
        assert again.status == 200
    assert len(session.chat(USER)) == 1  # answered once, when Telegram took it


async def test_a_full_disk_is_logged_once_not_every_tick(
    harness: Harness,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    outbox = harness.app.outbox
    await outbox.send_later(messages(3))
    calls = 0
    claim = outbox.claim

    async def full(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls <= 20:
            raise OperationalError("UPDATE outbox", {}, Exception("database or disk is full"))
        return await claim(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(outbox, "claim", full)
    worker = DeliveryWorker(harness.bot, outbox, SendLimits(100), idle_poll=0.01,
                            flush_interval=0.01, shared_every=0.01)  # fmt: skip
    with caplog.at_level(logging.INFO, logger="bot.delivery.worker"):
        task = asyncio.create_task(worker.run())
        async with asyncio.timeout(10):
            while worker.sent < 3:
                await asyncio.sleep(0.01)
        await worker.stop()
        await task
    lines = [r.getMessage() for r in caplog.records]
    assert calls > 20
    assert sum("outbox claims fail" in line for line in lines) == 1
    assert sum("outbox claims work again" in line for line in lines) == 1


async def test_a_bot_account_is_not_answered(harness: Harness) -> None:
    robot = FakeUser(harness, User(id=6_130_002, is_bot=True, first_name="Robot"))
    await robot.send("/help")
    await robot.send("/start")
    assert robot.messages == []
