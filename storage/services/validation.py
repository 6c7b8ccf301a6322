"""Checks several features share, so no feature's service imports another for them."""

from __future__ import annotations

from urllib.parse import urlparse

from storage.services.errors import InvalidInput

DOCUMENT_MAX_BYTES = 20 * 1024 * 1024  # what a bot may fetch and forward


def validate_link(text: str) -> str:
    """An http(s) address without spaces (a meeting's video link, an update's source)."""
    url = text.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in url:
        raise InvalidInput("error-link-invalid")
    return url
