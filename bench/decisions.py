"""A decision put to a whole mechanism of 10,000 people: its cards queued, 60% voting, the close
counted, and the outcome with the results, cut for each person's actor type and governorates,
sent to all of them by the real outbox worker to the Bot API emulator (its own process on
127.0.0.1, 50 ms a request, Telegram's limits enforced) at `--ceiling` messages a second. While
they go, another person sends a command 1.5 s after each answer, through the real dispatcher,
answered through the same emulator: how long until it is answered (median, 99th percentile).

    python bench/decisions.py [--people 10000] [--organizations 2000] [--ceiling 30]
                              [--database-url URL]

Last line: create_s=… close_s=… announce_s=… texts=… results=… send_rate=… command_p50_ms=…
command_p99_ms=… commands=…
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiogram.types import Chat, Message, MessageEntity, Update, User
from sqlalchemy import insert, select, update

from bench.broadcast import TOKEN, emulator_stats, free_port, start_emulator
from bench.directory import arguments, seeded_database
from bot.app import build_app, create_bot
from bot.config import Settings
from bot.i18n import TansiqCore
from notices.decisions import card_payloads, closed_payloads, reminder_payloads, results_payloads
from storage.models import (
    DecisionVote,
    DeliveryStatus,
    Organization,
    OutboxMessage,
    Person,
    PersonGovernorate,
)
from storage.services.actors import Actor
from storage.services.audience import Audience
from storage.services.decision_counts import PROPOSAL
from storage.services.decisions import DecisionService
from storage.services.outbox import OutboxService
from storage.types import utcnow

ORGANIZER = Actor(telegram_id=9_200_000, is_admin=True)
ASKER = 9_300_000  # the other person, whose commands are timed
COMMAND_EVERY_S = 1.5  # a person reading an answer, then typing the next command


async def prepare(db, people: int, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """Languages spread over the three; the asker registered, outside the decision's audience
    only in that they joined after it."""
    async with db.write() as session:
        await session.execute(update(Person).values(locale="ar"))
        await session.execute(update(Person).where(Person.id % 3 == 1).values(locale="ckb"))
        await session.execute(update(Person).where(Person.id % 3 == 2).values(locale="en"))


async def cast_votes(db, decision_id: int, share: float, rng: random.Random) -> int:  # type: ignore[no-untyped-def]
    """`share` of the audience votes (a ballot each, with its actor type and governorates, as
    the chat stores it)."""
    async with db.read() as session:
        rows = (
            await session.execute(
                select(Person.id, Organization.actor_type_id).outerjoin(
                    Organization, Organization.id == Person.organization_id
                )
            )
        ).all()
        places: dict[int, list[int]] = {}
        for person_id, governorate_id in await session.execute(
            select(PersonGovernorate.person_id, PersonGovernorate.governorate_id)
        ):
            places.setdefault(person_id, []).append(governorate_id)
    voters = [row for row in rows if rng.random() < share]
    weights = (0.7, 0.15, 0.12, 0.03)
    async with db.write() as session:
        await session.execute(
            insert(DecisionVote),
            [
                {"decision_id": decision_id, "person_id": person_id,
                 "ballot": rng.choices(PROPOSAL, weights)[0], "actor_type_id": actor_type_id,
                 "governorate_ids": places.get(person_id, []), "reason_public": False}
                for person_id, actor_type_id in voters
            ],
        )  # fmt: skip
    return len(voters)


def command(update_id: int) -> Update:
    user = User(id=ASKER, is_bot=False, first_name="Asker", language_code="en")
    message = Message(
        message_id=update_id, date=datetime.now(UTC), chat=Chat(id=ASKER, type="private"),
        from_user=user, text="/help", entities=[MessageEntity(type="bot_command", offset=0,
        length=5)],
    )  # fmt: skip
    return Update(update_id=update_id, message=message)


async def main() -> None:
    args = arguments(
        __doc__,
        lambda parser: (
            parser.add_argument("--ceiling", type=float, default=30.0, help="messages a second"),
            parser.add_argument("--voters", type=float, default=0.6, help="share who vote"),
        ),
    )
    args.people = args.people if args.people != 5000 else 10_000
    rng = random.Random(1325)
    async with seeded_database(args, rng) as (db, taxonomy):
        await prepare(db, args.people, rng)
        core = TansiqCore().load()
        tz = ZoneInfo("Asia/Baghdad")
        decisions = DecisionService(db, OutboxService(db))
        started = time.perf_counter()
        decision = await decisions.create(
            ORGANIZER, kind="proposal", locale="ar", options=[], audience=Audience(),
            text="تعتمد الشبكة خطة عمل مشتركة للحماية في المحافظات الجنوبية لعام 2027",
            open_for=timedelta(days=3), render=card_payloads(core, tz), quorum_percent=50,
        )  # fmt: skip
        create_s = time.perf_counter() - started
        voted = await cast_votes(db, decision.id, args.voters, rng)
        async with db.write() as session:  # the cards went out; the close is now
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.dedupe_key.like("dec:%"))
                .values(status=DeliveryStatus.SENT)
            )
            await session.execute(
                update(type(decision))
                .where(type(decision).id == decision.id)
                .values(close_at=utcnow() - timedelta(seconds=1))
            )
        started = time.perf_counter()
        await decisions.sweep(reminder_payloads(core, tz), closed_payloads(core, taxonomy, tz))
        close_s = time.perf_counter() - started
        rendered: set[tuple[object, ...]] = set()
        render = results_payloads(core, taxonomy, tz)

        def counting(tally, voter, locale):  # type: ignore[no-untyped-def]
            rendered.add((locale, voter.actor_type_id, voter.governorates))
            return render(tally, voter, locale)

        started = time.perf_counter()
        results = await decisions.announce(
            ORGANIZER, decision.id, "أقرّت الشبكة الخطة؛ تقدّم لجنة الحماية مسودة التنفيذ.",
            counting,
        )  # fmt: skip
        announce_s = time.perf_counter() - started
        async with db.write() as session:  # the organizer's own result card: not this bench's
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.dedupe_key.like("decclosed:%"))
                .values(status=DeliveryStatus.SENT)
            )
            organization = await session.scalar(select(Organization.id).limit(1))
            session.add(
                Person(
                    telegram_id=ASKER, status="approved", locale="en", full_name="Asker",
                    organization_id=organization,
                )
            )  # fmt: skip
        rate, latencies = await send_and_ask(db, args, results)
    p50 = statistics.median(latencies) if latencies else 0.0
    p99 = statistics.quantiles(latencies, n=100)[98] if len(latencies) >= 2 else p50
    print(f"a proposal to {results} people: cards queued in {create_s:.2f} s")
    print(f"{voted} voted; closed and counted in {close_s:.2f} s")
    print(
        f"outcome and results to {results} people queued in {announce_s:.2f} s "
        f"({len(rendered)} different texts: language x actor type x governorates)"
    )
    print(
        f"results sent at {rate:.1f} a second ({100 * rate / args.ceiling:.1f}% of the "
        f"{args.ceiling:g}/s ceiling)"
    )
    print(
        f"meanwhile {len(latencies)} commands from another person answered in "
        f"{p50:.0f} ms (median), {p99:.0f} ms (99th percentile)"
    )
    print(
        f"create_s={create_s:.2f} close_s={close_s:.2f} announce_s={announce_s:.2f} "
        f"texts={len(rendered)} results={results} send_rate={rate:.1f} "
        f"command_p50_ms={p50:.0f} command_p99_ms={p99:.0f} commands={len(latencies)}"
    )


async def send_and_ask(db, args: argparse.Namespace, expected: int) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    """The real app (dispatcher and outbox worker) against the emulator at the ceiling."""
    port = free_port()
    options = argparse.Namespace(latency=0.05, share_5xx=0.0, recipients=expected)
    emulator = start_emulator(port, options, args.ceiling, 0)
    settings = Settings(  # type: ignore[call-arg]
        bot_token=TOKEN, database_url=str(db.engine.url), telegram_api_url=f"http://127.0.0.1:{port}",
        delivery_rate=args.ceiling, delivery_concurrency=16, _env_file=None,
    )  # fmt: skip
    app = await build_app(settings, db)
    bot = create_bot(settings)
    latencies: list[float] = []
    try:
        await app.dispatcher.emit_startup(
            bot=bot, dispatcher=app.dispatcher
        )  # catalogues loaded; the worker started
        app.delivery.wake()
        update_id = 1
        while await app.outbox.in_progress(timedelta(minutes=2)):
            started = time.perf_counter()
            await app.dispatcher.feed_update(bot, command(update_id))
            latencies.append(1000 * (time.perf_counter() - started))
            update_id += 1
            await asyncio.sleep(COMMAND_EVERY_S)  # reads the answer, then asks again
        await app.delivery.stop()
        stats = emulator_stats(port)
    finally:
        try:
            await app.dispatcher.emit_shutdown(bot=bot, dispatcher=app.dispatcher)
            await bot.session.close()
        finally:
            emulator.terminate()
            emulator.wait(10)
    span = stats["last_at"] - stats["first_at"]
    return ((stats["delivered"] - 1) / span if span > 0 else 0.0), latencies


if __name__ == "__main__":
    asyncio.run(main())
