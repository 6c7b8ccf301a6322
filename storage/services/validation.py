"""Checks several features share, so no feature's service imports another for them."""

from __future__ import annotations

from urllib.parse import urlparse

from storage.services.errors import InvalidInput

DOCUMENT_MAX_BYTES = 20 * 1024 * 1024  # what a bot may fetch and forward


# The size of every link column: a longer link would not be stored whole, and would swell the
# cards that show it.
LINK_MAX = 512


def validate_link(text: str) -> str:
    """An http(s) address without spaces (a meeting's video link, an update's source), at most
    LINK_MAX characters, with no user part (`https://paypal.com@evil.example/` leads to the
    second site while reading as the first)."""
    url = text.strip()
    if len(url) > LINK_MAX:
        raise InvalidInput("error-link-too-long", max=LINK_MAX, length=len(url))
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in url:
        raise InvalidInput("error-link-invalid")
    if "@" in parsed.netloc:
        raise InvalidInput("error-link-with-user")
    return url
