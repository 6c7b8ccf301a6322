"""The delivery engine against a Bot API that enforces Telegram's limits and misbehaves.

N recipients (default 10,000) get one message each through the real outbox and worker, over
HTTP to the Bot API emulator running in its own process on 127.0.0.1. The emulator answers after
`--latency` (50 ms, a round trip to Telegram), enforces the limits (overall per second, one a
second per chat) and injects 429s and 5xx. Printed: messages per second against the ceiling,
limit violations, lost and duplicated messages, peak memory; first at the free ceiling, then
with the ceiling lifted to 1,000 a second (paid broadcasts), then with the pacer at 3,000 a
second to measure the engine itself; on SQLite, and on PostgreSQL too when `--postgres URL` is
given.

    python bench/broadcast.py [--recipients 10000] [--latency 0.05] [--postgres URL]

Each run's last line: rate=… ceiling=… violations=… lost=… duplicated=… peak_rss_mb=…
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import socket
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
from sqlalchemy import delete, func, select

from bot.delivery import DeliveryWorker, SendLimits
from bot.migrations import upgrade
from storage.database import Database
from storage.models import Broadcast, DeliveryStatus, OutboxMessage
from storage.services.outbox import NewMessage, OutboxService

TOKEN = "424242:BenchmarkTokenForTheEmulatorOnly_xyz"
FIRST_CHAT = 8_000_000_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_emulator(
    port: int, args: argparse.Namespace, ceiling: float, n429: int
) -> subprocess.Popen[str]:
    command = [
        sys.executable, "-m", "emulator",
        "--port", str(port), "--token", TOKEN,
        "--latency", str(args.latency), "--rate", str(ceiling),
        "--n429", str(n429), "--share-5xx", str(args.share_5xx),
        "--spread", str(args.recipients), "--forget-messages",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent
    )
    assert process.stdout is not None
    process.stdout.readline()  # "Bot API emulator on ..."
    return process


def emulator_stats(port: int) -> dict[str, float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/stats", timeout=10) as answer:
        return dict(json.loads(answer.read()))


async def enqueue(db: Database, outbox: OutboxService, recipients: int, run: str) -> int:
    async with db.write() as session:
        await session.execute(delete(OutboxMessage).where(OutboxMessage.dedupe_key.like("bench:%")))
        broadcast = Broadcast(kind="announcement", total=recipients)
        session.add(broadcast)
        await session.flush()
        await outbox.enqueue(
            session,
            (
                NewMessage(
                    chat_id=FIRST_CHAT + i,
                    payload={"method": "sendMessage", "text": f"<b>Coordination meeting</b> #{i}"},
                    dedupe_key=f"bench:{run}:{i}",
                    broadcast_id=broadcast.id,
                )
                for i in range(recipients)
            ),
        )
        return broadcast.id


async def one_run(args: argparse.Namespace, url: str, ceiling: float, paid: bool) -> str:
    port = free_port()
    # A 429 pauses every sender for its retry_after, as it must; the lifted run measures the
    # engine itself, so it gets 5xx but no 429 unless asked (--n429-lifted).
    n429 = args.n429_lifted if paid else args.n429
    emulator = start_emulator(port, args, ceiling, n429)
    db = Database.from_url(url)
    outbox = OutboxService(db)
    session = AiohttpSession(api=TelegramAPIServer.from_base(f"http://127.0.0.1:{port}"), limit=400)
    bot = Bot(TOKEN, session=session)
    try:
        broadcast_id = await enqueue(db, outbox, args.recipients, f"{ceiling:g}")
        # Enough requests in flight to fill the ceiling at this latency, with room for slow ones.
        concurrency = max(16, int(ceiling * args.latency * 2) + 8)
        worker = DeliveryWorker(
            bot, outbox, SendLimits(ceiling), concurrency=min(concurrency, 256),
            lease=timedelta(minutes=5), paid=paid, idle_poll=0.05, flush_interval=0.1,
        )  # fmt: skip
        task = asyncio.create_task(worker.run())
        started = time.perf_counter()
        while await outbox.in_progress(timedelta(minutes=2)):  # noqa: ASYNC110
            await asyncio.sleep(0.2)
        elapsed = time.perf_counter() - started
        await worker.stop()
        await task
        async with db.read() as read:
            totals = dict(
                (
                    await read.execute(
                        select(OutboxMessage.status, func.count())
                        .where(OutboxMessage.broadcast_id == broadcast_id)
                        .group_by(OutboxMessage.status)
                    )
                ).all()
            )
        stats = emulator_stats(port)
    finally:
        await session.close()
        await db.dispose()
        emulator.terminate()
        emulator.wait(10)

    sent_rows = totals.get(DeliveryStatus.SENT, 0)
    delivered_chats = int(stats["chats"])
    lost = args.recipients - delivered_chats
    duplicated = int(stats["duplicated"])
    # The rate Telegram sees: deliveries between the first and the last one it received.
    span = stats["last_at"] - stats["first_at"]
    rate = (stats["delivered"] - 1) / span if span > 0 else 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    backend = url.split(":", 1)[0]
    print(f"-- {backend}, ceiling {ceiling:g}/s{' (paid broadcast)' if paid else ''}")
    print(
        f"   {int(stats['delivered'])} delivered at {rate:.1f}/s ({100 * rate / ceiling:.1f}% of "
        f"the ceiling); {elapsed:.1f} s from enqueue to the last outcome; rows: {totals}"
    )
    print(
        f"   steady pace (10th to 90th percentile delivery): {stats['steady_rate']:.1f}/s "
        f"({100 * stats['steady_rate'] / ceiling:.1f}% of the ceiling)"
    )
    print(
        f"   emulator: {int(stats['requests'])} requests, {int(stats['injected_429'])} injected "
        f"429, {int(stats['injected_5xx'])} injected 5xx, {int(stats['violations'])} violations"
    )
    print(
        f"   lost: {lost}, duplicated: {duplicated}, rows sent: {sent_rows}, peak RSS {peak:.0f} MB"
    )
    line = (
        f"rate={rate:.1f} ceiling={ceiling:g} violations={int(stats['violations'])} "
        f"lost={lost} duplicated={duplicated} peak_rss_mb={peak:.0f}"
    )
    print(line, flush=True)
    return line


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--ceiling", type=float, default=30.0)
    parser.add_argument("--lifted", type=float, default=1000.0)
    parser.add_argument(
        "--capacity", type=float, default=3000.0,
        help="a last run with the pacer this high (0: skip): what the engine itself can do",
    )  # fmt: skip
    parser.add_argument("--n429", type=int, default=3, help="injected 429s, free-ceiling run")
    parser.add_argument("--n429-lifted", type=int, default=0, help="injected 429s, lifted run")
    parser.add_argument("--share-5xx", type=float, default=0.005, help="share of injected 5xx")
    parser.add_argument("--postgres", default=None, help="also run on this PostgreSQL URL")
    parser.add_argument("--only-lifted", action="store_true", help="skip the free-ceiling run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        urls = [f"sqlite+aiosqlite:///{folder}/broadcast.db"]
        if args.postgres:
            from bot.config import normalise_database_url

            urls.append(normalise_database_url(args.postgres))
        for url in urls:
            await asyncio.to_thread(upgrade, url)
            if not args.only_lifted:
                await one_run(args, url, args.ceiling, paid=False)
            await one_run(args, url, args.lifted, paid=True)
            if args.capacity:
                # The pacer keeps 3% under any ceiling; lifting it well above the paid one shows
                # how fast the engine goes when Telegram is not the limit.
                await one_run(args, url, args.capacity, paid=True)


if __name__ == "__main__":
    asyncio.run(main())
