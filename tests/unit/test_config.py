from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.paths import DEFAULT_TAXONOMY
from tests.conftest import PROJECT_ROOT


def settings(**values: object):  # type: ignore[no-untyped-def]
    return load_settings(_env_file=None, **values)


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "TIMEZONE", "ADMIN_IDS", "BOT_TOKEN", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("TANSIQ_DATA_DIR", raising=False)
    s = settings()
    # A source checkout keeps its data in <checkout>/data, wherever the process starts.
    assert s.database_url == f"sqlite+aiosqlite:///{PROJECT_ROOT / 'data' / 'tansiq.db'}"
    assert s.timezone == "Asia/Baghdad"
    assert s.admin_ids == frozenset()


def test_data_and_env_file_where_the_operator_says(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("DATABASE_URL", "SANDBOX_DATABASE_URL", "BOT_TOKEN", "TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TANSIQ_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("TANSIQ_ENV_FILE", str(tmp_path / "etc" / "tansiq.env"))
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "tansiq.env").write_text("TIMEZONE=Asia/Kuwait\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "etc")  # the working directory plays no part
    s = load_settings()
    assert s.database_url == f"sqlite+aiosqlite:///{tmp_path / 'var' / 'tansiq.db'}"
    assert s.sandbox_database_url == f"sqlite+aiosqlite:///{tmp_path / 'var' / 'sandbox.db'}"
    assert s.timezone == "Asia/Kuwait"  # read from TANSIQ_ENV_FILE
    assert s.taxonomy_file == DEFAULT_TAXONOMY and s.taxonomy_file.is_file()


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
