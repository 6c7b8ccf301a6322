"""Schema upgrades (Alembic) and the taxonomy sync that follows them."""

from __future__ import annotations

import asyncio
import logging

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.config import ConfigError, Settings
from bot.paths import MIGRATIONS_DIR
from storage.database import Database
from storage.services.taxonomy import TaxonomyFileError, read_taxonomy_file, sync_taxonomy

log = logging.getLogger(__name__)


def alembic_config(database_url: str) -> Config:
    # No alembic.ini needed: the migrations ship inside the package (bot/paths.py).
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    config.attributes["database_url"] = database_url
    return config


def describe_database(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {parsed.database}"
    return f"PostgreSQL at {parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


async def check_database(url: str, wait_s: float = 10.0) -> None:
    """One round trip, turned into one readable line when it fails."""
    db = Database.from_url(url)
    try:
        async with asyncio.timeout(wait_s), db.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except TimeoutError:
        raise ConfigError(
            f"cannot reach the database ({describe_database(url)}): timed out"
        ) from None
    except Exception as exc:  # driver errors differ per backend; all mean the same here
        reason = str(getattr(exc, "orig", exc) or exc.__class__.__name__).splitlines()[0]
        raise ConfigError(
            f"cannot reach the database ({describe_database(url)}): {reason}"
        ) from None
    finally:
        await db.dispose()


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


async def sync_taxonomy_file(settings: Settings) -> dict[str, int]:
    try:
        data = read_taxonomy_file(settings.taxonomy_file)
    except TaxonomyFileError as exc:
        raise ConfigError(str(exc)) from None
    db = Database.from_url(settings.database_url)
    try:
        async with db.write() as session:
            return await sync_taxonomy(session, data)
    finally:
        await db.dispose()


def migrate(settings: Settings) -> dict[str, int]:
    """Check the database, upgrade the schema, sync the taxonomy. Safe to run every start."""
    asyncio.run(check_database(settings.database_url))
    upgrade(settings.database_url)
    added = asyncio.run(sync_taxonomy_file(settings))
    log.info("database at head; taxonomy synced (%s)", added)
    return added
