"""Webhook mode: Telegram's secret_token is checked on every request."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_app, create_bot
from bot.cli import build_webhook_app
from bot.config import ConfigError, Settings, load_settings
from emulator.fake_session import FakeSession
from emulator.server import BotApiEmulator
from emulator.web_app import signed_launch_data
from storage.database import Database
from tests.conftest import ADMIN_ID, PROJECT_ROOT, TOKEN, process_env
from tests.e2e.test_cli import CONFIG_NAMES

SECRET = "s3cret-token_for-tests_0123456789abcdef"


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


async def stop(process: asyncio.subprocess.Process) -> None:
    """As systemd stops it (Ctrl+C here), killed if it has not ended in 30 s."""
    process.send_signal(signal.SIGINT)
    try:
        await asyncio.wait_for(process.wait(), timeout=30)
    except TimeoutError:
        process.kill()


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_started_from_env_example_refuses_requests_without_the_secret(
    tmp_path: Path,
) -> None:
    """The shipped `.env.example` has `WEBHOOK_SECRET=`: that must mean a random secret, not
    no check. A POST without the header, claiming to be the admin, is refused and not handled."""
    emulator = BotApiEmulator(TOKEN)
    base = await emulator.start()
    port = free_port()
    env_file = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8")
    overrides = {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": base,
        "ADMIN_IDS": str(ADMIN_ID),
        "USE_WEBHOOK": "true",
        "WEBHOOK_BASE_URL": "https://tansiq.example.org",
        "WEBHOOK_PORT": str(port),
    }
    lines = [
        f"{line.split('=', 1)[0]}={overrides[line.split('=', 1)[0]]}"
        if "=" in line and line.split("=", 1)[0] in overrides
        else line
        for line in env_file.splitlines()
    ]
    (tmp_path / ".env").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "WEBHOOK_SECRET=\n" in (tmp_path / ".env").read_text()
    environment = process_env(tmp_path, CONFIG_NAMES)
    environment.pop("WEBHOOK_SECRET", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await emulator.wait_for(lambda: emulator.webhook_url is not None, timeout=60)
        secret = emulator.webhook_secret
        assert secret is not None and len(secret) >= 32
        url = f"http://127.0.0.1:{port}/telegram/webhook"
        async with aiohttp.ClientSession() as client:
            for _ in range(100):  # the listener opens right after setWebhook
                try:
                    async with client.post(url, json=start_update(1, ADMIN_ID)) as response:
                        status = response.status
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert status == 401
            async with client.post(
                url,
                json=start_update(2, ADMIN_ID),
                headers={"X-Telegram-Bot-Api-Secret-Token": ""},
            ) as response:
                assert response.status == 401
            await asyncio.sleep(1.0)
            assert emulator.chat(ADMIN_ID) == []
            # The same update with Telegram's secret is handled: the check is what refused it.
            async with client.post(
                url,
                json=start_update(3, ADMIN_ID),
                headers={"X-Telegram-Bot-Api-Secret-Token": secret},
            ) as response:
                assert response.status == 200
            await emulator.wait_for(lambda: emulator.chat(ADMIN_ID), timeout=20)
    finally:
        await stop(process)
        await emulator.stop()


@pytest.mark.parametrize("secret", ["short", "has spaces in it and is long enough ok", "é" * 40])
def test_secrets_telegram_would_refuse_stop_the_start(secret: str) -> None:
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        load_settings(_env_file=None, webhook_secret=secret)
    assert load_settings(_env_file=None, webhook_secret="  ").webhook_secret is None


async def test_webhook_handles_a_bounded_number_of_updates_at_once() -> None:
    """The handler keeps `limit` updates running, answers each once handled, and answers 503
    (Telegram delivers again later) once four times that many wait."""
    from aiogram import Dispatcher, Router
    from aiogram.types import Message

    from bot.webhook import QUEUE_FACTOR

    running = peak = 0
    release = asyncio.Event()
    router = Router()

    @router.message()
    async def slow(message: Message) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await release.wait()
        running -= 1

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    from aiogram import Bot

    bot = Bot(TOKEN, session=FakeSession())
    web_app = build_webhook_app(dispatcher, bot, "/hook", SECRET, limit=2)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with TestClient(TestServer(web_app, host="127.0.0.1")) as client:

        async def post(n: int) -> int:
            response = await client.post(
                "/hook", json=start_update(n + 1, 7000 + n), headers=headers
            )
            return response.status

        posts = [asyncio.create_task(post(n)) for n in range(2 * QUEUE_FACTOR + 3)]
        await asyncio.sleep(0.3)
        # Two handled at once; the ones beyond four times that many waiting refused at once.
        assert peak == 2
        assert sum(task.done() for task in posts) == 3
        release.set()
        statuses = await asyncio.gather(*posts)
        # Answered 200 only once handled: a process that dies before never acknowledged it.
        assert statuses.count(200) == 2 * QUEUE_FACTOR and statuses.count(503) == 3
        assert running == 0
    assert peak == 2


@pytest.mark.parametrize("mode", ["webhook", "polling"])
async def test_the_console_is_served_in_either_mode(tmp_path: Path, mode: str) -> None:
    """With WEBAPP_URL, /console/ (the path the README's proxy lines forward) is answered by the
    webhook's server, or in polling mode by a server on CONSOLE_PORT; the admin's menu button
    opens it, and launch data signed with the bot's token opens a session whose views answer."""
    emulator = BotApiEmulator(TOKEN)
    base = await emulator.start()
    port = free_port()
    environment = process_env(tmp_path, CONFIG_NAMES)
    environment.update(
        {
            "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": base, "ADMIN_IDS": str(ADMIN_ID),
            "WEBAPP_URL": "https://tansiq.example.org/console/",
        }
    )  # fmt: skip
    if mode == "webhook":
        environment.update(
            {"USE_WEBHOOK": "true", "WEBHOOK_BASE_URL": "https://tansiq.example.org",
             "WEBHOOK_PORT": str(port)}
        )  # fmt: skip
    else:
        environment["CONSOLE_PORT"] = str(port)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        # Set as the process starts, for the administrators from ADMIN_IDS.
        await emulator.wait_for(
            lambda: emulator.menu_button_of(ADMIN_ID)["type"] != "commands", timeout=60
        )
        assert (emulator.webhook_url is not None) == (mode == "webhook")
        button = emulator.menu_button_of(ADMIN_ID)
        assert button["type"] == "web_app"
        assert button["web_app"]["url"] == "https://tansiq.example.org/console/"
        console = f"http://127.0.0.1:{port}/console/"
        async with aiohttp.ClientSession() as client:
            for _ in range(100):  # the listener opens right after the start
                try:
                    async with client.get(console) as response:
                        page, policy = await response.text(), response.headers
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert "static/console.js" in page
            assert "frame-ancestors https://web.telegram.org" in policy["Content-Security-Policy"]
            launch = signed_launch_data(TOKEN, {"id": ADMIN_ID, "first_name": "Admin"})
            async with client.post(console + "api/session", json={"init_data": launch}) as answer:
                assert answer.status == 200
                token = (await answer.json())["token"]
            headers = {"Authorization": f"Bearer {token}"}
            async with client.get(console + "api/view/today", headers=headers) as view:
                assert view.status == 200 and 'data-block="waiting"' in await view.text()
            forged = signed_launch_data("1:" + "x" * 35, {"id": ADMIN_ID, "first_name": "A"})
            async with client.post(console + "api/session", json={"init_data": forged}) as answer:
                assert answer.status == 401
    finally:
        await stop(process)
        await emulator.stop()
