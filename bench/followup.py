"""How long the follow-up takes with many items: 500 items over the eight sectors with 2,000
status changes, owned by 160 organizations; then /tracker's data, its chart, the CSV table, the
summary report's follow-up section, and one status report with its notices to 50 followers.

    python bench/followup.py [--items 500] [--changes 2000] [--database-url URL]

Last line: tracker_s=… chart_s=… table_s=… report_s=… report_one_s=…
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from bot.config import Settings
from bot.migrations import sync_taxonomy_file, upgrade
from reports.charts import stacked_levels_chart
from reports.summary import FOLLOWUP_COLORS, FOLLOWUP_LEVELS
from storage.database import Database
from storage.models import (
    FollowupChange,
    FollowupFollower,
    FollowupItem,
    FollowupItemSector,
    FollowupOwner,
    Organization,
    Person,
    PersonStatus,
)
from storage.services.actors import Actor
from storage.services.followup import FollowupService
from storage.services.newsletters import Period
from storage.services.outbox import OutboxService
from storage.services.report_data import ReportDataService
from storage.services.taxonomy import load_snapshot, organization_search_key
from storage.types import utcnow

ORGANIZER = Actor(telegram_id=1, is_admin=True)


async def seed(db: Database, items: int, changes: int, rng: random.Random) -> int:
    now = utcnow()
    async with db.write() as session:
        taxonomy = await load_snapshot(session)
        names = [{"en": f"Bench organization {n}"} for n in range(160)]
        await session.execute(
            insert(Organization),
            [
                {"names": n, "search_key": organization_search_key(n),
                 "actor_type_id": taxonomy.actor_types[i % 3].id}
                for i, n in enumerate(names)
            ],
        )  # fmt: skip
        organizations = list(await session.scalars(select(Organization.id)))
        await session.execute(
            insert(Person),
            [
                {"telegram_id": 7_000_000 + n, "locale": ("en", "ar", "ckb")[n % 3],
                 "status": PersonStatus.APPROVED, "full_name": f"Follower {n}",
                 "organization_id": organizations[n % len(organizations)]}
                for n in range(200)
            ],
        )  # fmt: skip
        people = list(await session.scalars(select(Person.id)))
        await session.execute(
            insert(FollowupItem),
            [
                {"kind": "recommendation", "texts": {"en": f"Recommendation {n}: " + "x" * 80},
                 "original_locale": "en", "level": rng.choice(FOLLOWUP_LEVELS),
                 "due_on": (now + timedelta(days=rng.randint(-90, 300))).date(),
                 "review": "approved", "created_at": now - timedelta(days=rng.randint(10, 400)),
                 "updated_at": now}
                for n in range(items)
            ],
        )  # fmt: skip
        ids = list(await session.scalars(select(FollowupItem.id)))
        await session.execute(
            insert(FollowupItemSector),
            [{"item_id": i, "sector_id": taxonomy.sectors[i % 8].id} for i in ids],
        )
        await session.execute(
            insert(FollowupOwner),
            [
                {"item_id": i, "organization_id": o, "named": False}
                for i in ids
                for o in rng.sample(organizations, 2)
            ],
        )
        await session.execute(
            insert(FollowupChange),
            [
                {"item_id": rng.choice(ids), "level": rng.choice(FOLLOWUP_LEVELS[1:]),
                 "narrative": "Progress was made " * 8,
                 "for_organization_id": rng.choice(organizations),
                 "at": now - timedelta(days=rng.randint(0, 300))}
                for _ in range(changes)
            ],
        )  # fmt: skip
        await session.execute(
            insert(FollowupFollower),
            [{"item_id": ids[0], "person_id": p, "since": now} for p in people[:50]],
        )
        return ids[0]


async def timed(label: str, work: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = await work
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s")
    return seconds, result


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--changes", type=int, default=2000)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
        settings = Settings(bot_token="1:bench", database_url=url, _env_file=None)  # type: ignore[call-arg]
        await asyncio.to_thread(upgrade, url)
        await sync_taxonomy_file(settings)
        db = Database.from_url(url)
        first = await seed(db, args.items, args.changes, random.Random(1325))
        async with db.read() as session:
            taxonomy = await load_snapshot(session)
        outbox = OutboxService(db)
        followup = FollowupService(db, outbox)
        today = date.today()
        print(f"{args.items} items, {args.changes} status changes, 160 owners")
        tracker_s, tracker = await timed("/tracker data", followup.tracker(today))
        sectors = [s for s in taxonomy.sectors if s.id in tracker.by_sector]
        series = [
            (level, [tracker.by_sector[s.id][level] for s in sectors], color)
            for level, color in zip(FOLLOWUP_LEVELS, FOLLOWUP_COLORS, strict=True)
        ]
        started = time.perf_counter()
        await asyncio.to_thread(
            stacked_levels_chart, "Follow-up", [s.name("ar") for s in sectors], series, "ar"
        )
        chart_s = time.perf_counter() - started
        print(f"/tracker chart (Arabic): {chart_s:.2f} s")
        table_s, table = await timed(
            "/tracker CSV table", followup.table(ORGANIZER, taxonomy, "en", today)
        )
        print(f"   {len(table.rows)} rows")
        report = ReportDataService(db, None, None, None)  # type: ignore[arg-type]
        now = utcnow()
        year = Period(now - timedelta(days=365), now)
        report_s, rows = await timed("report's follow-up data", report.followup_rows(year))
        print(f"   {len(rows)} items, {sum(1 for r in rows if r.moved_to)} moved in the year")
        report_one_s, _ = await timed(
            "one status report, 50 followers told",
            followup.report(
                ORGANIZER, first, "met", "Adopted.",
                lambda item, change, locale: [{"method": "sendMessage", "text": locale}],
            ),
        )  # fmt: skip
        await db.dispose()
    print(
        f"tracker_s={tracker_s:.2f} chart_s={chart_s:.2f} table_s={table_s:.2f} "
        f"report_s={report_s:.2f} report_one_s={report_one_s:.2f}"
    )


if __name__ == "__main__":
    asyncio.run(main())
