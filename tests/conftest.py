"""Fixtures: a migrated database per test (SQLite file, or PostgreSQL when TEST_DATABASE_URL is
set), settings, and a harness around the real dispatcher with a fake Bot API session.

TEST_REDIS_URL switches FSM storage and event isolation to Redis, as production scale-out does.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.config import Settings, normalise_database_url
from bot.migrations import sync_taxonomy_file, upgrade
from storage.database import Database
from tests.harness import FakeUser, Harness

TOKEN = "123456789:AAHfakeTokenForTestsOnly_abcdefghijk"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def process_env(tmp_path: Path, drop: tuple[str, ...] = ()) -> dict[str, str]:
    """The environment of a Tansiq process started by a test: its data and .env in tmp_path
    (never the checkout's ./data), without the configuration names in `drop`."""
    import os

    environment = {k: v for k, v in os.environ.items() if k not in drop}
    environment["TANSIQ_DATA_DIR"] = str(tmp_path / "data")
    environment["TANSIQ_ENV_FILE"] = str(tmp_path / ".env")
    return environment


ADMIN_ID = 9_000_000_001
ORGANIZER_ID = 9_000_000_002

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL")

# Tables that hold the taxonomy seed: kept between tests; everything else is emptied.
SEEDED_TABLES = {"languages", "actor_types", "sectors", "governorates", "alembic_version"}


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "bot_token": TOKEN,
        "database_url": database_url,
        "admin_ids": frozenset({ADMIN_ID}),
        "redis_url": TEST_REDIS_URL,
        # Tests run the delivery worker and the sweeps themselves (Harness.deliver, run_all).
        "delivery_worker": False,
        "tick_seconds": 3600,
        # Tests press buttons at machine speed; the flood test sets its own limits.
        "flood_burst": 100_000,
        # A reply Telegram refuses is retried three seconds (a 429 of one second and a 5xx
        # fit), not thirty.
        "reply_deadline_seconds": 3.0,
        "_env_file": None,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


async def _reset_postgres(url: str) -> None:
    db = Database.from_url(url)
    async with db.engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await db.dispose()


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Migrated once per run; each test gets a copy (SQLite) or a truncated schema (PostgreSQL)."""
    if TEST_DATABASE_URL:
        url = normalise_database_url(TEST_DATABASE_URL)
        asyncio.run(_reset_postgres(url))
    else:
        url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('template') / 'template.db'}"
    upgrade(url)
    asyncio.run(sync_taxonomy_file(make_settings(url)))
    return url


@pytest.fixture
def database_url(template_database: str, tmp_path: Path) -> Iterator[str]:
    if TEST_DATABASE_URL:
        yield template_database
        return
    source = Path(template_database.split("///", 1)[1])
    target = tmp_path / "tansiq.db"
    shutil.copy(source, target)
    yield f"sqlite+aiosqlite:///{target}"


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database.from_url(database_url)
    if database.dialect == "postgresql":
        await _truncate(database)
        await _resync_organizations(database_url)
    if TEST_REDIS_URL:
        from redis.asyncio import Redis

        redis = Redis.from_url(TEST_REDIS_URL)
        await redis.flushdb()
        await redis.aclose()
    yield database
    await database.dispose()


async def _truncate(database: Database) -> None:
    async with database.engine.begin() as connection:
        tables = (
            await connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            )
        ).scalars()
        wipe = [name for name in tables if name not in SEEDED_TABLES]
        if wipe:
            await connection.execute(text(f"TRUNCATE {', '.join(wipe)} RESTART IDENTITY CASCADE"))


async def _resync_organizations(url: str) -> None:
    await sync_taxonomy_file(make_settings(url))


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
async def harness(settings: Settings, db: Database) -> AsyncIterator[Harness]:
    h = await Harness.start(settings, db)
    yield h
    await h.stop()


@pytest.fixture
def admin(harness: Harness) -> FakeUser:
    return harness.user(ADMIN_ID, "Admin", "wps_admin")
