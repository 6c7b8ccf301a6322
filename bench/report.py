"""How long the summary report takes: 160 organizations, 10,000 approved sector updates, ten
meetings with about 500 attendances, built as an organizer asks for it (gather the data, build
the document with its two charts, render DOCX, HTML and PDF).

    python bench/report.py [--updates 10000] [--organizations 160] [--locale en]
                            [--database-url URL] [--pdf-out FILE]

Last line: seconds=…  (the build up to the HTML; target under 5; the PDF is printed apart)
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from bot.config import Settings
from bot.migrations import sync_taxonomy_file, upgrade
from reports.documents import render_docx, render_html, render_pdf
from reports.summary import build_summary
from storage.database import Database
from storage.models import (
    ActorType,
    Attendance,
    Meeting,
    MeetingMode,
    Organization,
    Person,
    Sector,
    SectorUpdate,
    UpdateKind,
    UpdateStatus,
)
from storage.services.actors import Actor
from storage.services.meetings import MeetingService
from storage.services.newsletters import NewsletterService, Period
from storage.services.outbox import OutboxService
from storage.services.report_data import ReportDataService
from storage.services.rounds import RoundService
from storage.services.taxonomy import load_snapshot
from storage.types import utcnow

TOKEN = "123456789:AAHbenchmarkTokenNotRealAtAll_abcdef"
# The report's figures: 160 actors (55 / 56 / 49), attendances 47% / 33% / 20%.
SHARES = {"local_ngo": 55, "national_institution": 56, "international": 49}
SENTENCE = (
    "The directorate and local partners extended case management, legal aid and psychosocial "
    "support to women and girls in returnee areas, with referrals to shelters and health services."
)


async def seed(db: Database, organizations: int, updates: int) -> None:
    rng = random.Random(1325)
    now = utcnow()
    async with db.write() as session:
        types = dict((await session.execute(select(ActorType.code, ActorType.id))).all())
        sectors = list((await session.scalars(select(Sector.id))).all())
        scale = organizations / sum(SHARES.values())
        org_rows = []
        for code, count in SHARES.items():
            for n in range(round(count * scale)):
                name = f"Bench {code} {n}"
                org_rows.append(
                    {
                        "names": {"en": name},
                        "search_key": name.lower(),
                        "actor_type_id": types[code],
                        "created_at": now - timedelta(days=rng.randint(1, 400)),
                    }
                )
        await session.execute(insert(Organization), org_rows)
        orgs = (await session.execute(select(Organization.id, Organization.actor_type_id))).all()
        people = [
            {
                "telegram_id": 7_000_000_000 + n,
                "status": "approved",
                "locale": "en",
                "full_name": f"Person {n}",
                "organization_id": orgs[n % len(orgs)][0],
            }
            for n in range(len(orgs) * 2)
        ]
        await session.execute(insert(Person), people)
        person_ids = list((await session.scalars(select(Person.id))).all())
        meetings = []
        for n in range(10):  # four physical, six virtual, over the last year
            starts = now - timedelta(days=30 * (n + 1))
            meetings.append(
                {
                    "uid": f"bench-{n}",
                    "titles": {"en": f"Coordination meeting {n + 1}"},
                    "mode": MeetingMode.PHYSICAL if n < 4 else MeetingMode.VIRTUAL,
                    "starts_at": starts,
                    "ends_at": starts + timedelta(hours=3),
                    "rsvp_deadline": starts,
                    "checkin_token": f"t{n}",
                }
            )
        await session.execute(insert(Meeting), meetings)
        meeting_ids = list((await session.scalars(select(Meeting.id))).all())
        attendances = {
            (meeting_ids[i % 10], person_ids[rng.randrange(len(person_ids))]) for i in range(500)
        }
        await session.execute(
            insert(Attendance),
            [{"meeting_id": m, "person_id": p, "method": "manual"} for m, p in attendances],
        )
        kinds = list(UpdateKind)
        rows = []
        for n in range(updates):
            org_id, type_id = orgs[n % len(orgs)]
            rows.append(
                {
                    "organization_id": org_id,
                    "actor_type_id": type_id,
                    "sector_id": sectors[n % len(sectors)],
                    "kind": kinds[n % 3],
                    "texts": {"en": f"{SENTENCE} ({n})", "ar": f"نص التحديث رقم {n}"},
                    "original_locale": "en",
                    "anonymous": n % 4 != 0,
                    "status": UpdateStatus.APPROVED,
                    "created_at": now - timedelta(days=rng.randint(1, 360)),
                }
            )
        await session.execute(insert(SectorUpdate), rows)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--organizations", type=int, default=160)
    parser.add_argument("--locale", default="en", choices=("en", "ar", "ckb"))
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    parser.add_argument("--pdf-out", default=None, help="write the PDF there, to look at")
    args = parser.parse_args()

    from bot.i18n import build_i18n_middleware

    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
        settings = Settings(bot_token=TOKEN, database_url=url, _env_file=None)  # type: ignore[call-arg]
        await asyncio.to_thread(upgrade, settings.database_url)
        await sync_taxonomy_file(settings)
        db = Database.from_url(settings.database_url)
        await seed(db, args.organizations, args.updates)
        async with db.read() as session:
            taxonomy = await load_snapshot(session)
        core = build_i18n_middleware(settings.default_locale).core
        await core.startup()
        meetings = MeetingService(db, OutboxService(db))
        service = ReportDataService(
            db, NewsletterService(db), meetings, RoundService(db, OutboxService(db))
        )
        organizer = Actor(telegram_id=1, is_admin=True)
        now = utcnow()
        period = Period(now - timedelta(days=400), now + timedelta(days=1))

        started = time.perf_counter()
        data = await service.gather(organizer, period)
        gathered = time.perf_counter()
        document = await asyncio.to_thread(build_summary, data, taxonomy, core.get, args.locale)
        built = time.perf_counter()
        docx = await asyncio.to_thread(render_docx, document)
        rendered_docx = time.perf_counter()
        page = await asyncio.to_thread(render_html, document)
        rendered_html = time.perf_counter()
        pdf = await asyncio.to_thread(render_pdf, document)
        finished = time.perf_counter()
        await db.dispose()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"database: {url.split(':', 1)[0]}; locale: {args.locale}")
    print(
        f"organizations: {args.organizations}; updates: {len(data.updates)}; "
        f"attendances: {data.stats.attendances}; blocks: {len(document.blocks)}"
    )
    print(f"gather data: {gathered - started:.2f} s")
    print(f"build document (2 charts): {built - gathered:.2f} s")
    print(f"render DOCX ({len(docx) / 1024:.0f} KB): {rendered_docx - built:.2f} s")
    print(f"render HTML ({len(page) / 1024:.0f} KB): {rendered_html - rendered_docx:.2f} s")
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"render PDF in a child ({len(pdf) / 1024:.0f} KB): {finished - rendered_html:.2f} s, "
        f"child peak RSS {child_mb:.0f} MB"
    )
    if args.pdf_out:
        await asyncio.to_thread(Path(args.pdf_out).write_bytes, pdf)
    print(f"peak RSS of the process: {peak_mb:.0f} MB")
    print(f"seconds={rendered_html - started:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
