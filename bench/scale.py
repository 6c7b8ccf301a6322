"""Updates per second with one and with two webhook bot processes on PostgreSQL (and Redis for
dialog state and per-person locks), in the same run: does a second process add throughput?

Each process is `tansiq run --role bot --webhook` against the Bot API emulator (replies take it
`--latency` seconds). People's updates (/help, /status, /meetings) are POSTed as Telegram does,
spread over the processes; an update counts once its 200 came back (the webhook answers once
it is handled).

    python bench/scale.py [--people 200] [--per-person 6] [--in-flight 64]
                          [--postgres URL] [--redis URL] [--latency 0.02]

Last line: one_process_per_s=… two_processes_per_s=… ratio=…  (target: ratio >= 1.6)
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import resource
import signal
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
from sqlalchemy import text

from bot.config import load_settings
from bot.migrations import migrate
from emulator.server import BotApiEmulator
from storage.database import Database
from tests.flows import add_member

TOKEN = "123456789:AAHbenchmarkTokenNotRealAtAll_abcdef"
SECRET = "bench-scale-shared-secret-" + "z" * 20
COMMANDS = ("/help", "/status", "/meetings")


def machine_busy() -> tuple[float, float]:
    """CPU seconds spent busy and in all, over every core (from /proc/stat)."""
    fields = [float(v) for v in open("/proc/stat").readline().split()[1:]]
    tick = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]
    return (sum(fields) - idle) / tick, sum(fields) / tick


def process_cpu(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (float(fields[11]) + float(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def prepare(url: str, people: list[int]) -> None:
    db = Database.from_url(url)
    async with db.engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await db.dispose()
    await asyncio.to_thread(migrate, load_settings(_env_file=None, database_url=url))
    db = Database.from_url(url)
    try:
        for telegram_id in people:
            await add_member(db, telegram_id, name=f"P{telegram_id}")
    finally:
        await db.dispose()


async def start_bots(
    count: int, args: argparse.Namespace, api: str, data: Path
) -> tuple[list[asyncio.subprocess.Process], list[int]]:
    ports = [free_port() for _ in range(count)]
    environment = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    environment.update(
        BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api, DATABASE_URL=args.postgres, REDIS_URL=args.redis,
        USE_WEBHOOK="true", WEBHOOK_BASE_URL="https://bench.example.org", WEBHOOK_SECRET=SECRET,
        FLOOD_BURST="100000", LOG_LEVEL="WARNING", TANSIQ_DATA_DIR=str(data),
        TANSIQ_ENV_FILE=str(data / "none.env"),
    )  # fmt: skip
    processes = []
    for port in ports:
        processes.append(
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                "--role",
                "bot",
                env=environment | {"WEBHOOK_PORT": str(port)},
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
        )
    for port in ports:
        async with asyncio.timeout(60):
            while True:
                try:
                    _, writer = await asyncio.open_connection("127.0.0.1", port)
                    writer.close()
                    break
                except OSError:
                    await asyncio.sleep(0.1)
    return processes, ports


async def run_once(count: int, args: argparse.Namespace, people: list[int]) -> float:
    emulator = BotApiEmulator(TOKEN, latency=args.latency, keep_messages=False)
    api = await emulator.start()
    with tempfile.TemporaryDirectory() as data:
        processes, ports = await start_bots(count, args, api, Path(data))
        updates = []
        for round_ in range(args.per_person):
            for chat in people:
                emulator.push_text(chat, COMMANDS[round_ % len(COMMANDS)])
                updates.append((chat, emulator.updates.pop()))
        # Each person's updates in order (one at a time), people in parallel.
        by_person: dict[int, list[dict[str, object]]] = {}
        for chat, body in updates:
            by_person.setdefault(chat, []).append(body)
        gate = asyncio.Semaphore(args.in_flight)
        turn = itertools.count()
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with aiohttp.ClientSession() as client:

            async def person(bodies: list[dict[str, object]]) -> None:
                for body in bodies:
                    port = ports[next(turn) % len(ports)]
                    async with gate:
                        while True:
                            async with client.post(
                                f"http://127.0.0.1:{port}/telegram/webhook", json=body,
                                headers=headers,
                            ) as response:  # fmt: skip
                                if response.status == 200:
                                    break
                            await asyncio.sleep(0.05)

            started = time.perf_counter()
            busy_before, all_before = machine_busy()
            bots_before = sum(process_cpu(p.pid) for p in processes)
            own_before = own_cpu()
            await asyncio.gather(*(person(bodies) for bodies in by_person.values()))
            elapsed = time.perf_counter() - started
            busy_after, all_after = machine_busy()
            bots = sum(process_cpu(p.pid) for p in processes) - bots_before
            own = own_cpu() - own_before
        for process in processes:
            process.send_signal(signal.SIGTERM)
        await asyncio.gather(*(process.wait() for process in processes))
    await emulator.stop()
    rate = len(updates) / elapsed
    cores = os.cpu_count() or 1
    busy = 100 * (busy_after - busy_before) / max(all_after - all_before, 1e-9)
    print(f"{count} process(es): {len(updates)} updates in {elapsed:.1f} s = {rate:.0f}/s")
    print(
        f"   CPU: the machine {busy:.0f}% busy over its {cores} cores; the bot process(es) "
        f"{bots / elapsed:.2f} cores, this bench (client and Bot API emulator) "
        f"{own / elapsed:.2f} cores, the rest PostgreSQL, Redis and the system"
    )
    return rate


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--per-person", type=int, default=6)
    parser.add_argument("--in-flight", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--postgres", default="postgresql+asyncpg://root@127.0.0.1:5432/test")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    args = parser.parse_args()
    people = [8_100_000 + n for n in range(args.people)]
    await prepare(args.postgres, people)
    print(f"machine: {os.cpu_count()} cores; PostgreSQL and Redis on 127.0.0.1")
    one = await run_once(1, args, people)
    await prepare(args.postgres, people)  # the same start for the second run
    two = await run_once(2, args, people)
    print(f"one_process_per_s={one:.0f} two_processes_per_s={two:.0f} ratio={two / one:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
