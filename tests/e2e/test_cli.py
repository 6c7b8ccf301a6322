"""`python -m bot`: misconfiguration ends with one readable line and a non-zero exit."""

from __future__ import annotations

import asyncio
import stat
import sys
from pathlib import Path

import pytest

from emulator.server import BotApiEmulator
from tests.conftest import TOKEN, process_env

CONFIG_NAMES = ("BOT_TOKEN", "DATABASE_URL", "TELEGRAM_API_URL", "ADMIN_IDS", "REDIS_URL")


async def run_cli(tmp_path: Path, *args: str, **env: str) -> tuple[int, str, str]:
    environment = process_env(tmp_path, CONFIG_NAMES)
    environment.update(env)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=tmp_path,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, out.decode(), err.decode()


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip() and " INFO " not in line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"BOT_TOKEN": "12345"}, "BOT_TOKEN is malformed"),
        ({"BOT_TOKEN": TOKEN, "DATABASE_URL": "mysql://u@127.0.0.1/x"}, "DATABASE_URL"),
        ({"BOT_TOKEN": TOKEN, "DATABASE_URL": "::nonsense::"}, "DATABASE_URL"),
        (
            {"BOT_TOKEN": TOKEN, "DATABASE_URL": "postgresql://u@127.0.0.1:1/x"},
            "cannot reach the database",
        ),
        (
            {"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "http://127.0.0.1:1"},
            "cannot reach the Telegram Bot API",
        ),
        ({"BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": "127.0.0.1:8081"}, "TELEGRAM_API_URL"),
        ({"BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "too-short"}, "WEBHOOK_SECRET"),
    ],
)
async def test_run_refuses_bad_configuration(
    tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    code, _, err = await run_cli(tmp_path, "run", **env)
    assert code == 2
    assert expected in one_line(err)
    assert TOKEN.split(":")[1] not in err  # the token is never printed


async def test_rejected_token(tmp_path: Path) -> None:
    emulator = BotApiEmulator("999999:OtherTokenTheEmulatorExpects_abcdefgh")
    base = await emulator.start()
    try:
        code, _, err = await run_cli(tmp_path, "run", BOT_TOKEN=TOKEN, TELEGRAM_API_URL=base)
    finally:
        await emulator.stop()
    assert code == 2
    assert "Telegram rejected BOT_TOKEN" in one_line(err)


async def test_migrate_creates_the_default_sqlite_database(tmp_path: Path) -> None:
    code, out, _ = await run_cli(tmp_path, "migrate")
    assert code == 0, out
    assert (tmp_path / "data" / "tansiq.db").exists()
    # Nobody else on the machine reads people's data.
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data" / "tansiq.db").stat().st_mode) == 0o600
    wal = tmp_path / "data" / "tansiq.db-wal"
    assert not wal.exists() or stat.S_IMODE(wal.stat().st_mode) == 0o600
    code, out, _ = await run_cli(tmp_path, "migrate")  # and again: nothing to do
    assert code == 0 and "up to date" in out


async def test_without_a_token_the_sandbox_starts_with_its_chat_page(tmp_path: Path) -> None:
    """No BOT_TOKEN: the bot runs against the built-in emulator and serves the chat page."""
    import signal

    import aiohttp

    environment = process_env(tmp_path, CONFIG_NAMES)
    environment["SANDBOX_PORT"] = "0"  # any free port; the console says which
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=tmp_path,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), timeout=60)).decode()
        assert "sandbox (no BOT_TOKEN): open http://127.0.0.1:" in line
        url = line.split("open ", 1)[1].split()[0]
        async with aiohttp.ClientSession() as client:
            async with client.get(url) as response:
                assert response.status == 200 and "Tansiq sandbox" in await response.text()
            async with client.post(f"{url}/api/send", json={"user": 100006, "text": "/start"}):
                pass
            for _ in range(50):
                async with client.get(f"{url}/api/chat/100006") as response:
                    messages = (await response.json())["messages"]
                if len(messages) > 1:
                    break
                await asyncio.sleep(0.2)
            assert messages[-1]["text"].startswith("Please choose your language.")
            assert messages[-1]["buttons"][0][0]["text"] == "English"
            # The page lives under the key printed on the console, nowhere else.
            root = url.rsplit("/", 1)[0]
            async with client.get(f"{root}/api/users") as response:
                assert response.status == 404
    finally:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=30)
    # The demo people (an admin among them) live in the sandbox's own database only.
    assert (tmp_path / "data" / "sandbox.db").exists()
    assert not (tmp_path / "data" / "tansiq.db").exists()


@pytest.mark.parametrize(
    "env",
    [
        {"DATABASE_URL": "postgresql://tansiq@127.0.0.1:5432/tansiq"},
        {"USE_WEBHOOK": "true"},
        {"WEBHOOK_BASE_URL": "https://tansiq.example.org"},
        {"ADMIN_IDS": "100002"},
    ],
)
async def test_a_production_configuration_without_token_does_not_start_the_sandbox(
    tmp_path: Path, env: dict[str, str]
) -> None:
    code, _, err = await run_cli(tmp_path, "run", **env)
    assert code == 2
    assert "look like a real deployment" in one_line(err)
    assert not (tmp_path / "data").exists()


async def test_the_sandbox_never_shares_the_production_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/one.db"
    code, _, err = await run_cli(tmp_path, "run", DATABASE_URL=url, SANDBOX_DATABASE_URL=url)
    assert code == 2 and "SANDBOX_DATABASE_URL must not be DATABASE_URL" in one_line(err)


async def test_a_taken_sandbox_port_says_which_setting_to_change(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = await run_cli(tmp_path, "run", SANDBOX_PORT=str(port))
    assert code == 2
    line = one_line(err)  # one line, no traceback
    assert f"127.0.0.1:{port}" in line and "set SANDBOX_PORT to a free port" in line


async def test_demo_loads_into_the_sandbox_database_only(tmp_path: Path) -> None:
    code, out, _ = await run_cli(tmp_path, "demo", BOT_TOKEN=TOKEN)
    assert code == 0, out
    # The report's figures: 160 organizations (55 / 56 / 49), the sandbox's own among them.
    assert "demo data loaded: 160 organizations" in out
    assert (tmp_path / "data" / "sandbox.db").exists()
    assert not (tmp_path / "data" / "tansiq.db").exists()
    code, out, _ = await run_cli(tmp_path, "demo")
    assert "already loaded" in out
