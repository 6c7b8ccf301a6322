"""Operator commands of `tansiq`: status, backup and restore. They print lines for a person at
a terminal and end in one line on failure (ConfigError), like the rest of the CLI."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.config import ConfigError, Settings
from storage.database import Database
from storage.services.actors import Actor
from storage.services.exports import Table
from storage.services.operations import OperationsService
from storage.services.outbox import OutboxService
from storage.types import utcnow


def status_lines(settings: Settings) -> list[str]:
    async def gather() -> list[str]:
        db = Database.from_url(settings.database_url)
        try:
            status = await OperationsService(db).status()
        finally:
            await db.dispose()
        now = utcnow()
        lines = [
            "outbox: "
            + (", ".join(f"{k} {v}" for k, v in sorted(status.outbox.items())) or "empty")
        ]
        if status.unreachable_since is None:
            lines.append("telegram: reachable")
        else:
            down = round((now - status.unreachable_since).total_seconds())
            lines.append(
                f"telegram: UNREACHABLE since {status.unreachable_since:%Y-%m-%d %H:%M:%S} UTC "
                f"({down} s; {status.unreachable_error or 'no answer'}); messages wait"
            )
        if status.oldest_due is None:
            lines.append("oldest message due: none waiting")
        else:
            waited = round((now - status.oldest_due).total_seconds())
            lines.append(
                f"oldest message due: {status.oldest_due:%Y-%m-%d %H:%M:%S} UTC ({waited} s ago)"
            )
        if not status.sweeps:
            lines.append("sweeps: none ran yet (is a scheduler process running?)")
        for name, at in sorted(status.sweeps.items()):
            lines.append(f"sweep {name}: last run {round((now - at).total_seconds())} s ago")
        lines.append(f"waiting for approval: {len(status.waiting)}")
        for person in status.waiting:
            since = f"{person.submitted_at:%Y-%m-%d}" if person.submitted_at else "?"
            lines.append(
                f"  #{person.person_id} {person.name} ({person.organization}), since {since}"
            )
        return lines

    return asyncio.run(gather())


def _sqlite_file(url: str) -> Path:
    return Path(make_url(url).database or "")


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """pg_dump and pg_restore take libpq's URL, without SQLAlchemy's driver name, and the
    password in their environment: on the command line anyone could read it in /proc."""
    parsed = make_url(url).set(drivername="postgresql")
    environment = dict(os.environ)
    if parsed.password is not None:
        environment["PGPASSWORD"] = str(parsed.password)
    bare = parsed._replace(password=None).render_as_string(hide_password=False)
    return bare, environment


def create_private(target: Path) -> int:
    """A new file only its owner can read, made before anything is written in it: never an
    existing file, never through a symbolic link (names of people at risk go in it)."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError as exc:
        raise ConfigError(f"{target} exists already: choose a new file") from exc
    os.fchmod(fd, 0o600)
    return fd


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _check(connection: sqlite3.Connection, what: str) -> None:
    result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise ConfigError(f"{what} failed its integrity check: {result}")


