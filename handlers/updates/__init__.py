"""Sector updates: actors send them, organizers review them. `router()` puts both together."""

from __future__ import annotations

from aiogram import Router

from handlers.updates import review, submit


def router() -> Router:
    root = Router(name="updates")
    root.include_routers(review.router(), submit.router())
    return root
