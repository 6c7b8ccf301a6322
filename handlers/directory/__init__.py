"""The directory: search and organization cards (`search`), one's own listing (`listing`) and
introductions (`introductions`). `router()` puts them together; introductions' dialog states
come before the search's free text."""

from __future__ import annotations

from aiogram import Router

from handlers.directory import introductions, listing, search


def router() -> Router:
    root = Router(name="directory")
    root.include_routers(introductions.router(), listing.router(), search.router())
    return root
