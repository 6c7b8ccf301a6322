"""How many updates per second Tansiq handles, against a bare aiogram echo bot.

Registered, approved people send messages and press buttons (open /profile, /help, press
"Name", send a new name: reads and writes) through the real dispatcher with its middlewares,
i18n and database, over a fake Bot API session. The same number of updates then goes through a
bare echo dispatcher on the same fake session. Updates are fed with the concurrency polling uses
(`TASKS_CONCURRENCY_LIMIT`).

    python bench/updates.py [--users 200] [--rounds 5] [--concurrency 32] [--database-url URL]

Last line: updates_per_s=… echo_per_s=… ratio=…
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
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


def workload(users: int, rounds: int) -> list[Iterator[Update]]:
    """Per user, the updates they send in order (a person's updates are sequential), made as
    they are sent: the bench's own objects stay out of the process's memory figure."""
    edit_name = ProfileCb(field="name").pack()

    def script(index: int) -> Iterator[Update]:
        user_id = FIRST_USER + index
        for round_ in range(rounds):
            first = (index * rounds + round_) * 5 + 1
            yield message_update(first, user_id, "/profile")
            yield message_update(first + 1, user_id, "/help")
            yield callback_update(first + 2, user_id, edit_name)
            yield message_update(first + 3, user_id, f"Bench Person {index} r{round_}")
            yield message_update(first + 4, user_id, "hello")

    return [script(index) for index in range(users)]


async def drive(
    feed: Callable[[Update], Awaitable[object]], scripts: list[Iterator[Update]], concurrency: int
) -> float:
    """Feed every script, keeping at most `concurrency` updates in flight, as polling does."""
    semaphore = asyncio.Semaphore(concurrency)

    async def run(script: Iterator[Update]) -> None:
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


async def bench_tansiq(url: str, scripts: list[Iterator[Update]], concurrency: int) -> float:
    settings = Settings(bot_token=TOKEN, database_url=url, _env_file=None)  # type: ignore[call-arg]
    db = Database.from_url(settings.database_url)
    await seed_people(db, len(scripts))
    app = await build_app(settings, db)
    # Telegram keeps a chat's recent messages (earlier prompts get their buttons removed), not
    # every request: its memory is not the bot's.
    session = FakeSession(keep_requests=False, messages_per_chat=3)
    bot = create_bot(settings, session=session)
    await app.dispatcher.emit_startup(bot=bot, dispatcher=app.dispatcher)
    seconds = await drive(lambda u: app.dispatcher.feed_update(bot, u), scripts, concurrency)
    # The guarantee the speed must keep: an update delivered again is not handled again.
    before = session.request_count
    again = workload(len(scripts), 1)
    for script in again[:50]:
        await app.dispatcher.feed_update(bot, next(script))
    repeats_handled = session.request_count - before
    await app.dispatcher.emit_shutdown(bot=bot, dispatcher=app.dispatcher)
    await db.dispose()
    failed = sum(
        1
        for chat in session.state.chats.values()
        for message in chat.values()
        if "went wrong" in message.text
    )
    if failed:
        print(f"warning: {failed} updates ended in the generic error", file=sys.stderr)
    print(f"50 updates delivered a second time: {repeats_handled} requests made (0: ignored)")
    return seconds


async def bench_echo(scripts: list[Iterator[Update]], concurrency: int) -> float:
    dispatcher = Dispatcher()

    @dispatcher.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer(message.text or "-")

    @dispatcher.callback_query()
    async def pressed(callback: CallbackQuery) -> None:
        await callback.answer()

    bot = Bot(TOKEN, session=FakeSession(keep_requests=False, messages_per_chat=3))
    return await drive(lambda u: dispatcher.feed_update(bot, u), scripts, concurrency)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
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
        # The echo takes about a second: the median of three steadies the reference.
        echo_runs = [
            await bench_echo(workload(args.users, args.rounds), args.concurrency) for _ in range(3)
        ]
        echo_s = sorted(echo_runs)[1]

    updates_per_s = total / tansiq_s
    echo_per_s = total / echo_s
    ratio = updates_per_s / echo_per_s
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    backend = url.split(":", 1)[0]
    print(f"database: {backend}; users: {args.users}; updates: {total}")
    print(f"concurrency: {args.concurrency} updates in flight")
    print(f"tansiq: {total} updates in {tansiq_s:.2f} s = {updates_per_s:.0f} updates/s")
    print(
        f"bare aiogram echo: {total} updates in {echo_s:.2f} s = {echo_per_s:.0f} updates/s "
        f"(median of {', '.join(f'{total / s:.0f}' for s in echo_runs)})"
    )
    print(f"peak RSS of the process: {peak_mb:.0f} MB")
    print(f"updates_per_s={updates_per_s:.1f} echo_per_s={echo_per_s:.1f} ratio={ratio:.3f}")


if __name__ == "__main__":
    asyncio.run(main())
