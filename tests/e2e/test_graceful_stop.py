"""SIGTERM (what systemd and Docker send) in the middle of a burst of updates and a broadcast,
by long polling and by webhook: the process stops taking updates, lets the handlers in flight
finish, lets the outbox worker end its sends and give back what it had not started, and exits
with 0. After a restart every update was handled once and every message sent once; no row is
`unknown`."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections import Counter
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.config import load_settings
from bot.migrations import migrate
from emulator.server import BotApiEmulator
from storage.database import Database
from storage.models import DeliveryStatus, OutboxMessage
from storage.services.outbox import NewMessage, OutboxService
from tests.conftest import ADMIN_ID, TOKEN, process_env
from tests.e2e.test_cli import CONFIG_NAMES
from tests.e2e.test_webhook import free_port
from tests.flows import add_member

PEOPLE = [7_300_000 + n for n in range(120)]
BURST = PEOPLE[:40]
SECRET = "graceful-stop-secret-" + "x" * 24
HELP_HEADER = "What you can do"


async def seed(url: str) -> None:
    await asyncio.to_thread(migrate, load_settings(_env_file=None, database_url=url))
    db = Database.from_url(url)
    try:
        for telegram_id in PEOPLE:
            await add_member(db, telegram_id, name=f"Person {telegram_id}")
        outbox = OutboxService(db)
        await outbox.send_later(
            [
                NewMessage(
                    chat, {"method": "sendMessage", "text": f"Broadcast to {chat}"}, f"t:{chat}"
                )
                for chat in PEOPLE
            ]
        )
    finally:
        await db.dispose()


async def start(
    tmp_path: Path, url: str, api: str, mode: str, port: int
) -> asyncio.subprocess.Process:
    environment = process_env(tmp_path, CONFIG_NAMES)
    environment.update(
        BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api,
        DATABASE_URL=url,
        ADMIN_IDS=str(ADMIN_ID),
        DELIVERY_RATE="10",
        FLOOD_BURST="1000",
        TICK_SECONDS="0.5",
    )
    if mode == "webhook":
        environment.update(
            USE_WEBHOOK="true",
            WEBHOOK_BASE_URL="https://tansiq.example.org",
            WEBHOOK_PORT=str(port),
            WEBHOOK_SECRET=SECRET,
        )
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=environment, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def post_updates(port: int, updates: list[dict[str, object]]) -> list[dict[str, object]]:
    """POST each update as Telegram would; returns those not accepted (Telegram retries them)."""
    refused = []
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with aiohttp.ClientSession() as client:

        async def post(update: dict[str, object]) -> None:
            try:
                async with client.post(url, json=update, headers=headers) as response:
                    if response.status != 200:
                        refused.append(update)
            except aiohttp.ClientError:
                refused.append(update)

        await asyncio.gather(*(post(update) for update in updates))
    return refused


async def wait_listening(port: int, process: asyncio.subprocess.Process) -> None:
    """Until the process listens on the port; its stderr if it stopped instead."""
    async with asyncio.timeout(60):
        while True:
            if process.returncode is not None:
                _, err = await process.communicate()
                raise AssertionError(err.decode()[-3000:] or "the bot stopped while starting")
            with contextlib.suppress(OSError):
                _, writer = await asyncio.open_connection("127.0.0.1", port)
                writer.close()
                return
            await asyncio.sleep(0.1)


async def stop(process: asyncio.subprocess.Process) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode if process.returncode is not None else -1, err.decode()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_sigterm_mid_burst_and_broadcast_loses_nothing(tmp_path: Path, mode: str) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tansiq.db'}"
    await seed(url)
    # Each answer takes Telegram 0.2 s: at the signal, many handlers and sends are in flight;
    # the broadcast (10 a second) is far from done.
    emulator = BotApiEmulator(TOKEN, latency=0.2)
    api = await emulator.start()
    port = free_port()
    try:
        process = await start(tmp_path, url, api, mode, port)
        await emulator.wait_for(
            lambda: (
                sum(m.text.startswith("Broadcast") for c in PEOPLE for m in emulator.chat(c)) >= 10
            ),
            timeout=60,
        )
        for chat in BURST:
            emulator.push_text(chat, "/help")
        waiting: list[dict[str, object]] = []
        if mode == "webhook":
            await wait_listening(port, process)
            burst, emulator.updates = list(emulator.updates), []
            # The signal comes while the burst is being answered (the webhook answers each
            # update once handled); the ones it no longer takes are delivered again later.
            posting = asyncio.create_task(post_updates(port, burst))
            await emulator.wait_for(
                lambda: any(HELP_HEADER in m.text for c in BURST for m in emulator.chat(c)),
                timeout=30,
            )
            code, err = await stop(process)
            waiting = await posting
        else:
            await emulator.wait_for(lambda: not emulator.updates or len(emulator.updates) < 30)
            code, err = await stop(process)
        assert code == 0, err
        assert "Traceback" not in err and "KeyError" not in err, err

        db = Database.from_url(url)
        try:
            async with db.read() as session:
                statuses = dict(
                    (
                        await session.execute(
                            select(OutboxMessage.status, func.count()).group_by(
                                OutboxMessage.status
                            )
                        )
                    ).all()
                )
        finally:
            await db.dispose()
        assert statuses.get(DeliveryStatus.UNKNOWN, 0) == 0, statuses
        assert statuses.get(DeliveryStatus.SENDING, 0) == 0, statuses  # given back
        assert statuses.get(DeliveryStatus.PENDING, 0) > 0, statuses  # stopped mid-broadcast

        # Restart: what was not taken is delivered again, the rest of the broadcast goes out.
        process = await start(tmp_path, url, api, mode, port)
        if mode == "webhook":
            await wait_listening(port, process)
            assert await post_updates(port, waiting) == []
        await emulator.wait_for(
            lambda: (
                all(any(m.text.startswith("Broadcast") for m in emulator.chat(c)) for c in PEOPLE)
                and all(any(HELP_HEADER in m.text for m in emulator.chat(c)) for c in BURST)
            ),
            timeout=60,
        )
        code, err = await stop(process)
        assert code == 0, err
    finally:
        await emulator.stop()
    broadcasts = Counter(
        chat for chat in PEOPLE for m in emulator.chat(chat) if m.text.startswith("Broadcast")
    )
    helps = Counter(chat for chat in BURST for m in emulator.chat(chat) if HELP_HEADER in m.text)
    twice = {chat: n for chat, n in broadcasts.items() if n > 1}
    assert not twice and len(broadcasts) == len(PEOPLE), twice
    helped_twice = {chat: n for chat, n in helps.items() if n > 1}
    assert not helped_twice and len(helps) == len(BURST), helped_twice


async def test_processes_by_role_share_the_work(tmp_path: Path) -> None:
    """`--role worker` sends the outbox and takes no updates; `--role bot` answers people and
    sends nothing of the outbox; `--role scheduler` does neither; all stop with 0."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'tansiq.db'}"
    await seed(url)
    emulator = BotApiEmulator(TOKEN)
    api = await emulator.start()

    async def start_role(role: str) -> asyncio.subprocess.Process:
        environment = process_env(tmp_path, CONFIG_NAMES)
        environment.update(
            BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api, DATABASE_URL=url, ADMIN_IDS=str(ADMIN_ID),
            DELIVERY_RATE="200", TICK_SECONDS="0.5",
        )  # fmt: skip
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--role", role, env=environment, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip

    try:
        scheduler = await start_role("scheduler")
        worker = await start_role("worker")
        await emulator.wait_for(
            lambda: all(
                any(m.text.startswith("Broadcast") for m in emulator.chat(c)) for c in PEOPLE
            ),
            timeout=60,
        )
        emulator.push_text(BURST[0], "/help")
        await asyncio.sleep(2)
        assert not any(HELP_HEADER in m.text for m in emulator.chat(BURST[0]))
        assert not any(name == "getUpdates" for name, _ in emulator.calls)
        bot = await start_role("bot")
        await emulator.wait_for(
            lambda: any(HELP_HEADER in m.text for m in emulator.chat(BURST[0])), timeout=60
        )
        for process in (bot, worker, scheduler):
            code, err = await stop(process)
            assert code == 0, err
            assert "Traceback" not in err, err
    finally:
        await emulator.stop()
