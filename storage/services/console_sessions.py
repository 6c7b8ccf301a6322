"""The console's sessions: launch data checked once becomes a random token with a sliding
expiry. Only the token's SHA-256 is stored. The token says who it is, never what she may do:
each request reads her role again (a demoted organizer is refused at her next click)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select, update

from storage.database import Database
from storage.models import ConsoleSession
from storage.types import utcnow

# About half an hour of no request ends a session; each request moves the end on.
IDLE = timedelta(minutes=30)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ConsoleSessions:
    def __init__(self, db: Database, idle: timedelta = IDLE) -> None:
        self.db = db
        self.idle = idle

    async def open(self, telegram_id: int) -> str:
        """A new token for this person (shown once; only its hash is kept)."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        async with self.db.write() as session:
            # Sessions past their end go as new ones open: no sweep of their own.
            await session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now))
            session.add(
                ConsoleSession(
                    token_hash=token_hash(token),
                    telegram_id=telegram_id,
                    created_at=now,
                    expires_at=now + self.idle,
                )
            )
        return token

    async def resume(self, token: str) -> int | None:
        """Whose session this token opens (its end moved on), or None: unknown or ended."""
        if not token or len(token) > 128:
            return None
        key = token_hash(token)
        now = utcnow()
        async with self.db.write() as session:
            row = await session.scalar(
                select(ConsoleSession).where(ConsoleSession.token_hash == key)
            )
            if row is None:
                return None
            if row.expires_at <= now:
                await session.delete(row)
                return None
            await session.execute(
                update(ConsoleSession)
                .where(ConsoleSession.token_hash == key)
                .values(expires_at=now + self.idle)
            )
            return row.telegram_id

    async def close(self, token: str) -> None:
        async with self.db.write() as session:
            await session.execute(
                delete(ConsoleSession).where(ConsoleSession.token_hash == token_hash(token))
            )
