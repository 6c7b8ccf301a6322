"""The real polling loop against the Bot API emulator over HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import json

from bot.app import build_app, create_bot
from bot.config import Settings
from emulator.server import BotApiEmulator
from storage.database import Database
from storage.models import PersonStatus
from tests.conftest import ADMIN_ID, TOKEN


async def test_registration_over_real_long_polling(settings: Settings, db: Database) -> None:
    emulator = BotApiEmulator(TOKEN)
    base = await emulator.start()
    # The real process: the outbox worker runs and delivers the cards and the decision.
    live = settings.model_copy(
        update={"telegram_api_url": base, "delivery_worker": True, "tick_seconds": 0.5}
    )
    app = await build_app(live, db)
    bot = create_bot(live)
    polling = asyncio.create_task(
        app.dispatcher.start_polling(
            bot,
            allowed_updates=app.dispatcher.resolve_used_update_types(),
            polling_timeout=1,
            tasks_concurrency_limit=8,
            handle_signals=False,
            close_bot_session=True,
        )
    )
    user = 4242
    try:
        emulator.push_text(user, "/start", username="e2e_user")
        await emulator.wait_for(lambda: any(m.buttons() for m in emulator.chat(user)))
        emulator.press(user, "English")
        await emulator.wait_for(
            lambda: any("I agree" in b for m in emulator.chat(user) for b, _ in m.buttons())
        )
        emulator.press(user, "✅ I agree")
        await emulator.wait_for(lambda: "Step 1 of 5" in emulator.chat(user)[-1].text)
        emulator.push_text(user, "Polling Person")
        await emulator.wait_for(lambda: "Step 2 of 5" in emulator.chat(user)[-1].text)
        emulator.push_text(user, "GIZ")
        await emulator.wait_for(lambda: "matching" in emulator.chat(user)[-1].text)
        emulator.press(user, "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)")
        await emulator.wait_for(lambda: "Step 3 of 5" in emulator.chat(user)[-1].text)
        emulator.press(user, "▫️ Duhok")
        await emulator.wait_for(
            lambda: "✅ Duhok" in [b for b, _ in emulator.chat(user)[-1].buttons()]
        )
        emulator.press(user, "Done ▶")
        await emulator.wait_for(lambda: "Step 4 of 5" in emulator.chat(user)[-1].text)
        emulator.press(user, "▫️ Awareness")
        await emulator.wait_for(
            lambda: "✅ Awareness" in [b for b, _ in emulator.chat(user)[-1].buttons()]
        )
        emulator.press(user, "Done ▶")
        await emulator.wait_for(lambda: "Step 5 of 5" in emulator.chat(user)[-1].text)
        emulator.push_text(user, "Advisor")
        await emulator.wait_for(lambda: "Please check" in emulator.chat(user)[-1].text)
        emulator.press(user, "✅ Submit")
        # The admin's "to review" message, then the card opened from it.
        await emulator.wait_for(
            lambda: any("Registrations: 1" in m.text for m in emulator.chat(ADMIN_ID))
        )
        emulator.press(ADMIN_ID, "👤 Review registrations")
        await emulator.wait_for(
            lambda: any("New registration" in m.text for m in emulator.chat(ADMIN_ID))
        )
        emulator.press(ADMIN_ID, "✅ Approve")
        await emulator.wait_for(lambda: "approved" in emulator.chat(user)[-1].text)
    finally:
        with contextlib.suppress(RuntimeError):
            await app.dispatcher.stop_polling()
        await asyncio.wait_for(polling, 10)
        await emulator.stop()

    person = await app.people.by_telegram_id(user)
    assert person is not None and person.status == PersonStatus.APPROVED
    methods = {name for name, _ in emulator.calls}
    assert {
        "getMe",
        "getUpdates",
        "sendMessage",
        "editMessageText",
        "editMessageReplyMarkup",
        "answerCallbackQuery",
        "setMyCommands",
    } <= methods
    # getUpdates moved its offset forward: every update was confirmed, none handled twice.
    offsets = [int(p.get("offset") or 0) for name, p in emulator.calls if name == "getUpdates"]
    assert offsets == sorted(offsets) and offsets[-1] > 1
    allowed = next(p["allowed_updates"] for n, p in emulator.calls if n == "getUpdates")
    allowed = json.loads(allowed) if isinstance(allowed, str) else allowed
    assert {"message", "callback_query", "my_chat_member"} <= set(allowed)
    # The approved person got their own command menu.
    assert any('"chat_id": 4242' in scope for scope, _ in emulator.commands)
