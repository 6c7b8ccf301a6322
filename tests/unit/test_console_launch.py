"""Launch data: the signature (aiogram's check) and the age (ours), on Telegram's own format."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

import pytest

from console.launch import LaunchRefused, check_launch
from emulator.web_app import signed_launch_data

TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-ra"
DAY = timedelta(hours=24)
USER = {"id": 42, "first_name": "هدى", "username": "huda", "language_code": "ar"}


def now() -> datetime:
    return datetime.now(UTC)


def test_signed_launch_data_gives_its_user() -> None:
    user = check_launch(TOKEN, signed_launch_data(TOKEN, USER), DAY, now())
    assert (user.id, user.first_name, user.language_code) == (42, "هدى", "ar")


@pytest.mark.parametrize(
    ("age", "refused"),
    [(0, False), (23 * 3600, False), (25 * 3600, True), (-3600, True)],  # an hour ahead
)
def test_the_age_limit(age: int, refused: bool) -> None:
    data = signed_launch_data(TOKEN, USER, int(time.time()) - age)
    if refused:
        with pytest.raises(LaunchRefused):
            check_launch(TOKEN, data, DAY, now())
    else:
        assert check_launch(TOKEN, data, DAY, now()).id == 42


def test_any_change_breaks_the_signature() -> None:
    fields = dict(parse_qsl(signed_launch_data(TOKEN, USER)))
    for key, value in (("user", fields["user"].replace("42", "43")), ("auth_date", "1")):
        with pytest.raises(LaunchRefused):
            check_launch(TOKEN, urlencode({**fields, key: value}), DAY, now())
    without_user = {k: v for k, v in fields.items() if k != "user"}
    with pytest.raises(LaunchRefused):  # even correctly signed, no user is no one
        check_launch(TOKEN, resign(without_user), DAY, now())


def resign(fields: dict[str, str]) -> str:
    import hashlib
    import hmac

    fields = {k: v for k, v in fields.items() if k != "hash"}
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", TOKEN.encode(), hashlib.sha256).digest()
    signature = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode({**fields, "hash": signature})
