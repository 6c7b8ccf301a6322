"""Decisions the network takes in the chat: the organizers' /decide dialog, the voters' card,
and the organizers' /decisions with the close and the outcome. `router()` puts them together."""

from __future__ import annotations

from aiogram import Router

from handlers.decisions import manage, new, vote


def router() -> Router:
    root = Router(name="decisions")
    root.include_routers(new.router(), manage.router(), vote.router())
    return root
