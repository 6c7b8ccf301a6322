import pytest

from bot.config import ConfigError, load_settings


def settings(**values: object):  # type: ignore[no-untyped-def]
    return load_settings(_env_file=None, **values)


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "TIMEZONE", "ADMIN_IDS", "BOT_TOKEN", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    s = settings()
    assert s.database_url == "sqlite+aiosqlite:///./data/tansiq.db"
    assert s.timezone == "Asia/Baghdad"
    assert s.admin_ids == frozenset()


def test_admin_ids_from_comma_separated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", " 123, 9007199254740993 ,")
    assert settings().admin_ids == frozenset({123, 9007199254740993})
    monkeypatch.setenv("ADMIN_IDS", "12,abc")
    with pytest.raises(ConfigError, match="ADMIN_IDS"):
        settings()


def test_database_urls_get_the_async_driver() -> None:
    assert (
        settings(database_url="postgresql://u@h/db").database_url == "postgresql+asyncpg://u@h/db"
    )
    assert settings(database_url="sqlite:///x.db").database_url == "sqlite+aiosqlite:///x.db"
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        settings(database_url="mysql://u@h/db")
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        settings(database_url="not a url")


def test_token_shape_is_checked_before_any_network_call() -> None:
    with pytest.raises(ConfigError, match="not set"):
        settings(bot_token=None).require_token()
    with pytest.raises(ConfigError, match="malformed"):
        settings(bot_token="12345").require_token()
    good = "123456789:AAHfakeTokenForTestsOnly_abcdefghijk"
    assert settings(bot_token=good).require_token() == good


def test_unknown_timezone_is_refused() -> None:
    with pytest.raises(ConfigError, match="TIMEZONE"):
        settings(timezone="Mars/Olympus")


def test_reminder_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import timedelta

    monkeypatch.delenv("REMINDER_OFFSETS", raising=False)
    assert settings().reminder_offsets == (timedelta(hours=24), timedelta(hours=1))
    monkeypatch.setenv("REMINDER_OFFSETS", "30m, 2d")
    assert settings().reminder_offsets == (timedelta(days=2), timedelta(minutes=30))
    monkeypatch.setenv("REMINDER_OFFSETS", "soon")
    with pytest.raises(ConfigError, match="REMINDER_OFFSETS"):
        settings()
