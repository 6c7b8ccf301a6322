"""Which failures are the infrastructure's (the database, Redis, the network) rather than the
update's: those are never acknowledged as handled. The webhook answers 5xx so Telegram delivers
the update again; polling holds its offset and tries the update again; the duplicate check
makes a second delivery safe."""

from __future__ import annotations

import sys

from sqlalchemy import exc as sa

_OUTAGES: tuple[type[BaseException], ...] = (
    sa.OperationalError,  # server gone, connection refused, "database is locked", disk full
    sa.InterfaceError,  # the connection broke under the driver
    sa.DisconnectionError,
    sa.TimeoutError,  # no connection free in the pool in time
    ConnectionError,
    TimeoutError,
)


def _redis_outages() -> tuple[type[BaseException], ...]:
    """Redis's own outage errors, once Redis is in use. The client is imported only where
    REDIS_URL is set (bot.app's FSM storage): 5 MB a process without it does not carry. An
    error of Redis cannot exist before its module is loaded, so none is missed."""
    errors = sys.modules.get("redis.exceptions")
    if errors is None:
        return ()
    return (
        errors.ConnectionError,
        errors.TimeoutError,
        errors.BusyLoadingError,
        errors.ReadOnlyError,
    )


def is_outage(error: BaseException | None) -> bool:
    """True if `error`, or anything it was raised from, is an infrastructure failure."""
    outages = (*_OUTAGES, *_redis_outages())
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, outages):
            return True
        if isinstance(error, sa.DBAPIError) and error.connection_invalidated:
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False
