"""An hour without Telegram, in compressed time: nothing lost, nothing twice, no rate spent.

10,000 messages (default) go through the real outbox and worker over HTTP to the Bot API
emulator in its own process on 127.0.0.1. When a fifth of them are delivered, the emulator is
made to go away for `--hour` seconds that stand for one hour: every call answers 502, or hangs,
or its port closes (`--mode`). The worker's probe intervals are compressed by the same factor
(a 1-second first probe and a 1-minute cap become 1/600 s and 0.1 s for a 6-second hour).

Printed, in real terms (compressed figures scaled back to the hour): messages lost and
duplicated, requests a second while down, seconds from Telegram's return to the first send,
seconds to drain once back.

    python bench/outage.py [--messages 10000] [--hour 6] [--mode 502|hang|refuse]

Last line: lost=… duplicated=… down_requests_per_s=… return_to_first_send_s=… drain_s=…
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bench.broadcast import TOKEN, emulator_stats, enqueue, free_port
from bot.delivery import DeliveryWorker, SendLimits
from bot.migrations import upgrade
from storage.database import Database
from storage.services.outbox import OutboxService

HOUR_S = 3600.0


def emulator_command(port: int, latency: float, ceiling: float) -> list[str]:
    return [
        sys.executable, "-m", "emulator", "--port", str(port), "--token", TOKEN,
        "--latency", str(latency), "--rate", str(ceiling), "--forget-messages",
    ]  # fmt: skip


def start_emulator(port: int, latency: float, ceiling: float) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        emulator_command(port, latency, ceiling), stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    assert process.stdout is not None
    process.stdout.readline()  # "Bot API emulator on ..."
    return process


def outage(port: int, mode: str, seconds: float) -> None:
    query = f"mode={mode}&seconds={seconds}"
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/_emulator/outage?{query}", method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        answer.read()


async def run(args: argparse.Namespace, url: str) -> str:
    port = free_port()
    emulator = await asyncio.to_thread(start_emulator, port, args.latency, args.ceiling)
    factor = args.hour / HOUR_S  # compressed seconds per real second
    db = Database.from_url(url)
    outbox = OutboxService(db)
    session = AiohttpSession(api=TelegramAPIServer.from_base(f"http://127.0.0.1:{port}"), limit=400)
    bot = Bot(TOKEN, session=session)
    try:
        await enqueue(db, outbox, args.messages, "outage")
        worker = DeliveryWorker(
            bot, outbox, SendLimits(args.ceiling), concurrency=64, lease=timedelta(minutes=5),
            idle_poll=0.05, flush_interval=0.1, probe_first=1.0 * factor,
            probe_max=60.0 * factor,
            # A hanging request is given up after 20 s, compressed (the 50 ms round trip is not).
            request_timeout=max(0.3, 20 * factor),  # type: ignore[arg-type]
        )  # fmt: skip
        task = asyncio.create_task(worker.run())
        while emulator_stats(port)["delivered"] < args.messages // 5:  # noqa: ASYNC110
            await asyncio.sleep(0.02)
        before = emulator_stats(port)
        down_at = time.perf_counter()
        if args.mode == "refuse":
            await asyncio.to_thread(outage, port, "refuse", args.hour)
        else:
            await asyncio.to_thread(outage, port, args.mode, 0)
        await asyncio.sleep(args.hour)
        if args.mode != "refuse":
            await asyncio.to_thread(outage, port, "off", 0)
        else:
            while True:  # the port opens again by itself
                try:
                    emulator_stats(port)
                    break
                except OSError:
                    await asyncio.sleep(0.01)
        back_at = time.perf_counter()
        during = emulator_stats(port)
        first_send = None
        while True:
            stats = emulator_stats(port)
            if first_send is None and stats["delivered"] > during["delivered"]:
                first_send = time.perf_counter() - back_at
            if stats["chats"] >= args.messages or time.perf_counter() - back_at > 600:
                break
            await asyncio.sleep(0.01)
        drained = time.perf_counter() - back_at
        await worker.stop()
        await task
        stats = emulator_stats(port)
    finally:
        await session.close()
        await db.dispose()
        emulator.terminate()
        emulator.wait(10)
    down_s = back_at - down_at
    # Refused connections never reach the emulator: those are counted by the worker (probes).
    refused_probes = worker.probes if args.mode == "refuse" else 0
    down_requests = (during["requests_during_outage"] - before["requests_during_outage"]) + (
        refused_probes
    )
    lost = args.messages - int(stats["chats"])
    duplicated = int(stats["duplicated"])
    per_s = down_requests / (down_s / factor)  # requests per real second of the hour
    to_first = (first_send or 0.0) / factor
    print(
        f"-- {url.split(':', 1)[0]}, {args.messages} messages, an hour of {args.mode} in "
        f"{args.hour:g} s: {down_requests} requests while down ({worker.probes} probes), "
        f"{worker.outages} outage(s) seen"
    )
    print(
        f"   lost {lost}, duplicated {duplicated}; {per_s:.3f} requests a second while down "
        f"(one every {1 / per_s if per_s else 0:.0f} s); first send {first_send or 0:.3f} s "
        f"after the return ({to_first:.0f} s scaled to the hour: the probe cap is 60 s); "
        f"drained {drained:.1f} s after it"
    )
    line = (
        f"lost={lost} duplicated={duplicated} down_requests_per_s={per_s:.3f} "
        f"return_to_first_send_s={to_first:.0f} drain_s={drained:.1f}"
    )
    print(line, flush=True)
    return line


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--hour", type=float, default=6.0, help="seconds standing for an hour")
    parser.add_argument("--mode", choices=("502", "hang", "refuse"), default="502")
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--ceiling", type=float, default=1000.0, help="the pace (paid: 1,000)")
    parser.add_argument("--postgres", default=None, help="run on this PostgreSQL URL instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.postgres or f"sqlite+aiosqlite:///{folder}/outage.db"
        await asyncio.to_thread(upgrade, url)
        await run(args, url)


if __name__ == "__main__":
    asyncio.run(main())
