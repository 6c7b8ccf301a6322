"""Follow-up of recommendations, commitments and action points: members read and follow items
(`browse`), owners and organizers report their status (`report`), organizers track, edit and
see the tracker (`manage`). `router()` puts them together."""

from __future__ import annotations

from aiogram import Router

from handlers.followup import browse, commit, manage, report


def router() -> Router:
    root = Router(name="followup")
    root.include_routers(manage.router(), report.router(), commit.router(), browse.router())
    return root
