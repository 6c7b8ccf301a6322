"""Launch data as Telegram signs it for a Mini App (the `tgWebAppData` of its address), so the
sandbox and the tests can open the console offline. The check is aiogram's; this is the other
side, written from Telegram's description of the algorithm."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import quote, urlencode


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
