"""A reporting round at the size of a large mechanism: 2,000 approved organizations and 5,000
approved people (bench/directory.py's seed). Opening the round writes a row per organization
and the request to every representative, in one transaction (the time, and the rows a second
it queues); the organizer's progress (counts by actor type, governorate and sector, and its
text) is computed and rendered (median of 50); a reminder to the 1,500 organizations that
have not answered is queued. The reminder's sending pace is the outbox worker's (see
bench/broadcast.py: Telegram's ceiling).

    python bench/rounds.py [--organizations 2000] [--people 5000] [--database-url URL]

Last line: open_s=… open_rows_per_s=… progress_ms=… remind_s=… reminders=…
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, update

from bench.directory import arguments, median_ms, seeded_database
from bot.i18n import TansiqCore
from notices.rounds import progress_text
from storage.models import ReportingRound, RoundOrganization
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.outbox import OutboxService
from storage.services.rounds import RoundService
from storage.types import utcnow

ORGANIZER = Actor(telegram_id=9_200_000, is_admin=True)


def render(round_: ReportingRound, locale: str) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": f"Round {round_.id}: your update, please ({locale})"}]


async def main() -> None:
    args = arguments(__doc__)
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
    print(
        f"opened a round to {progress.asked} organizations and their people: {rows} rows in "
        f"{open_s:.2f} s ({rows / open_s:.0f} a second)"
    )
    print(f"progress (counts and text, three languages): {progress_ms:.1f} ms median of 50")
    print(
        f"a reminder to the {silent} silent organizations: {reminders} queued in {remind_s:.2f} s"
    )
    print(
        f"open_s={open_s:.2f} open_rows_per_s={rows / open_s:.0f} progress_ms={progress_ms:.1f} "
        f"remind_s={remind_s:.2f} reminders={reminders}"
    )


if __name__ == "__main__":
    asyncio.run(main())
