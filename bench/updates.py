"""How many updates per second Tansiq handles, against a bare aiogram echo bot.

Registered, approved people send messages and press buttons (open /profile, /help, press
"Name", send a new name: reads and writes) through the real dispatcher with its middlewares,
i18n and database, over a fake Bot API session. The same number of updates then goes through a
bare echo dispatcher on the same fake session. Updates are fed with the concurrency polling uses
(`TASKS_CONCURRENCY_LIMIT`).

    python bench/updates.py [--users 200] [--rounds 3] [--concurrency 32] [--database-url URL]

Last line: updates_per_s=… echo_per_s=… ratio=…
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiogram import Bot, Dispatcher, F
from aiogram.types import (
    CallbackQuery,
    Chat,
    Message,
    MessageEntity,
    Update,
    User,
)
from sqlalchemy import delete

from bot.app import build_app, create_bot
from bot.callbacks import ProfileCb
from bot.config import Settings
from bot.migrations import sync_taxonomy_file, upgrade
from emulator.fake_session import BOT_USER, FakeSession
from storage.database import Database
from storage.models import (
    FsmRecord,
    Organization,
    Person,
    PersonGovernorate,
    PersonSector,
    PersonStatus,
    ProcessedUpdate,
)

TOKEN = "123456789:AAHbenchmarkTokenNotRealAtAll_abcdef"
FIRST_USER = 5_000_000_000


def message_update(update_id: int, user_id: int, text: str) -> Update:
    entities = (
        [MessageEntity(type="bot_command", offset=0, length=len(text.split()[0]))]
        if text.startswith("/")
        else None
    )
    return Update(
        update_id=update_id,
        message=Message(
            message_id=update_id,
            date=datetime.now(UTC),
            chat=Chat(id=user_id, type="private"),
            from_user=User(id=user_id, is_bot=False, first_name="Bench"),
            text=text,
            entities=entities,
        ),
    )


def callback_update(update_id: int, user_id: int, data: str) -> Update:
    return Update(
        update_id=update_id,
        callback_query=CallbackQuery(
            id=str(update_id),
            from_user=User(id=user_id, is_bot=False, first_name="Bench"),
            chat_instance="bench",
            data=data,
            message=Message(
                message_id=1,
                date=datetime.now(UTC),
                chat=Chat(id=user_id, type="private"),
                from_user=BOT_USER,
                text="-",
            ),
        ),
    )


def workload(users: int, rounds: int) -> list[list[Update]]:
    """Per user, the updates they send in order (a person's updates are sequential)."""
    ids = itertools.count(1)
    edit_name = ProfileCb(field="name").pack()
    scripts: list[list[Update]] = []
    for index in range(users):
        user_id = FIRST_USER + index
        script: list[Update] = []
        for round_ in range(rounds):
            script += [
                message_update(next(ids), user_id, "/profile"),
                message_update(next(ids), user_id, "/help"),
                callback_update(next(ids), user_id, edit_name),
                message_update(next(ids), user_id, f"Bench Person {index} r{round_}"),
                message_update(next(ids), user_id, "hello"),
            ]
        scripts.append(script)
    return scripts


async def drive(
    feed: Callable[[Update], Awaitable[object]], scripts: list[list[Update]], concurrency: int
) -> float:
    """Feed every script, keeping at most `concurrency` updates in flight, as polling does."""
    semaphore = asyncio.Semaphore(concurrency)

    async def run(script: list[Update]) -> None:
        for update in script:
            async with semaphore:
                await feed(update)

    started = time.perf_counter()
    await asyncio.gather(*(run(script) for script in scripts))
    return time.perf_counter() - started


async def seed_people(db: Database, users: int) -> None:
    bot_id = int(TOKEN.split(":", 1)[0])
    async with db.write() as session:
        # A database given on the command line may hold an earlier run's bench rows.
        await session.execute(
            delete(Person).where(Person.telegram_id.between(FIRST_USER, FIRST_USER + users))
        )
        await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.bot_id == bot_id))
        await session.execute(delete(FsmRecord).where(FsmRecord.key.like(f"{bot_id}:%")))
    async with db.write() as session:
        organization = await session.get(Organization, 1)
        assert organization is not None
        for index in range(users):
            person = Person(
                telegram_id=FIRST_USER + index,
                locale=("en", "ar", "ckb")[index % 3],
                status=PersonStatus.APPROVED,
                full_name=f"Bench Person {index}",
                title="Officer",
                organization_id=organization.id,
            )
            session.add(person)
            await session.flush()
            session.add(PersonGovernorate(person_id=person.id, governorate_id=1 + index % 19))
            session.add(PersonSector(person_id=person.id, sector_id=1 + index % 8))


async def bench_tansiq(url: str, scripts: list[list[Update]], concurrency: int) -> float:
    settings = Settings(bot_token=TOKEN, database_url=url, _env_file=None)  # type: ignore[call-arg]
    db = Database.from_url(settings.database_url)
    await seed_people(db, len(scripts))
    app = await build_app(settings, db)
    session = FakeSession()
    bot = create_bot(settings, session=session)
    await app.dispatcher.emit_startup(bot=bot, dispatcher=app.dispatcher)
    seconds = await drive(lambda u: app.dispatcher.feed_update(bot, u), scripts, concurrency)
    await app.dispatcher.emit_shutdown(bot=bot, dispatcher=app.dispatcher)
    await db.dispose()
    failed = sum(1 for m in session.requests if "went wrong" in str(getattr(m, "text", "")))
    if failed:
        print(f"warning: {failed} updates ended in the generic error", file=sys.stderr)
    return seconds


async def bench_echo(scripts: list[list[Update]], concurrency: int) -> float:
    dispatcher = Dispatcher()

    @dispatcher.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "-")

    @dispatcher.callback_query()
    async def pressed(callback: CallbackQuery) -> None:
        await callback.answer()

    bot = Bot(TOKEN, session=FakeSession())
    return await drive(lambda u: dispatcher.feed_update(bot, u), scripts, concurrency)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.db"
        settings = Settings(bot_token=TOKEN, database_url=url, _env_file=None)  # type: ignore[call-arg]
        await asyncio.to_thread(upgrade, settings.database_url)
        await sync_taxonomy_file(settings)

        total = args.users * args.rounds * 5
        tansiq_s = await bench_tansiq(
            settings.database_url, workload(args.users, args.rounds), args.concurrency
        )
        echo_s = await bench_echo(workload(args.users, args.rounds), args.concurrency)

    updates_per_s = total / tansiq_s
    echo_per_s = total / echo_s
    ratio = updates_per_s / echo_per_s
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    backend = url.split(":", 1)[0]
    print(f"database: {backend}; users: {args.users}; updates: {total}")
    print(f"concurrency: {args.concurrency} updates in flight")
    print(f"tansiq: {total} updates in {tansiq_s:.2f} s = {updates_per_s:.0f} updates/s")
    print(f"bare aiogram echo: {total} updates in {echo_s:.2f} s = {echo_per_s:.0f} updates/s")
    print(f"peak RSS of the process: {peak_mb:.0f} MB")
    print(f"updates_per_s={updates_per_s:.1f} echo_per_s={echo_per_s:.1f} ratio={ratio:.3f}")


if __name__ == "__main__":
    asyncio.run(main())
