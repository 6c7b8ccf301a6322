"""Which failures are the infrastructure's (the database, Redis, the network) rather than the
update's: those are never acknowledged as handled. The webhook answers 5xx so Telegram delivers
the update again; polling holds its offset and tries the update again; the duplicate check
makes a second delivery safe."""

from __future__ import annotations

from sqlalchemy import exc as sa

try:  # Redis is optional (scale-out FSM storage only)
    from redis import exceptions as redis_errors

    _REDIS: tuple[type[BaseException], ...] = (
        redis_errors.ConnectionError,
        redis_errors.TimeoutError,
        redis_errors.BusyLoadingError,
        redis_errors.ReadOnlyError,
    )
except ImportError:  # pragma: no cover
    _REDIS = ()

_OUTAGES: tuple[type[BaseException], ...] = (
    sa.OperationalError,  # server gone, connection refused, "database is locked", disk full
    sa.InterfaceError,  # the connection broke under the driver
    sa.DisconnectionError,
    sa.TimeoutError,  # no connection free in the pool in time
    ConnectionError,
    TimeoutError,
    *_REDIS,
)


def is_outage(error: BaseException | None) -> bool:
    """True if `error`, or anything it was raised from, is an infrastructure failure."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, _OUTAGES):
            return True
        if isinstance(error, sa.DBAPIError) and error.connection_invalidated:
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False
