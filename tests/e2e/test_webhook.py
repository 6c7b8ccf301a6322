"""Webhook mode: Telegram's secret_token is checked on every request."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_app, create_bot
from bot.cli import build_webhook_app
from bot.config import Settings
from emulator.fake_session import FakeSession
from storage.database import Database

SECRET = "s3cret-token_for-tests"


def start_update(update_id: int, user_id: int) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": user_id, "type": "private"},
            "from": {"id": user_id, "is_bot": False, "first_name": "W"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


async def test_webhook_checks_secret_token(settings: Settings, db: Database) -> None:
    session = FakeSession()
    app = await build_app(settings, db)
    bot = create_bot(settings, session=session)
    web_app = build_webhook_app(app.dispatcher, bot, "/telegram/webhook", SECRET)
    async with TestClient(TestServer(web_app, host="127.0.0.1")) as client:
        forged = await client.post("/telegram/webhook", json=start_update(1, 5151))
        assert forged.status == 401
        wrong = await client.post(
            "/telegram/webhook",
            json=start_update(2, 5151),
            headers={"X-Telegram-Bot-Api-Secret-Token": "guess"},
        )
        assert wrong.status == 401
        assert session.chat(5151) == []
        good = await client.post(
            "/telegram/webhook",
            json=start_update(3, 5151),
            headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
        )
        assert good.status == 200
        # The handler runs in the background after Telegram gets its 200.
        for _ in range(100):
            if session.chat(5151):
                break
            await asyncio.sleep(0.05)
    assert "Please choose your language." in session.chat(5151)[-1].text
