"""The operator's files hold names of people at risk: a backup or an export is made 0600 before
anything is written in it, never over an existing file or through a symbolic link; pg_dump gets
the password in its environment, not on its command line (readable in /proc); a restore never
writes into a database that has tables."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from bot.config import ConfigError
from bot.operator import backup, export, restore
from tests.conftest import TEST_DATABASE_URL, make_settings


def sqlite_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = tmp_path / "live.db"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, full_name TEXT)")
        connection.execute("INSERT INTO people (full_name) VALUES ('منى')")
    return make_settings(f"sqlite+aiosqlite:///{database}")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_sqlite_backup_is_private_from_its_first_byte(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path)
    old_umask = os.umask(0o022)  # a usual umask would make a new file 0644
    try:
        target = tmp_path / "backup.db"
        lines = backup(settings, target)
    finally:
        os.umask(old_umask)
    assert lines[0].startswith(f"backup: {target}") and mode(target) == 0o600
    with pytest.raises(ConfigError, match="exists already"):
        backup(settings, target)


def test_an_export_never_follows_a_link_nor_overwrites(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "actors.csv"
    link.symlink_to(victim)
    with pytest.raises(ConfigError, match="exists already"):
        export(sqlite_settings(tmp_path), "actors", link, "en")
    assert victim.read_text() == "keep me"


def test_pg_dump_gets_the_password_in_its_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in pg_dump records what it was given, as /proc would show it."""
    seen = tmp_path / "seen.txt"
    fake = tmp_path / "bin" / "pg_dump"
    fake.parent.mkdir()
    fake.write_text(
        "#!/bin/sh\n"
        f'echo "ARGS $*" > {seen}\n'
        f'echo "PGPASSWORD $PGPASSWORD" >> {seen}\n'
        "printf 'PGDMP-dump'\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    settings = make_settings("postgresql+asyncpg://tansiq:s3cret-Pw@127.0.0.1:5432/wps")
    target = tmp_path / "wps.dump"
    backup(settings, target)
    args, password = seen.read_text().splitlines()
    assert "s3cret-Pw" not in args and "postgresql://tansiq@127.0.0.1:5432/wps" in args
    assert password == "PGPASSWORD s3cret-Pw"
    assert target.read_bytes() == b"PGDMP-dump" and mode(target) == 0o600


@pytest.mark.skipif(not TEST_DATABASE_URL, reason="needs the PostgreSQL of .ci/run")
def test_a_postgresql_restore_refuses_a_database_with_tables(
    tmp_path: Path, template_database: str
) -> None:
    dump = tmp_path / "wps.dump"
    dump.write_bytes(b"PGDMP")
    with pytest.raises(ConfigError, match="has tables already"):
        restore(make_settings(template_database), dump)
