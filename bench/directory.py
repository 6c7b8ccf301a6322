"""How fast the directory answers with many actors: 2,000 approved organizations and 5,000
approved people (a third of them listed), spread over sectors and governorates, with 3,000
current activities; then name searches, sector and governorate filters and organization cards.

    python bench/directory.py [--organizations 2000] [--people 5000] [--database-url URL]

Last line: name_ms=… sector_ms=… governorate_ms=… card_ms=…  (median of 50 each)
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from bot.config import Settings
from bot.migrations import sync_taxonomy_file, upgrade
from storage.database import Database
from storage.models import (
    Activity,
    ActivityGovernorate,
    DirectoryEntry,
    Organization,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
)
from storage.services.actors import Actor
from storage.services.directory import DirectoryService
from storage.services.taxonomy import Taxonomy, load_snapshot, organization_search_key

READER = Actor(telegram_id=1, person_id=1, approved=True)
WORDS = ("Women", "Peace", "Network", "Union", "Forum", "Centre", "Association", "Alliance")


async def seed(db: Database, organizations: int, people: int, rng: random.Random) -> Taxonomy:
    async with db.write() as session:
        taxonomy = await load_snapshot(session)
        rows = []
        for n in range(organizations):
            names = {"en": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n}", "ar": f"منظمة {n}"}
            rows.append(
                {"names": names, "search_key": organization_search_key(names),
                 "actor_type_id": taxonomy.actor_types[n % 3].id}
            )  # fmt: skip
        await session.execute(insert(Organization), rows)
        ids = list(await session.scalars(select(Organization.id)))
        await session.execute(
            insert(Person),
            [
                {"telegram_id": 9_100_000 + n, "status": PersonStatus.APPROVED,
                 "full_name": f"Person {n}", "title": "Officer",
                 "organization_id": rng.choice(ids)}
                for n in range(people)
            ],
        )  # fmt: skip
        person_ids = list(await session.scalars(select(Person.id)))
        await session.execute(
            insert(PersonSector),
            [{"person_id": p, "sector_id": rng.choice(taxonomy.sectors).id} for p in person_ids],
        )
        await session.execute(
            insert(PersonGovernorate),
            [
                {"person_id": p, "governorate_id": rng.choice(taxonomy.governorates).id}
                for p in person_ids
            ],
        )
        await session.execute(
            insert(DirectoryEntry),
            [{"person_id": p} for p in person_ids if rng.random() < 0.33],
        )
        await session.execute(
            insert(Activity),
            [
                {"organization_id": rng.choice(ids), "sector_id": rng.choice(taxonomy.sectors).id,
                 "title": f"Programme {n}", "status": rng.choice(("planned", "ongoing"))}
                for n in range(3000)
            ],
        )  # fmt: skip
        activity_ids = list(await session.scalars(select(Activity.id)))
        await session.execute(
            insert(ActivityGovernorate),
            [
                {"activity_id": a, "governorate_id": rng.choice(taxonomy.governorates).id}
                for a in activity_ids
            ],
        )
        return taxonomy


async def median_ms(work: Callable[[int], Awaitable[Any]], times: int = 50) -> float:
    samples = []
    for n in range(times):
        started = time.perf_counter()
        await work(n)
        samples.append(1000 * (time.perf_counter() - started))
    return statistics.median(samples)


def arguments(
    doc: str | None, extra: Callable[[argparse.ArgumentParser], None] | None = None
) -> argparse.Namespace:
    """The options this bench, bench/opportunities.py and bench/rounds.py share (`extra` adds
    a bench's own)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--organizations", type=int, default=2000)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    if extra is not None:
        extra(parser)
    return parser.parse_args()


@asynccontextmanager
async def seeded_database(
    args: argparse.Namespace, rng: random.Random
) -> AsyncIterator[tuple[Database, Taxonomy]]:
    """A migrated database (a fresh SQLite file unless --database-url) with the taxonomy and
    the seeded organizations, people and activities; disposed of afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
        settings = Settings(bot_token="1:bench", database_url=url, _env_file=None)  # type: ignore[call-arg]
        await asyncio.to_thread(upgrade, url)
        await sync_taxonomy_file(settings)
        db = Database.from_url(url)
        try:
            yield db, await seed(db, args.organizations, args.people, rng)
        finally:
            await db.dispose()


async def main() -> None:
    args = arguments(__doc__)
    rng = random.Random(1325)
    async with seeded_database(args, rng) as (db, taxonomy):
        async with db.read() as session:
            ids = list(await session.scalars(select(Organization.id)))
        directory = DirectoryService(db)
        print(f"{args.organizations} organizations, {args.people} people, 3000 activities")
        name = await median_ms(
            lambda n: directory.search(READER, text=f"{WORDS[n % 8]} {WORDS[(n + 3) % 8]}")
        )
        sector = await median_ms(
            lambda n: directory.search(READER, sector_id=taxonomy.sectors[n % 8].id)
        )
        governorate = await median_ms(
            lambda n: directory.search(
                READER, governorate_id=taxonomy.governorates[n % len(taxonomy.governorates)].id
            )
        )
        card = await median_ms(lambda n: directory.card(READER, rng.choice(ids)))
    print(
        f"search by name: {name:.1f} ms; by sector: {sector:.1f} ms; by governorate: "
        f"{governorate:.1f} ms; an organization's card: {card:.1f} ms (medians of 50)"
    )
    print(
        f"name_ms={name:.1f} sector_ms={sector:.1f} governorate_ms={governorate:.1f} "
        f"card_ms={card:.1f}"
    )


if __name__ == "__main__":
    asyncio.run(main())
