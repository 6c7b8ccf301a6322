"""How fast the organizers' console is on the directory bench's database (2,000 organizations,
5,000 people, 3,000 activities), with a meeting of 2,000 invitees (500 checked in), a poll of
3,000 answers, 300 follow-up items and 100 registrations waiting:

- each view's HTML over HTTP, the session checked and the role read as on every request
  (median of 30 each);
- each view's first paint and the moment its content is shown, opened in headless Chromium
  with signed launch data, as Telegram opens the Mini App;
- the page's weight: the HTML, the CSS and the script.

    python bench/console.py [--organizations 2000] [--people 5000] [--no-browser]

Last line: max_view_ms=… max_shown_ms=… page_kb=… (and each view's median)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiohttp import ClientSession, web
from sqlalchemy import insert, select

from bench.directory import arguments, seeded_database
from bot.app import build_app, create_bot
from bot.config import Settings
from bot.console import CONSOLE_PATH, console_app
from console.server import ASSETS, NAV
from emulator.fake_session import FakeSession
from emulator.web_app import launch_address, signed_launch_data
from storage.database import Database
from storage.models import (
    Attendance,
    FollowupItem,
    Meeting,
    Person,
    PersonStatus,
    Poll,
    PollAnswer,
    PollStatus,
    Role,
    Rsvp,
)
from storage.services.polls import template_questions
from storage.types import utcnow

TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ra"
ORGANIZER = 9_000_001
SAMPLES = 30


async def seed_mechanism(db: Database, rng: random.Random) -> None:
    """What the console shows besides the directory: a meeting under way, a poll, follow-up
    items, registrations waiting and the organizer herself."""
    now = utcnow()
    async with db.write() as session:
        people = list(
            await session.scalars(select(Person.id).where(Person.status == PersonStatus.APPROVED))
        )
        session.add(
            Person(
                telegram_id=ORGANIZER, status=PersonStatus.APPROVED, role=Role.ORGANIZER,
                full_name="Huda", locale="ar", organization_id=None,
            )
        )  # fmt: skip
        meeting = Meeting(
            uid="bench-meeting", titles={"ar": "الاجتماع التنسيقي", "en": "Coordination meeting"},
            mode="hybrid", starts_at=now - timedelta(minutes=30), ends_at=now + timedelta(hours=2),
            rsvp_deadline=now, checkin_token="bench",
        )  # fmt: skip
        session.add(meeting)
        await session.flush()
        invited = rng.sample(people, 2000)
        answers = ("yes", "yes", "maybe", "no", "none")
        await session.execute(
            insert(Rsvp),
            [{"meeting_id": meeting.id, "person_id": p, "answer": rng.choice(answers)}
             for p in invited],
        )  # fmt: skip
        await session.execute(
            insert(Attendance),
            [{"meeting_id": meeting.id, "person_id": p, "method": "link", "checked_in_at": now}
             for p in invited[:500]],
        )  # fmt: skip
        poll = Poll(
            template="usefulness", questions=template_questions("usefulness", []),
            status=PollStatus.CLOSED, send_at=now, close_at=now,
        )  # fmt: skip
        session.add(poll)
        await session.flush()
        await session.execute(
            insert(PollAnswer),
            [{"poll_id": poll.id, "person_id": p, "question": 0, "value": str(rng.randint(1, 5))}
             for p in rng.sample(people, 3000)],
        )  # fmt: skip
        await session.execute(
            insert(FollowupItem),
            [{"kind": "recommendation", "texts": {"en": f"Recommendation {n}"},
              "original_locale": "en", "due_on": (now - timedelta(days=n % 60)).date()}
             for n in range(300)],
        )  # fmt: skip
        await session.execute(
            insert(Person),
            [{"telegram_id": 9_200_000 + n, "status": PersonStatus.PENDING,
              "full_name": f"Newcomer {n}", "submitted_at": now - timedelta(hours=n)}
             for n in range(100)],
        )  # fmt: skip


async def serve(application: web.Application) -> tuple[web.AppRunner, str]:
    server = web.Application()
    server.add_subapp(CONSOLE_PATH, application)
    runner = web.AppRunner(server, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}{CONSOLE_PATH}"


async def view_medians(base: str, launch: str) -> dict[str, float]:
    async with ClientSession() as client:
        async with client.post(base + "api/session", json={"init_data": launch}) as response:
            token = (await response.json())["token"]
        headers = {"Authorization": f"Bearer {token}"}
        medians = {}
        for view in NAV:
            samples = []
            for _ in range(SAMPLES):
                started = time.perf_counter()
                async with client.get(f"{base}api/view/{view}", headers=headers) as response:
                    await response.read()
                    assert response.status == 200, (view, response.status)
                samples.append(1000 * (time.perf_counter() - started))
            medians[view] = statistics.median(samples)
    return medians


async def page_weight(base: str) -> int:
    async with ClientSession() as client:
        total = 0
        for path in ("", *(f"static/{name}" for name in ASSETS)):
            async with client.get(base + path) as response:
                total += len(await response.read())
    return total


def paint_times(base: str, user: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Per view: first contentful paint, and when the view's content was shown (ms from the
    start of navigation), each the median of three fresh loads."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=360,740"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    shown = "return document.getElementById('view').getAttribute('aria-busy') === 'false'"
    timings: dict[str, tuple[float, float]] = {}
    try:
        for view in NAV:
            paints, readies = [], []
            for _ in range(3):
                launch = signed_launch_data(TOKEN, user)
                driver.get("about:blank")
                driver.get(launch_address(base, launch, start_param=view))
                WebDriverWait(driver, 30, poll_frequency=0.01).until(
                    lambda d: d.execute_script(shown)
                )
                readies.append(driver.execute_script("return performance.now()"))
                entries = driver.execute_script(
                    "return performance.getEntriesByType('paint').map(e => [e.name, e.startTime])"
                )
                paints.append(dict(entries).get("first-contentful-paint", readies[-1]))
            timings[view] = (statistics.median(paints), statistics.median(readies))
    finally:
        driver.quit()
    return timings


async def main() -> None:
    def extra(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--no-browser", action="store_true", help="leave Chromium out")

    args = arguments(__doc__, extra)
    rng = random.Random(1325)
    async with seeded_database(args, rng) as (db, _):
        await seed_mechanism(db, rng)
        url = str(db.engine.url.render_as_string(hide_password=False))
        settings = Settings(
            bot_token=TOKEN, database_url=url, delivery_worker=False, _env_file=None
        )  # type: ignore[call-arg]
        app = await build_app(settings, db)
        await app.core.startup()
        bot = create_bot(settings, session=FakeSession(keep_requests=False))
        runner, base = await serve(console_app(app, bot))
        user = {"id": ORGANIZER, "first_name": "Huda", "language_code": "ar"}
        try:
            medians = await view_medians(base, signed_launch_data(TOKEN, user))
            weight = await page_weight(base)
            paints = {} if args.no_browser else await asyncio.to_thread(paint_times, base, user)
        finally:
            await runner.cleanup()
            await bot.session.close()
    print(f"{args.organizations} organizations, {args.people} people; Arabic organizer")
    for view in NAV:
        line = f"{view:>9}: data {medians[view]:6.1f} ms (median of {SAMPLES})"
        if view in paints:
            paint, ready = paints[view]
            line += f"; first paint {paint:5.0f} ms, shown {ready:5.0f} ms (median of 3)"
        print(line)
    print(f"page weight (HTML, CSS, script): {weight / 1024:.1f} KB")
    figures = {f"{view}_ms": round(medians[view], 1) for view in NAV}
    figures["max_view_ms"] = round(max(medians.values()), 1)
    if paints:
        figures["max_paint_ms"] = round(max(p for p, _ in paints.values()))
        figures["max_shown_ms"] = round(max(r for _, r in paints.values()))
    figures["page_kb"] = round(weight / 1024, 1)
    print(json.dumps(figures), file=sys.stderr)
    print(" ".join(f"{key}={value}" for key, value in figures.items()))


if __name__ == "__main__":
    asyncio.run(main())
