"""Migration stairway: upgrade, downgrade and upgrade again, one revision at a time; and the
models match what the migrations build."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.config import normalise_database_url
from bot.migrations import alembic_config, current_revision, head_revision, upgrade
from storage.database import create_engine
from storage.models import Base
from tests.conftest import TEST_DATABASE_URL


async def _admin_execute(url: str, statement: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text(statement))
    await engine.dispose()


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[str]:
    if not TEST_DATABASE_URL:
        yield f"sqlite+aiosqlite:///{tmp_path / 'stairway.db'}"
        return
    # A database of its own, so the stairway never touches the one other tests use.
    base = make_url(normalise_database_url(TEST_DATABASE_URL))
    name = f"{base.database}_stairway"
    asyncio.run(_admin_execute(base.render_as_string(False), f'DROP DATABASE IF EXISTS "{name}"'))
    asyncio.run(_admin_execute(base.render_as_string(False), f'CREATE DATABASE "{name}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    asyncio.run(_admin_execute(base.render_as_string(False), f'DROP DATABASE IF EXISTS "{name}"'))


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_stairway(empty_database: str) -> None:
    config = alembic_config(empty_database)
    assert revisions(), "no migrations found"
    for revision in revisions():
        command.upgrade(config, revision)
        command.downgrade(config, "-1")
        command.upgrade(config, revision)


def test_models_match_migrations(empty_database: str) -> None:
    command.upgrade(alembic_config(empty_database), "head")

    async def diff() -> list[object]:
        engine = create_engine(empty_database)
        async with engine.connect() as connection:
            result = await connection.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
            )
        await engine.dispose()
        return list(result)

    assert asyncio.run(diff()) == []


def test_the_head_read_from_the_files_is_alembic_s() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert head_revision() == script.get_current_head()


def test_the_upgrade_runs_in_a_child_and_only_when_needed(
    empty_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    upgrade(empty_database)  # a child process: `python -m bot.migrations`
    assert asyncio.run(current_revision(empty_database)) == head_revision()

    def no_child(*_: object, **__: object) -> None:
        raise AssertionError("a database at the head needs no child process")

    monkeypatch.setattr("bot.migrations.subprocess.run", no_child)
    upgrade(empty_database)
