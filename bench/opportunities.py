"""How opportunities scale: the directory bench's 2,000 organizations and 5,000 people (each with
a sector and a governorate; 30% chose delivery at once, the rest the weekly digest), 50 open
opportunities; then the approval of one more (the matching "at once" members queued in the same
transaction), the weekly digest for everyone else, /opportunities for one reader, and the
reminders of 2,000 saves.

    python bench/opportunities.py [--people 5000] [--database-url URL]

Last line: approve_ms=… queued=… digest_s=… digests=… list_ms=… remind_ms=… reminded=…
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, update

from bench.directory import arguments, median_ms, seeded_database
from storage.models import (
    Opportunity,
    OpportunityChoice,
    OpportunitySave,
    OpportunitySector,
    OutboxMessage,
    Person,
)
from storage.services.actors import Actor
from storage.services.opportunities import BATCH, OpportunityDraft, OpportunityService
from storage.services.outbox import OutboxService
from storage.types import utcnow

ORGANIZER = Actor(telegram_id=1, person_id=None, is_admin=True)


def one(_: Any, __: str) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": "an opportunity"}]


def digest(chosen: Any, _: str) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": f"{len(chosen)} opportunities"}]


def decision(*_: Any) -> list[dict[str, Any]]:
    return [{"method": "sendMessage", "text": "approved"}]


async def main() -> None:
    args = arguments(__doc__)
    rng = random.Random(1325)
    async with seeded_database(args, rng) as (db, taxonomy):
        today = utcnow().date()
        async with db.write() as session:
            people = list(await session.scalars(select(Person.id)))
            await session.execute(
                insert(OpportunityChoice),
                [{"person_id": p, "delivery": "now"} for p in people if rng.random() < 0.3],
            )
            rows = [
                {"kind": "training", "title": f"Opportunity {n}", "text": "x" * 400,
                 "locale": "en", "deadline": today + timedelta(days=rng.randint(5, 60)),
                 "status": "approved", "reviewed_at": utcnow()}
                for n in range(50)
            ]  # fmt: skip
            await session.execute(insert(Opportunity), rows)
            ids = list(await session.scalars(select(Opportunity.id)))
            await session.execute(
                insert(OpportunitySector),
                [{"opportunity_id": o, "sector_id": rng.choice(taxonomy.sectors).id} for o in ids],
            )
        service = OpportunityService(db, OutboxService(db))
        poster = Actor(telegram_id=9_100_000, person_id=people[0], approved=True)
        draft = OpportunityDraft(
            kind="call", title="Call for proposals on protection", text="y" * 600,
            sectors=[taxonomy.sectors[0].id], deadline=(today + timedelta(days=20)).isoformat(),
        )  # fmt: skip
        posted = await service.submit(poster, draft, "en", today)
        started = time.perf_counter()
        _, queued = await service.approve(ORGANIZER, posted.id, today, one, decision)
        approve_ms = 1000 * (time.perf_counter() - started)
        started = time.perf_counter()
        digests = await service.send_digests(today, digest)
        digest_s = time.perf_counter() - started
        reader = Actor(telegram_id=9_100_001, person_id=people[1], approved=True)
        list_ms = await median_ms(lambda _: service.open_list(reader, today))
        async with db.write() as session:
            await session.execute(
                insert(OpportunitySave),
                [
                    {"opportunity_id": rng.choice(ids), "person_id": p,
                     "saved_at": utcnow() - timedelta(days=30)}
                    for p in rng.sample(people, 2000)
                ],
            )  # fmt: skip
            await session.execute(update(Opportunity).values(deadline=today + timedelta(days=2)))
        started = time.perf_counter()
        reminded = await service.send_reminders(today, one)
        remind_ms = 1000 * (time.perf_counter() - started)
        async with db.read() as session:
            outbox = await session.scalar(select(func.count()).select_from(OutboxMessage))
    print(
        f"{args.organizations} organizations, {args.people} people, 51 open opportunities; "
        f"{outbox} messages queued in all"
    )
    print(
        f"approval with delivery at once: {approve_ms:.0f} ms ({queued} members); weekly digest: "
        f"{digest_s:.2f} s ({digests} people, "
        f"{1000 * digest_s / max(1, -(-digests // BATCH)):.0f} ms a transaction of {BATCH}); "
        f"/opportunities: {list_ms:.1f} ms (median of 50); "
        f"reminders: {remind_ms:.0f} ms ({reminded})"
    )
    print(
        f"approve_ms={approve_ms:.0f} queued={queued} digest_s={digest_s:.2f} digests={digests} "
        f"list_ms={list_ms:.1f} remind_ms={remind_ms:.0f} reminded={reminded}"
    )


if __name__ == "__main__":
    asyncio.run(main())
