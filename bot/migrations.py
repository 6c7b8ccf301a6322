"""Schema upgrades (Alembic) and the taxonomy sync that follows them.

Alembic, with the Mako and Pygments it loads, is 11 MB of memory a long-running bot would
carry for a step taken once at its start. So the upgrade runs in a short child process
(`python -m bot.migrations`, the database URL on its standard input, never its command line),
and only when the database is not at the head already; the head is read from the migration
files themselves (`head_revision`), which is also what /readyz compares with."""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import subprocess
import sys
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.config import ConfigError, Settings
from bot.paths import MIGRATIONS_DIR
from storage.database import Database
from storage.services.taxonomy import TaxonomyFileError, read_taxonomy_file, sync_taxonomy

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
_REVISION = re.compile(r"^revision(?::[^=]*)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def alembic_config(database_url: str) -> Config:
    from alembic.config import Config

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


@functools.cache
def head_revision() -> str:
    """The migrations' head, read from their files: the revision no other one revises. The
    stairway test checks it is Alembic's own head."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found[1])
        down = _DOWN.search(source)
        if down is not None:
            revised.update(re.findall(r"[\"']([^\"']+)[\"']", down[1]))
    heads = revisions - revised
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


async def current_revision(database_url: str) -> str | None:
    db = Database.from_url(database_url)
    try:
        async with db.engine.connect() as connection:
            return await connection.scalar(text("SELECT version_num FROM alembic_version"))
    except Exception:  # no table yet: never migrated
        return None
    finally:
        await db.dispose()


def upgrade(database_url: str, revision: str = "head") -> None:
    """The schema at `revision`, upgraded by Alembic in a child process (see above); nothing
    runs when the database is there already."""
    target = head_revision() if revision == "head" else revision
    if asyncio.run(current_revision(database_url)) == target:
        return
    done = subprocess.run(
        [sys.executable, "-m", "bot.migrations", revision],
        input=database_url, capture_output=True, text=True, check=False,
    )  # fmt: skip
    for line in done.stderr.splitlines():
        log.info("schema upgrade: %s", line)
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        raise RuntimeError(f"the schema upgrade failed: {last[0]}")


def _upgrade_here(database_url: str, revision: str) -> None:
    from alembic import command

    logging.basicConfig(level=logging.INFO, format="%(message)s")
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


if __name__ == "__main__":  # the child process `upgrade` starts
    _upgrade_here(sys.stdin.read().strip(), sys.argv[1] if len(sys.argv) > 1 else "head")
