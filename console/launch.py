"""Launch data: what Telegram hands the Mini App, signed with the bot's token. aiogram checks
the signature; the age is checked here (Telegram Desktop reuses launch data for a day)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiogram.utils.web_app import WebAppUser, safe_parse_webapp_init_data

# Longer than this is not launch data (Telegram's is a few hundred characters).
MAX_LENGTH = 4096


class LaunchRefused(Exception):
    """Launch data that is forged, malformed, too old or without a user. `user` is who signed
    launch data that is only too old (to refuse them in their language); None when forged."""

    def __init__(self, reason: str, user: WebAppUser | None = None) -> None:
        super().__init__(reason)
        self.user = user


def check_launch(token: str, init_data: str, max_age: timedelta, now: datetime) -> WebAppUser:
    if not init_data or len(init_data) > MAX_LENGTH:
        raise LaunchRefused("no launch data")
    try:
        parsed = safe_parse_webapp_init_data(token, init_data)
    except (ValueError, TypeError) as error:  # a wrong signature, or fields that do not parse
        raise LaunchRefused("launch data not signed by this bot") from error
    signed_at = parsed.auth_date
    if signed_at.tzinfo is None:
        signed_at = signed_at.replace(tzinfo=UTC)
    if now - signed_at > max_age:
        raise LaunchRefused("launch data too old", parsed.user)
    if signed_at - now > timedelta(minutes=5):  # a clock far ahead: not Telegram's
        raise LaunchRefused("launch data from the future", parsed.user)
    if parsed.user is None:
        raise LaunchRefused("launch data without a user")
    return parsed.user
