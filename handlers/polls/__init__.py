"""Polls: the organizers' dialog (a template or their own question, an audience or a meeting,
buttons or a native poll), the respondents' answers, and the results. `router()` puts them
together."""

from __future__ import annotations

from aiogram import Router

from handlers.polls import answers, dialog, results


def router() -> Router:
    root = Router(name="polls")
    root.include_routers(dialog.router(), answers.router(), results.router())
    return root
