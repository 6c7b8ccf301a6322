"""PostgreSQL stopped and started, and Redis stopped, while people write to the bot over real
long polling: no update is lost and nobody is answered twice.

Each test stops a server of its own (a private PostgreSQL made with initdb under a temporary
folder on another port, a private redis-server), never the machine's shared ones. Run in the
PostgreSQL + Redis pass of .ci/run (TEST_DATABASE_URL set); skipped elsewhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from bot.app import build_app, create_bot
from bot.config import Settings
from bot.migrations import sync_taxonomy_file, upgrade
from emulator.server import BotApiEmulator
from storage.database import Database
from tests.conftest import TEST_DATABASE_URL, TOKEN, make_settings

pytestmark = pytest.mark.skipif(
    not TEST_DATABASE_URL, reason="the PostgreSQL + Redis pass of .ci/run stops servers of its own"
)
FIRST_USER = 6_140_001


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivatePostgres:
    """A PostgreSQL cluster of this test's own, run as the postgres user (it refuses root)."""

    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        if not found or os.geteuid() != 0 or shutil.which("runuser") is None:
            pytest.skip("needs Debian's PostgreSQL binaries and root (to run them as postgres)")
        self.bin = Path(found[-1]).parent
        self.folder = Path(tempfile.mkdtemp(prefix="tansiq-pg-", dir="/tmp"))
        self.folder.chmod(0o755)
        self.data = self.folder / "data"
        self.port = free_port()
        shutil.chown(self.folder, "postgres", "postgres")
        self._as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust",
                          "-U", "postgres", "--no-sync")  # fmt: skip
        self.url = f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self, *command: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True,
            timeout=60,
        )  # fmt: skip

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                          "-l", str(self.folder / "log"), "-w", "start")  # fmt: skip

    def stop(self) -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")  # fmt: skip

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def private_postgres() -> Iterator[PrivatePostgres]:
    server = PrivatePostgres()
    server.start()
    try:
        yield server
    finally:
        server.remove()


class PrivateRedis:
    def __init__(self) -> None:
        if shutil.which("redis-server") is None:
            pytest.skip("needs redis-server")
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _ in range(100):
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1),
            ):
                return
            subprocess.run(["sleep", "0.05"], check=False)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(10)
            self.process = None


@contextlib.asynccontextmanager
async def polling_bot(settings: Settings) -> AsyncIterator[BotApiEmulator]:
    """The real app on long polling against the emulator; stopped at the end."""
    emulator = BotApiEmulator(TOKEN)
    base = await emulator.start()
    live = settings.model_copy(update={"telegram_api_url": base})
    app = await build_app(live)
    dispatcher = app.dispatcher
    dispatcher.retry_first_s = 0.2  # type: ignore[attr-defined]
    dispatcher.retry_max_s = 1.0  # type: ignore[attr-defined]
    bot = create_bot(live)
    polling = asyncio.create_task(
        dispatcher.start_polling(
            bot, allowed_updates=dispatcher.resolve_used_update_types(), polling_timeout=1,
            tasks_concurrency_limit=8, handle_signals=False, close_bot_session=True,
        )
    )  # fmt: skip
    try:
        await emulator.wait_for(lambda: any(n == "getUpdates" for n, _ in emulator.calls), 20)
        yield emulator
    finally:
        with contextlib.suppress(RuntimeError):
            await dispatcher.stop_polling()
        await asyncio.wait_for(polling, 30)
        await app.db.dispose()
        await emulator.stop()


def answers(emulator: BotApiEmulator, user: int) -> int:
    return len(emulator.chat(user))


async def no_update_lost(
    settings: Settings, stop: Callable[[], None], start: Callable[[], None]
) -> None:
    """Ten people answered; the server stops; twenty more write and hear nothing meanwhile; the
    server starts again: every one of the thirty is answered exactly once."""
    before, during = range(FIRST_USER, FIRST_USER + 10), range(FIRST_USER + 10, FIRST_USER + 30)
    async with polling_bot(settings) as emulator:
        for user in before:
            emulator.push_text(user, "/start")
        await emulator.wait_for(lambda: all(answers(emulator, u) == 1 for u in before), 20)
        await asyncio.to_thread(stop)
        for user in during:
            emulator.push_text(user, "/start")
        await asyncio.sleep(3.0)  # half a minute or more without it, compressed
        assert [answers(emulator, u) for u in during] == [0] * 20  # nothing said meanwhile
        await asyncio.to_thread(start)
        await emulator.wait_for(lambda: all(answers(emulator, u) >= 1 for u in during), 60)
        await asyncio.sleep(1.0)  # a second answer, if any, would come now
    assert [answers(emulator, u) for u in (*before, *during)] == [1] * 30


async def test_postgresql_stopped_mid_traffic_loses_no_update(
    private_postgres: PrivatePostgres,
) -> None:
    await asyncio.to_thread(upgrade, private_postgres.url)
    settings = make_settings(private_postgres.url, redis_url=None)
    await sync_taxonomy_file(settings)
    await no_update_lost(settings, private_postgres.stop, private_postgres.start)


async def test_redis_stopped_mid_traffic_loses_no_update(settings: Settings, db: Database) -> None:
    """`db` empties the shared test database first: update ids an earlier test left marked as
    handled would be skipped as duplicates."""
    del db
    redis = PrivateRedis()
    redis.start()
    try:
        live = settings.model_copy(update={"redis_url": redis.url})
        await no_update_lost(live, redis.stop, redis.start)
    finally:
        redis.stop()
