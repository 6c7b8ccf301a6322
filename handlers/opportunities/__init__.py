"""Opportunities: posting (`post`), the open list, cards, saves and each member's choice of
delivery (`browse`), and the organizers' review (`review`). `router()` puts them together; the
review's reason step comes before the posting dialog's free text."""

from __future__ import annotations

from aiogram import Router

from handlers.opportunities import browse, post, review


def router() -> Router:
    root = Router(name="opportunities")
    root.include_routers(review.router(), browse.router(), post.router())
    return root
