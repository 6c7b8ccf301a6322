"""Launch data as Telegram signs it for a Mini App (the `tgWebAppData` of its address), so the
sandbox and the tests can open the console offline. The check is aiogram's; this is the other
side, written from Telegram's description of the algorithm."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

# Loopback is the one place the emulator takes a Mini App over plain http: the sandbox serves
# its console on 127.0.0.1, where no certificate can be had. Telegram takes https only.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def web_app_url_refusal(url: object) -> str | None:
    """Telegram's answer to a Mini App button with this address, or None if it takes it."""
    parts = urlsplit(str(url or ""))
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS:
        return None
    return "Bad Request: BUTTON_URL_INVALID: only HTTPS links are allowed"


def signed_launch_data(token: str, user: dict[str, Any], auth_date: int | None = None) -> str:
    fields = {
        "query_id": f"AAE{user['id']}",
        "user": json.dumps(user, ensure_ascii=False, separators=(",", ":")),
        "auth_date": str(int(time.time()) if auth_date is None else auth_date),
    }
    check = "\n".join(f"{key}={value}" for key, value in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", token.encode(), hashlib.sha256).digest()
    fields["hash"] = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    return urlencode(fields, quote_via=quote)


def launch_address(
    url: str, launch_data: str, theme: dict[str, str] | None = None, start_param: str = ""
) -> str:
    """The address Telegram opens: the Mini App's own, with the launch data in its fragment."""
    fragment = {"tgWebAppData": launch_data, "tgWebAppVersion": "9.0", "tgWebAppPlatform": "web"}
    if start_param:
        fragment["tgWebAppStartParam"] = start_param
    if theme:
        fragment["tgWebAppThemeParams"] = json.dumps(theme, separators=(",", ":"))
    return f"{url}#{urlencode(fragment, quote_via=quote)}"
