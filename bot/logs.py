"""Logging for operators: one line per thing that happened, as text or JSON, never a secret.

APScheduler logs every tick at INFO (six lines a second with the default sweeps): it is kept at
WARNING; sweeps log a line themselves when they did something. `LOG_FORMAT=json` writes one
JSON object per line (time, level, logger, message, and the update being handled) for a log
collector. Telegram ids and message texts are not logged at INFO; the token is redacted.
"""

from __future__ import annotations

import contextvars
import json
import logging
from datetime import UTC, datetime

from bot.redact import install as redact

# The update being handled, for the JSON lines (set by the duplicate-update middleware).
CURRENT_UPDATE: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "tansiq_update_id", default=None
)
QUIET = ("apscheduler",)
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        update_id = CURRENT_UPDATE.get()
        if update_id is not None:
            entry["update_id"] = update_id
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: str, fmt: str, secrets: tuple[str, ...]) -> None:
    logging.basicConfig(level=level.upper(), format=TEXT_FORMAT)
    if fmt == "json":
        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonFormatter())
    for name in QUIET:
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))
    redact(secrets)
