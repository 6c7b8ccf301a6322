"""Typed settings read from the environment and an optional `.env` file."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from bot.paths import DEFAULT_TAXONOMY, TAXONOMY_DIR, env_file, sqlite_url

Locale = Literal["en", "ar", "ckb"]
SUPPORTED_LOCALES: tuple[str, ...] = ("en", "ar", "ckb")

# The shape Telegram gives every token: "<bot id>:<secret>".
TOKEN_PATTERN = re.compile(r"^\d{5,}:[A-Za-z0-9_-]{30,}$")
# Telegram accepts 1-256 characters of A-Za-z0-9_- as a webhook secret; we want 32 at least.
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{32,256}$")


class ConfigError(Exception):
    """A setting that cannot work; the CLI prints it as one line."""


class Settings(BaseSettings):
    # The .env file is read by load_settings (bot/paths.py says where it is).
    model_config = SettingsConfigDict(
        env_file=None, env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    bot_token: SecretStr | None = None
    database_url: str = Field(default_factory=lambda: sqlite_url("tansiq.db"))
    telegram_api_url: str | None = None
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    timezone: str = "Asia/Baghdad"
    default_locale: Locale = "en"
    redis_url: str | None = None
    taxonomy_file: Path = DEFAULT_TAXONOMY

    # aiogram starts a task per update (polling and webhook); bound them so a burst cannot
    # exhaust memory.
    tasks_concurrency_limit: int = Field(default=32, ge=1, le=1000)

    # Delivered message texts, processed update ids and stale dialog drafts are deleted after
    # this many days (people's profiles stay until they use /forget).
    retention_days: int = Field(default=180, ge=1, le=3650)
    # Follow-up: owners are asked for a status this many days before each quarter's end and
    # before an item's due date (then reminded once, a week later).
    followup_ask_days: int = Field(default=14, ge=1, le=60)

    # Review cards, rosters and exports (names of people at risk) cannot be forwarded or saved.
    protect_content: bool = True

    # Flood control per person: `flood_burst` updates at once, refilled at `flood_rate` a
    # second; past that one "slow down" notice, then silence for `flood_cooldown_seconds`.
    flood_rate: float = Field(default=2.0, gt=0, le=100)
    flood_burst: int = Field(default=12, ge=1, le=100_000)
    flood_cooldown_seconds: float = Field(default=30.0, ge=0)

    # What this process does (`tansiq run --role`): "bot" handles updates, "worker" drains the
    # outbox, "scheduler" runs the sweeps (reminders, polls, scheduled sends), "all" all three.
    # Several processes of any role may share one PostgreSQL database (and Redis for "bot").
    role: Literal["all", "bot", "worker", "scheduler"] = "all"

    # /healthz and /readyz: on the webhook's server, and on HEALTH_PORT when set (polling,
    # worker and scheduler processes). Not ready when the oldest due outbox message waited
    # longer than READY_OUTBOX_LAG_SECONDS or no sweep ran for READY_SWEEP_AGE_SECONDS.
    health_host: str = "127.0.0.1"
    health_port: int | None = Field(default=None, ge=0, le=65535)
    ready_outbox_lag_seconds: float = Field(default=600, gt=0)
    ready_sweep_age_seconds: float = Field(default=300, gt=0)

    # Webhook mode (alternative to long polling).
    use_webhook: bool = False
    webhook_base_url: str | None = None
    webhook_path: str = "/telegram/webhook"
    # Empty or missing: a strong random one for each start (never "no check").
    webhook_secret: SecretStr | None = None
    # Behind a reverse proxy on the same host; 0.0.0.0 only where the proxy is elsewhere.
    webhook_host: str = "127.0.0.1"
    webhook_port: int = 8080

    # The organizers' console (a Telegram Mini App): the https address Telegram opens, ending
    # in /console/ (see README for the proxy lines). Unset: no console, no menu button. In
    # webhook mode the webhook's server serves it; in polling mode a server of its own on
    # CONSOLE_HOST:CONSOLE_PORT, which the proxy forwards /console/ to.
    webapp_url: str | None = None
    console_host: str = "127.0.0.1"
    console_port: int = Field(default=8081, ge=0, le=65535)
    # Launch data older than this is refused (Telegram Desktop reuses it for about a day).
    webapp_max_age_hours: float = Field(default=24.0, gt=0, le=168)
    # A console session ends after this long without a request (each request moves it on).
    console_idle_minutes: float = Field(default=30.0, gt=0, le=24 * 60)

    # The sandbox (no BOT_TOKEN): a database of its own, never the production one, and the
    # chat page in the browser.
    sandbox_database_url: str = Field(default_factory=lambda: sqlite_url("sandbox.db"))
    sandbox_host: str = "127.0.0.1"
    sandbox_port: int = Field(default=8080, ge=0, le=65535)

    # Delivery engine (the outbox worker).
    delivery_worker: bool = True  # run the worker in this process
    delivery_rate: float = Field(default=30.0, gt=0, le=1000)  # messages per second, overall
    delivery_concurrency: int = Field(default=16, ge=1, le=256)  # requests in flight
    delivery_paid_broadcast: bool = False  # Bot API allow_paid_broadcast (charged in Stars)
    delivery_paid_rate: float = Field(default=1000.0, gt=0, le=1000)
    delivery_lease_seconds: int = Field(default=60, ge=10)
    # A message not delivered this long after it was due expires (an outage of a week loses
    # nothing); time-bound messages (a reminder) expire when what they announce begins.
    delivery_max_age_hours: int = Field(default=192, ge=1)
    # A reporting round's automatic reminder goes this many days before its deadline.
    round_remind_days: int = Field(default=3, ge=1, le=30)
    # A reply Telegram does not take is retried this long; then its update is left to come again.
    reply_deadline_seconds: float = Field(default=30.0, gt=0, le=300)
    # A send scheduled for a time is dropped (and counted) rather than sent this much later.
    scheduled_grace_hours: int = Field(default=6, ge=1)
    # Meetings: reminders this long before the start ("24h,1h"; units m, h, d).
    reminder_offsets: Annotated[tuple[timedelta, ...], NoDecode] = (
        timedelta(hours=24),
        timedelta(hours=1),
    )

    # Post-meeting feedback polls: sent this long after the meeting ends, open this long.
    poll_delay_minutes: int = Field(default=120, ge=0)
    poll_open_hours: int = Field(default=72, ge=1)

    # The metronome: how often sweeps look at due times (progress, expired claims).
    tick_seconds: float = Field(default=2.0, gt=0)

    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"  # json: one object per line

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: object) -> frozenset[int]:
        if value is None or value == "":
            return frozenset()
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            try:
                return frozenset(int(part) for part in parts)
            except ValueError:
                raise ValueError("ADMIN_IDS must be comma-separated Telegram user ids") from None
        if isinstance(value, (set, frozenset, list, tuple)):
            return frozenset(int(v) for v in value)
        raise ValueError("ADMIN_IDS must be comma-separated Telegram user ids")

    @field_validator("reminder_offsets", mode="before")
    @classmethod
    def _parse_offsets(cls, value: object) -> tuple[timedelta, ...]:
        if isinstance(value, str):
            offsets = []
            for part in (p.strip().lower() for p in value.split(",") if p.strip()):
                unit = {"m": 60, "h": 3600, "d": 86400}.get(part[-1])
                if unit is None or not part[:-1].isdigit() or int(part[:-1]) == 0:
                    raise ValueError("REMINDER_OFFSETS looks like '24h,1h' (units m, h, d)")
                offsets.append(timedelta(seconds=int(part[:-1]) * unit))
            return tuple(sorted(offsets, reverse=True))
        if isinstance(value, (list, tuple)):
            return tuple(value)
        raise ValueError("REMINDER_OFFSETS looks like '24h,1h' (units m, h, d)")

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _check_webhook_secret(cls, value: object) -> object:
        raw = value.get_secret_value() if isinstance(value, SecretStr) else value
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if not isinstance(raw, str) or not WEBHOOK_SECRET_PATTERN.match(raw.strip()):
            # The value itself is never echoed: it is a secret.
            raise ValueError(
                "must be 32 to 256 characters of A-Z, a-z, 0-9, _ and - (or empty, for a "
                "random one at every start)"
            )
        return raw.strip()

    @field_validator("telegram_api_url")
    @classmethod
    def _check_api_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        try:
            parts = urlsplit(value.strip())
        except ValueError:
            parts = urlsplit("")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                "must be an http:// or https:// address, such as http://127.0.0.1:8081"
            )
        try:
            parts.port  # noqa: B018 (a port out of range raises here)
        except ValueError:
            raise ValueError("has a port that is not a number from 1 to 65535") from None
        return value.strip()

    @field_validator("webapp_url")
    @classmethod
    def _check_webapp_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        parts = urlsplit(value.strip())
        if parts.scheme != "https" or not parts.hostname:
            # Telegram opens Mini Apps over HTTPS only.
            raise ValueError(
                "must be an https:// address, such as https://bot.example.org/console/"
            )
        return value.strip() if value.strip().endswith("/") else value.strip() + "/"

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("taxonomy_file")
    @classmethod
    def _resolve_taxonomy_file(cls, value: Path) -> Path:
        # A relative path means the working directory, else a file shipped with Tansiq.
        if not value.is_absolute() and not value.exists():
            return TAXONOMY_DIR / value.name
        return value

    @field_validator("database_url", "sandbox_database_url")
    @classmethod
    def _normalise_database_url(cls, value: str) -> str:
        return normalise_database_url(value)

    @property
    def handles_updates(self) -> bool:
        return self.role in ("all", "bot")

    @property
    def runs_worker(self) -> bool:
        return self.role == "worker" or (self.role == "all" and self.delivery_worker)

    @property
    def runs_sweeps(self) -> bool:
        return self.role in ("all", "scheduler")

    @property
    def send_rate(self) -> float:
        return self.delivery_paid_rate if self.delivery_paid_broadcast else self.delivery_rate

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def sandbox(self) -> bool:
        """No token at all: run against the built-in Bot API emulator with the chat page."""
        return self.bot_token is None or not self.bot_token.get_secret_value().strip()

    def production_signs(self) -> list[str]:
        """Settings only a real deployment has: with these and no token, the sandbox refuses
        to start rather than run demo people with admin rights next to real data."""
        signs = []
        if make_url(self.database_url).get_backend_name() == "postgresql":
            signs.append("DATABASE_URL (PostgreSQL)")
        if self.use_webhook or self.webhook_base_url:
            signs.append("webhook settings")
        if self.admin_ids:
            signs.append("ADMIN_IDS")
        return signs

    def for_sandbox(self) -> Settings:
        """The same settings on the sandbox's own database."""
        if self.sandbox_database_url == self.database_url:
            raise ConfigError(
                "SANDBOX_DATABASE_URL must not be DATABASE_URL: the sandbox's demo people "
                "would get admin and organizer rights in the real data"
            )
        return self.model_copy(update={"database_url": self.sandbox_database_url})

    def require_token(self) -> str:
        """The token, checked for Telegram's shape before any network call."""
        if self.bot_token is None or not self.bot_token.get_secret_value().strip():
            raise ConfigError(
                "BOT_TOKEN is not set: get one from @BotFather and put it in .env (see README)"
            )
        token = self.bot_token.get_secret_value().strip()
        if not TOKEN_PATTERN.match(token):
            raise ConfigError(
                "BOT_TOKEN is malformed: expected '<digits>:<35 letters>' as @BotFather gives it"
            )
        return token


def normalise_database_url(value: str) -> str:
    """Accept the usual spellings and pick the async driver this project ships."""
    try:
        url: URL = make_url(value)
    except ArgumentError:
        raise ValueError(f"not a database URL: {value!r}") from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        url = url.set(drivername="sqlite+aiosqlite")
    elif backend in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+asyncpg")
    else:
        raise ValueError(f"{backend!r} is not supported: use sqlite or postgresql")
    return url.render_as_string(hide_password=False)


def load_settings(**overrides: object) -> Settings:
    """Build settings, turning pydantic's report into one readable line."""
    try:
        if "_env_file" not in overrides:  # tests pass None: no file at all
            path = env_file()
            overrides["_env_file"] = path if path.is_file() else None
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "settings"
        message = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
        raise ConfigError(f"{field.upper()}: {message}") from None
