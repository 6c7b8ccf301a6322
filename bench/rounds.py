"""A reporting round at the size of a large mechanism: 2,000 approved organizations and 5,000
approved people (bench/directory.py's seed). Opening the round writes a row per organization
and the request to every representative, in one transaction (the time, and the rows a second
it queues); the organizer's progress (counts by actor type, governorate and sector, and its
text) is computed and rendered (median of 50); a reminder to the 1,500 organizations that
have not answered is queued, then sent by the real outbox worker to the Bot API emulator (its
own process on 127.0.0.1, 50 ms a request, Telegram's limits enforced) at `--ceiling` messages a
second (default 30, Telegram's free ceiling; 0 skips the sending).

    python bench/rounds.py [--organizations 2000] [--people 5000] [--ceiling 30]
                           [--database-url URL]

Last line: open_s=… open_rows_per_s=… progress_ms=… remind_s=… reminders=… send_rate=…
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from sqlalchemy import select, update

from bench.broadcast import TOKEN, emulator_stats, free_port, start_emulator
from bench.directory import arguments, median_ms, seeded_database
from bot.delivery import DeliveryWorker, SendLimits
from bot.i18n import TansiqCore
from notices.rounds import progress_text
from storage.database import Database
from storage.models import DeliveryStatus, OutboxMessage, ReportingRound, RoundOrganization
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.outbox import OutboxService
from storage.services.rounds import RoundService
from storage.types import utcnow

ORGANIZER = Actor(telegram_id=9_200_000, is_admin=True)


def render(round_: ReportingRound, locale: str) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": f"Round {round_.id}: your update, please ({locale})"}]


async def send_reminders(db: Database, ceiling: float, reminders: int) -> float:
    """The queued reminders through the real worker to the emulator at `ceiling`: the rate
    Telegram would see (the requests sent at opening are marked sent first)."""
    async with db.write() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.dedupe_key.like("round:%"))
            .values(status=DeliveryStatus.SENT)
        )
    port = free_port()
    options = argparse.Namespace(latency=0.05, share_5xx=0.0, recipients=reminders)
    emulator = start_emulator(port, options, ceiling, 0)
    outbox = OutboxService(db)
    session = AiohttpSession(api=TelegramAPIServer.from_base(f"http://127.0.0.1:{port}"), limit=400)
    bot = Bot(TOKEN, session=session)
    try:
        worker = DeliveryWorker(
            bot, outbox, SendLimits(ceiling), concurrency=max(16, min(256, int(ceiling * 0.1) + 8)),
            lease=timedelta(minutes=5), paid=ceiling > 30, idle_poll=0.05, flush_interval=0.1,
        )  # fmt: skip
        task = asyncio.create_task(worker.run())
        while await outbox.in_progress(timedelta(minutes=2)):  # noqa: ASYNC110
            await asyncio.sleep(0.2)
        await worker.stop()
        await task
        stats = emulator_stats(port)
    finally:
        await session.close()
        emulator.terminate()
        emulator.wait(10)
    span = stats["last_at"] - stats["first_at"]
    return (stats["delivered"] - 1) / span if span > 0 else 0.0


async def main() -> None:
    args = arguments(
        __doc__,
        lambda parser: parser.add_argument(
            "--ceiling", type=float, default=30.0, help="messages a second; 0: do not send"
        ),
    )
    rng = random.Random(1325)
    async with seeded_database(args, rng) as (db, taxonomy):
        rounds = RoundService(db, OutboxService(db))
        started = time.perf_counter()
        round_ = await rounds.open(
            ORGANIZER, (date(2026, 10, 1), date(2026, 12, 31)), utcnow() + timedelta(days=14),
            Audience(), {}, render,
        )  # fmt: skip
        open_s = time.perf_counter() - started
        progress = await rounds.progress(round_.id)
        rows = progress.asked + (await rounds.preview(ORGANIZER, Audience())).people
        # A quarter of the organizations answer.
        async with db.write() as session:
            chosen = list(
                await session.scalars(
                    select(RoundOrganization.organization_id).where(
                        RoundOrganization.round_id == round_.id
                    )
                )
            )
            answered = rng.sample(chosen, len(chosen) // 4)
            await session.execute(
                update(RoundOrganization)
                .where(
                    RoundOrganization.round_id == round_.id,
                    RoundOrganization.organization_id.in_(answered),
                )
                .values(answered_at=utcnow(), answer="nothing")
            )
        core = TansiqCore().load()
        tz = ZoneInfo("Asia/Baghdad")

        async def show(n: int) -> None:
            shown = await rounds.progress(round_.id)
            progress_text(core, taxonomy, ("en", "ar", "ckb")[n % 3], shown, tz)

        progress_ms = await median_ms(show)
        started = time.perf_counter()
        reminders = await rounds.remind(ORGANIZER, round_.id, render)
        remind_s = time.perf_counter() - started
        silent = len(chosen) - len(answered)
        rate = await send_reminders(db, args.ceiling, reminders) if args.ceiling else 0.0
    print(
        f"opened a round to {progress.asked} organizations and their people: {rows} rows in "
        f"{open_s:.2f} s ({rows / open_s:.0f} a second)"
    )
    print(f"progress (counts and text, three languages): {progress_ms:.1f} ms median of 50")
    print(
        f"a reminder to the {silent} silent organizations: {reminders} queued in {remind_s:.2f} s"
    )
    if args.ceiling:
        print(
            f"the reminders sent at {rate:.1f} a second ({100 * rate / args.ceiling:.1f}% of the "
            f"{args.ceiling:g}/s ceiling)"
        )
    print(
        f"open_s={open_s:.2f} open_rows_per_s={rows / open_s:.0f} progress_ms={progress_ms:.1f} "
        f"remind_s={remind_s:.2f} reminders={reminders} send_rate={rate:.1f}"
    )


if __name__ == "__main__":
    asyncio.run(main())
