"""The operator's commands against a running bot: a backup taken mid-broadcast restores into a
new file with the same rows; status and the health endpoints say how it is doing."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path

import aiohttp

from emulator.server import BotApiEmulator
from tests.conftest import ADMIN_ID, TOKEN, process_env
from tests.e2e.test_cli import CONFIG_NAMES
from tests.e2e.test_graceful_stop import PEOPLE, seed, stop
from tests.e2e.test_webhook import free_port


async def tansiq(environment: dict[str, str], *args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, out.decode(), err.decode()


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


async def test_backup_mid_broadcast_restores_the_same_rows_and_health_says_ready(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tansiq.db'}"
    await seed(url)
    emulator = BotApiEmulator(TOKEN, latency=0.05)
    api = await emulator.start()
    health_port = free_port()
    environment = process_env(tmp_path, CONFIG_NAMES)
    environment.update(
        BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api, DATABASE_URL=url, ADMIN_IDS=str(ADMIN_ID),
        DELIVERY_RATE="5", TICK_SECONDS="0.5", HEALTH_PORT=str(health_port),
    )  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=environment,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    backup = tmp_path / "backup.db"
    try:
        await emulator.wait_for(
            lambda: (
                sum(m.text.startswith("Broadcast") for c in PEOPLE for m in emulator.chat(c)) >= 20
            ),
            timeout=60,
        )
        code, out, err = await tansiq(environment, "backup", str(backup))
        assert code == 0, err
        assert "integrity ok" in out
        async with aiohttp.ClientSession() as client:
            async with client.get(f"http://127.0.0.1:{health_port}/healthz") as response:
                assert response.status == 200
            for _ in range(50):  # ready once a sweep has run
                async with client.get(f"http://127.0.0.1:{health_port}/readyz") as response:
                    body = await response.json()
                    if response.status == 200:
                        break
                await asyncio.sleep(0.2)
            assert response.status == 200, body
            assert body["checks"]["schema"]["ok"] and body["checks"]["database"]["ok"]
        code, out, err = await tansiq(environment, "status")
        assert code == 0, err
        assert out.startswith("outbox: ") and "sweep reminders: last run" in out, out
        assert "waiting for approval: 0" in out
    finally:
        code, err = await stop(process)
        await emulator.stop()
    assert code == 0, err

    saved = counts(backup)
    with sqlite3.connect(backup) as connection:
        statuses = dict(
            connection.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall()
        )
    assert sum(statuses.values()) == len(PEOPLE)
    unsent = statuses.get("pending", 0) + statuses.get("sending", 0)
    assert statuses.get("sent", 0) >= 10 and unsent > 0, statuses  # taken mid-broadcast

    restored_url = f"sqlite+aiosqlite:///{tmp_path / 'restored.db'}"
    code, out, err = await tansiq(
        environment | {"DATABASE_URL": restored_url}, "restore", str(backup)
    )
    assert code == 0, err
    assert counts(tmp_path / "restored.db") == saved
    # The operator's exports and a deliberate resend, from the command line.
    code, out, err = await tansiq(environment, "export", "actors", str(tmp_path / "actors.xlsx"))
    assert code == 0 and out.startswith(f"export: actors, {len(PEOPLE)} rows"), err
    assert (tmp_path / "actors.xlsx").read_bytes().startswith(b"PK")  # an XLSX (zip) file
    code, out, err = await tansiq(environment, "outbox", "resend", "--unknown", "999")
    assert code == 0 and "0 messages of broadcast 999 queued again" in out, err
    # A restore never writes over a database that holds data.
    code, _, err = await tansiq(
        environment | {"DATABASE_URL": restored_url}, "restore", str(backup)
    )
    assert code == 2 and "is not empty" in err


async def test_tansiq_admin_adds_lists_and_removes_administrators(tmp_path: Path) -> None:
    environment = process_env(tmp_path, CONFIG_NAMES)
    environment.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'tansiq.db'}", ADMIN_IDS=str(ADMIN_ID)
    )
    code, out, _ = await tansiq(environment, "admin", "add", "٦٩٥٠٠٠١")  # Eastern digits
    assert code == 0 and "6950001 is an administrator" in out
    code, out, _ = await tansiq(environment, "admin", "list")
    assert out.splitlines() == [f"ADMIN_IDS: {ADMIN_ID}", "added with `tansiq admin add`: 6950001"]
    code, out, _ = await tansiq(environment, "admin", "remove", str(ADMIN_ID))
    assert code == 0 and "is in ADMIN_IDS and stays an administrator" in out
    code, _, err = await tansiq(environment, "admin", "add", "-5")
    assert code == 2 and "telegram_id" in err
    with sqlite3.connect(tmp_path / "tansiq.db") as connection:
        assert connection.execute("SELECT telegram_id FROM administrators").fetchall() == [
            (6950001,)
        ]
        assert connection.execute("SELECT action FROM audit_log").fetchall() == [("admin.add",)]
