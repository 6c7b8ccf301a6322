"""Which failures count as the infrastructure's (never acknowledged as handled): the database's,
the network's and, once Redis is in use, Redis's; an update's own error does not."""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa

from storage.outages import is_outage


def test_the_database_and_the_network_are_outages() -> None:
    locked = sa.OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("locked"))
    assert is_outage(locked)
    assert is_outage(ConnectionResetError())
    try:
        try:
            raise TimeoutError
        except TimeoutError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert is_outage(outer)  # found through the chain of causes


def test_redis_errors_are_outages_once_redis_is_loaded() -> None:
    from redis import exceptions as redis_errors  # as bot.app loads it when REDIS_URL is set

    for error in (redis_errors.ConnectionError(), redis_errors.BusyLoadingError()):
        assert is_outage(error)
    assert not is_outage(redis_errors.ResponseError("WRONGTYPE"))


def test_an_update_s_own_error_is_not_an_outage() -> None:
    assert not is_outage(ValueError("bad input"))
    assert not is_outage(None)