def backup(settings: Settings, target: Path) -> list[str]:
    """A consistent copy while the bot runs: SQLite's online backup, or pg_dump."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "postgresql":
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            raise ConfigError(
                "pg_dump is not installed (Debian: apt install postgresql-client); "
                "back up PostgreSQL with your provider's tools"
            )
        libpq_url, environment = _libpq(settings.database_url)
        fd = create_private(target)
        try:  # pg_dump writes to the file made 0600 above, through its standard output
            subprocess.run(
                [pg_dump, "--format=custom", "--no-owner", libpq_url],
                stdout=fd, env=environment, check=True,
            )  # fmt: skip
        finally:
            os.close(fd)
        return [f"backup: pg_dump wrote {target} ({target.stat().st_size // 1024} KB)"]
    source = _sqlite_file(settings.database_url)
    if not source.is_file():
        raise ConfigError(f"no database at {source}")
    os.close(create_private(target))  # 0600 before the first page is copied into it
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)  # page by page, consistent even while others write
        _check(copy, "the backup")
        counts = _counts(copy)
    target.chmod(0o600)  # names of people at risk
    return [
        f"backup: {target} ({target.stat().st_size // 1024} KB), integrity ok",
        "rows: " + ", ".join(f"{t} {n}" for t, n in sorted(counts.items()) if n),
    ]


async def _postgresql_tables(database_url: str) -> int:
    db = Database.from_url(database_url)
    try:
        async with db.read() as session:
            found = await session.scalar(
                text(
                    "SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema = current_schema()"
                )
            )
        return int(found or 0)
    finally:
        await db.dispose()


def restore(settings: Settings, source: Path) -> list[str]:
    """Into an empty database (a new SQLite file, or a PostgreSQL database without tables)."""
    if not source.is_file():
        raise ConfigError(f"no backup at {source}")
    url = make_url(settings.database_url)
    if url.get_backend_name() == "postgresql":
        pg_restore = shutil.which("pg_restore")
        if pg_restore is None:
            raise ConfigError("pg_restore is not installed (Debian: apt install postgresql-client)")
        if asyncio.run(_postgresql_tables(settings.database_url)):
            raise ConfigError(
                f"{url.database} has tables already: restore into a new, empty database"
            )
        libpq_url, environment = _libpq(settings.database_url)
        subprocess.run(
            [pg_restore, "--no-owner", "--exit-on-error", "--dbname", libpq_url, str(source)],
            env=environment, check=True,
        )  # fmt: skip
        return [f"restore: {source} restored into {url.database}; run `tansiq migrate` next"]
    target = _sqlite_file(settings.database_url)
    if target.exists() and target.stat().st_size > 0:
        with sqlite3.connect(target) as existing:
            if _counts(existing):
                raise ConfigError(f"{target} is not empty: restore into a new database file")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with sqlite3.connect(source) as backup_file, sqlite3.connect(target) as restored:
        _check(backup_file, "the backup")
        backup_file.backup(restored)
        _check(restored, "the restored database")
        counts = _counts(restored)
        expected = _counts(backup_file)
    if counts != expected:
        raise ConfigError("the restored row counts differ from the backup's")
    target.chmod(0o600)
    return [
        f"restore: {source} -> {target}, integrity ok, {sum(counts.values())} rows in "
        f"{len(counts)} tables as in the backup; run `tansiq migrate` next"
    ]


# The operator at the server's command line acts as an administrator; the audit trail records
# it with no person (actor "admin", no name).
OPERATOR = Actor(telegram_id=0, is_admin=True)


def export(settings: Settings, kind: str, target: Path, locale: str) -> list[str]:
    """actors | attendance | updates | activities as XLSX (by the file's suffix) or CSV."""
    from reports.tables import to_csv, to_xlsx
    from storage.services.exports import ExportService
    from storage.services.taxonomy import load_snapshot

    async def build() -> Table:
        db = Database.from_url(settings.database_url)
        try:
            async with db.read() as session:
                taxonomy = await load_snapshot(session)
            return await ExportService(db, taxonomy, settings.tz).table(OPERATOR, kind, locale)
        finally:
            await db.dispose()

    fd = create_private(target)  # names of people at risk: 0600, never through a link
    with os.fdopen(fd, "wb") as file:
        try:
            table = asyncio.run(build())
            xlsx = target.suffix.lower() == ".xlsx"
            file.write(to_xlsx(table, locale) if xlsx else to_csv(table))
        except BaseException:
            target.unlink()  # nothing half-written stays behind
            raise
    return [f"export: {kind}, {len(table.rows)} rows -> {target}"]


def resend(settings: Settings, broadcast_id: int, statuses: list[str]) -> list[str]:
    """Put a broadcast's failed or unknown messages back in the queue (a deliberate choice:
    an unknown one may have reached the person already)."""

    async def run() -> int:
        db = Database.from_url(settings.database_url)
        try:
            return await OutboxService(db).resend(OPERATOR, broadcast_id, statuses)
        finally:
            await db.dispose()

    count = asyncio.run(run())
    return [
        f"outbox: {count} messages of broadcast {broadcast_id} queued again ({', '.join(statuses)})"
    ]


def admins(settings: Settings, command: str, telegram_id: int | None) -> list[str]:
    """`tansiq admin add|remove TELEGRAM_ID | list`: running processes see it within
    ADMINS_FRESH_SECONDS (they read the table again that often)."""
    from storage.services.admins import AdminService
    from storage.services.people import ADMINS_FRESH_SECONDS

    configured = settings.admin_ids

    async def run() -> list[str]:
        db = Database.from_url(settings.database_url)
        service = AdminService(db, configured)
        try:
            if command == "list":
                stored = await service.stored()
                return [
                    "ADMIN_IDS: " + (", ".join(map(str, sorted(configured))) or "none"),
                    "added with `tansiq admin add`: " + (", ".join(map(str, stored)) or "none"),
                ]
            assert telegram_id is not None
            change = await (service.add if command == "add" else service.remove)(
                OPERATOR, telegram_id
            )
        finally:
            await db.dispose()
        seconds = round(ADMINS_FRESH_SECONDS)
        if command == "add":
            line = (
                f"admin: {telegram_id} is an administrator (running processes: within {seconds} s)"
                if change.changed
                else f"admin: {telegram_id} was an administrator already"
            )
            return [line]
        lines = [
            f"admin: {telegram_id} removed (running processes: within {seconds} s)"
            if change.changed
            else f"admin: {telegram_id} was not added with `tansiq admin add`"
        ]
        if change.configured:
            lines.append(
                f"admin: {telegram_id} is in ADMIN_IDS and stays an administrator: "
                "take it out of the configuration and restart"
            )
        return lines

    return asyncio.run(run())
