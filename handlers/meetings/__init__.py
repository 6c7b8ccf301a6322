"""Coordination meetings: the organizers' creation dialog and card, the invitees' answers and
check-in, and statistics. One module per part; `router()` puts them together."""

from __future__ import annotations

from aiogram import Router

from handlers.meetings import answers, card, dialog, stats


def router() -> Router:
    root = Router(name="meetings")
    root.include_routers(dialog.router(), card.router(), answers.router(), stats.router())
    return root
