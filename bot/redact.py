"""Secrets never reach a log line or an error message: the bot token (whole, or its secret
half, as it appears in request URLs) is replaced wherever text leaves the process."""

from __future__ import annotations

import logging

MASK = "<token>"


def redact(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


def token_parts(token: str | None) -> tuple[str, ...]:
    """The token, and its part after the colon (longest first, so both are caught)."""
    if not token:
        return ()
    _, _, secret = token.partition(":")
    return tuple(part for part in (token, secret) if len(part) >= 8)


class RedactingFilter(logging.Filter):
    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message, self.secrets)
        if record.exc_info and record.exc_info[1] is not None:
            # Tracebacks are formatted later from exc_info: format here, redacted.
            record.exc_text = redact(
                logging.Formatter().formatException(record.exc_info), self.secrets
            )
            record.exc_info = None
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        return True


def install(secrets: tuple[str, ...]) -> None:
    """On every handler of the root logger (loggers' own filters do not see their children)."""
    if not secrets:
        return
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter(secrets))
